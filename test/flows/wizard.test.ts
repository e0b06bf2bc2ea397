import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  WIZARD_STEPS,
  canLeaveEmail,
  initialWizardState,
  isWizardDirty,
  stepNumber,
  wizardAccountInput,
  wizardCheckRequest,
  wizardEffects,
  wizardReducer as reduce,
  wizardView as view,
  type WizardAction,
  type WizardState,
} from '../../src/flows/index.js';
import { createDemoData } from '../../src/adapter/index.js';
import type { MailAccount, MailProvider } from '../../src/model/index.js';

const demo = createDemoData().providers;
const provider = (id: string): MailProvider => demo.find((p) => p.id === id)!;
const M365 = provider('m365-contoso'); // Exchange, OAuth 2.0, login = email
const FABRIKAM = provider('exchange-fabrikam'); // Exchange, Basic, login = mailbox name
const NORTHWIND = provider('imap-northwind'); // IMAP/SMTP, Basic, manual login
const OAUTH_MANUAL: MailProvider = { ...M365, id: 'oauth-manual', name: 'Manual OAuth', loginFormat: 'manual', domains: [] };

function run(state: WizardState, ...actions: WizardAction[]): WizardState {
  return actions.reduce(reduce, state);
}

/** The lookup request a state waits for. */
function lookupRequest(state: WizardState): number {
  if (state.lookup.status !== 'loading') throw new Error(`lookup is ${state.lookup.status}`);
  return state.lookup.request;
}

function request(state: WizardState, job: 'signIn' | 'check' | 'save'): number {
  const s = state[job];
  if (!('request' in s)) throw new Error(`${job} is ${s.status}`);
  return s.request;
}

interface LookupOptions {
  recognized?: MailProvider | null;
  providers?: MailProvider[];
  canManageAdministration?: boolean;
  syncService?: 'ok' | 'not-configured' | 'unreachable';
  requireSyncService?: boolean;
}

/** A wizard past step 1 whose lookup answered. */
function atProvider(email: string, options: LookupOptions = {}): WizardState {
  const typed = run(initialWizardState({ requireSyncService: options.requireSyncService ?? true }), { type: 'edit-email', email }, { type: 'next' });
  return reduce(typed, {
    type: 'lookup-succeeded',
    request: lookupRequest(typed),
    recognized: options.recognized ?? null,
    providers: options.providers ?? demo,
    canManageAdministration: options.canManageAdministration ?? true,
    syncService: options.syncService ?? 'ok',
  });
}

/** At the check step with Basic credentials for Fabrikam. */
function atCheck(options: LookupOptions = {}): WizardState {
  return run(
    atProvider('pat@fabrikam.com', { recognized: FABRIKAM, ...options }),
    { type: 'next' },
    { type: 'edit-password', password: 'hunter2' },
    { type: 'next' },
  );
}

const ACCOUNT: MailAccount = {
  id: 'mailbox-1',
  email: 'pat@fabrikam.com',
  providerId: FABRIKAM.id,
  login: 'pat',
  displayName: '',
  loadEmails: true,
  sendEmails: true,
  isDefault: false,
  isShared: false,
  loadFrom: null,
  status: 'connected',
  auth: { method: 'basic', hasPassword: true },
};

describe('wizard flow: steps', () => {
  it('starts at the email step, pre-filled when asked', () => {
    const state = initialWizardState({ email: 'alex@contoso.com' });
    expect(state.step).to.equal('email');
    expect(state.email).to.equal('alex@contoso.com');
    expect(state.requireSyncService).to.equal(true);
    expect(initialWizardState().email).to.equal('');
    expect(WIZARD_STEPS).to.deep.equal(['email', 'provider', 'credentials', 'check']);
    expect(['email', 'provider', 'provider-form', 'credentials', 'check'].map((s) => stepNumber(s as never))).to.deep.equal([1, 2, 2, 3, 4]);
  });

  it('ignores Back on the first step and Next on the last', () => {
    const first = initialWizardState();
    expect(reduce(first, { type: 'back' }) === first).to.equal(true);
    const last = atCheck();
    expect(reduce(last, { type: 'next' }) === last).to.equal(true);
  });

  it('marks a field touched once, and only on its own step', () => {
    const state = reduce(initialWizardState(), { type: 'blur', field: 'email' });
    expect(state.touched.has('email')).to.equal(true);
    expect(reduce(state, { type: 'blur', field: 'email' }) === state).to.equal(true);
    // The field of a step that has just gone is blurred by its removal, not by the user.
    const provider = atProvider('alex@contoso.com');
    expect(reduce(provider, { type: 'blur', field: 'email' }) === provider).to.equal(true);
    expect(reduce(provider, { type: 'blur', field: 'password' }) === provider).to.equal(true);
    expect(reduce(provider, { type: 'blur', field: 'provider' }).touched.has('provider')).to.equal(true);
  });
});

describe('wizard flow: email step (R5)', () => {
  it('does not leave without a valid address, and then shows why', () => {
    const empty = reduce(initialWizardState(), { type: 'next' });
    expect(empty.step).to.equal('email');
    expect(view(empty).errors.email).to.deep.equal({ code: 'required' });
    const invalid = run(initialWizardState(), { type: 'edit-email', email: 'alex@' }, { type: 'next' });
    expect(invalid.step).to.equal('email');
    expect(view(invalid).errors.email).to.deep.equal({ code: 'email-invalid' });
    expect(wizardEffects(initialWizardState(), invalid).start).to.deep.equal([]);
    expect(canLeaveEmail(invalid)).to.equal(false);
    expect(canLeaveEmail(reduce(invalid, { type: 'edit-email', email: 'alex@contoso.com' }))).to.equal(true);
  });

  it('shows an error only after the user leaves the field, or at once for a pre-filled address', () => {
    const typing = reduce(initialWizardState(), { type: 'edit-email', email: 'alex' });
    expect(view(typing).errors).to.deep.equal({});
    expect(view(reduce(typing, { type: 'blur', field: 'email' })).errors.email).to.deep.equal({ code: 'email-invalid' });
    expect(view(initialWizardState({ email: 'not an address' })).errors.email).to.deep.equal({ code: 'email-invalid' });
    expect(view(initialWizardState()).errors).to.deep.equal({});
  });

  it('Next with a valid address moves on and looks the canonical domain up (R6)', () => {
    const typed = reduce(initialWizardState(), { type: 'edit-email', email: ' Alex@Contoso.COM ' });
    const next = reduce(typed, { type: 'next' });
    expect(next.step).to.equal('provider');
    expect(next.lookup).to.deep.include({ status: 'loading', domain: 'contoso.com' });
    expect(wizardEffects(typed, next)).to.deep.equal({ start: [{ type: 'lookup', request: lookupRequest(next), domain: 'contoso.com' }], stop: [] });
    expect(view(next).busy).to.equal(true);
  });

  it('ignores an edit that changes nothing', () => {
    const state = reduce(initialWizardState(), { type: 'edit-email', email: 'a@b.com' });
    expect(reduce(state, { type: 'edit-email', email: 'a@b.com' }) === state).to.equal(true);
  });
});

describe('wizard flow: provider lookup (R6, R1, R2)', () => {
  it('chooses a recognised provider and records the rights and the Exchange Listener', () => {
    const state = atProvider('alex@contoso.com', { recognized: M365, canManageAdministration: false, syncService: 'unreachable' });
    expect(state.lookup).to.deep.equal({ status: 'done', domain: 'contoso.com', recognizedId: M365.id });
    expect(state.providerId).to.equal(M365.id);
    expect(state.canManageAdministration).to.equal(false);
    expect(state.syncService).to.equal('unreachable');
    expect(view(state).recognized?.id).to.equal(M365.id);
    expect(view(state).provider?.id).to.equal(M365.id);
  });

  it('adds a recognised provider that the list left out', () => {
    const state = atProvider('alex@contoso.com', { recognized: M365, providers: [FABRIKAM] });
    expect(state.providers.map((p) => p.id)).to.deep.equal([FABRIKAM.id, M365.id]);
  });

  it('leaves the choice to the user for an unknown domain, and requires one', () => {
    const state = atProvider('kim@unknown.example');
    expect(state.providerId).to.equal(null);
    expect(view(state).recognized).to.equal(null);
    expect(view(state).errors.provider).to.equal(undefined);
    const refused = reduce(state, { type: 'next' });
    expect(refused.step).to.equal('provider');
    expect(view(refused).errors.provider).to.deep.equal({ code: 'required' });
    const chosen = run(refused, { type: 'choose-provider', providerId: NORTHWIND.id }, { type: 'next' });
    expect(chosen.step).to.equal('credentials');
    expect(view(chosen).errors.provider).to.equal(undefined);
  });

  it('ignores a choice of a provider that is not listed, or the one already chosen', () => {
    const state = atProvider('alex@contoso.com', { recognized: M365 });
    expect(reduce(state, { type: 'choose-provider', providerId: 'nope' }) === state).to.equal(true);
    expect(reduce(state, { type: 'choose-provider', providerId: M365.id }) === state).to.equal(true);
    const elsewhere = reduce(state, { type: 'back' });
    expect(reduce(elsewhere, { type: 'choose-provider', providerId: FABRIKAM.id }) === elsewhere).to.equal(true);
  });

  it('keeps the user at the provider step when the lookup fails, and retries it', () => {
    const loading = run(initialWizardState(), { type: 'edit-email', email: 'alex@contoso.com' }, { type: 'next' });
    const failed = reduce(loading, { type: 'lookup-failed', request: lookupRequest(loading), kind: 'unreachable' });
    expect(failed.lookup).to.deep.equal({ status: 'failed', domain: 'contoso.com', kind: 'unreachable' });
    expect(reduce(failed, { type: 'next' }).step).to.equal('provider');
    const retried = reduce(failed, { type: 'retry-lookup' });
    expect(retried.lookup.status).to.equal('loading');
    expect(wizardEffects(failed, retried).start).to.deep.equal([{ type: 'lookup', request: lookupRequest(retried), domain: 'contoso.com' }]);
    expect(reduce(retried, { type: 'retry-lookup' }) === retried).to.equal(true);
    // A failed lookup is tried again by Back and Next too.
    const again = run(failed, { type: 'back' }, { type: 'next' });
    expect(again.lookup.status).to.equal('loading');
  });

  it('abandons a hanging lookup on Back and ignores its late answer', () => {
    const loading = run(initialWizardState(), { type: 'edit-email', email: 'alex@contoso.com' }, { type: 'next' });
    const back = reduce(loading, { type: 'back' });
    expect(back.step).to.equal('email');
    expect(back.lookup.status).to.equal('idle');
    expect(wizardEffects(loading, back)).to.deep.equal({ start: [], stop: ['lookup'] });
    const late = reduce(back, {
      type: 'lookup-succeeded',
      request: lookupRequest(loading),
      recognized: M365,
      providers: demo,
      canManageAdministration: true,
      syncService: 'ok',
    });
    expect(late === back).to.equal(true);
    expect(reduce(back, { type: 'lookup-failed', request: lookupRequest(loading), kind: 'timeout' }) === back).to.equal(true);
  });

  it('ignores an answer to an older lookup', () => {
    const first = run(initialWizardState(), { type: 'edit-email', email: 'alex@contoso.com' }, { type: 'next' });
    const second = run(first, { type: 'back' }, { type: 'next' });
    const stale = reduce(second, { type: 'lookup-failed', request: lookupRequest(first), kind: 'unreachable' });
    expect(stale === second).to.equal(true);
  });

  it('keeps the lookup and the choice when Back and Next keep the domain (B2), and starts over for another domain', () => {
    const chosen = run(atProvider('kim@unknown.example'), { type: 'choose-provider', providerId: NORTHWIND.id });
    const same = run(chosen, { type: 'back' }, { type: 'edit-email', email: 'lee@unknown.example' }, { type: 'next' });
    expect(same.step).to.equal('provider');
    expect(same.providerId).to.equal(NORTHWIND.id);
    expect(wizardEffects(chosen, same).start).to.deep.equal([]);
    const other = run(chosen, { type: 'back' }, { type: 'edit-email', email: 'lee@elsewhere.example' }, { type: 'next' });
    expect(other.providerId).to.equal(null);
    expect(other.lookup).to.deep.include({ status: 'loading', domain: 'elsewhere.example' });
  });
});

describe('wizard flow: Add provider (R7, R1)', () => {
  it('opens the embedded form only with CanManageAdministration and a finished lookup', () => {
    const admin = atProvider('kim@newcorp.example');
    expect(reduce(admin, { type: 'add-provider' }).step).to.equal('provider-form');
    const user = atProvider('kim@newcorp.example', { canManageAdministration: false });
    expect(reduce(user, { type: 'add-provider' }) === user).to.equal(true);
    const loading = run(initialWizardState(), { type: 'edit-email', email: 'kim@newcorp.example' }, { type: 'next' });
    expect(reduce(loading, { type: 'add-provider' }) === loading).to.equal(true);
  });

  it('comes back to the provider step when the form is cancelled, or by Back', () => {
    const form = reduce(atProvider('kim@newcorp.example'), { type: 'add-provider' });
    expect(reduce(form, { type: 'provider-form-cancelled' }).step).to.equal('provider');
    expect(reduce(form, { type: 'back' }).step).to.equal('provider');
    expect(reduce(form, { type: 'next' }) === form).to.equal(true);
    const provider = reduce(form, { type: 'provider-form-cancelled' });
    expect(reduce(provider, { type: 'provider-form-cancelled' }) === provider).to.equal(true);
  });

  it('comes back with the new provider chosen, recognised when its domains cover the address', () => {
    const form = reduce(atProvider('kim@newcorp.example'), { type: 'add-provider' });
    const created: MailProvider = { ...NORTHWIND, id: 'new-one', name: 'NewCorp', domains: ['newcorp.example'] };
    const back = reduce(form, { type: 'provider-created', provider: created });
    expect(back.step).to.equal('provider');
    expect(back.providerId).to.equal('new-one');
    expect(back.providers.at(-1)!.id).to.equal('new-one');
    expect(back.lookup).to.deep.equal({ status: 'done', domain: 'newcorp.example', recognizedId: 'new-one' });
    const elsewhere = reduce(form, { type: 'provider-created', provider: { ...created, domains: ['other.example'] } });
    expect(elsewhere.providerId).to.equal('new-one');
    expect(elsewhere.lookup).to.deep.include({ recognizedId: null });
    expect(reduce(back, { type: 'provider-created', provider: created }) === back).to.equal(true);
  });
});

describe('wizard flow: credentials (R11, R12)', () => {
  it('derives a read-only login from the address for email and mailbox-name formats', () => {
    const m365 = reduce(atProvider('Alex@Contoso.com', { recognized: M365 }), { type: 'next' });
    expect(m365.step).to.equal('credentials');
    expect(view(m365)).to.deep.include({ login: 'Alex@contoso.com', loginEditable: false });
    const fabrikam = reduce(atProvider('pat@fabrikam.com', { recognized: FABRIKAM }), { type: 'next' });
    expect(view(fabrikam)).to.deep.include({ login: 'pat', loginEditable: false });
    expect(view(atProvider('kim@unknown.example')).login).to.equal('');
  });

  it('requires a typed login for the manual format', () => {
    const state = run(atProvider('kim@northwindtraders.com', { recognized: NORTHWIND }), { type: 'next' }, { type: 'edit-password', password: 'pw' });
    expect(view(state).loginEditable).to.equal(true);
    const refused = reduce(state, { type: 'next' });
    expect(refused.step).to.equal('credentials');
    expect(view(refused).errors.login).to.deep.equal({ code: 'login-required' });
    const typed = run(refused, { type: 'edit-login', login: ' kim.n ' }, { type: 'blur', field: 'login' });
    expect(view(typed)).to.deep.include({ login: ' kim.n ' });
    expect(view(typed).errors.login).to.equal(undefined);
    expect(reduce(typed, { type: 'edit-login', login: ' kim.n ' }) === typed).to.equal(true);
    const next = reduce(typed, { type: 'next' });
    expect(next.step).to.equal('check');
    expect(wizardCheckRequest(next)!.login).to.equal('kim.n');
  });

  it('shows a bad manual login once the user leaves the field after typing', () => {
    const state = run(
      atProvider('kim@northwindtraders.com', { recognized: NORTHWIND }),
      { type: 'next' },
      { type: 'edit-login', login: 'x'.repeat(300) },
    );
    expect(view(state).errors.login).to.equal(undefined);
    expect(view(reduce(state, { type: 'blur', field: 'login' })).errors.login).to.deep.equal({ code: 'too-long' });
  });

  it('Basic: requires the password, then moves to the check', () => {
    const state = reduce(atProvider('pat@fabrikam.com', { recognized: FABRIKAM }), { type: 'next' });
    const refused = reduce(state, { type: 'next' });
    expect(refused.step).to.equal('credentials');
    expect(view(refused).errors.password).to.deep.equal({ code: 'secret-required' });
    expect(view(refused).errors.signIn).to.equal(undefined);
    const next = run(refused, { type: 'edit-password', password: 'hunter2' }, { type: 'next' });
    expect(next.step).to.equal('check');
    expect(reduce(next, { type: 'edit-password', password: 'hunter2' }) === next).to.equal(true);
  });

  it('OAuth 2.0: requires a sign-in, which the host runs', () => {
    const state = reduce(atProvider('alex@contoso.com', { recognized: M365 }), { type: 'next' });
    const refused = reduce(state, { type: 'next' });
    expect(view(refused).errors.signIn).to.deep.equal({ code: 'required' });
    expect(view(refused).errors.password).to.equal(undefined);
    const waiting = reduce(refused, { type: 'sign-in' });
    expect(waiting.signIn.status).to.equal('waiting');
    expect(view(waiting).busy).to.equal(true);
    expect(wizardEffects(refused, waiting).start).to.deep.equal([
      {
        type: 'sign-in',
        request: request(waiting, 'signIn'),
        payload: { providerId: M365.id, email: 'alex@contoso.com', login: 'alex@contoso.com' },
      },
    ]);
    expect(reduce(waiting, { type: 'sign-in' }) === waiting).to.equal(true);
    const signed = reduce(waiting, {
      type: 'sign-in-succeeded',
      request: request(waiting, 'signIn'),
      grantRef: 'grant-1',
      signedInAs: 'alex@contoso.com',
    });
    expect(signed.signIn).to.deep.equal({ status: 'signed-in', grantRef: 'grant-1', signedInAs: 'alex@contoso.com' });
    const next = reduce(signed, { type: 'next' });
    expect(next.step).to.equal('check');
    expect(wizardCheckRequest(next)!.auth).to.deep.equal({ method: 'oauth2', grantRef: 'grant-1' });
  });

  it('OAuth 2.0: a cancelled, aborted or failed sign-in says so and can be tried again', () => {
    const waiting = run(atProvider('alex@contoso.com', { recognized: M365 }), { type: 'next' }, { type: 'sign-in' });
    const r = request(waiting, 'signIn');
    expect(reduce(waiting, { type: 'sign-in-failed', request: r, kind: 'cancelled' }).signIn).to.deep.equal({ status: 'cancelled' });
    expect(reduce(waiting, { type: 'sign-in-failed', request: r, kind: 'aborted' }).signIn).to.deep.equal({ status: 'cancelled' });
    const failed = reduce(waiting, { type: 'sign-in-failed', request: r, kind: 'unreachable' });
    expect(failed.signIn).to.deep.equal({ status: 'failed', kind: 'unreachable' });
    expect(reduce(failed, { type: 'next' }).step).to.equal('credentials');
    expect(reduce(failed, { type: 'sign-in' }).signIn.status).to.equal('waiting');
  });

  it('OAuth 2.0: a hanging sign-in can be cancelled, or left by Back, and its late answer is ignored', () => {
    const before = run(atProvider('alex@contoso.com', { recognized: M365 }), { type: 'next' });
    const waiting = reduce(before, { type: 'sign-in' });
    const r = request(waiting, 'signIn');
    const cancelled = reduce(waiting, { type: 'cancel-sign-in' });
    expect(cancelled.signIn).to.deep.equal({ status: 'cancelled' });
    expect(wizardEffects(waiting, cancelled).stop).to.deep.equal(['sign-in']);
    expect(reduce(cancelled, { type: 'cancel-sign-in' }) === cancelled).to.equal(true);
    expect(reduce(cancelled, { type: 'sign-in-succeeded', request: r, grantRef: 'g', signedInAs: 'a@b.c' }) === cancelled).to.equal(true);
    const back = reduce(waiting, { type: 'back' });
    expect(back.step).to.equal('provider');
    expect(back.signIn.status).to.equal('idle');
    expect(wizardEffects(waiting, back).stop).to.deep.equal(['sign-in']);
    expect(reduce(back, { type: 'sign-in-failed', request: r, kind: 'unreachable' }) === back).to.equal(true);
  });

  it('OAuth 2.0: no sign-in for a Basic provider, outside the credentials step, or without a manual login', () => {
    const basic = reduce(atProvider('pat@fabrikam.com', { recognized: FABRIKAM }), { type: 'next' });
    expect(reduce(basic, { type: 'sign-in' }) === basic).to.equal(true);
    const provider = atProvider('alex@contoso.com', { recognized: M365 });
    expect(reduce(provider, { type: 'sign-in' }) === provider).to.equal(true);
    const manual = run(
      atProvider('kim@unknown.example', { providers: [OAUTH_MANUAL] }),
      { type: 'choose-provider', providerId: OAUTH_MANUAL.id },
      { type: 'next' },
    );
    const refused = reduce(manual, { type: 'sign-in' });
    expect(refused.signIn.status).to.equal('idle');
    expect(view(refused).errors.login).to.deep.equal({ code: 'login-required' });
    const typed = run(manual, { type: 'edit-login', login: 'kim' }, { type: 'sign-in' });
    expect(typed.signIn.status).to.equal('waiting');
  });

  it('drops the sign-in when the address or the provider changes, and keeps it for the same address', () => {
    const waiting = run(atProvider('alex@contoso.com', { recognized: M365 }), { type: 'next' }, { type: 'sign-in' });
    const signed = reduce(waiting, { type: 'sign-in-succeeded', request: request(waiting, 'signIn'), grantRef: 'g', signedInAs: 'alex@contoso.com' });
    const backToEmail = run(signed, { type: 'back' }, { type: 'back' });
    expect(reduce(backToEmail, { type: 'edit-email', email: ' alex@contoso.com' }).signIn.status).to.equal('signed-in');
    expect(reduce(backToEmail, { type: 'edit-email', email: 'sam@contoso.com' }).signIn.status).to.equal('idle');
    const atProviderStep = reduce(signed, { type: 'back' });
    expect(reduce(atProviderStep, { type: 'choose-provider', providerId: FABRIKAM.id }).signIn.status).to.equal('idle');
  });

  it('keeps every step’s input through Back (B2)', () => {
    const check = atCheck();
    const back = run(check, { type: 'back' }, { type: 'back' }, { type: 'back' });
    expect(back.step).to.equal('email');
    expect(back.email).to.equal('pat@fabrikam.com');
    const forward = run(back, { type: 'next' }, { type: 'next' });
    expect(forward.step).to.equal('credentials');
    expect(forward.providerId).to.equal(FABRIKAM.id);
    expect(forward.password).to.equal('hunter2');
  });
});

describe('wizard flow: check and save (B1)', () => {
  it('checks with what was typed, and reports success', () => {
    const state = atCheck();
    const checking = reduce(state, { type: 'check' });
    expect(checking.check).to.deep.include({ status: 'checking', thenSave: false });
    expect(view(checking).busy).to.equal(true);
    expect(wizardEffects(state, checking).start).to.deep.equal([
      {
        type: 'check',
        request: request(checking, 'check'),
        payload: {
          providerId: FABRIKAM.id,
          email: 'pat@fabrikam.com',
          login: 'pat',
          auth: { method: 'basic', password: { action: 'replace', value: 'hunter2' } },
        },
      },
    ]);
    expect(reduce(checking, { type: 'check' }) === checking).to.equal(true);
    const ok = reduce(checking, { type: 'check-succeeded', request: request(checking, 'check') });
    expect(ok.check).to.deep.equal({ status: 'ok' });
    expect(view(ok).save).to.equal('ready');
  });

  it('reports a failed check by kind, keeps the input, and checks again on retry', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const failed = reduce(checking, { type: 'check-failed', request: request(checking, 'check'), kind: 'auth-failed' });
    expect(failed.check).to.deep.equal({ status: 'failed', kind: 'auth-failed' });
    expect(failed.password).to.equal('hunter2');
    expect(view(failed).save).to.equal('needs-check');
    const retry = reduce(failed, { type: 'check' });
    expect(retry.check.status).to.equal('checking');
    expect(request(retry, 'check')).to.not.equal(request(checking, 'check'));
    expect(reduce(retry, { type: 'check-succeeded', request: request(checking, 'check') }) === retry).to.equal(true);
  });

  it('cancels a hanging check, and ignores its late answer', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const cancelled = reduce(checking, { type: 'cancel-check' });
    expect(cancelled.check).to.deep.equal({ status: 'failed', kind: 'aborted' });
    expect(wizardEffects(checking, cancelled)).to.deep.equal({ start: [], stop: ['check'] });
    expect(reduce(cancelled, { type: 'cancel-check' }) === cancelled).to.equal(true);
    expect(reduce(cancelled, { type: 'check-failed', request: request(checking, 'check'), kind: 'aborted' }) === cancelled).to.equal(true);
  });

  it('reports a timed-out check as a timeout', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    expect(reduce(checking, { type: 'check-failed', request: request(checking, 'check'), kind: 'timeout' }).check).to.deep.equal({
      status: 'failed',
      kind: 'timeout',
    });
  });

  it('Back during a check abandons it', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const back = reduce(checking, { type: 'back' });
    expect(back.step).to.equal('credentials');
    expect(back.check.status).to.equal('idle');
    expect(wizardEffects(checking, back).stop).to.deep.equal(['check']);
    const failed = reduce(reduce(checking, { type: 'check-failed', request: request(checking, 'check'), kind: 'tls' }), { type: 'back' });
    expect(failed.check).to.deep.equal({ status: 'failed', kind: 'tls' });
  });

  it('does not check outside the last step', () => {
    const credentials = reduce(atCheck(), { type: 'back' });
    expect(reduce(credentials, { type: 'check' }) === credentials).to.equal(true);
    expect(reduce(credentials, { type: 'save' }) === credentials).to.equal(true);
  });

  it('any change to the credentials forgets the check result', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const ok = reduce(checking, { type: 'check-succeeded', request: request(checking, 'check') });
    const edited = run(ok, { type: 'back' }, { type: 'edit-password', password: 'other' });
    expect(edited.check.status).to.equal('idle');
    expect(view(edited).save).to.equal('needs-check');
  });

  it('Save checks first, then saves what the provider supports', () => {
    const state = atCheck({
      providers: demo.map((p) => (p.id === FABRIKAM.id ? { ...p, sendEmails: false } : p)),
      recognized: { ...FABRIKAM, sendEmails: false },
    });
    const checking = reduce(state, { type: 'save' });
    expect(checking.check).to.deep.include({ status: 'checking', thenSave: true });
    expect(checking.submitted.has('check')).to.equal(true);
    const saving = reduce(checking, { type: 'check-succeeded', request: request(checking, 'check') });
    expect(saving.save.status).to.equal('saving');
    const effects = wizardEffects(checking, saving);
    expect(effects.start).to.deep.equal([
      {
        type: 'save',
        request: request(saving, 'save'),
        payload: {
          email: 'pat@fabrikam.com',
          providerId: FABRIKAM.id,
          login: 'pat',
          displayName: '',
          loadEmails: true,
          sendEmails: false,
          isDefault: false,
          isShared: false,
          loadFrom: null,
          auth: { method: 'basic', password: { action: 'replace', value: 'hunter2' } },
        },
      },
    ]);
  });

  it('Save after a passing check saves at once; a failing check started by Save does not save', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const ok = reduce(checking, { type: 'check-succeeded', request: request(checking, 'check') });
    expect(reduce(ok, { type: 'save' }).save.status).to.equal('saving');
    const viaSave = reduce(atCheck(), { type: 'save' });
    const failed = reduce(viaSave, { type: 'check-failed', request: request(viaSave, 'check'), kind: 'unreachable' });
    expect(failed.save.status).to.equal('idle');
    expect(failed.check).to.deep.equal({ status: 'failed', kind: 'unreachable' });
    expect(reduce(viaSave, { type: 'save' }) === viaSave).to.equal(true);
  });

  it('a saved mailbox is final: the password is dropped and only reset changes anything (B3)', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const saving = run(checking, { type: 'check-succeeded', request: request(checking, 'check') }, { type: 'save' });
    const saved = reduce(saving, { type: 'save-succeeded', request: request(saving, 'save'), account: ACCOUNT });
    expect(saved.save).to.deep.equal({ status: 'saved', account: ACCOUNT });
    expect(saved.password).to.equal('');
    expect(isWizardDirty(saved)).to.equal(false);
    for (const action of [{ type: 'back' }, { type: 'save' }, { type: 'check' }, { type: 'edit-email', email: 'x@y.z' }] as WizardAction[]) {
      expect(reduce(saved, action) === saved, action.type).to.equal(true);
    }
    expect(reduce(saved, { type: 'reset', email: '' }).step).to.equal('email');
  });

  it('a failed save keeps everything and Save tries again; a hanging save locks the wizard until it answers', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const saving = run(checking, { type: 'check-succeeded', request: request(checking, 'check') }, { type: 'save' });
    for (const action of [
      { type: 'back' },
      { type: 'next' },
      { type: 'save' },
      { type: 'check' },
      { type: 'edit-password', password: 'x' },
      { type: 'edit-login', login: 'x' },
      { type: 'edit-email', email: 'x@y.z' },
    ] as WizardAction[]) {
      expect(reduce(saving, action) === saving, action.type).to.equal(true);
    }
    expect(view(saving).busy).to.equal(true);
    const failed = reduce(saving, { type: 'save-failed', request: request(saving, 'save'), kind: 'conflict' });
    expect(failed.save).to.deep.equal({ status: 'failed', kind: 'conflict' });
    expect(failed.password).to.equal('hunter2');
    expect(reduce(failed, { type: 'save-succeeded', request: request(saving, 'save'), account: ACCOUNT }) === failed).to.equal(true);
    const again = reduce(failed, { type: 'save' });
    expect(again.save.status).to.equal('saving');
    expect(reduce(again, { type: 'save-failed', request: request(saving, 'save'), kind: 'unknown' }) === again).to.equal(true);
  });

  it('Save with incomplete credentials only marks the step submitted', () => {
    const state = { ...atCheck(), password: '' };
    const after = reduce(state, { type: 'save' });
    expect(after.save.status).to.equal('idle');
    expect(after.check.status).to.equal('idle');
    expect(view(after).errors.password).to.deep.equal({ code: 'secret-required' });
  });
});

describe('wizard flow: Exchange Listener (R2)', () => {
  it('names the problem for an Exchange provider only', () => {
    expect(view(atProvider('pat@fabrikam.com', { recognized: FABRIKAM, syncService: 'not-configured' })).syncProblem).to.equal('not-configured');
    expect(view(atProvider('pat@fabrikam.com', { recognized: FABRIKAM, syncService: 'unreachable' })).syncProblem).to.equal('unreachable');
    expect(view(atProvider('pat@fabrikam.com', { recognized: FABRIKAM })).syncProblem).to.equal(null);
    expect(view(atProvider('kim@northwindtraders.com', { recognized: NORTHWIND, syncService: 'not-configured' })).syncProblem).to.equal(null);
    expect(view(initialWizardState()).syncProblem).to.equal(null);
  });

  it('blocks saving while required, without running a check', () => {
    const state = atCheck({ syncService: 'not-configured' });
    expect(view(state).save).to.equal('blocked');
    const after = reduce(state, { type: 'save' });
    expect(after.save.status).to.equal('idle');
    expect(after.check.status).to.equal('idle');
    expect(after.submitted.has('check')).to.equal(true);
    expect(wizardEffects(state, after).start).to.deep.equal([]);
  });

  it('lets the host tolerate it: a check that fails only on the service still saves', () => {
    const state = atCheck({ syncService: 'not-configured', requireSyncService: false });
    expect(view(state).save).to.equal('needs-check');
    const checking = reduce(state, { type: 'save' });
    const saving = reduce(checking, { type: 'check-failed', request: request(checking, 'check'), kind: 'sync-service' });
    expect(saving.check).to.deep.equal({ status: 'failed', kind: 'sync-service' });
    expect(saving.save.status).to.equal('saving');
  });

  it('follows the host’s option when it changes', () => {
    const state = atCheck({ syncService: 'not-configured' });
    const tolerant = reduce(state, { type: 'configure', requireSyncService: false });
    expect(view(tolerant).save).to.equal('needs-check');
    expect(reduce(tolerant, { type: 'configure', requireSyncService: false }) === tolerant).to.equal(true);
    expect(reduce(tolerant, { type: 'reset', email: '' }).requireSyncService).to.equal(false);
  });
});

describe('wizard flow: dirty, prefill, reset', () => {
  it('is dirty once the user typed, chose or signed in', () => {
    expect(isWizardDirty(initialWizardState({ email: 'a@b.com' }))).to.equal(false);
    expect(isWizardDirty(reduce(initialWizardState(), { type: 'edit-email', email: 'a' }))).to.equal(true);
    const recognized = atProvider('alex@contoso.com', { recognized: M365 });
    expect(isWizardDirty({ ...recognized, initialEmail: recognized.email })).to.equal(false);
    expect(isWizardDirty({ ...recognized, initialEmail: recognized.email, providerId: FABRIKAM.id })).to.equal(true);
    expect(isWizardDirty({ ...recognized, initialEmail: recognized.email, manualLogin: 'x' })).to.equal(true);
    expect(isWizardDirty({ ...recognized, initialEmail: recognized.email, password: 'x' })).to.equal(true);
    expect(
      isWizardDirty({ ...recognized, initialEmail: recognized.email, signIn: { status: 'signed-in', grantRef: 'g', signedInAs: 'a' } }),
    ).to.equal(true);
  });

  it('takes a new starting address only while the user has not typed one', () => {
    const fresh = reduce(initialWizardState(), { type: 'prefill', email: 'a@b.com' });
    expect([fresh.email, fresh.initialEmail]).to.deep.equal(['a@b.com', 'a@b.com']);
    const typed = reduce(fresh, { type: 'edit-email', email: 'mine@b.com' });
    expect(reduce(typed, { type: 'prefill', email: 'c@d.com' }) === typed).to.equal(true);
    const later = reduce(fresh, { type: 'next' });
    expect(reduce(later, { type: 'prefill', email: 'c@d.com' }) === later).to.equal(true);
  });

  it('reset returns to step 1 and abandons every running job', () => {
    const checking = reduce(atCheck(), { type: 'check' });
    const reset = reduce(checking, { type: 'reset', email: 'x@y.z' });
    expect(reset.step).to.equal('email');
    expect(reset.email).to.equal('x@y.z');
    expect(reset.password).to.equal('');
    expect(wizardEffects(checking, reset).stop).to.deep.equal(['check']);
  });

  it('builds no request while something is missing', () => {
    expect(wizardCheckRequest(initialWizardState())).to.equal(null);
    expect(wizardAccountInput(initialWizardState())).to.equal(null);
    const noPassword = reduce(atProvider('pat@fabrikam.com', { recognized: FABRIKAM }), { type: 'next' });
    expect(wizardCheckRequest(noPassword)).to.equal(null);
    // A request the machine cannot build is not started (a state edited from outside).
    const broken: WizardState = { ...noPassword, check: { status: 'checking', request: 99, thenSave: false } };
    expect(wizardEffects(noPassword, broken).start).to.deep.equal([]);
    const brokenSave: WizardState = { ...noPassword, save: { status: 'saving', request: 98 } };
    expect(wizardEffects(noPassword, brokenSave).start).to.deep.equal([]);
    const brokenSignIn: WizardState = { ...initialWizardState(), signIn: { status: 'waiting', request: 97 } };
    expect(wizardEffects(initialWizardState(), brokenSignIn).start).to.deep.equal([]);
  });
});
