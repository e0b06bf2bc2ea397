import {
  validateAccountInput,
  type FieldErrors,
  type FieldIssue,
  type MailAccount,
  type MailAccountInput,
  type MailProvider,
} from '../model/index.js';
import { shouldShowFeedback } from './feedback.js';

/** The fields of the mailbox settings form, in display order: the order focus looks for the first error in. */
export const MAILBOX_SETTINGS_FIELDS = ['displayName', 'loadEmails', 'sendEmails', 'isDefault', 'isShared', 'loadFrom'] as const;
export type MailboxSettingsField = (typeof MAILBOX_SETTINGS_FIELDS)[number];

/** What the form edits. `loadFrom` is the date input's value: `''` means "all mail". */
export interface MailboxSettingsDraft {
  readonly displayName: string;
  readonly loadEmails: boolean;
  readonly sendEmails: boolean;
  readonly isDefault: boolean;
  readonly isShared: boolean;
  readonly loadFrom: string;
}

/** A failed save as the form keeps it: the adapter error's kind, and its field errors for `invalid`. */
export interface MailboxSaveFailure {
  readonly kind: string;
  readonly fieldErrors?: FieldErrors | undefined;
  /** `stale-version`: the mailbox was changed elsewhere since the form opened. */
  readonly reason?: string | undefined;
}

/** Whether a failed save was refused because the mailbox changed elsewhere (a stale version). */
export function isStaleMailbox(failure: MailboxSaveFailure | null): boolean {
  return failure !== null && failure.kind === 'conflict' && failure.reason === 'stale-version';
}

export interface MailboxSettingsState {
  readonly account: MailAccount;
  /** The mailbox's provider, when known: what it allows (R10) and its login format. */
  readonly provider: MailProvider | null;
  readonly initial: MailboxSettingsDraft;
  readonly draft: MailboxSettingsDraft;
  readonly touched: ReadonlySet<MailboxSettingsField>;
  readonly submitted: boolean;
  readonly status: 'editing' | 'saving';
  readonly saveFailure: MailboxSaveFailure | null;
  /** Errors the adapter reported for a field, until that field changes. */
  readonly serverErrors: FieldErrors;
}

export type MailboxSettingsAction =
  | { readonly type: 'edit'; readonly patch: Partial<MailboxSettingsDraft> }
  | { readonly type: 'blur'; readonly field: MailboxSettingsField }
  | { readonly type: 'submit-invalid' }
  | { readonly type: 'save-started' }
  | { readonly type: 'save-failed'; readonly failure: MailboxSaveFailure }
  | { readonly type: 'save-succeeded'; readonly account: MailAccount }
  /** The mailbox as stored now, after a stale-version conflict: the user's changes are kept on top of it. */
  | { readonly type: 'rebase'; readonly account: MailAccount };

export function draftFromAccount(account: MailAccount): MailboxSettingsDraft {
  return {
    displayName: account.displayName,
    loadEmails: account.loadEmails,
    sendEmails: account.sendEmails,
    isDefault: account.isDefault,
    isShared: account.isShared,
    loadFrom: account.loadFrom ?? '',
  };
}

export function initialMailboxSettingsState(account: MailAccount, provider: MailProvider | null): MailboxSettingsState {
  const draft = draftFromAccount(account);
  return { account, provider, initial: draft, draft, touched: new Set(), submitted: false, status: 'editing', saveFailure: null, serverErrors: {} };
}

/** Options a mailbox may use only where its provider offers them; unknown provider: both, and the adapter decides. */
export function mailboxOptions(state: Pick<MailboxSettingsState, 'provider'>): { readonly canLoad: boolean; readonly canSend: boolean } {
  return { canLoad: state.provider?.loadEmails ?? true, canSend: state.provider?.sendEmails ?? true };
}

/**
 * The save to send. Credentials are never re-sent: the stored password is kept
 * (`{ action: 'keep' }`, B3) and an OAuth 2.0 mailbox keeps its grant. An option the
 * provider does not offer is off, as its hidden checkbox shows.
 */
export function mailboxSettingsInput(state: MailboxSettingsState): MailAccountInput {
  const { account, draft } = state;
  const { canLoad, canSend } = mailboxOptions(state);
  const auth: MailAccountInput['auth'] =
    account.auth.method === 'basic' ? { method: 'basic', password: { action: 'keep' } } : { method: 'oauth2', grantRef: account.auth.grantRef ?? '' };
  return {
    id: account.id,
    // The version the edit started from: a change made elsewhere meanwhile is refused, not overwritten.
    ...(account.version === undefined ? {} : { version: account.version }),
    email: account.email,
    providerId: account.providerId,
    login: account.login,
    displayName: draft.displayName,
    loadEmails: draft.loadEmails && canLoad,
    sendEmails: draft.sendEmails && canSend,
    isDefault: draft.isDefault,
    isShared: draft.isShared,
    loadFrom: draft.loadFrom.trim() === '' ? null : draft.loadFrom.trim(),
    auth,
  };
}

function same(a: MailboxSettingsDraft, b: MailboxSettingsDraft): boolean {
  return MAILBOX_SETTINGS_FIELDS.every((field) => a[field] === b[field]);
}

function withoutFields(errors: FieldErrors, fields: readonly string[]): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !fields.includes(key)));
}

export function mailboxSettingsReducer(state: MailboxSettingsState, action: MailboxSettingsAction): MailboxSettingsState {
  switch (action.type) {
    case 'edit': {
      if (state.status === 'saving') return state;
      const draft = { ...state.draft, ...action.patch };
      const changed = MAILBOX_SETTINGS_FIELDS.filter((field) => draft[field] !== state.draft[field]);
      // A checkbox is complete when ticked: it counts as touched at once.
      const touched = new Set(state.touched);
      for (const field of changed) if (typeof draft[field] === 'boolean') touched.add(field);
      return { ...state, draft, touched, serverErrors: withoutFields(state.serverErrors, changed) };
    }
    case 'blur':
      return { ...state, touched: new Set(state.touched).add(action.field) };
    case 'submit-invalid':
      return { ...state, submitted: true, saveFailure: null };
    case 'save-started':
      return state.status === 'saving' ? state : { ...state, submitted: true, status: 'saving', saveFailure: null };
    case 'save-failed':
      // The draft stays as typed (B2); the adapter's field errors show until their field changes.
      return { ...state, status: 'editing', saveFailure: action.failure, serverErrors: action.failure.fieldErrors ?? {} };
    case 'save-succeeded':
      return initialMailboxSettingsState(action.account, state.provider);
    case 'rebase': {
      if (state.status === 'saving') return state;
      const fresh = draftFromAccount(action.account);
      const draft = { ...fresh };
      for (const field of MAILBOX_SETTINGS_FIELDS) {
        if (state.draft[field] !== state.initial[field]) (draft as Record<MailboxSettingsField, unknown>)[field] = state.draft[field];
      }
      return { ...state, account: action.account, initial: fresh, draft, saveFailure: null, serverErrors: {} };
    }
  }
}

export function isMailboxSettingsDirty(state: MailboxSettingsState): boolean {
  return !same(state.draft, state.initial);
}

export interface MailboxSettingsView {
  /** The model's verdict on the whole save. */
  readonly valid: boolean;
  /** Errors of the form's fields to show now, per the feedback rule, plus the adapter's. */
  readonly errors: Readonly<Partial<Record<MailboxSettingsField, FieldIssue>>>;
  /**
   * Problems with what the form does not edit (the address, login or credentials,
   * say after the provider switched to another authentication method): the
   * mailbox must be set up again, so they show as one notice.
   */
  readonly blocked: boolean;
  readonly input: MailAccountInput;
}

function isField(key: string): key is MailboxSettingsField {
  return (MAILBOX_SETTINGS_FIELDS as readonly string[]).includes(key);
}

/** What the form shows for a state, validated with the model's own rule and the provider as context. */
export function mailboxSettingsView(state: MailboxSettingsState): MailboxSettingsView {
  const input = mailboxSettingsInput(state);
  const { account, provider } = state;
  const result = validateAccountInput(input, {
    ...(provider ? { provider } : {}),
    hasStoredPassword: account.auth.method === 'basic' && account.auth.hasPassword,
  });
  const all: FieldErrors = result.ok ? {} : result.errors;
  const errors: Partial<Record<MailboxSettingsField, FieldIssue>> = {};
  let blocked = false;
  for (const [key, issue] of Object.entries(all)) {
    if (!isField(key)) {
      blocked = true;
      continue;
    }
    const initialValue = state.initial[key];
    const visible = shouldShowFeedback({
      touched: state.touched.has(key),
      dirty: state.draft[key] !== initialValue,
      prefilled: initialValue !== '' && initialValue !== false,
      submitted: state.submitted,
    });
    if (visible) errors[key] = issue;
  }
  // The adapter's errors on other fields are told by the save-failure notice.
  for (const [key, issue] of Object.entries(state.serverErrors)) if (isField(key)) errors[key] = issue;
  return { valid: result.ok, errors, blocked, input };
}
