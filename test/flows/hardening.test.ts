// Issue 10, item 13: the account list's provider controls show only with the right granted.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { accountListReducer, accountListView, initialAccountListState } from '../../src/flows/account-list.js';
import { isStaleVersion } from '../../src/flows/provider-form.js';
import {
  initialProviderFormSession,
  providerFormEffects,
  providerFormSessionReducer,
  type ProviderFormSession,
} from '../../src/flows/provider-form-session.js';
import { initialMailboxSettingsState, isStaleMailbox, mailboxSettingsInput, mailboxSettingsReducer } from '../../src/flows/mailbox-settings.js';
import type { MailAccount, MailProvider } from '../../src/model/index.js';
import { createDemoData } from '../../src/adapter/in-memory-data.js';
import { listEffects } from '../../src/flows/account-list-effects.js';
import { initialListFlowState, listFlowReducer } from '../../src/flows/account-list-flow.js';
import { storedExchange } from '../helpers/samples.mjs';

describe('accountListView: provider access fails closed (item 13)', () => {
  const start = initialAccountListState();

  it('checking while the right loads, failed when it could not be read; neither grants', () => {
    expect(accountListView(start).providerAccess).to.equal('checking');
    const failed = accountListReducer(start, { type: 'load-failed', section: 'permissions', kind: 'unreachable' });
    expect(accountListView(failed).providerAccess).to.equal('failed');
  });

  it('granted only when the right was read as true', () => {
    expect(accountListView(accountListReducer(start, { type: 'permissions-loaded', canManageAdministration: true })).providerAccess).to.equal(
      'granted',
    );
    expect(accountListView(accountListReducer(start, { type: 'permissions-loaded', canManageAdministration: false })).providerAccess).to.equal(
      'denied',
    );
  });
});

describe('provider form: a stale-version conflict and Reload (item 3)', () => {
  const stored = storedExchange({ version: 1, auth: { method: 'basic' } });
  const changedElsewhere: MailProvider = { ...stored, version: 2, serviceAddress: 'mail2.contoso.com', domains: ['contoso.com', 'contoso.org'] };

  function editing(): ProviderFormSession {
    let session = providerFormSessionReducer(initialProviderFormSession(), { type: 'configure', source: null, providerId: 'p1', defaults: {} });
    session = providerFormSessionReducer(session, { type: 'load-requested' });
    const request = session.load.status === 'loading' ? session.load.request : -1;
    session = providerFormSessionReducer(session, { type: 'loaded', request, canManageAdministration: true, syncState: 'ok', providers: [stored] });
    return providerFormSessionReducer(session, { type: 'edit', action: { type: 'edit', patch: { name: 'Contoso (typed)' } } });
  }

  it('the save carries the version the edit started from', () => {
    const session = providerFormSessionReducer(editing(), { type: 'submit', freshKey: 'k' });
    expect(session.save.status === 'saving' && session.save.input.version).to.equal(1);
  });

  it('a stale-version refusal keeps the typed draft; Reload rebases it on the latest version and the next save carries that', () => {
    let session = providerFormSessionReducer(editing(), { type: 'submit', freshKey: 'k' });
    const save = session.save.status === 'saving' ? session.save.request : -1;
    session = providerFormSessionReducer(session, {
      type: 'save-failed',
      request: save,
      failure: { kind: 'conflict', details: { reason: 'stale-version', currentVersion: 2 } },
    });
    expect(isStaleVersion(session.form.saveFailure)).to.equal(true);
    expect(session.form.draft.name).to.equal('Contoso (typed)');

    const asked = providerFormSessionReducer(session, { type: 'reload-requested' });
    const effects = providerFormEffects(session, asked);
    expect(effects.start).to.deep.equal([{ type: 'reload', request: asked.reload.status === 'loading' ? asked.reload.request : -1, id: 'p1' }]);
    const reload = asked.reload.status === 'loading' ? asked.reload.request : -1;
    session = providerFormSessionReducer(asked, { type: 'reloaded', request: reload, provider: changedElsewhere });
    expect(session.form.saveFailure).to.equal(null);
    expect(session.form.draft).to.include({ name: 'Contoso (typed)', serviceAddress: 'mail2.contoso.com', version: 2 });
    expect(session.form.draft.domains).to.deep.equal(['contoso.com', 'contoso.org']);

    const again = providerFormSessionReducer(session, { type: 'submit', freshKey: 'k2' });
    expect(again.save.status === 'saving' && again.save.input.version).to.equal(2);
  });

  it('a reload that finds the provider gone, or fails, says so and keeps the draft', () => {
    let session = providerFormSessionReducer(editing(), { type: 'reload-requested' });
    const request = session.reload.status === 'loading' ? session.reload.request : -1;
    const gone = providerFormSessionReducer(session, { type: 'reloaded', request, provider: null });
    expect(gone.form.saveFailure?.kind).to.equal('not-found');
    session = providerFormSessionReducer(session, { type: 'reload-failed', request, kind: 'unreachable' });
    expect(session.form.saveFailure?.kind).to.equal('unreachable');
    expect(session.form.draft.name).to.equal('Contoso (typed)');
  });
});

describe('mailbox settings: versions and Reload (item 3)', () => {
  const account: MailAccount = {
    id: 'a1',
    version: 4,
    email: 'pat@contoso.com',
    providerId: 'p1',
    login: 'pat@contoso.com',
    displayName: 'Pat',
    loadEmails: true,
    sendEmails: true,
    isDefault: false,
    isShared: false,
    loadFrom: null,
    status: 'connected',
    auth: { method: 'basic', hasPassword: true },
  };

  it('the save carries the version; a rebase keeps typed fields and takes the rest, and the new version', () => {
    let state = initialMailboxSettingsState(account, null);
    expect(mailboxSettingsInput(state).version).to.equal(4);
    state = mailboxSettingsReducer(state, { type: 'edit', patch: { displayName: 'Pat (typed)' } });
    state = mailboxSettingsReducer(state, { type: 'save-started' });
    state = mailboxSettingsReducer(state, { type: 'save-failed', failure: { kind: 'conflict', reason: 'stale-version' } });
    expect(isStaleMailbox(state.saveFailure)).to.equal(true);
    state = mailboxSettingsReducer(state, { type: 'rebase', account: { ...account, version: 5, isShared: true, displayName: 'Pat S.' } });
    expect(state.draft).to.include({ displayName: 'Pat (typed)', isShared: true });
    expect(state.saveFailure).to.equal(null);
    expect(mailboxSettingsInput(state).version).to.equal(5);
  });
});

describe('account list flow: the mailbox settings Reload job (item 3)', () => {
  it('a stale-version refusal keeps its reason; Reload starts one job and rebases the form on its answer', () => {
    const account = createDemoData().accounts[0]!;
    let state = listFlowReducer(initialListFlowState(), { type: 'settings-open', account });
    state = listFlowReducer(state, { type: 'settings-edit', action: { type: 'edit', patch: { displayName: 'Typed' } } });
    state = listFlowReducer(state, { type: 'settings-submit' });
    const save = state.settingsSave!;
    state = listFlowReducer(state, { type: 'settings-failed', request: save, kind: 'conflict', reason: 'stale-version' });
    expect(isStaleMailbox(state.settings!.saveFailure)).to.equal(true);
    const asked = listFlowReducer(state, { type: 'settings-reload' });
    const effects = listEffects(state, asked);
    expect(effects.start).to.deep.equal([{ type: 'reload-settings', key: 'reload-settings', request: asked.settingsReload, accountId: account.id }]);
    expect(listFlowReducer(asked, { type: 'settings-submit' })).to.equal(asked);
    const done = listFlowReducer(asked, {
      type: 'settings-reloaded',
      request: asked.settingsReload!,
      account: { ...account, version: 2, isShared: true },
    });
    expect(done.settings!.draft).to.include({ displayName: 'Typed', isShared: true });
    expect(done.settings!.saveFailure).to.equal(null);
    expect(done.settingsReload).to.equal(null);
    const failed = listFlowReducer(asked, { type: 'settings-reload-failed', request: asked.settingsReload!, kind: 'unreachable' });
    expect(failed.settings!.saveFailure?.kind).to.equal('unreachable');
  });
});
