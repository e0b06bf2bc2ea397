import type { FieldErrors, MailAccount, MailProvider } from '../model/index.js';
import {
  accountListReducer,
  filterAccounts,
  initialAccountListState,
  providerDeleteCheck,
  type AccountListAction,
  type AccountListSection,
  type AccountListState,
} from './account-list.js';
import { deriveAccountList } from './account-list-derive.js';
import { needsPage, pagingAfterFirstPage, type AccountPaging } from './account-paging.js';
import {
  initialMailboxSettingsState,
  mailboxSettingsReducer,
  mailboxSettingsView,
  type MailboxSettingsAction,
  type MailboxSettingsState,
} from './mailbox-settings.js';

/**
 * `<mail-account-list>`'s whole flow: the loaded data (account-list.ts), which
 * loads, deletes and the settings save wait for an answer (a request number per
 * job), what failed, the filter, and the mailbox settings being edited. Pure:
 * the jobs are derived from it (account-list-effects.ts) and run by the element.
 */

export const LIST_SECTIONS: readonly AccountListSection[] = ['permissions', 'providers', 'accounts'];

/** What a Delete acts on. */
export type DeleteTarget =
  { readonly kind: 'account'; readonly account: MailAccount } | { readonly kind: 'provider'; readonly provider: MailProvider };

/** A failed delete, shown above its section's rows with Retry. */
export interface FailedDelete {
  readonly target: DeleteTarget;
  readonly kind: string;
}

export interface ListFlowState {
  readonly data: AccountListState;
  /** The request each section's load waits for; null when none runs. */
  readonly loads: Readonly<Record<AccountListSection, number | null>>;
  /** Deletes under way by row key (`deleteKey`): two rows may be deleted at once, one row only once. */
  readonly deletes: Readonly<Record<string, { readonly request: number; readonly target: DeleteTarget }>>;
  readonly failedDeletes: { readonly account: FailedDelete | null; readonly provider: FailedDelete | null };
  readonly query: string;
  /** The provider whose R15 refusal the user asked about; `times` re-arms it for a second press. */
  readonly refusal: { readonly providerId: string; readonly times: number } | null;
  /** The mailbox settings being edited; null when their dialog is closed. */
  readonly settings: MailboxSettingsState | null;
  /** The settings save's request; it runs on if the dialog closes, so the row and the host still hear of it. */
  readonly settingsSave: number | null;
  /** The reload after a stale-version conflict: the mailbox as stored now, the user's changes kept on top. */
  readonly settingsReload: number | null;
  /** Counts Save presses, so that each is answered (focus, announcement) even when nothing else changes. */
  readonly submits: number;
  readonly lastRequest: number;
  /** Paging of the mailboxes when the adapter pages (account-paging.ts); null when every mailbox came at once. */
  readonly paging: AccountPaging | null;
}

export type ListFlowAction =
  /** Load sections; `quiet` keeps what a section shows until its answer arrives (a refresh). */
  | { readonly type: 'load'; readonly sections: readonly AccountListSection[]; readonly quiet: boolean }
  /** Retry pressed in a section: loads every section that failed. */
  | { readonly type: 'retry'; readonly section: 'accounts' | 'providers' }
  | { readonly type: 'section-loaded'; readonly request: number; readonly update: AccountListAction }
  | { readonly type: 'section-failed'; readonly request: number; readonly section: AccountListSection; readonly kind: string }
  | { readonly type: 'filter'; readonly query: string }
  /** The view renders mailbox rows up to `rows` (the end of its window): with paging, load on before the user gets there. */
  | { readonly type: 'rows-wanted'; readonly rows: number }
  | { readonly type: 'page-loaded'; readonly request: number; readonly accounts: readonly MailAccount[]; readonly nextCursor: string | null }
  | { readonly type: 'page-failed'; readonly request: number; readonly kind: string }
  /** Retry pressed after a further page failed. */
  | { readonly type: 'retry-page' }
  /** The wizard added a mailbox. */
  | { readonly type: 'account-added'; readonly account: MailAccount }
  /** The wizard re-authorised a mailbox in place (issue 11, item 1). */
  | { readonly type: 'account-reauthorized'; readonly account: MailAccount }
  /** A provider form saved a provider; `inDialog` when it was the list's own provider dialog. */
  | { readonly type: 'provider-saved'; readonly provider: MailProvider; readonly inDialog: boolean }
  | { readonly type: 'show-refusal'; readonly providerId: string }
  | { readonly type: 'delete'; readonly target: DeleteTarget }
  | { readonly type: 'retry-delete'; readonly kind: DeleteTarget['kind'] }
  | { readonly type: 'delete-succeeded'; readonly key: string; readonly request: number }
  | {
      readonly type: 'delete-failed';
      readonly key: string;
      readonly request: number;
      readonly kind: string;
      readonly mailboxes?: readonly string[] | undefined;
    }
  | { readonly type: 'settings-open'; readonly account: MailAccount }
  | { readonly type: 'settings-edit'; readonly action: MailboxSettingsAction }
  | { readonly type: 'settings-submit' }
  | { readonly type: 'settings-saved'; readonly request: number; readonly account: MailAccount }
  | {
      readonly type: 'settings-failed';
      readonly request: number;
      readonly kind: string;
      readonly fieldErrors?: FieldErrors | undefined;
      readonly reason?: string | undefined;
    }
  /** Reload pressed after a stale-version conflict. */
  | { readonly type: 'settings-reload' }
  | { readonly type: 'settings-reloaded'; readonly request: number; readonly account: MailAccount | null }
  | { readonly type: 'settings-reload-failed'; readonly request: number; readonly kind: string }
  | { readonly type: 'settings-close' };

export function initialListFlowState(): ListFlowState {
  return {
    data: initialAccountListState(),
    loads: { permissions: null, providers: null, accounts: null },
    deletes: {},
    failedDeletes: { account: null, provider: null },
    query: '',
    refusal: null,
    settings: null,
    settingsSave: null,
    settingsReload: null,
    submits: 0,
    lastRequest: 0,
    paging: null,
  };
}

/** The row key of a delete: a second press on the same row finds it. */
export function deleteKey(target: DeleteTarget): string {
  return target.kind === 'account' ? `account:${target.account.id}` : `provider:${target.provider.id}`;
}

/** Whether a delete of this row is under way (its Delete then does nothing). */
export function isDeleting(state: ListFlowState, target: DeleteTarget): boolean {
  return Object.hasOwn(state.deletes, deleteKey(target));
}

/** Whether the R15 rule refuses deleting the provider now, before any request. */
export function providerRefused(state: ListFlowState, providerId: string): boolean {
  return !providerDeleteCheck(providerId, deriveAccountList(state.data, state.query).usage, state.data.refusals).allowed;
}

/** Whether any section is waiting for its load. */
export function isLoading(state: ListFlowState): boolean {
  return LIST_SECTIONS.some((section) => state.loads[section] !== null);
}

function load(state: ListFlowState, sections: readonly AccountListSection[], quiet: boolean): ListFlowState {
  if (sections.length === 0) return state;
  let request = state.lastRequest;
  const loads = { ...state.loads };
  for (const section of sections) loads[section] = ++request;
  const restart = quiet ? sections.filter((section) => state.data[section].status !== 'ready') : sections;
  const data = restart.length > 0 ? accountListReducer(state.data, { type: 'load-started', sections: restart }) : state.data;
  // A reload of the mailboxes starts again from the first page: a further page under way is no longer wanted.
  const paging = state.paging && sections.includes('accounts') ? { ...state.paging, request: null } : state.paging;
  return { ...state, data, loads, lastRequest: request, paging };
}

/** Starts the next page of mailboxes when the view or the filter needs it (account-paging.ts). */
function pageOn(state: ListFlowState): ListFlowState {
  const paging = state.paging;
  const loaded = state.data.accounts.status === 'ready' ? state.data.accounts.items.length : 0;
  if (paging === null || state.loads.accounts !== null || !needsPage(paging, loaded, state.query)) return state;
  const request = state.lastRequest + 1;
  return { ...state, paging: { ...paging, request }, lastRequest: request };
}

function pageOutcome(state: ListFlowState, action: Extract<ListFlowAction, { type: 'page-loaded' | 'page-failed' }>): ListFlowState {
  const paging = state.paging;
  if (paging === null || paging.request !== action.request) return state;
  if (action.type === 'page-failed') return { ...state, paging: { ...paging, request: null, failedKind: action.kind } };
  const data = accountListReducer(state.data, { type: 'accounts-appended', accounts: action.accounts });
  // An adapter that hands back the cursor it was given would be read forever: that is the end.
  const cursor = action.nextCursor === paging.cursor ? null : action.nextCursor;
  return pageOn({ ...state, data, paging: { ...paging, request: null, cursor } });
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function startDelete(state: ListFlowState, target: DeleteTarget): ListFlowState {
  if (isDeleting(state, target)) return state;
  if (target.kind === 'provider' && providerRefused(state, target.provider.id)) return showRefusal(state, target.provider.id);
  const request = state.lastRequest + 1;
  return {
    ...state,
    deletes: { ...state.deletes, [deleteKey(target)]: { request, target } },
    failedDeletes: { ...state.failedDeletes, [target.kind]: null },
    lastRequest: request,
  };
}

function showRefusal(state: ListFlowState, providerId: string): ListFlowState {
  return { ...state, refusal: { providerId, times: (state.refusal?.times ?? 0) + 1 } };
}

function deleteOutcome(state: ListFlowState, action: Extract<ListFlowAction, { type: 'delete-succeeded' | 'delete-failed' }>): ListFlowState {
  const running = state.deletes[action.key];
  if (running?.request !== action.request) return state;
  const target = running.target;
  const next = { ...state, deletes: without(state.deletes, action.key) };
  if (action.type === 'delete-succeeded') {
    const update: AccountListAction =
      target.kind === 'account'
        ? { type: 'account-deleted', accountId: target.account.id }
        : { type: 'provider-deleted', providerId: target.provider.id };
    const refusal = target.kind === 'provider' && state.refusal?.providerId === target.provider.id ? null : state.refusal;
    return { ...next, data: accountListReducer(state.data, update), refusal };
  }
  if (target.kind === 'provider' && action.kind === 'in-use') {
    // A mailbox was added meanwhile (a race): the same refusal as before any request.
    const data = accountListReducer(state.data, { type: 'provider-refused', providerId: target.provider.id, mailboxes: action.mailboxes ?? [] });
    return showRefusal({ ...next, data }, target.provider.id);
  }
  return { ...next, failedDeletes: { ...state.failedDeletes, [target.kind]: { target, kind: action.kind } } };
}

function submitSettings(state: ListFlowState): ListFlowState {
  const settings = state.settings;
  if (!settings || settings.status === 'saving' || state.settingsReload !== null) return state;
  const submits = state.submits + 1;
  const view = mailboxSettingsView(settings);
  if (view.blocked) return { ...state, submits };
  if (!view.valid) return { ...state, submits, settings: mailboxSettingsReducer(settings, { type: 'submit-invalid' }) };
  const request = state.lastRequest + 1;
  return { ...state, submits, settings: mailboxSettingsReducer(settings, { type: 'save-started' }), settingsSave: request, lastRequest: request };
}

export function listFlowReducer(state: ListFlowState, action: ListFlowAction): ListFlowState {
  switch (action.type) {
    case 'load':
      return load(state, action.sections, action.quiet);
    case 'retry': {
      const next = load(
        state,
        LIST_SECTIONS.filter((section) => state.data[section].status === 'failed'),
        false,
      );
      // The mailboxes' Retry also retries a further page that failed.
      return action.section === 'accounts' ? listFlowReducer(next, { type: 'retry-page' }) : next;
    }
    case 'section-loaded':
    case 'section-failed': {
      const section = action.type === 'section-failed' ? action.section : sectionOf(action.update);
      if (section === null || state.loads[section] !== action.request) return state;
      const update: AccountListAction = action.type === 'section-failed' ? { type: 'load-failed', section, kind: action.kind } : action.update;
      const next = { ...state, data: accountListReducer(state.data, update), loads: { ...state.loads, [section]: null } };
      if (section !== 'accounts') return next;
      return pageOn({
        ...next,
        paging: update.type === 'accounts-loaded' ? pagingAfterFirstPage(update.nextCursor, update.eager === true, state.paging) : null,
      });
    }
    case 'filter':
      return action.query === state.query ? state : pageOn({ ...state, query: action.query });
    case 'rows-wanted':
      return state.paging === null || state.paging.wanted === action.rows
        ? state
        : pageOn({ ...state, paging: { ...state.paging, wanted: action.rows } });
    case 'page-loaded':
    case 'page-failed':
      return pageOutcome(state, action);
    case 'retry-page':
      return state.paging?.failedKind ? pageOn({ ...state, paging: { ...state.paging, failedKind: null } }) : state;
    case 'account-added': {
      const data = accountListReducer(state.data, { type: 'account-saved', account: action.account });
      // Show the new row past a filter that would hide it.
      const hidden = filterAccounts([action.account], deriveAccountList(data, '').byId, state.query).length === 0;
      return { ...state, data, query: hidden ? '' : state.query };
    }
    case 'account-reauthorized':
      return { ...state, data: accountListReducer(state.data, { type: 'account-saved', account: action.account }) };
    case 'provider-saved': {
      const next = { ...state, data: accountListReducer(state.data, { type: 'provider-saved', provider: action.provider }) };
      // A changed provider may change its mailboxes (login format, load/send): fetch them quietly.
      return action.inDialog ? load(next, ['accounts'], true) : next;
    }
    case 'show-refusal':
      return showRefusal(state, action.providerId);
    case 'delete':
      return startDelete(state, action.target);
    case 'retry-delete': {
      const failed = state.failedDeletes[action.kind];
      return failed ? startDelete(state, failed.target) : state;
    }
    case 'delete-succeeded':
    case 'delete-failed':
      return deleteOutcome(state, action);
    case 'settings-open': {
      const provider = deriveAccountList(state.data, state.query).byId.get(action.account.providerId) ?? null;
      return { ...state, settings: initialMailboxSettingsState(action.account, provider) };
    }
    case 'settings-edit':
      return state.settings ? { ...state, settings: mailboxSettingsReducer(state.settings, action.action) } : state;
    case 'settings-submit':
      return submitSettings(state);
    case 'settings-saved': {
      if (action.request !== state.settingsSave) return state;
      const data = accountListReducer(state.data, { type: 'account-saved', account: action.account });
      const editing = state.settings?.account.id === action.account.id;
      return { ...state, data, settings: editing ? null : state.settings, settingsSave: null };
    }
    case 'settings-failed': {
      if (action.request !== state.settingsSave) return state;
      const failure = {
        kind: action.kind,
        ...(action.fieldErrors ? { fieldErrors: action.fieldErrors } : {}),
        ...(action.reason === undefined ? {} : { reason: action.reason }),
      };
      const settings = state.settings ? mailboxSettingsReducer(state.settings, { type: 'save-failed', failure }) : null;
      return { ...state, settings, settingsSave: null };
    }
    case 'settings-reload': {
      if (!state.settings || state.settings.status === 'saving' || state.settingsReload !== null) return state;
      const request = state.lastRequest + 1;
      return { ...state, settingsReload: request, lastRequest: request };
    }
    case 'settings-reloaded': {
      if (action.request !== state.settingsReload || !state.settings) return { ...state, settingsReload: null };
      const account = action.account;
      const settings = account
        ? mailboxSettingsReducer(state.settings, { type: 'rebase', account })
        : mailboxSettingsReducer(state.settings, { type: 'save-failed', failure: { kind: 'not-found' } });
      const data = account ? accountListReducer(state.data, { type: 'account-saved', account }) : state.data;
      return { ...state, data, settings, settingsReload: null };
    }
    case 'settings-reload-failed': {
      if (action.request !== state.settingsReload || !state.settings) return { ...state, settingsReload: null };
      return {
        ...state,
        settings: mailboxSettingsReducer(state.settings, { type: 'save-failed', failure: { kind: action.kind } }),
        settingsReload: null,
      };
    }
    case 'settings-close':
      return state.settings ? { ...state, settings: null, settingsReload: null } : state;
  }
}

function sectionOf(update: AccountListAction): AccountListSection | null {
  switch (update.type) {
    case 'accounts-loaded':
      return 'accounts';
    case 'providers-loaded':
      return 'providers';
    case 'permissions-loaded':
      return 'permissions';
    default:
      return null;
  }
}
