import { at } from '../helpers/at.js';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  deriveAccountList,
  initialListFlowState,
  isDeleting,
  isLoading,
  listEffects,
  listFeedback,
  listFlowReducer as reduce,
  listJobFailed,
  providerDeleteCheck,
  providerRefused,
  usageIndex,
  type DeleteTarget,
  type ListEffect,
  type ListFlowAction,
  type ListFlowState,
} from '../../src/flows/index.js';
import { createDemoData, type MailAccount } from '../../src/index.js';

const demo = createDemoData();
const alex = at(demo.accounts, 0, 'Alex');
const megan = at(demo.accounts, 1, 'Megan');
const m365 = at(demo.providers, 0, 'Microsoft 365');
const northwind = at(demo.providers, 2, 'Northwind');

function run(state: ListFlowState, ...actions: ListFlowAction[]): ListFlowState {
  return actions.reduce(reduce, state);
}

/** Dispatches `action` and returns the next state with the effects and feedback of the transition. */
function step(state: ListFlowState, action: ListFlowAction) {
  const next = reduce(state, action);
  return { next, effects: listEffects(state, next), feedback: listFeedback(state, next, action) };
}

function loadEffect(effects: { start: readonly ListEffect[] }, section: string): Extract<ListEffect, { type: 'load' }> {
  const found = effects.start.find((effect) => effect.type === 'load' && effect.section === section);
  if (!found || found.type !== 'load') throw new Error(`no load of ${section}`);
  return found;
}

/** Everything loaded, as after a first successful load. */
function ready(accounts: readonly MailAccount[] = demo.accounts): ListFlowState {
  const { next, effects } = step(initialListFlowState(), { type: 'load', sections: ['permissions', 'providers', 'accounts'], quiet: false });
  return run(
    next,
    {
      type: 'section-loaded',
      request: loadEffect(effects, 'permissions').request,
      update: { type: 'permissions-loaded', canManageAdministration: true },
    },
    { type: 'section-loaded', request: loadEffect(effects, 'providers').request, update: { type: 'providers-loaded', providers: demo.providers } },
    { type: 'section-loaded', request: loadEffect(effects, 'accounts').request, update: { type: 'accounts-loaded', accounts } },
  );
}

const accountTarget = (account: MailAccount): DeleteTarget => ({ kind: 'account', account });

describe('account list flow: loading', () => {
  it('starts one keyed load per section, each with its own request number', () => {
    const { next, effects } = step(initialListFlowState(), { type: 'load', sections: ['permissions', 'providers', 'accounts'], quiet: false });
    expect(effects.start.map((effect) => effect.key)).to.have.members(['load:permissions', 'load:providers', 'load:accounts']);
    expect(new Set(effects.start.map((effect) => effect.request)).size).to.equal(3);
    expect(effects.stop).to.deep.equal([]);
    expect(isLoading(next)).to.equal(true);
    expect(isLoading(ready())).to.equal(false);
  });

  it('keeps a partial failure partial, and Retry loads only what failed', () => {
    const { next, effects } = step(initialListFlowState(), { type: 'load', sections: ['permissions', 'providers', 'accounts'], quiet: false });
    const failed = run(
      next,
      { type: 'section-loaded', request: loadEffect(effects, 'providers').request, update: { type: 'providers-loaded', providers: demo.providers } },
      { type: 'section-failed', request: loadEffect(effects, 'accounts').request, section: 'accounts', kind: 'timeout' },
    );
    expect(failed.data.accounts).to.deep.equal({ status: 'failed', kind: 'timeout' });
    expect(failed.data.providers.status).to.equal('ready');
    const retried = step(failed, { type: 'retry', section: 'accounts' });
    expect(retried.effects.start.map((effect) => effect.key)).to.deep.equal(['load:accounts']);
    expect(retried.next.data.accounts.status).to.equal('loading');
    // Permissions are still on their first request: Retry does not restart them.
    expect(retried.effects.stop).to.deep.equal([]);
    expect(retried.feedback).to.deep.equal({ focus: 'accounts-heading' });
  });

  it('a quiet refresh keeps the rows until the answer, and drops the answer of a replaced load', () => {
    const state = ready();
    const first = step(state, { type: 'load', sections: ['accounts'], quiet: true });
    expect(first.next.data.accounts).to.equal(state.data.accounts);
    const second = step(first.next, { type: 'load', sections: ['accounts'], quiet: true });
    expect(second.effects.stop).to.deep.equal(['load:accounts']);
    const stale = reduce(second.next, {
      type: 'section-loaded',
      request: loadEffect(first.effects, 'accounts').request,
      update: { type: 'accounts-loaded', accounts: [] },
    });
    expect(stale).to.equal(second.next);
    const fresh = reduce(second.next, {
      type: 'section-loaded',
      request: loadEffect(second.effects, 'accounts').request,
      update: { type: 'accounts-loaded', accounts: [megan] },
    });
    expect(fresh.data.accounts).to.deep.equal({ status: 'ready', items: [megan] });
    expect(fresh.loads.accounts).to.equal(null);
  });

  it('reports a failed or timed-out job as the failure of that job', () => {
    const load: ListEffect = { type: 'load', key: 'load:accounts', request: 4, section: 'accounts' };
    expect(listJobFailed(load, 'timeout')).to.deep.equal({ type: 'section-failed', request: 4, section: 'accounts', kind: 'timeout' });
    const remove: ListEffect = { type: 'delete', key: 'delete:provider:p', request: 5, target: { kind: 'provider', provider: northwind } };
    expect(listJobFailed(remove, 'in-use', { mailboxes: ['a@b.c'] })).to.deep.equal({
      type: 'delete-failed',
      key: 'provider:imap-northwind',
      request: 5,
      kind: 'in-use',
      mailboxes: ['a@b.c'],
    });
  });
});

describe('account list flow: deleting', () => {
  it('runs deletes of two rows at once, each under its own key, and ignores a second press on one row', () => {
    const one = step(ready(), { type: 'delete', target: accountTarget(alex) });
    const two = step(one.next, { type: 'delete', target: accountTarget(megan) });
    expect(one.effects.start.map((effect) => effect.key)).to.deep.equal(['delete:account:mailbox-alex-wilber']);
    expect(two.effects.start.map((effect) => effect.key)).to.deep.equal(['delete:account:mailbox-megan-bowen']);
    expect(two.effects.stop).to.deep.equal([]);
    expect(isDeleting(two.next, accountTarget(alex))).to.equal(true);
    expect(reduce(two.next, { type: 'delete', target: accountTarget(alex) })).to.equal(two.next);
  });

  it('removes the row when the delete succeeds, focuses the next row, and says so', () => {
    const started = run(ready(), { type: 'delete', target: accountTarget(alex) });
    const request = started.deletes['account:mailbox-alex-wilber']!.request;
    const done = step(started, { type: 'delete-succeeded', key: 'account:mailbox-alex-wilber', request });
    expect(deriveAccountList(done.next.data, '').shown).to.deep.equal([megan]);
    expect(isDeleting(done.next, accountTarget(alex))).to.equal(false);
    expect(done.feedback).to.deep.equal({ focus: 'accounts-row:0', announce: { type: 'account-deleted', address: alex.email } });
    const last = run(done.next, { type: 'delete', target: accountTarget(megan) });
    const gone = step(last, {
      type: 'delete-succeeded',
      key: 'account:mailbox-megan-bowen',
      request: last.deletes['account:mailbox-megan-bowen']!.request,
    });
    expect(gone.feedback?.focus).to.equal('add');
  });

  it('keeps the row after a failed delete, says what failed, and Retry runs the same delete again', () => {
    const started = run(ready(), { type: 'delete', target: accountTarget(megan) });
    const request = started.deletes['account:mailbox-megan-bowen']!.request;
    const failed = step(started, { type: 'delete-failed', key: 'account:mailbox-megan-bowen', request, kind: 'timeout' });
    expect(failed.next.failedDeletes.account).to.deep.equal({ target: accountTarget(megan), kind: 'timeout' });
    expect(deriveAccountList(failed.next.data, '').shown).to.have.length(2);
    expect(failed.feedback).to.deep.equal({ focus: 'accounts-row:1' });
    const retried = step(failed.next, { type: 'retry-delete', kind: 'account' });
    expect(retried.next.failedDeletes.account).to.equal(null);
    expect(retried.feedback).to.deep.equal({ focus: 'accounts-row:1' });
    expect(step(retried.next, { type: 'retry-delete', kind: 'account' }).next).to.equal(retried.next);
    expect(retried.effects.start.map((effect) => effect.key)).to.deep.equal(['delete:account:mailbox-megan-bowen']);
    // An answer to the first attempt is stale now.
    expect(reduce(retried.next, { type: 'delete-succeeded', key: 'account:mailbox-megan-bowen', request })).to.equal(retried.next);
  });

  it('refuses a provider in use before any request (R15), re-saying it on each press', () => {
    const state = ready();
    expect(providerRefused(state, m365.id)).to.equal(true);
    const refused = step(state, { type: 'delete', target: { kind: 'provider', provider: m365 } });
    expect(refused.effects.start).to.deep.equal([]);
    expect(refused.feedback).to.deep.equal({ announce: { type: 'refusal', providerId: m365.id } });
    const again = step(refused.next, { type: 'show-refusal', providerId: m365.id });
    expect(again.next).to.not.equal(refused.next);
    expect(again.feedback).to.deep.equal({ announce: { type: 'refusal', providerId: m365.id } });
  });

  it('turns an in-use answer (a race) into the same refusal, and a deleted provider forgets it', () => {
    const target: DeleteTarget = { kind: 'provider', provider: northwind };
    const started = run(ready(), { type: 'delete', target });
    const request = started.deletes['provider:imap-northwind']!.request;
    const raced = step(started, {
      type: 'delete-failed',
      key: 'provider:imap-northwind',
      request,
      kind: 'in-use',
      mailboxes: ['x@northwindtraders.com'],
    });
    expect(raced.next.data.refusals).to.deep.equal({ 'imap-northwind': ['x@northwindtraders.com'] });
    expect(raced.next.failedDeletes.provider).to.equal(null);
    expect(raced.feedback).to.deep.equal({ focus: 'providers-row:2', announce: { type: 'refusal', providerId: 'imap-northwind' } });
    expect(providerRefused(raced.next, northwind.id)).to.equal(true);
    const clean = run(ready(), { type: 'delete', target });
    const done = step(clean, {
      type: 'delete-succeeded',
      key: 'provider:imap-northwind',
      request: clean.deletes['provider:imap-northwind']!.request,
    });
    expect(done.feedback).to.deep.equal({ focus: 'providers-row:1', announce: { type: 'provider-deleted', name: northwind.name } });
  });
});

describe('account list flow: mailbox settings', () => {
  const open = (): ListFlowState => run(ready(), { type: 'settings-open', account: alex });

  it('opens with the mailbox’s provider, and answers an invalid Save with focus and a count', () => {
    const state = run(open(), { type: 'settings-edit', action: { type: 'edit', patch: { displayName: 'x'.repeat(1000) } } });
    expect(state.settings?.provider).to.equal(m365);
    const submitted = step(state, { type: 'settings-submit' });
    expect(submitted.effects.start).to.deep.equal([]);
    expect(submitted.feedback).to.deep.equal({ focus: 'settings-field:displayName', announce: { type: 'errors', count: 1 } });
    // A second press is answered again.
    expect(step(submitted.next, { type: 'settings-submit' }).feedback).to.deep.equal(submitted.feedback);
  });

  it('points at the reason when the sign-in is gone, and sends nothing', () => {
    const signedOut: MailAccount = { ...alex, auth: { method: 'oauth2', grantRef: null } };
    const submitted = step(run(ready([signedOut, megan]), { type: 'settings-open', account: signedOut }), { type: 'settings-submit' });
    expect(submitted.effects.start).to.deep.equal([]);
    expect(submitted.feedback).to.deep.equal({ focus: 'settings-blocked' });
  });

  it('saves once, updates the row and closes on success', () => {
    const state = run(open(), { type: 'settings-edit', action: { type: 'edit', patch: { displayName: 'Alex W.' } } });
    const saving = step(state, { type: 'settings-submit' });
    const [effect] = saving.effects.start;
    if (effect?.type !== 'save-settings') throw new Error('no save');
    expect(effect.input).to.deep.include({ id: alex.id, displayName: 'Alex W.' });
    expect(reduce(saving.next, { type: 'settings-submit' })).to.equal(saving.next);
    const saved = step(saving.next, { type: 'settings-saved', request: effect.request, account: { ...alex, displayName: 'Alex W.' } });
    expect(saved.next.settings).to.equal(null);
    expect(deriveAccountList(saved.next.data, '').shown[0]?.displayName).to.equal('Alex W.');
    expect(saved.feedback).to.deep.equal({ announce: { type: 'account-updated', address: alex.email } });
  });

  it('keeps what was typed after a failed save and focuses the failure or the field the adapter named', () => {
    const saving = run(open(), { type: 'settings-edit', action: { type: 'edit', patch: { isShared: true } } }, { type: 'settings-submit' });
    const request = saving.settingsSave!;
    const failed = step(saving, { type: 'settings-failed', request, kind: 'timeout' });
    expect(failed.next.settings?.draft.isShared).to.equal(true);
    expect(failed.next.settings?.saveFailure?.kind).to.equal('timeout');
    expect(failed.feedback).to.deep.equal({ focus: 'settings-failure' });
    const again = run(failed.next, { type: 'settings-submit' });
    const invalid = step(again, {
      type: 'settings-failed',
      request: again.settingsSave!,
      kind: 'invalid',
      fieldErrors: { displayName: { code: 'required' } },
    });
    expect(invalid.feedback).to.deep.equal({ focus: 'settings-field:displayName', announce: { type: 'errors', count: 1 } });
  });

  it('still updates the row when the dialog closed while saving', () => {
    const saving = run(open(), { type: 'settings-submit' });
    const closed = run(saving, { type: 'settings-close' });
    expect(listEffects(saving, closed).stop).to.deep.equal([]);
    const saved = reduce(closed, { type: 'settings-saved', request: saving.settingsSave!, account: { ...alex, isShared: true } });
    expect(deriveAccountList(saved.data, '').shown[0]?.isShared).to.equal(true);
  });
});

describe('account list flow: filter, additions and derived data', () => {
  it('clears a filter that would hide an added mailbox, and announces it', () => {
    const filtered = run(ready(), { type: 'filter', query: 'megan' });
    const added: MailAccount = { ...megan, id: 'new', email: 'new.person@contoso.com' };
    const result = step(filtered, { type: 'account-added', account: added });
    expect(result.next.query).to.equal('');
    expect(result.feedback).to.deep.equal({ announce: { type: 'account-added', address: added.email } });
    expect(run(filtered, { type: 'account-added', account: { ...added, email: 'megan2@contoso.com' } }).query).to.equal('megan');
  });

  it('refetches mailboxes quietly after a provider is saved in the list’s own dialog', () => {
    const state = ready();
    const inDialog = step(state, { type: 'provider-saved', provider: { ...northwind, name: 'NW' }, inDialog: true });
    expect(inDialog.effects.start.map((effect) => effect.key)).to.deep.equal(['load:accounts']);
    expect(inDialog.next.data.accounts).to.equal(state.data.accounts);
    expect(step(state, { type: 'provider-saved', provider: northwind, inDialog: false }).effects.start).to.deep.equal([]);
  });

  it('indexes provider usage once per mailboxes array, and hands the index out without copying', () => {
    const accounts = Array.from({ length: 100_000 }, (_, i): MailAccount => ({ ...megan, id: `b${i}`, email: `u${i}@contoso.com` }));
    const state = ready(accounts);
    const first = deriveAccountList(state.data, '');
    const again = deriveAccountList(state.data, '');
    expect(again.usage).to.equal(first.usage);
    expect(again.shown).to.equal(first.shown);
    expect(usageIndex(accounts)).to.equal(first.usage);
    const check = providerDeleteCheck(m365.id, first.usage, {});
    expect(check.allowed).to.equal(false);
    if (!check.allowed) expect(check.mailboxes).to.equal(first.usage!.get(m365.id));
    // A filter re-filters; the index stays.
    const narrowed = deriveAccountList(state.data, 'u99999');
    expect(narrowed.shown.map((a) => a.id)).to.deep.equal(['b99999']);
    expect(narrowed.usage).to.equal(first.usage);
    expect(deriveAccountList(initialListFlowState().data, '').usage).to.equal(null);
  });
});
