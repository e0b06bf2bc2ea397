import { findProviderForDomain, parseEmail, type CheckStage, type MailAccount, type MailProvider } from '../model/index.js';
import { canLeaveCredentials, canLeaveProvider, wizardCanSaveAnyway, wizardSaveVerdict, wizardProvider, wizardSignInRequest } from './wizard-view.js';

export { WIZARD_STEPS, type SyncState, type WizardStep };
import { WIZARD_STEPS, type SyncState, type WizardStep } from '../model/vocabulary.js';

/** The fields that can show feedback. */
export type WizardField = 'email' | 'provider' | 'login' | 'password' | 'signIn';

/*
 * Async work is requested by the machine and run by the element. Each pending
 * state carries a request number; a result for any other number is stale (the
 * user went Back, cancelled, or started again) and is ignored.
 */

/** Finding the provider for the address's domain (R6), with the rights (R1) and the Exchange Listener (R2). */
export type LookupState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly domain: string; readonly request: number }
  | { readonly status: 'done'; readonly domain: string; readonly recognizedId: string | null }
  | { readonly status: 'failed'; readonly domain: string; readonly kind: string };

/** OAuth 2.0 sign-in, run by the host: the wizard only ever holds a grant reference, never a token. */
export type SignInState =
  | { readonly status: 'idle' }
  | { readonly status: 'waiting'; readonly request: number }
  | { readonly status: 'signed-in'; readonly grantRef: string; readonly signedInAs: string }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly kind: string };

/** The server's words about a failed check (the adapter's `details`), kept for the translator and Save anyway. */
export interface CheckFailureDetails {
  readonly stage?: CheckStage;
  readonly rawCode?: string;
  readonly serverReply?: string;
}

/** The connection check (B1). `thenSave`: Save started it, and saves when it passes. */
export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking'; readonly request: number; readonly thenSave: boolean }
  | { readonly status: 'ok' }
  | { readonly status: 'failed'; readonly kind: string; readonly details?: CheckFailureDetails };

export type SaveState =
  | { readonly status: 'idle' }
  /** `unverified`: an administrator's Save anyway after a check that failed outside the user's control. */
  | { readonly status: 'saving'; readonly request: number; readonly unverified?: boolean }
  | { readonly status: 'failed'; readonly kind: string }
  | { readonly status: 'saved'; readonly account: MailAccount };

/** Re-checking the Exchange Listener in place (R2's Retry). */
export type SyncRecheckState = { readonly status: 'idle' } | { readonly status: 'checking'; readonly request: number };

export interface WizardState {
  readonly step: WizardStep;
  /**
   * The saved mailbox being re-authorised in place, or null when adding one: the
   * wizard then runs only the credentials and check steps, and Save keeps the
   * mailbox's id and settings.
   */
  readonly reauthorize: MailAccount | null;
  /** A saved mailbox with the typed address, found by the lookup: offered for re-authorising instead of adding it twice. */
  readonly existing: MailAccount | null;
  readonly syncRecheck: SyncRecheckState;
  /** What the Email address field started with (the element's `email`), to tell typed from pre-filled. */
  readonly initialEmail: string;
  readonly email: string;
  readonly lookup: LookupState;
  /** Every provider, as the last lookup listed them (plus any created in the wizard). */
  readonly providers: readonly MailProvider[];
  /** The chosen provider: the recognised one, or the user's pick. */
  readonly providerId: string | null;
  readonly canManageAdministration: boolean;
  readonly syncService: SyncState | null;
  /** The login the user typed; used only for the `manual` login format (R11). */
  readonly manualLogin: string;
  readonly password: string;
  readonly signIn: SignInState;
  readonly check: CheckState;
  readonly save: SaveState;
  readonly touched: ReadonlySet<WizardField>;
  /** Steps whose Next (or Save) was pressed: their errors all show. */
  readonly submitted: ReadonlySet<WizardStep>;
  /** Whether an Exchange provider may be saved only while the Exchange Listener is `ok` (R2). */
  readonly requireSyncService: boolean;
  /** The number the next started request gets. */
  readonly nextRequest: number;
}

export type WizardAction =
  | { readonly type: 'edit-email'; readonly email: string }
  | { readonly type: 'edit-login'; readonly login: string }
  | { readonly type: 'edit-password'; readonly password: string }
  | { readonly type: 'blur'; readonly field: WizardField }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'retry-lookup' }
  | {
      readonly type: 'lookup-succeeded';
      readonly request: number;
      readonly recognized: MailProvider | null;
      readonly providers: readonly MailProvider[];
      readonly canManageAdministration: boolean;
      readonly syncService: SyncState;
      /** The user's mailboxes, to notice an address already added. */
      readonly accounts?: readonly MailAccount[];
    }
  | { readonly type: 'lookup-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'reauthorize'; readonly account: MailAccount; readonly provider: MailProvider }
  | { readonly type: 'reauthorize-existing' }
  | { readonly type: 'retry-sync' }
  | { readonly type: 'sync-rechecked'; readonly request: number; readonly syncService: SyncState }
  | { readonly type: 'sync-recheck-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'choose-provider'; readonly providerId: string }
  | { readonly type: 'add-provider' }
  | { readonly type: 'provider-created'; readonly provider: MailProvider }
  | { readonly type: 'provider-form-cancelled' }
  | { readonly type: 'sign-in' }
  | { readonly type: 'cancel-sign-in' }
  | { readonly type: 'sign-in-succeeded'; readonly request: number; readonly grantRef: string; readonly signedInAs: string }
  | { readonly type: 'sign-in-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'check' }
  | { readonly type: 'cancel-check' }
  | { readonly type: 'check-succeeded'; readonly request: number }
  | { readonly type: 'check-failed'; readonly request: number; readonly kind: string; readonly details?: CheckFailureDetails }
  | { readonly type: 'save' }
  /** Saves after a failed check, marked not yet verified; only where `wizardCanSaveAnyway` allows. */
  | { readonly type: 'save-anyway' }
  | { readonly type: 'save-succeeded'; readonly request: number; readonly account: MailAccount }
  | { readonly type: 'save-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'configure'; readonly requireSyncService: boolean }
  | { readonly type: 'prefill'; readonly email: string }
  | { readonly type: 'reset'; readonly email: string };

export interface WizardOptions {
  /** Pre-fills the Email address (the element's `email`). */
  readonly email?: string;
  /** Default true: see `WizardState.requireSyncService`. */
  readonly requireSyncService?: boolean;
}

/** A wizard at step 1. */
export function initialWizardState(options: WizardOptions = {}): WizardState {
  const email = options.email ?? '';
  return {
    step: 'email',
    reauthorize: null,
    existing: null,
    syncRecheck: { status: 'idle' },
    initialEmail: email,
    email,
    lookup: { status: 'idle' },
    providers: [],
    providerId: null,
    canManageAdministration: false,
    syncService: null,
    manualLogin: '',
    password: '',
    signIn: { status: 'idle' },
    check: { status: 'idle' },
    save: { status: 'idle' },
    touched: new Set(),
    submitted: new Set(),
    requireSyncService: options.requireSyncService ?? true,
    nextRequest: 1,
  };
}

/** The indicator's number of a step, from 1; the embedded provider form counts as the provider step. */
export function stepNumber(step: WizardStep): number {
  return step === 'provider-form' ? 2 : WIZARD_STEPS.indexOf(step) + 1;
}

/** The step each field is on. */
const FIELD_STEP: Readonly<Record<WizardField, WizardStep>> = {
  email: 'email',
  provider: 'provider',
  login: 'credentials',
  password: 'credentials',
  signIn: 'credentials',
};

const IDLE_CHECK: CheckState = { status: 'idle' };
const IDLE_SAVE: SaveState = { status: 'idle' };

/** What any change to the mailbox's settings does: a check or save result no longer describes them. */
function invalidate(state: WizardState): WizardState {
  return { ...state, check: IDLE_CHECK, save: IDLE_SAVE };
}

function submit(state: WizardState, step: WizardStep): WizardState {
  return { ...state, submitted: new Set(state.submitted).add(step) };
}

function startLookup(state: WizardState, domain: string): WizardState {
  return { ...state, step: 'provider', lookup: { status: 'loading', domain, request: state.nextRequest }, nextRequest: state.nextRequest + 1 };
}

function startCheck(state: WizardState, thenSave: boolean): WizardState {
  return {
    ...state,
    check: { status: 'checking', request: state.nextRequest, thenSave },
    save: IDLE_SAVE,
    nextRequest: state.nextRequest + 1,
  };
}

function startSave(state: WizardState, unverified = false): WizardState {
  const save: SaveState = unverified
    ? { status: 'saving', request: state.nextRequest, unverified }
    : { status: 'saving', request: state.nextRequest };
  return { ...state, save, nextRequest: state.nextRequest + 1 };
}

function isPending(state: WizardState, request: number, of: LookupState | SignInState | CheckState | SaveState | SyncRecheckState): boolean {
  return 'request' in of && of.request === request && state.save.status !== 'saved';
}

function next(state: WizardState): WizardState {
  switch (state.step) {
    case 'email': {
      const parsed = parseEmail(state.email);
      if (!parsed.ok) return submit(state, 'email');
      // Same domain as last time: keep what was found and chosen (B2). A failed lookup is tried again.
      if (state.lookup.status === 'done' && state.lookup.domain === parsed.domain) return { ...state, step: 'provider' };
      return startLookup({ ...state, providerId: null, signIn: { status: 'idle' } }, parsed.domain);
    }
    case 'provider':
      return canLeaveProvider(state) ? { ...state, step: 'credentials' } : submit(state, 'provider');
    case 'credentials':
      return canLeaveCredentials(state) ? { ...state, step: 'check' } : submit(state, 'credentials');
    default:
      return state;
  }
}

function back(state: WizardState): WizardState {
  switch (state.step) {
    case 'provider':
      // Leaving while the lookup runs abandons it; Next starts it again.
      return { ...state, step: 'email', lookup: state.lookup.status === 'loading' ? { status: 'idle' } : state.lookup };
    case 'provider-form':
      return { ...state, step: 'provider' };
    case 'credentials':
      // Re-authorising starts here: there is no earlier step to go back to.
      if (state.reauthorize) return state;
      return { ...state, step: 'provider', signIn: state.signIn.status === 'waiting' ? { status: 'idle' } : state.signIn };
    case 'check':
      return { ...state, step: 'credentials', check: state.check.status === 'checking' ? IDLE_CHECK : state.check };
    default:
      return state;
  }
}

function save(state: WizardState): WizardState {
  if (state.step !== 'check' || state.check.status === 'checking' || state.save.status === 'saving') return state;
  if (!canLeaveCredentials(state)) return submit(state, 'check');
  const verdict = wizardSaveVerdict(state);
  if (verdict === 'blocked') return submit(state, 'check');
  if (verdict === 'ready') return startSave(submit(state, 'check'));
  return startCheck(submit(state, 'check'), true);
}

/**
 * Re-authorising `account` in place: straight to the credentials step for its
 * provider, with its address and login, and nothing typed yet.
 */
function startReauthorize(state: WizardState, account: MailAccount, provider: MailProvider): WizardState {
  const fresh = initialWizardState({ email: account.email, requireSyncService: state.requireSyncService });
  const domain = parseEmail(account.email);
  return {
    ...fresh,
    step: 'credentials',
    reauthorize: account,
    providers: [provider],
    providerId: provider.id,
    lookup: { status: 'done', domain: domain.ok ? domain.domain : '', recognizedId: provider.id },
    manualLogin: provider.loginFormat === 'manual' ? account.login : '',
    canManageAdministration: state.canManageAdministration,
    syncService: state.syncService,
    nextRequest: state.nextRequest,
  };
}

/** A new Exchange Listener state; a check that failed on the old one no longer describes things. */
function invalidateIfSyncChanged(state: WizardState, syncService: SyncState | null): WizardState {
  if (syncService === state.syncService) return state;
  const next = { ...state, syncService };
  return state.check.status === 'failed' && state.check.kind === 'sync-service' ? { ...next, check: IDLE_CHECK } : next;
}

/** Whether the chosen provider signs in with OAuth 2.0. */
function usesOAuth(state: WizardState): boolean {
  return wizardProvider(state)?.auth.method === 'oauth2';
}

/**
 * The wizard's transitions. Pure: the element renders the state, runs the async
 * work `wizardEffects` names, and feeds the outcomes back as result actions.
 */
export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  // A saved mailbox is final: only a reset (or the element's options) changes anything.
  if (state.save.status === 'saved' && action.type !== 'reset' && action.type !== 'configure') return state;
  const busy = state.save.status === 'saving';
  switch (action.type) {
    case 'edit-email': {
      if (busy || action.email === state.email) return state;
      const [before, after] = [parseEmail(state.email), parseEmail(action.email)];
      const sameAddress = before.ok && after.ok && before.email === after.email;
      // A grant is for the address it was signed in with.
      return invalidate({ ...state, email: action.email, signIn: sameAddress ? state.signIn : { status: 'idle' } });
    }
    case 'edit-login':
      return busy || action.login === state.manualLogin ? state : invalidate({ ...state, manualLogin: action.login });
    case 'edit-password':
      return busy || action.password === state.password ? state : invalidate({ ...state, password: action.password });
    case 'blur':
      // A field left because its step went away (its removal blurs it) was not touched by the user.
      if (FIELD_STEP[action.field] !== state.step || state.touched.has(action.field)) return state;
      return { ...state, touched: new Set(state.touched).add(action.field) };
    case 'next':
      return busy ? state : next(state);
    case 'back':
      return busy ? state : back(state);
    case 'retry-lookup':
      return state.step === 'provider' && state.lookup.status === 'failed' ? startLookup(state, state.lookup.domain) : state;
    case 'lookup-succeeded': {
      if (!isPending(state, action.request, state.lookup) || state.lookup.status !== 'loading') return state;
      const recognized = action.recognized;
      const providers =
        recognized && !action.providers.some((p) => p.id === recognized.id) ? [...action.providers, recognized] : [...action.providers];
      const typed = parseEmail(state.email);
      const existing = typed.ok ? (action.accounts ?? []).find((account) => account.email.toLowerCase() === typed.email.toLowerCase()) : undefined;
      return {
        ...state,
        existing: existing ?? null,
        lookup: { status: 'done', domain: state.lookup.domain, recognizedId: recognized?.id ?? null },
        providers,
        providerId: recognized?.id ?? null,
        canManageAdministration: action.canManageAdministration,
        syncService: action.syncService,
      };
    }
    case 'lookup-failed':
      if (!isPending(state, action.request, state.lookup) || state.lookup.status !== 'loading') return state;
      return { ...state, lookup: { status: 'failed', domain: state.lookup.domain, kind: action.kind } };
    case 'reauthorize':
      return startReauthorize(state, action.account, action.provider);
    case 'reauthorize-existing': {
      const existing = state.existing;
      const provider = existing ? state.providers.find((p) => p.id === existing.providerId) : undefined;
      return state.step === 'provider' && existing && provider ? startReauthorize(state, existing, provider) : state;
    }
    case 'retry-sync':
      if (state.syncRecheck.status === 'checking' || state.syncService === null || state.syncService === 'ok') return state;
      return { ...state, syncRecheck: { status: 'checking', request: state.nextRequest }, nextRequest: state.nextRequest + 1 };
    case 'sync-rechecked':
    case 'sync-recheck-failed': {
      if (!isPending(state, action.request, state.syncRecheck)) return state;
      // A failed re-check leaves what was known: the notice stays, Retry stays.
      const syncService = action.type === 'sync-rechecked' ? action.syncService : state.syncService;
      return { ...invalidateIfSyncChanged(state, syncService), syncRecheck: { status: 'idle' } };
    }
    case 'choose-provider': {
      if (state.step !== 'provider' || !state.providers.some((p) => p.id === action.providerId)) return state;
      if (action.providerId === state.providerId) return state;
      // Another provider: the grant and the check were for the old one; typed text stays (B2).
      return invalidate({ ...state, providerId: action.providerId, signIn: { status: 'idle' } });
    }
    case 'add-provider':
      return state.step === 'provider' && state.lookup.status === 'done' && state.canManageAdministration
        ? { ...state, step: 'provider-form' }
        : state;
    case 'provider-created': {
      if (state.step !== 'provider-form') return state;
      const created = action.provider;
      const domain = state.lookup.status === 'done' ? state.lookup.domain : null;
      // A new provider whose domains cover the address is recognised from now on (R6).
      const recognizes = domain !== null && findProviderForDomain([created], domain) !== null;
      return invalidate({
        ...state,
        step: 'provider',
        providers: [...state.providers.filter((p) => p.id !== created.id), created],
        providerId: created.id,
        signIn: { status: 'idle' },
        lookup: recognizes && domain !== null ? { status: 'done', domain, recognizedId: created.id } : state.lookup,
      });
    }
    case 'provider-form-cancelled':
      return state.step === 'provider-form' ? { ...state, step: 'provider' } : state;
    case 'sign-in':
      if (state.step !== 'credentials' || state.signIn.status === 'waiting' || !usesOAuth(state)) return state;
      // The sign-in is for a login: a manual one must be typed first.
      if (wizardSignInRequest(state) === null) return submit(state, 'credentials');
      return invalidate({ ...state, signIn: { status: 'waiting', request: state.nextRequest }, nextRequest: state.nextRequest + 1 });
    case 'cancel-sign-in':
      return state.signIn.status === 'waiting' ? { ...state, signIn: { status: 'cancelled' } } : state;
    case 'sign-in-succeeded':
      if (!isPending(state, action.request, state.signIn)) return state;
      return { ...state, signIn: { status: 'signed-in', grantRef: action.grantRef, signedInAs: action.signedInAs } };
    case 'sign-in-failed': {
      if (!isPending(state, action.request, state.signIn)) return state;
      const signIn: SignInState =
        action.kind === 'cancelled' || action.kind === 'aborted' ? { status: 'cancelled' } : { status: 'failed', kind: action.kind };
      return { ...state, signIn };
    }
    case 'check':
      if (state.step !== 'check' || state.check.status === 'checking' || busy || !canLeaveCredentials(state)) return state;
      return startCheck(state, false);
    case 'cancel-check':
      return state.check.status === 'checking' ? { ...state, check: { status: 'failed', kind: 'aborted' } } : state;
    case 'check-succeeded': {
      if (!isPending(state, action.request, state.check) || state.check.status !== 'checking') return state;
      const checked: WizardState = { ...state, check: { status: 'ok' } };
      return state.check.thenSave && wizardSaveVerdict(checked) === 'ready' ? startSave(checked) : checked;
    }
    case 'check-failed': {
      if (!isPending(state, action.request, state.check) || state.check.status !== 'checking') return state;
      const check: CheckState = action.details
        ? { status: 'failed', kind: action.kind, details: action.details }
        : { status: 'failed', kind: action.kind };
      const failed: WizardState = { ...state, check };
      // Only an Exchange Listener failure the host chose to tolerate lets Save go on.
      return state.check.thenSave && wizardSaveVerdict(failed) === 'ready' ? startSave(failed) : failed;
    }
    case 'save':
      return save(state);
    case 'save-anyway':
      return wizardCanSaveAnyway(state) ? startSave(state, true) : state;
    case 'save-succeeded':
      if (!isPending(state, action.request, state.save)) return state;
      // The password has done its job: the page holds it no longer than needed (B3).
      return { ...state, password: '', save: { status: 'saved', account: action.account } };
    case 'save-failed':
      return isPending(state, action.request, state.save) ? { ...state, save: { status: 'failed', kind: action.kind } } : state;
    case 'configure':
      return action.requireSyncService === state.requireSyncService ? state : { ...state, requireSyncService: action.requireSyncService };
    case 'prefill':
      // Only while the user has not typed their own address.
      if (state.email !== state.initialEmail || state.step !== 'email') return state;
      return { ...state, initialEmail: action.email, email: action.email };
    case 'reset':
      return initialWizardState({ email: action.email, requireSyncService: state.requireSyncService });
  }
}
