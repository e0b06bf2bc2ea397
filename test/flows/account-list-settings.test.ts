import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  draftFromAccount,
  initialMailboxSettingsState,
  isMailboxSettingsDirty,
  mailboxOptions,
  mailboxSettingsInput,
  mailboxSettingsReducer as reduce,
  mailboxSettingsView as view,
  type MailboxSettingsAction,
  type MailboxSettingsState,
} from '../../src/flows/index.js';
import { createDemoData, type MailAccount, type MailProvider } from '../../src/index.js';
import { at } from '../helpers/at.js';

const demo = createDemoData();
const alex = at(demo.accounts, 0);
const m365 = at(demo.providers, 0);
const fabrikam = at(demo.providers, 1);
const basicMailbox: MailAccount = {
  ...alex,
  id: 'mb-basic',
  email: 'pat@fabrikam.com',
  providerId: fabrikam.id,
  login: 'pat',
  loadFrom: null,
  auth: { method: 'basic', hasPassword: true },
};

function run(state: MailboxSettingsState, ...actions: MailboxSettingsAction[]): MailboxSettingsState {
  return actions.reduce(reduce, state);
}

describe('mailbox settings flow', () => {
  it('starts from the mailbox as stored; an empty date means all mail', () => {
    const state = initialMailboxSettingsState(basicMailbox, fabrikam);
    expect(state.draft).to.deep.equal({
      displayName: 'Alex Wilber',
      loadEmails: true,
      sendEmails: true,
      isDefault: true,
      isShared: false,
      loadFrom: '',
    });
    expect(draftFromAccount(alex).loadFrom).to.equal('2024-01-01');
    expect(isMailboxSettingsDirty(state)).to.equal(false);
    expect(view(state)).to.deep.include({ valid: true, blocked: false });
    expect(view(state).errors).to.deep.equal({});
  });

  it('never re-sends a password: Basic keeps the stored one (B3), OAuth 2.0 keeps its grant', () => {
    expect(mailboxSettingsInput(initialMailboxSettingsState(basicMailbox, fabrikam)).auth).to.deep.equal({
      method: 'basic',
      password: { action: 'keep' },
    });
    expect(mailboxSettingsInput(initialMailboxSettingsState(alex, m365)).auth).to.deep.equal({ method: 'oauth2', grantRef: 'grant-alex-wilber' });
  });

  it('sends what was edited, with the date trimmed and an empty one as null', () => {
    const state = run(initialMailboxSettingsState(alex, m365), {
      type: 'edit',
      patch: { displayName: 'Alex W.', isShared: true, loadFrom: '' },
    });
    expect(mailboxSettingsInput(state)).to.deep.include({
      id: alex.id,
      email: alex.email,
      providerId: alex.providerId,
      login: alex.login,
      displayName: 'Alex W.',
      isShared: true,
      loadFrom: null,
    });
    expect(mailboxSettingsInput(run(state, { type: 'edit', patch: { loadFrom: ' 2025-02-03 ' } })).loadFrom).to.equal('2025-02-03');
    expect(isMailboxSettingsDirty(state)).to.equal(true);
  });

  it('offers load and send only where the provider does, and sends them off otherwise', () => {
    const sendOnly: MailProvider = { ...fabrikam, loadEmails: false };
    const state = initialMailboxSettingsState(basicMailbox, sendOnly);
    expect(mailboxOptions(state)).to.deep.equal({ canLoad: false, canSend: true });
    expect(mailboxSettingsInput(state)).to.deep.include({ loadEmails: false, sendEmails: true });
    expect(view(state).valid).to.equal(true);
    expect(mailboxOptions(initialMailboxSettingsState(basicMailbox, null))).to.deep.equal({ canLoad: true, canSend: true });
  });

  it('shows a too-long name once the user leaves the field, not while typing into an empty one', () => {
    const typing = run(initialMailboxSettingsState({ ...alex, displayName: '' }, m365), { type: 'edit', patch: { displayName: 'x'.repeat(101) } });
    expect(view(typing).valid).to.equal(false);
    expect(view(typing).errors.displayName).to.equal(undefined);
    const left = run(typing, { type: 'blur', field: 'displayName' });
    expect(view(left).errors.displayName).to.deep.equal({ code: 'too-long', params: { max: 100 } });
  });

  it('shows every error after a failed Save, and errors of a field that came pre-filled at once', () => {
    const blank = { ...alex, displayName: '' };
    const submitted = run(
      initialMailboxSettingsState(blank, m365),
      { type: 'edit', patch: { displayName: 'y'.repeat(120) } },
      { type: 'submit-invalid' },
    );
    expect(Object.keys(view(submitted).errors)).to.deep.equal(['displayName']);
    const prefilled = initialMailboxSettingsState({ ...alex, displayName: 'z'.repeat(120) }, m365);
    expect(Object.keys(view(prefilled).errors)).to.deep.equal(['displayName']);
  });

  it('counts a ticked checkbox as touched at once', () => {
    const state = run(initialMailboxSettingsState(alex, m365), { type: 'edit', patch: { isShared: true } });
    expect([...state.touched]).to.deep.equal(['isShared']);
  });

  it('is blocked, not invalid field by field, when the sign-in is gone', () => {
    const signedOut: MailAccount = { ...alex, status: 'needs-sign-in', auth: { method: 'oauth2', grantRef: null } };
    expect(view(initialMailboxSettingsState(signedOut, m365))).to.deep.include({ valid: false, blocked: true, errors: {} });
    const noPassword: MailAccount = { ...basicMailbox, auth: { method: 'basic', hasPassword: false } };
    expect(view(initialMailboxSettingsState(noPassword, fabrikam)).blocked).to.equal(true);
    // The provider switched to OAuth 2.0 and the mailbox was not reconciled.
    expect(
      view(initialMailboxSettingsState(basicMailbox, { ...fabrikam, auth: { method: 'oauth2', clientId: 'x', hasClientSecret: true } })).blocked,
    ).to.equal(true);
  });

  it('saves once at a time, and ignores edits while saving', () => {
    const saving = run(initialMailboxSettingsState(alex, m365), { type: 'save-started' });
    expect(saving.status).to.equal('saving');
    expect(run(saving, { type: 'save-started' }) === saving).to.equal(true);
    expect(run(saving, { type: 'edit', patch: { displayName: 'no' } }).draft.displayName).to.equal('Alex Wilber');
  });

  it('keeps everything typed after a failed save (B2) and shows the adapter field errors until the field changes', () => {
    const failed = run(
      initialMailboxSettingsState(alex, m365),
      { type: 'edit', patch: { displayName: 'Alex W.', isShared: true } },
      { type: 'save-started' },
      { type: 'save-failed', failure: { kind: 'invalid', fieldErrors: { displayName: { code: 'required' }, email: { code: 'email-invalid' } } } },
    );
    expect(failed.status).to.equal('editing');
    expect(failed.draft).to.deep.include({ displayName: 'Alex W.', isShared: true });
    expect(failed.saveFailure?.kind).to.equal('invalid');
    expect(view(failed).errors).to.deep.equal({ displayName: { code: 'required' } });
    expect(view(failed).blocked).to.equal(false);
    const fixed = run(failed, { type: 'edit', patch: { displayName: 'Alex' } });
    expect(view(fixed).errors).to.deep.equal({});
    const unrelated = run(failed, { type: 'edit', patch: { isDefault: false } });
    expect(view(unrelated).errors).to.deep.equal({ displayName: { code: 'required' } });
    expect(run(failed, { type: 'save-failed', failure: { kind: 'timeout' } }).serverErrors).to.deep.equal({});
  });

  it('starts afresh from the saved mailbox after a save', () => {
    const saved = { ...alex, displayName: 'Saved' };
    const state = run(
      initialMailboxSettingsState(alex, m365),
      { type: 'edit', patch: { displayName: 'Saved' } },
      { type: 'save-started' },
      {
        type: 'save-succeeded',
        account: saved,
      },
    );
    expect(state.status).to.equal('editing');
    expect(state.initial.displayName).to.equal('Saved');
    expect(state.provider === m365).to.equal(true);
    expect(isMailboxSettingsDirty(state)).to.equal(false);
  });
});
