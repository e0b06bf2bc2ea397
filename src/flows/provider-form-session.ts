import {
  draftFromProvider,
  draftToInput,
  emptyProviderDraft,
  type MailProvider,
  type MailProviderInput,
  type ProviderDraft,
} from '../model/index.js';
import type { SyncState } from '../model/vocabulary.js';
import { diffJobs, type FlowEffects, type FlowFeedback } from './jobs.js';
import {
  initialProviderFormState,
  providerFormReducer,
  providerFormView,
  type ProviderFormAction,
  type ProviderFormState,
  type SaveFailure,
} from './provider-form.js';

/**
 * Everything `<provider-settings-form>` holds besides the draft: what it was
 * asked to edit, what it loaded (rights R1, the Exchange Listener R2, the other
 * providers' domains), and its two adapter jobs, load and save. Pure: the
 * element's flow controller runs the jobs this state asks for.
 */
export interface ProviderFormSession {
  readonly form: ProviderFormState;
  /** The provider the host passed (`provider`), or null. */
  readonly source: MailProvider | null;
  /** The id the host asked to load and edit (`provider-id`), or null. */
  readonly providerId: string | null;
  readonly defaults: Partial<ProviderDraft>;
  readonly load:
    | { readonly status: 'idle' }
    | { readonly status: 'loading'; readonly request: number }
    | { readonly status: 'ready' }
    | { readonly status: 'failed'; readonly kind: string };
  /** Null until loaded; the form is read-only unless true (R1, failing closed). */
  readonly canManageAdministration: boolean | null;
  readonly syncState: SyncState | null;
  readonly providers: readonly MailProvider[];
  readonly save: { readonly status: 'idle' } | { readonly status: 'saving'; readonly request: number; readonly input: MailProviderInput };
  /** Reloading the provider after a stale-version conflict, keeping the user's changes (item: concurrent edits). */
  readonly reload: { readonly status: 'idle' } | { readonly status: 'loading'; readonly request: number; readonly id: string };
  /**
   * The idempotency key of the create being submitted, and the draft it was made
   * for: pressing Apply again on the same draft (its answer was lost) sends the
   * same key, so the adapter does not create a second provider.
   */
  readonly idempotency: { readonly key: string; readonly draft: ProviderDraft } | null;
  readonly nextRequest: number;
}

export type ProviderFormSessionAction =
  | {
      readonly type: 'configure';
      readonly source: MailProvider | null;
      readonly providerId: string | null;
      readonly defaults: Partial<ProviderDraft>;
    }
  | { readonly type: 'load-requested' }
  | { readonly type: 'unavailable' }
  | {
      readonly type: 'loaded';
      readonly request: number;
      readonly canManageAdministration: boolean;
      readonly syncState: SyncState;
      readonly providers: readonly MailProvider[];
    }
  | { readonly type: 'load-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'edit'; readonly action: ProviderFormAction }
  /** Apply. `freshKey` is a new idempotency key, used when this is not a retry of the same create. */
  | { readonly type: 'submit'; readonly freshKey: string }
  | { readonly type: 'save-succeeded'; readonly request: number; readonly provider: MailProvider }
  | { readonly type: 'save-failed'; readonly request: number; readonly failure: SaveFailure }
  /** Reload after a stale-version conflict: the latest stored provider, with the user's changes kept on top. */
  | { readonly type: 'reload-requested' }
  | { readonly type: 'reloaded'; readonly request: number; readonly provider: MailProvider | null }
  | { readonly type: 'reload-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'reset' };

export type ProviderFormEffect =
  | { readonly type: 'load'; readonly request: number }
  | { readonly type: 'save'; readonly request: number; readonly input: MailProviderInput; readonly idempotencyKey: string | null }
  | { readonly type: 'reload'; readonly request: number; readonly id: string };

export type ProviderFormFocus = 'first-invalid' | 'save-failure' | 'apply';
export type ProviderFormAnnouncement =
  { readonly type: 'invalid' } | { readonly type: 'saved'; readonly name: string } | { readonly type: 'reloaded' };

export function initialProviderFormSession(): ProviderFormSession {
  return {
    form: initialProviderFormState(),
    source: null,
    providerId: null,
    defaults: {},
    load: { status: 'idle' },
    canManageAdministration: null,
    syncState: null,
    providers: [],
    save: { status: 'idle' },
    reload: { status: 'idle' },
    idempotency: null,
    nextRequest: 1,
  };
}

/** The draft the form starts from: the passed provider, the loaded one with `providerId`, or a new one with the defaults. */
export function startingDraft(session: ProviderFormSession): ProviderDraft {
  const stored = session.source ?? (session.providerId === null ? undefined : session.providers.find((p) => p.id === session.providerId));
  return stored ? draftFromProvider(stored) : emptyProviderDraft(session.defaults);
}

/**
 * Whether the fields can show before the load answers: yes for a new provider and
 * for one the host passed (the draft is known), no for one loaded by id. The load
 * then only adds rights, the Exchange Listener state and other providers' domains.
 */
export function showsFieldsWhileLoading(session: ProviderFormSession): boolean {
  return session.source !== null || session.providerId === null;
}

/** Whether the form may save: only with CanManageAdministration, known to be held (R1). */
export function isProviderFormReadOnly(session: ProviderFormSession): boolean {
  return session.canManageAdministration !== true;
}

function restart(session: ProviderFormSession): ProviderFormSession {
  return {
    ...session,
    form: initialProviderFormState(startingDraft(session)),
    save: { status: 'idle' },
    reload: { status: 'idle' },
    idempotency: null,
  };
}

function submit(session: ProviderFormSession, freshKey: string): ProviderFormSession {
  if (session.save.status === 'saving' || session.reload.status === 'loading' || session.load.status !== 'ready' || isProviderFormReadOnly(session)) {
    return session;
  }
  // A domain left in the box is what the user meant to add.
  let form = session.form.domainEntry.trim() !== '' ? providerFormReducer(session.form, { type: 'add-domains' }) : session.form;
  const view = providerFormView(form, { otherProviders: session.providers });
  if (!view.valid || form.domainEntryError !== null) {
    return { ...session, form: providerFormReducer(form, { type: 'submit-invalid' }) };
  }
  form = providerFormReducer(form, { type: 'save-started' });
  const creating = form.draft.id === undefined;
  const same = session.idempotency !== null && JSON.stringify(session.idempotency.draft) === JSON.stringify(form.draft);
  const idempotency = !creating ? null : same ? session.idempotency : { key: freshKey, draft: form.draft };
  return {
    ...session,
    form,
    save: { status: 'saving', request: session.nextRequest, input: draftToInput(form.draft) },
    idempotency,
    nextRequest: session.nextRequest + 1,
  };
}

/** The form's transitions around the draft's own (flows/provider-form.ts). */
export function providerFormSessionReducer(session: ProviderFormSession, action: ProviderFormSessionAction): ProviderFormSession {
  switch (action.type) {
    case 'configure':
      return restart({ ...session, source: action.source, providerId: action.providerId, defaults: action.defaults });
    case 'load-requested':
      return { ...session, load: { status: 'loading', request: session.nextRequest }, nextRequest: session.nextRequest + 1 };
    case 'unavailable':
      return { ...session, load: { status: 'idle' }, save: { status: 'idle' } };
    case 'loaded': {
      if (session.load.status !== 'loading' || session.load.request !== action.request) return session;
      const loaded: ProviderFormSession = {
        ...session,
        canManageAdministration: action.canManageAdministration,
        syncState: action.syncState,
        providers: action.providers,
      };
      if (session.source === null && session.providerId !== null && !action.providers.some((p) => p.id === session.providerId)) {
        return { ...loaded, load: { status: 'failed', kind: 'not-found' } };
      }
      // A provider loaded by id is what the form edits; otherwise keep what the user typed meanwhile.
      const ready = { ...loaded, load: { status: 'ready' } } as const;
      return session.source === null && session.providerId !== null ? restart(ready) : ready;
    }
    case 'load-failed':
      if (session.load.status !== 'loading' || session.load.request !== action.request) return session;
      return { ...session, load: { status: 'failed', kind: action.kind } };
    case 'edit':
      return { ...session, form: providerFormReducer(session.form, action.action) };
    case 'submit':
      return submit(session, action.freshKey);
    case 'save-succeeded': {
      if (session.save.status !== 'saving' || session.save.request !== action.request) return session;
      const saved = action.provider;
      return {
        ...session,
        form: providerFormReducer(session.form, { type: 'save-succeeded', provider: saved }),
        providers: [...session.providers.filter((p) => p.id !== saved.id), saved],
        save: { status: 'idle' },
        idempotency: null,
      };
    }
    case 'save-failed':
      if (session.save.status !== 'saving' || session.save.request !== action.request) return session;
      // The idempotency key stays: Apply again retries the same create.
      return { ...session, form: providerFormReducer(session.form, { type: 'save-failed', failure: action.failure }), save: { status: 'idle' } };
    case 'reload-requested': {
      const id = session.form.draft.id;
      if (id === undefined || session.save.status === 'saving' || session.reload.status === 'loading') return session;
      return { ...session, reload: { status: 'loading', request: session.nextRequest, id }, nextRequest: session.nextRequest + 1 };
    }
    case 'reloaded': {
      if (session.reload.status !== 'loading' || session.reload.request !== action.request) return session;
      const provider = action.provider;
      if (provider === null) {
        return {
          ...session,
          reload: { status: 'idle' },
          form: providerFormReducer(session.form, { type: 'save-failed', failure: { kind: 'not-found', details: {} } }),
        };
      }
      return {
        ...session,
        reload: { status: 'idle' },
        form: providerFormReducer(session.form, { type: 'rebase', provider }),
        providers: [...session.providers.filter((p) => p.id !== provider.id), provider],
      };
    }
    case 'reload-failed':
      if (session.reload.status !== 'loading' || session.reload.request !== action.request) return session;
      return {
        ...session,
        reload: { status: 'idle' },
        form: providerFormReducer(session.form, { type: 'save-failed', failure: { kind: action.kind, details: {} } }),
      };
    case 'reset':
      return restart(session);
  }
}

type Pending = Record<ProviderFormEffect['type'], number | null>;

function pending(session: ProviderFormSession): Pending {
  return {
    load: session.load.status === 'loading' ? session.load.request : null,
    save: session.save.status === 'saving' ? session.save.request : null,
    reload: session.reload.status === 'loading' ? session.reload.request : null,
  };
}

/** The load and save jobs a transition starts or stops. */
export function providerFormEffects(prev: ProviderFormSession, next: ProviderFormSession): FlowEffects<ProviderFormEffect> {
  return diffJobs<ProviderFormEffect['type'], ProviderFormEffect>(['load', 'save', 'reload'], pending(prev), pending(next), (job, request) => {
    if (job === 'load') return { type: 'load', request };
    if (job === 'reload') return next.reload.status === 'loading' ? { type: 'reload', request, id: next.reload.id } : null;
    if (next.save.status !== 'saving') return null;
    return { type: 'save', request, input: next.save.input, idempotencyKey: next.idempotency?.key ?? null };
  });
}

/** The action reporting a failed job. */
export function providerFormJobFailed(effect: ProviderFormEffect, kind: string, details: SaveFailure['details'] = {}): ProviderFormSessionAction {
  if (effect.type === 'load') return { type: 'load-failed', request: effect.request, kind };
  if (effect.type === 'reload') return { type: 'reload-failed', request: effect.request, kind };
  return { type: 'save-failed', request: effect.request, failure: { kind, details } };
}

/**
 * Focus and announcements: a refused Apply points at the first invalid field and
 * says how many need attention; a failed save takes focus to its notice; Apply
 * keeps focus while saving (a replaced secret's field disappears under it).
 */
export function providerFormFeedback(
  prev: ProviderFormSession,
  next: ProviderFormSession,
  action: ProviderFormSessionAction,
): FlowFeedback<ProviderFormFocus, ProviderFormAnnouncement> | null {
  switch (action.type) {
    case 'submit':
      if (next.save.status === 'saving') return { focus: 'apply' };
      return next.form.submitted && prev.form !== next.form ? { focus: 'first-invalid', announce: { type: 'invalid' } } : null;
    case 'save-failed':
      return { focus: 'save-failure' };
    case 'save-succeeded':
      return { announce: { type: 'saved', name: action.provider.name } };
    case 'reloaded':
      return next.form.saveFailure === null ? { focus: 'apply', announce: { type: 'reloaded' } } : { focus: 'save-failure' };
    case 'reload-failed':
      return { focus: 'save-failure' };
    default:
      return null;
  }
}
