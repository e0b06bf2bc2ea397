import { firstErrorField, type MailAccountInput } from '../model/index.js';
import type { MailSetupErrorDetails } from '../model/errors.js';
import { indexAfterRemoval, type AccountListSection } from './account-list.js';
import { deriveAccountList } from './account-list-derive.js';
import { pageLimit } from './account-paging.js';
import { LIST_SECTIONS, deleteKey, type DeleteTarget, type ListFlowAction, type ListFlowState } from './account-list-flow.js';
import { diffJobs, type FlowFeedback } from './jobs.js';
import { MAILBOX_SETTINGS_FIELDS, mailboxSettingsView } from './mailbox-settings.js';

/** Adapter work the list asks for. `key` lets loads of different sections and deletes of different rows run at once. */
export type ListEffect =
  | { readonly type: 'load'; readonly key: string; readonly request: number; readonly section: AccountListSection }
  /** A further page of mailboxes (`listAccountsPage(cursor, limit)`). */
  | { readonly type: 'page'; readonly key: string; readonly request: number; readonly cursor: string; readonly limit: number }
  | { readonly type: 'delete'; readonly key: string; readonly request: number; readonly target: DeleteTarget }
  | { readonly type: 'save-settings'; readonly key: string; readonly request: number; readonly input: MailAccountInput }
  | { readonly type: 'reload-settings'; readonly key: string; readonly request: number; readonly accountId: string };

const SAVE_KEY = 'save-settings';
const RELOAD_KEY = 'reload-settings';
const PAGE_KEY = 'page:accounts';

/** The request number each job waits for in a state, by job key. */
function pending(state: ListFlowState): Record<string, number | null> {
  const jobs: Record<string, number | null> = {
    [SAVE_KEY]: state.settingsSave,
    [RELOAD_KEY]: state.settingsReload,
    [PAGE_KEY]: state.paging?.request ?? null,
  };
  for (const section of LIST_SECTIONS) jobs[`load:${section}`] = state.loads[section];
  for (const [key, { request }] of Object.entries(state.deletes)) jobs[`delete:${key}`] = request;
  return jobs;
}

function effectFor(key: string, request: number, state: ListFlowState): ListEffect | null {
  if (key === SAVE_KEY) {
    // The save's payload is the form as submitted; the form is read-only while it saves.
    return state.settings ? { type: 'save-settings', key, request, input: mailboxSettingsView(state.settings).input } : null;
  }
  if (key === PAGE_KEY) {
    const paging = state.paging;
    return paging?.cursor == null ? null : { type: 'page', key, request, cursor: paging.cursor, limit: pageLimit(paging, state.query) };
  }
  if (key === RELOAD_KEY) return state.settings ? { type: 'reload-settings', key, request, accountId: state.settings.account.id } : null;
  const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'load') return { type: 'load', key, request, section: rest as AccountListSection };
  const running = state.deletes[rest];
  return running ? { type: 'delete', key, request, target: running.target } : null;
}

/**
 * What a transition asks the element to do: start the jobs whose request is new,
 * stop those whose request went away or changed (a newer load of the same section).
 */
export function listEffects(prev: ListFlowState, next: ListFlowState): { readonly start: readonly ListEffect[]; readonly stop: readonly string[] } {
  const before = pending(prev);
  const after = pending(next);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    before[key] ??= null;
    after[key] ??= null;
  }
  return diffJobs(keys, before, after, (key, request) => effectFor(key, request, next));
}

/** The action that reports a job that failed with an adapter error. */
export function listJobFailed(effect: ListEffect, kind: string, details: MailSetupErrorDetails = {}): ListFlowAction {
  switch (effect.type) {
    case 'load':
      return { type: 'section-failed', request: effect.request, section: effect.section, kind };
    case 'page':
      return { type: 'page-failed', request: effect.request, kind };
    case 'delete':
      return { type: 'delete-failed', key: deleteKey(effect.target), request: effect.request, kind, mailboxes: details.mailboxes };
    case 'save-settings':
      return { type: 'settings-failed', request: effect.request, kind, fieldErrors: details.fieldErrors, reason: details.reason };
    case 'reload-settings':
      return { type: 'settings-reload-failed', request: effect.request, kind };
  }
}

/** Named places focus goes to; the element maps them to its DOM. A row target is that row's Delete button. */
export type ListFocus =
  | 'add'
  | 'add-provider'
  | 'accounts-heading'
  | 'providers-heading'
  | 'settings-blocked'
  | 'settings-failure'
  | `settings-field:${string}`
  | `accounts-row:${number}`
  | `providers-row:${number}`;

export type ListAnnouncement =
  | { readonly type: 'account-added' | 'account-deleted' | 'account-updated' | 'account-reauthorized'; readonly address: string }
  | { readonly type: 'provider-saved' | 'provider-deleted'; readonly name: string }
  | { readonly type: 'refusal'; readonly providerId: string }
  | { readonly type: 'errors'; readonly count: number }
  | { readonly type: 'settings-reloaded' };

/** Where a row of `target` is in what the section shows now; -1 when it is not there. */
function rowIndex(state: ListFlowState, target: DeleteTarget): number {
  if (target.kind === 'account') return deriveAccountList(state.data, state.query).shown.findIndex((a) => a.id === target.account.id);
  return deriveAccountList(state.data, state.query).shownProviders.findIndex((p) => p.id === target.provider.id);
}

function rowFocus(target: DeleteTarget, index: number): ListFocus {
  return target.kind === 'account' ? `accounts-row:${index}` : `providers-row:${index}`;
}

/** After a row went: the Delete button of the row that took its place, or the one before, else Add. */
function focusAfterRemoval(prev: ListFlowState, next: ListFlowState, target: DeleteTarget): ListFocus {
  const count =
    target.kind === 'account'
      ? deriveAccountList(next.data, next.query).shown.length
      : deriveAccountList(next.data, next.query).shownProviders.length;
  const index = indexAfterRemoval(rowIndex(prev, target), count);
  if (index === null) return target.kind === 'account' ? 'add' : 'add-provider';
  return rowFocus(target, index);
}

function deleteFeedback(prev: ListFlowState, next: ListFlowState, key: string, succeeded: boolean): FlowFeedback<ListFocus, ListAnnouncement> | null {
  const running = prev.deletes[key];
  if (!running || Object.hasOwn(next.deletes, key)) return null;
  const target = running.target;
  if (succeeded) {
    const announce: ListAnnouncement =
      target.kind === 'account'
        ? { type: 'account-deleted', address: target.account.email }
        : { type: 'provider-deleted', name: target.provider.name };
    return { focus: focusAfterRemoval(prev, next, target), announce };
  }
  // Back on the Delete button that was pressed; a refusal is also said aloud.
  const focus = rowFocus(target, rowIndex(next, target));
  return next.refusal !== prev.refusal && next.refusal ? { focus, announce: { type: 'refusal', providerId: next.refusal.providerId } } : { focus };
}

function settingsFeedback(next: ListFlowState, failed: boolean): FlowFeedback<ListFocus, ListAnnouncement> | null {
  const settings = next.settings;
  if (!settings) return null;
  const view = mailboxSettingsView(settings);
  if (view.blocked && !failed) return { focus: 'settings-blocked' };
  const first = firstErrorField(view.errors, MAILBOX_SETTINGS_FIELDS);
  if (first !== undefined) return { focus: `settings-field:${first}`, announce: { type: 'errors', count: Object.keys(view.errors).length } };
  return failed ? { focus: 'settings-failure' } : null;
}

/** Focus and announcement after a transition: what changed is said; focus never stays on something gone. */
export function listFeedback(prev: ListFlowState, next: ListFlowState, action: ListFlowAction): FlowFeedback<ListFocus, ListAnnouncement> | null {
  switch (action.type) {
    case 'retry':
      // The Retry button is gone: the section's heading takes focus.
      return { focus: `${action.section}-heading` };
    case 'account-added':
      return { announce: { type: 'account-added', address: action.account.email } };
    case 'account-reauthorized':
      return { announce: { type: 'account-reauthorized', address: action.account.email } };
    case 'provider-saved':
      return action.inDialog ? { announce: { type: 'provider-saved', name: action.provider.name } } : null;
    case 'show-refusal':
      return { announce: { type: 'refusal', providerId: action.providerId } };
    case 'delete':
      return next.refusal !== prev.refusal && next.refusal ? { announce: { type: 'refusal', providerId: next.refusal.providerId } } : null;
    case 'retry-delete': {
      // The Retry button is gone: back to the Delete button of the row being deleted.
      const failed = prev.failedDeletes[action.kind];
      return failed ? { focus: rowFocus(failed.target, rowIndex(next, failed.target)) } : null;
    }
    case 'delete-succeeded':
    case 'delete-failed':
      return deleteFeedback(prev, next, action.key, action.type === 'delete-succeeded');
    case 'settings-submit':
      return next.submits !== prev.submits && next.settingsSave === prev.settingsSave ? settingsFeedback(next, false) : null;
    case 'settings-failed':
      return prev.settingsSave === action.request ? settingsFeedback(next, true) : null;
    case 'settings-reloaded':
    case 'settings-reload-failed':
      if (prev.settingsReload !== action.request || !next.settings) return null;
      return next.settings.saveFailure
        ? { focus: 'settings-failure' }
        : { focus: 'settings-field:displayName', announce: { type: 'settings-reloaded' } };
    case 'settings-saved':
      return prev.settingsSave === action.request ? { announce: { type: 'account-updated', address: action.account.email } } : null;
    default:
      return null;
  }
}
