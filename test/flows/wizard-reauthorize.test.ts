import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  initialWizardState,
  isWizardDirty,
  wizardAccountInput,
  wizardCheckRequest,
  wizardEffects,
  wizardFeedback,
  wizardJobFailed,
  wizardReducer as reduce,
  wizardView as view,
  type WizardAction,
  type WizardState,
} from '../../src/flows/index.js';
import { createDemoData } from '../../src/adapter/index.js';
import type { MailAccount } from '../../src/model/index.js';

const data = createDemoData();
const M365 = data.providers.find((p) => p.id === 'm365-contoso')!;
const NORTHWIND = data.providers.find((p) => p.id === 'imap-northwind')!;
const MEGAN = data.accounts[1]!;
const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(reduce, state);

/** The wizard after `email` was looked up and Microsoft 365 (Contoso) recognised, with what the adapter said. */
function looked(
  email: string,
  said: { canManageAdministration: boolean; syncService: 'ok' | 'not-configured' | 'unreachable'; accounts?: typeof data.accounts },
): WizardState {
  const state = run(initialWizardState(), { type: 'edit-email', email }, { type: 'next' });
  const request = state.lookup.status === 'loading' ? state.lookup.request : -1;
  return reduce(state, { type: 'lookup-succeeded', request, recognized: M365, providers: data.providers, ...said });
}
const pendingRequest = (state: WizardState, job: 'signIn' | 'check' | 'save' | 'syncRecheck'): number => {
  const s = state[job];
  if (!('request' in s)) throw new Error(`${job} is ${s.status}`);
  return s.request;
};

describe('wizard: re-authorise in place (issue 11, item 1)', () => {
  it('starts at the credentials step for the mailbox, with nothing to go back to and nothing yet to discard', () => {
    const state = reduce(initialWizardState(), { type: 'reauthorize', account: MEGAN, provider: M365 });
    expect(state).to.deep.include({ step: 'credentials', reauthorize: MEGAN, providerId: 'm365-contoso', email: MEGAN.email });
    expect(reduce(state, { type: 'back' })).to.equal(state);
    expect(isWizardDirty(state)).to.equal(false);
    expect(view(state).login).to.equal(MEGAN.login);
  });

  it('signs in again, checks against the saved mailbox, and saves through re-authorisation keeping every setting', () => {
    let state = run(initialWizardState(), { type: 'reauthorize', account: MEGAN, provider: M365 }, { type: 'sign-in' });
    state = reduce(state, { type: 'sign-in-succeeded', request: pendingRequest(state, 'signIn'), grantRef: 'grant-new', signedInAs: MEGAN.email });
    expect(isWizardDirty(state)).to.equal(true);
    expect(wizardCheckRequest(state)).to.deep.include({ accountId: MEGAN.id, auth: { method: 'oauth2', grantRef: 'grant-new' } });
    state = run(state, { type: 'next' }, { type: 'save' });
    state = reduce(state, { type: 'check-succeeded', request: pendingRequest(state, 'check') });
    const input = wizardAccountInput(state)!;
    expect(input).to.deep.include({ id: MEGAN.id, displayName: MEGAN.displayName, isShared: true, loadFrom: MEGAN.loadFrom });
    const before = run(initialWizardState(), { type: 'reauthorize', account: MEGAN, provider: M365 });
    const effects = wizardEffects(before, state);
    expect(effects.start.find((effect) => effect.type === 'save')).to.deep.include({ reauthorize: MEGAN });
  });

  it('keeps a manual login as stored, and a changed one counts as typed', () => {
    const pat: MailAccount = {
      ...MEGAN,
      id: 'pat',
      email: 'pat@northwindtraders.com',
      login: 'NW\\pat',
      providerId: NORTHWIND.id,
      auth: { method: 'basic', hasPassword: true },
    };
    const state = reduce(initialWizardState(), { type: 'reauthorize', account: pat, provider: NORTHWIND });
    expect(state.manualLogin).to.equal('NW\\pat');
    expect(isWizardDirty(state)).to.equal(false);
    expect(isWizardDirty(reduce(state, { type: 'edit-login', login: 'pat' }))).to.equal(true);
  });

  it('an address already added is noticed at the lookup and offered for re-authorising', () => {
    const state = looked('Megan.Bowen@contoso.com', { canManageAdministration: false, syncService: 'ok', accounts: data.accounts });
    expect(state.existing?.id).to.equal(MEGAN.id);
    const switched = reduce(state, { type: 'reauthorize-existing' });
    expect(switched).to.deep.include({ step: 'credentials', reauthorize: MEGAN });
    expect(wizardFeedback(state, switched, { type: 'reauthorize-existing' })).to.deep.equal({
      focus: 'step',
      announce: { type: 'step', step: 'credentials' },
    });
    expect(reduce(initialWizardState(), { type: 'reauthorize-existing' }).step).to.equal('email');
  });
});

describe('wizard: R2 Retry re-checks the Exchange Listener in place (issue 11, item 4)', () => {
  function atCheck(syncService: 'not-configured' | 'unreachable'): WizardState {
    return looked('new@contoso.com', { canManageAdministration: true, syncService });
  }

  it('asks the adapter again and clears the notice when the service is back', () => {
    const before = atCheck('unreachable');
    expect(view(before).syncProblem).to.equal('unreachable');
    const checking = reduce(before, { type: 'retry-sync' });
    expect(view(checking).busy).to.equal(true);
    expect(wizardEffects(before, checking).start).to.deep.equal([{ type: 'sync', request: pendingRequest(checking, 'syncRecheck') }]);
    expect(reduce(checking, { type: 'retry-sync' })).to.equal(checking);
    const back = reduce(checking, { type: 'sync-rechecked', request: pendingRequest(checking, 'syncRecheck'), syncService: 'ok' });
    expect(view(back).syncProblem).to.equal(null);
    expect(back.syncRecheck.status).to.equal('idle');
    expect(wizardFeedback(checking, back, { type: 'sync-rechecked', request: 0, syncService: 'ok' })).to.deep.equal({ focus: 'sync-notice' });
  });

  it('a failed re-check keeps the notice; a stale answer is ignored; Retry does nothing while the service is fine', () => {
    const checking = reduce(atCheck('not-configured'), { type: 'retry-sync' });
    const request = pendingRequest(checking, 'syncRecheck');
    const effect = { type: 'sync', request } as const;
    const failed = reduce(checking, wizardJobFailed(effect, 'unreachable'));
    expect(view(failed).syncProblem).to.equal('not-configured');
    expect(failed.syncRecheck.status).to.equal('idle');
    expect(reduce(checking, { type: 'sync-rechecked', request: request + 7, syncService: 'ok' })).to.equal(checking);
    const fine = atCheck('unreachable');
    const ok = reduce(reduce(fine, { type: 'retry-sync' }), {
      type: 'sync-rechecked',
      request: pendingRequest(reduce(fine, { type: 'retry-sync' }), 'syncRecheck'),
      syncService: 'ok',
    });
    expect(reduce(ok, { type: 'retry-sync' })).to.equal(ok);
  });

  it('a check that failed on the sync service is forgotten once the service changes', () => {
    let state = atCheck('unreachable');
    state = { ...state, check: { status: 'failed', kind: 'sync-service' } };
    const checking = reduce(state, { type: 'retry-sync' });
    const after = reduce(checking, { type: 'sync-rechecked', request: pendingRequest(checking, 'syncRecheck'), syncService: 'ok' });
    expect(after.check.status).to.equal('idle');
  });
});
