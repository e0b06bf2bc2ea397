import {
  draftFromProvider,
  emptyProviderDraft,
  rebaseDraft,
  normalizeDomain,
  normalizeServiceAddress,
  serviceDefaults,
  validateProviderDraft,
  type OAuthHelp,
  type FieldErrors,
  type FieldIssue,
  type FieldWarnings,
  type MailProvider,
  type NoteCode,
  type ProviderDraft,
  type ProviderValidationContext,
} from '../model/index.js';
import { shouldShowFeedback } from './feedback.js';

/** The fields of the provider form, in display order: the order focus looks for the first error in. */
export const PROVIDER_FIELDS = [
  'type',
  'name',
  'serviceAddress',
  'incoming.host',
  'incoming.port',
  'incoming.security',
  'outgoing.host',
  'outgoing.port',
  'outgoing.security',
  'delivery',
  'loginFormat',
  'auth.method',
  'auth.clientId',
  'auth.clientSecret',
  'domains',
] as const;
export type ProviderField = (typeof PROVIDER_FIELDS)[number];

/** A normalisation the user should see: what they typed and what it became (B4). */
export interface FieldNote {
  readonly code: NoteCode;
  readonly from: string;
  readonly to: string;
}

/**
 * A failed save, as the form keeps it: the adapter error's kind (a
 * `MailSetupErrorKind`) and details, never its developer message.
 */
export interface SaveFailure {
  readonly kind: string;
  readonly details: {
    readonly field?: string;
    readonly domain?: string;
    readonly providerName?: string;
    /** `stale-version`: the provider was changed elsewhere since the form loaded it. */
    readonly reason?: string;
    readonly currentVersion?: number;
  };
}

/** Whether a failed save was refused because the provider changed elsewhere (a stale version). */
export function isStaleVersion(failure: SaveFailure | null): boolean {
  return failure !== null && failure.kind === 'conflict' && failure.details.reason === 'stale-version';
}

export interface ProviderFormState {
  /** What the form started from, to tell what changed. */
  readonly initial: ProviderDraft;
  readonly draft: ProviderDraft;
  readonly touched: ReadonlySet<ProviderField>;
  readonly submitted: boolean;
  readonly status: 'editing' | 'saving';
  readonly saveFailure: SaveFailure | null;
  /** Errors the adapter reported for a field (a domain taken meanwhile), until that field changes. */
  readonly serverErrors: FieldErrors;
  readonly notes: Readonly<Partial<Record<ProviderField, FieldNote>>>;
  /** The text in the Domains box that is not yet a chip, and why it was not added. */
  readonly domainEntry: string;
  readonly domainEntryError: FieldIssue | null;
}

export type ProviderFormAction =
  | { readonly type: 'edit'; readonly patch: Partial<ProviderDraft> }
  | { readonly type: 'blur'; readonly field: ProviderField }
  | { readonly type: 'domain-entry'; readonly text: string }
  | { readonly type: 'add-domains' }
  | { readonly type: 'remove-domain'; readonly index: number }
  | { readonly type: 'save-started' }
  | { readonly type: 'save-failed'; readonly failure: SaveFailure }
  | { readonly type: 'save-succeeded'; readonly provider: MailProvider }
  | { readonly type: 'submit-invalid' }
  | { readonly type: 'load'; readonly draft: ProviderDraft }
  /** The stored provider, reloaded after a stale-version conflict: the user's changes are kept on top of it. */
  | { readonly type: 'rebase'; readonly provider: MailProvider };

/** A fresh state for a draft (new provider: `emptyProviderDraft()`, edit: `draftFromProvider(p)`). */
export function initialProviderFormState(draft: ProviderDraft = emptyProviderDraft()): ProviderFormState {
  return {
    initial: draft,
    draft,
    touched: new Set(),
    submitted: false,
    status: 'editing',
    saveFailure: null,
    serverErrors: {},
    notes: {},
    domainEntry: '',
    domainEntryError: null,
  };
}

/** The draft value behind a field, to tell dirty and prefilled apart. */
function fieldValue(draft: ProviderDraft, field: ProviderField): unknown {
  switch (field) {
    case 'delivery':
      return [draft.loadEmails, draft.sendEmails];
    case 'auth.method':
      return draft.authMethod;
    case 'auth.clientId':
      return draft.clientId;
    case 'auth.clientSecret':
      return [draft.clientSecret, draft.replaceSecret];
    case 'domains':
      return draft.domains;
    default: {
      const [group, key] = field.split('.') as [keyof ProviderDraft, string | undefined];
      const value = draft[group];
      return key === undefined ? value : (value as unknown as Record<string, unknown>)[key];
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Which fields a patch changes, so their server errors and notes can go. */
function fieldsOf(patch: Partial<ProviderDraft>, before: ProviderDraft, after: ProviderDraft): ProviderField[] {
  const keys = Object.keys(patch);
  return PROVIDER_FIELDS.filter((field) => keys.length > 0 && !same(fieldValue(before, field), fieldValue(after, field)));
}

function without<T extends object>(record: T, keys: readonly string[]): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const key of Object.keys(copy)) {
    if (keys.some((k) => key === k || key.startsWith(`${k}.`))) delete copy[key];
  }
  return copy as T;
}

/** Splits what was typed or pasted into the Domains box: commas, semicolons, spaces. */
export function splitDomainEntry(text: string): string[] {
  return text.split(/[\s,;]+/).filter((part) => part !== '');
}

function addDomains(state: ProviderFormState): ProviderFormState {
  const parts = splitDomainEntry(state.domainEntry);
  if (parts.length === 0) return { ...state, domainEntry: '', domainEntryError: null };
  const domains = [...state.draft.domains];
  const rejected: string[] = [];
  let error: FieldIssue | null = null;
  for (const part of parts) {
    const result = normalizeDomain(part);
    if (!result.ok) {
      rejected.push(part);
      error ??= {
        code: result.code === 'required' || result.code === 'address-needs-domain' ? 'domain-invalid' : result.code,
        params: { domain: part },
      };
    } else if (domains.includes(result.host)) {
      rejected.push(part);
      error ??= { code: 'domain-duplicate', params: { domain: result.host } };
    } else {
      domains.push(result.host);
    }
  }
  const touched = new Set(state.touched).add('domains');
  // What could not be added stays in the box, so nothing typed is lost (B2).
  return {
    ...state,
    draft: { ...state.draft, domains },
    touched,
    domainEntry: rejected.join(', '),
    domainEntryError: error,
    serverErrors: without(state.serverErrors, ['domains']),
  };
}

/**
 * The note leaving `field` with its current value would record (B4), or null.
 * The form reserves its room while the value is typed, so that the note that
 * appears on blur moves nothing below it (issue 11, item 9).
 */
export function noteOnBlur(draft: ProviderDraft, field: ProviderField): FieldNote | null {
  const from =
    field === 'serviceAddress'
      ? draft.serviceAddress
      : field === 'incoming.host'
        ? draft.incoming.host
        : field === 'outgoing.host'
          ? draft.outgoing.host
          : null;
  if (from === null) return null;
  const result = normalizeServiceAddress(from);
  if (!result.ok || result.note === undefined) return null;
  // Server hosts take no port: leave `host:port` for validation to report.
  if (field !== 'serviceAddress' && result.port !== undefined) return null;
  return { code: result.note, from: from.trim(), to: result.value };
}

/** Normalises a host field when the user leaves it, and records a note when it changed (B4). */
function normalizeOnBlur(state: ProviderFormState, field: ProviderField): ProviderFormState {
  const note = noteOnBlur(state.draft, field);
  if (note === null) return state;
  const to = note.to;
  const draft =
    field === 'serviceAddress'
      ? { ...state.draft, serviceAddress: to }
      : field === 'incoming.host'
        ? { ...state.draft, incoming: { ...state.draft.incoming, host: to } }
        : { ...state.draft, outgoing: { ...state.draft.outgoing, host: to } };
  return { ...state, draft, notes: { ...state.notes, [field]: note } };
}

/** The host a draft's mailboxes connect to first: what its service family is judged by. */
function mainHost(draft: ProviderDraft): string {
  return (draft.type === 'exchange' ? draft.serviceAddress : draft.incoming.host).trim();
}

/**
 * A new provider's authentication method follows its service (Microsoft and
 * Google hosts → OAuth 2.0, other IMAP/SMTP → Basic) until the user picks one;
 * a provider being edited keeps its own.
 */
function followServiceDefaults(state: ProviderFormState): ProviderFormState {
  if (state.initial.id !== undefined || state.touched.has('auth.method')) return state;
  const { authMethod } = serviceDefaults(state.draft.type, mainHost(state.draft));
  return authMethod === state.draft.authMethod ? state : { ...state, draft: { ...state.draft, authMethod } };
}

/** Whose OAuth 2.0 help the form shows for what it holds now. */
export function providerOAuthHelp(draft: ProviderDraft): OAuthHelp {
  return serviceDefaults(draft.type, mainHost(draft)).oauthHelp;
}

/** The provider form's transitions. Pure: the element renders the state and runs the adapter call. */
export function providerFormReducer(state: ProviderFormState, action: ProviderFormAction): ProviderFormState {
  switch (action.type) {
    case 'edit': {
      if (state.status === 'saving') return state;
      const draft = { ...state.draft, ...action.patch };
      const changed = fieldsOf(action.patch, state.draft, draft);
      // A choice (radio, checkbox) is complete when made: it counts as touched at once.
      const choices: ProviderField[] = ['type', 'delivery', 'loginFormat', 'auth.method', 'incoming.security', 'outgoing.security'];
      const touched = new Set(state.touched);
      for (const field of changed) if (choices.includes(field)) touched.add(field);
      return followServiceDefaults({
        ...state,
        draft,
        touched,
        serverErrors: without(state.serverErrors, changed),
        notes: without(state.notes, changed),
      });
    }
    case 'blur': {
      const touched = new Set(state.touched).add(action.field);
      return followServiceDefaults(normalizeOnBlur({ ...state, touched }, action.field));
    }
    case 'domain-entry':
      return { ...state, domainEntry: action.text, domainEntryError: null };
    case 'add-domains':
      return state.status === 'saving' ? state : addDomains(state);
    case 'remove-domain': {
      if (state.status === 'saving') return state;
      const domains = state.draft.domains.filter((_, index) => index !== action.index);
      return {
        ...state,
        draft: { ...state.draft, domains },
        touched: new Set(state.touched).add('domains'),
        serverErrors: without(state.serverErrors, ['domains']),
      };
    }
    case 'submit-invalid':
      return { ...state, submitted: true, saveFailure: null };
    case 'save-started':
      return state.status === 'saving' ? state : { ...state, submitted: true, status: 'saving', saveFailure: null };
    case 'save-failed': {
      const { kind, details } = action.failure;
      const serverErrors: Record<string, FieldIssue> = {};
      if (kind === 'conflict' && details.domain !== undefined) {
        const index = state.draft.domains.indexOf(details.domain.toLowerCase());
        const issue: FieldIssue = { code: 'domain-taken', params: { domain: details.domain, provider: details.providerName ?? '' } };
        serverErrors.domains = issue;
        if (index >= 0) serverErrors[`domains.${index}`] = issue;
      }
      return { ...state, status: 'editing', saveFailure: action.failure, serverErrors };
    }
    case 'save-succeeded': {
      const saved = action.provider;
      // The typed secret is dropped once stored: the page never holds it longer than needed (B3).
      const draft: ProviderDraft = {
        ...state.draft,
        id: saved.id,
        // The next save starts from this version, or it would be refused as stale by its own save.
        ...(saved.version === undefined ? {} : { version: saved.version }),
        clientSecret: '',
        replaceSecret: false,
        hasStoredSecret: saved.auth.method === 'oauth2' ? saved.auth.hasClientSecret : state.draft.hasStoredSecret,
      };
      return { ...initialProviderFormState(draft), notes: state.notes };
    }
    case 'load':
      return initialProviderFormState(action.draft);
    case 'rebase': {
      if (state.status === 'saving') return state;
      const fresh = draftFromProvider(action.provider);
      const draft = rebaseDraft(state.initial, state.draft, fresh);
      return { ...state, initial: fresh, draft, saveFailure: null, serverErrors: {} };
    }
  }
}

/** Whether anything differs from what the form started with (Cancel asks first then). */
export function isProviderFormDirty(state: ProviderFormState): boolean {
  return state.domainEntry.trim() !== '' || !same(state.draft, state.initial);
}

export interface ProviderFormView {
  /** The model's verdict on the draft, all fields. */
  readonly valid: boolean;
  /** Errors to show now, per the feedback rule, plus the adapter's field errors. */
  readonly errors: FieldErrors;
  readonly warnings: FieldWarnings;
}

/** What the form shows for a state: the errors the feedback rule lets through, and the warnings. */
export function providerFormView(state: ProviderFormState, context: ProviderValidationContext = {}): ProviderFormView {
  const result = validateProviderDraft(state.draft, context);
  const all: FieldErrors = result.ok ? {} : result.errors;
  const shown: Record<string, FieldIssue> = {};
  for (const [key, issue] of Object.entries(all)) {
    const field = PROVIDER_FIELDS.find((f) => key === f || key.startsWith(`${f}.`)) ?? (key as ProviderField);
    const initialValue = fieldValue(state.initial, field);
    const visible = shouldShowFeedback({
      touched: state.touched.has(field),
      dirty: !same(fieldValue(state.draft, field), initialValue),
      // A secret is never pre-filled (B3): pressing Replace secret must not show "Type it in" at once.
      prefilled: state.initial.id !== undefined && field !== 'auth.clientSecret' && !isEmpty(initialValue),
      submitted: state.submitted,
    });
    if (visible) shown[key] = issue;
  }
  return { valid: result.ok, errors: { ...shown, ...state.serverErrors }, warnings: result.warnings };
}

/** How many fields a view's errors are about (a domain chip's error counts with Domains): the summary's number. */
export function providerFormErrorCount(view: ProviderFormView): number {
  return new Set(Object.keys(view.errors).map((key) => key.replace(/\.\d+$/, ''))).size;
}

function isEmpty(value: unknown): boolean {
  return value === '' || value === undefined || (Array.isArray(value) && value.length === 0);
}
