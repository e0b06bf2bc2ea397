import {
  defaultAccountSettings,
  deriveLogin,
  diagnose,
  isOutsideUserControl,
  isWellKnownMailHost,
  isLoginEditable,
  parseEmail,
  reauthorizationInput,
  type AccountAuthInput,
  type ConnectionCheckRequest,
  type FieldIssue,
  type LoginResult,
  type MailAccountInput,
  type MailProvider,
  type MailSetupErrorKind,
} from '../model/index.js';
import { shouldShowFeedback } from './feedback.js';
import type { SyncState, WizardField, WizardState } from './wizard.js';

/*
 * Selectors and guards of the wizard: what a state means. The reducer uses the
 * guards; the element renders from `wizardView` and builds adapter calls from
 * `wizardCheckRequest`, `wizardAccountInput` and `wizardSignInRequest`.
 */

// Providers by id, once per providers array (the reducer replaces it on every change):
// each render asks several selectors for the chosen provider, among thousands.
const byId = new WeakMap<readonly MailProvider[], ReadonlyMap<string, MailProvider>>();

function providerById(providers: readonly MailProvider[], id: string | null): MailProvider | null {
  if (id === null) return null;
  let index = byId.get(providers);
  if (!index) {
    const first = new Map<string, MailProvider>();
    for (const provider of providers) if (!first.has(provider.id)) first.set(provider.id, provider);
    byId.set(providers, first);
    index = first;
  }
  return index.get(id) ?? null;
}

/** The provider the user chose (or that was recognised), or null. */
export function wizardProvider(state: WizardState): MailProvider | null {
  return providerById(state.providers, state.providerId);
}

/** The provider the address's domain led to (R6), or null. */
export function wizardRecognizedProvider(state: WizardState): MailProvider | null {
  return providerById(state.providers, state.lookup.status === 'done' ? state.lookup.recognizedId : null);
}

/** The login the chosen provider's login format gives (R11); null before a provider is chosen. */
export function wizardLogin(state: WizardState): LoginResult | null {
  const provider = wizardProvider(state);
  return provider ? deriveLogin(state.email, provider.loginFormat, state.manualLogin) : null;
}

/** Next from step 1: a valid address. */
export function canLeaveEmail(state: WizardState): boolean {
  return parseEmail(state.email).ok;
}

/** Next from the provider step: the lookup finished and a provider is chosen. */
export function canLeaveProvider(state: WizardState): boolean {
  return state.lookup.status === 'done' && wizardProvider(state) !== null;
}

/** The credentials to check and save, or null while they are incomplete. */
function authInput(state: WizardState, provider: MailProvider): AccountAuthInput | null {
  if (provider.auth.method === 'basic') {
    return state.password === '' ? null : { method: 'basic', password: { action: 'replace', value: state.password } };
  }
  return state.signIn.status === 'signed-in' ? { method: 'oauth2', grantRef: state.signIn.grantRef } : null;
}

/** Next from credentials: a valid login and a password, or a completed OAuth 2.0 sign-in. */
export function canLeaveCredentials(state: WizardState): boolean {
  return wizardCheckRequest(state) !== null;
}

/** What the host's OAuth sign-in needs (no secret), or null before a provider and login are known. */
export function wizardSignInRequest(state: WizardState): { providerId: string; email: string; login: string } | null {
  const provider = wizardProvider(state);
  const email = parseEmail(state.email);
  const login = wizardLogin(state);
  if (!provider || !email.ok || !login?.ok) return null;
  return { providerId: provider.id, email: email.email, login: login.login };
}

/** The connection check's request (B1), or null while something is missing. */
export function wizardCheckRequest(state: WizardState): ConnectionCheckRequest | null {
  const provider = wizardProvider(state);
  const base = wizardSignInRequest(state);
  const auth = provider ? authInput(state, provider) : null;
  if (!base || !auth) return null;
  // A saved mailbox's check may use what is stored for it.
  return state.reauthorize ? { ...base, auth, accountId: state.reauthorize.id } : { ...base, auth };
}

/**
 * The mailbox to save: default settings, loading and sending only what the
 * provider does; null while something is missing.
 */
export function wizardAccountInput(state: WizardState): MailAccountInput | null {
  const request = wizardCheckRequest(state);
  const provider = wizardProvider(state);
  if (!request || !provider) return null;
  // Re-authorising keeps every stored setting: only the credentials (and a typed login) are new.
  if (state.reauthorize) return reauthorizationInput(state.reauthorize, { login: request.login, auth: request.auth });
  const defaults = defaultAccountSettings();
  return {
    ...defaults,
    email: request.email,
    providerId: request.providerId,
    login: request.login,
    loadEmails: defaults.loadEmails && provider.loadEmails,
    sendEmails: defaults.sendEmails && provider.sendEmails,
    auth: request.auth,
    ...(state.save.status === 'saving' && state.save.unverified ? { unverified: true } : {}),
  };
}

/**
 * Whether an administrator may save after this failed check, marked not yet
 * verified (B1): only when the failure is outside the user's control (service
 * down or unreachable, TLS on a well-known host), and never while a required
 * Exchange Listener is down (R2).
 */
export function wizardCanSaveAnyway(state: WizardState): boolean {
  const provider = wizardProvider(state);
  if (state.step !== 'check' || state.check.status !== 'failed' || !state.canManageAdministration || !provider) return false;
  if (state.save.status === 'saving' || wizardSaveVerdict(state) === 'blocked') return false;
  if (state.check.kind === 'aborted' || state.check.kind === 'cancelled') return false;
  const host = provider.type === 'exchange' ? provider.serviceAddress : provider.incoming.host;
  const diagnosis = diagnose({ kind: state.check.kind as MailSetupErrorKind, ...(state.check.details ? { details: state.check.details } : {}) });
  return isOutsideUserControl(diagnosis, isWellKnownMailHost(host));
}

/** The Exchange Listener's problem for the chosen provider (R2): null when it is not Exchange or the service is `ok`. */
export function wizardSyncProblem(state: WizardState): Exclude<SyncState, 'ok'> | null {
  const provider = wizardProvider(state);
  if (provider?.type !== 'exchange' || state.syncService === null || state.syncService === 'ok') return null;
  return state.syncService;
}

/**
 * Whether Save may save now: `ready` after a passing check (or a failed
 * Exchange Listener check the host tolerates), `needs-check` otherwise, and
 * `blocked` while a required Exchange Listener is not running (R2).
 */
export function wizardSaveVerdict(state: WizardState): 'ready' | 'needs-check' | 'blocked' {
  if (state.requireSyncService && wizardSyncProblem(state) !== null) return 'blocked';
  if (state.check.status === 'ok') return 'ready';
  if (state.check.status === 'failed' && state.check.kind === 'sync-service' && !state.requireSyncService) return 'ready';
  return 'needs-check';
}

/** Whether leaving would lose something the user did (Cancel and Escape ask first then). */
export function isWizardDirty(state: WizardState): boolean {
  if (state.save.status === 'saved') return false;
  const recognizedId = state.lookup.status === 'done' ? state.lookup.recognizedId : null;
  const initialLogin = state.reauthorize && wizardProvider(state)?.loginFormat === 'manual' ? state.reauthorize.login : '';
  return (
    state.email !== state.initialEmail ||
    state.manualLogin !== initialLogin ||
    state.password !== '' ||
    state.signIn.status === 'signed-in' ||
    (state.providerId !== null && state.providerId !== recognizedId)
  );
}

export interface WizardView {
  readonly provider: MailProvider | null;
  readonly recognized: MailProvider | null;
  /** The login to show: derived for `email` and `mailbox-name`, typed for `manual`. */
  readonly login: string;
  readonly loginEditable: boolean;
  /** Errors to show now, by the feedback rule. `provider` and `signIn` use the code `required`. */
  readonly errors: Readonly<Partial<Record<WizardField, FieldIssue>>>;
  readonly syncProblem: Exclude<SyncState, 'ok'> | null;
  readonly save: ReturnType<typeof wizardSaveVerdict>;
  /** Whether an adapter call the user waits for is running. */
  readonly busy: boolean;
}

/** What the element shows for a state. */
export function wizardView(state: WizardState): WizardView {
  const provider = wizardProvider(state);
  const derived = wizardLogin(state);
  const editable = provider !== null && isLoginEditable(provider.loginFormat);
  const errors: Partial<Record<WizardField, FieldIssue>> = {};
  const submitted = (step: 'email' | 'provider' | 'credentials') => state.submitted.has(step);

  const email = parseEmail(state.email);
  const emailFeedback = shouldShowFeedback({
    touched: state.touched.has('email'),
    dirty: state.email !== state.initialEmail,
    prefilled: state.initialEmail !== '',
    submitted: submitted('email'),
  });
  if (!email.ok && emailFeedback) errors.email = { code: email.code };

  if (state.lookup.status === 'done' && provider === null && submitted('provider')) errors.provider = { code: 'required' };

  if (provider !== null && (state.step === 'credentials' || state.step === 'check')) {
    const credentials = submitted('credentials') || state.submitted.has('check');
    const loginTyped = state.touched.has('login') && state.manualLogin !== '';
    if (editable && derived && !derived.ok && (credentials || loginTyped)) errors.login = { code: derived.code };
    if (provider.auth.method === 'basic' && state.password === '' && credentials) errors.password = { code: 'secret-required' };
    if (provider.auth.method === 'oauth2' && state.signIn.status !== 'signed-in' && credentials) errors.signIn = { code: 'required' };
  }

  return {
    provider,
    recognized: wizardRecognizedProvider(state),
    login: editable ? state.manualLogin : derived?.ok ? derived.login : '',
    loginEditable: editable,
    errors,
    syncProblem: wizardSyncProblem(state),
    save: wizardSaveVerdict(state),
    busy:
      state.syncRecheck.status === 'checking' ||
      state.lookup.status === 'loading' ||
      state.signIn.status === 'waiting' ||
      state.check.status === 'checking' ||
      state.save.status === 'saving',
  };
}
