import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  initialWizardState,
  wizardAccountInput,
  wizardCanSaveAnyway,
  wizardEffects,
  wizardJobFailed,
  wizardReducer as reduce,
  type CheckFailureDetails,
  type WizardAction,
  type WizardState,
} from '../../src/flows/index.js';
import { createDemoData } from '../../src/adapter/index.js';
import type { MailProvider } from '../../src/model/index.js';

const demo = createDemoData().providers;
const FABRIKAM = demo.find((p) => p.id === 'exchange-fabrikam')!; // Exchange on its own server, Basic
const M365_BASIC: MailProvider = {
  ...FABRIKAM,
  id: 'm365-basic',
  type: 'exchange',
  serviceAddress: 'outlook.office365.com',
  domains: ['contoso.com'],
};

const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(reduce, state);

/** At the check step, the check started and failed with `kind` and `details`. */
function failedCheck(
  kind: string,
  details: CheckFailureDetails | undefined,
  options: { admin?: boolean; provider?: MailProvider; requireSyncService?: boolean; syncService?: 'ok' | 'unreachable' } = {},
): WizardState {
  const provider = options.provider ?? FABRIKAM;
  const email = provider === FABRIKAM ? 'pat@fabrikam.com' : 'pat@contoso.com';
  let state = run(initialWizardState({ requireSyncService: options.requireSyncService ?? true }), { type: 'edit-email', email }, { type: 'next' });
  if (state.lookup.status !== 'loading') throw new Error('no lookup');
  state = run(
    state,
    {
      type: 'lookup-succeeded',
      request: state.lookup.request,
      recognized: provider,
      providers: [provider],
      canManageAdministration: options.admin ?? true,
      syncService: options.syncService ?? 'ok',
    },
    { type: 'next' },
    { type: 'edit-password', password: 'hunter2' },
    { type: 'next' },
    { type: 'check' },
  );
  if (state.check.status !== 'checking') throw new Error('no check');
  const effect = {
    type: 'check' as const,
    request: state.check.request,
    payload: {
      providerId: provider.id,
      email,
      login: 'pat',
      auth: { method: 'basic' as const, password: { action: 'replace' as const, value: 'hunter2' } },
    },
  };
  return reduce(state, wizardJobFailed(effect, kind, details));
}

describe('wizard: Save anyway (B1)', () => {
  it('keeps the server’s words of a failed check', () => {
    const state = failedCheck('unreachable', { stage: 'connect', rawCode: 'ECONNREFUSED', serverReply: 'connect ECONNREFUSED' });
    expect(state.check).to.deep.equal({
      status: 'failed',
      kind: 'unreachable',
      details: { stage: 'connect', rawCode: 'ECONNREFUSED', serverReply: 'connect ECONNREFUSED' },
    });
  });

  it('drops details that are not the server’s words', () => {
    const effect = {
      type: 'check' as const,
      request: 1,
      payload: { providerId: 'p', email: 'a@b.c', login: 'a', auth: { method: 'oauth2' as const, grantRef: 'g' } },
    };
    expect(wizardJobFailed(effect, 'unknown', { field: 'password' } as CheckFailureDetails)).to.deep.equal({
      type: 'check-failed',
      request: 1,
      kind: 'unknown',
    });
  });

  it('is offered to administrators when the service is down or refuses the connection', () => {
    for (const [kind, details] of [
      ['unreachable', { rawCode: 'ECONNREFUSED' }],
      ['timeout', undefined],
      ['unreachable', undefined],
    ] as const) {
      expect(wizardCanSaveAnyway(failedCheck(kind, details)), kind).to.equal(true);
      expect(wizardCanSaveAnyway(failedCheck(kind, details, { admin: false })), `${kind} non-admin`).to.equal(false);
    }
  });

  it('is offered for TLS only on a well-known host', () => {
    expect(wizardCanSaveAnyway(failedCheck('tls', { rawCode: 'CERT_HAS_EXPIRED' }, { provider: M365_BASIC }))).to.equal(true);
    expect(wizardCanSaveAnyway(failedCheck('tls', { rawCode: 'CERT_HAS_EXPIRED' }))).to.equal(false);
  });

  it('is not offered for what the user can fix, nor after a cancel', () => {
    expect(wizardCanSaveAnyway(failedCheck('auth-failed', { rawCode: 'AADSTS50126' }))).to.equal(false);
    expect(wizardCanSaveAnyway(failedCheck('unreachable', { rawCode: 'ENOTFOUND' }))).to.equal(false);
    expect(wizardCanSaveAnyway(failedCheck('aborted', undefined))).to.equal(false);
  });

  it('is not offered while a required Exchange Listener is down (R2)', () => {
    expect(wizardCanSaveAnyway(failedCheck('sync-service', undefined, { syncService: 'unreachable' }))).to.equal(false);
  });

  it('saves the mailbox marked not yet verified', () => {
    const failed = failedCheck('unreachable', { rawCode: 'ECONNREFUSED' });
    const saving = reduce(failed, { type: 'save-anyway' });
    expect(saving.save).to.deep.include({ status: 'saving', unverified: true });
    expect(wizardAccountInput(saving)).to.deep.include({ unverified: true });
    const start = wizardEffects(failed, saving).start;
    expect(start).to.have.length(1);
    expect(start[0]).to.deep.include({ type: 'save' });
    expect((start[0] as { payload: { unverified?: boolean } }).payload.unverified).to.equal(true);
  });

  it('ignores Save anyway where it is not offered, and a plain save stays verified', () => {
    const wrongPassword = failedCheck('auth-failed', { rawCode: 'AADSTS50126' });
    expect(reduce(wrongPassword, { type: 'save-anyway' })).to.equal(wrongPassword);
    const nonAdmin = failedCheck('unreachable', { rawCode: 'ECONNREFUSED' }, { admin: false });
    expect(reduce(nonAdmin, { type: 'save-anyway' })).to.equal(nonAdmin);
    expect(wizardAccountInput(failedCheck('unreachable', undefined))).to.not.have.property('unverified');
  });
});
