import type { MailSetupChange } from '../../adapter/adapter.js';
import { MailAccountDeletedEvent, MailAccountUpdatedEvent } from '../../events/account-events.js';
import { MailProviderDeletedEvent } from '../../events/provider-events.js';
import {
  deriveAccountList,
  type FailedDelete,
  type ListAnnouncement,
  type ListFlowAction,
  type ListFlowState,
  type ListFocus,
  type MailboxSettingsField,
} from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';
import { refusalText } from './provider-section.js';
import type { RowNavigation } from './row-navigation.js';
import { settingsFieldId } from './parts.js';

/** The words for an announcement the list's flow asks for. */
export function describeAnnouncement(t: Messages, state: ListFlowState, said: ListAnnouncement): string {
  switch (said.type) {
    case 'account-added':
      return t.list.accountAdded(said);
    case 'account-deleted':
      return t.list.accountDeleted(said);
    case 'account-updated':
      return t.list.accountUpdated(said);
    case 'account-reauthorized':
      return t.lifecycle.reauthorized(said);
    case 'provider-saved':
      return t.form.saved(said);
    case 'provider-deleted':
      return t.list.providerDeleted(said);
    case 'errors':
      return t.common.errorSummary(said);
    case 'settings-reloaded':
      return t.common.reloaded;
    case 'refusal': {
      const providers = state.data.providers;
      const provider = providers.status === 'ready' ? providers.items.find((p) => p.id === said.providerId) : undefined;
      const { usage } = deriveAccountList(state.data, state.query);
      return provider ? (refusalText({ t, usage, refusals: state.data.refusals }, provider) ?? '') : '';
    }
  }
}

/** Moves focus to a named target of the list's flow. A row target is that row's Delete button, scrolled into view. */
export function focusListTarget(root: HTMLElement | DocumentFragment, rows: RowNavigation, target: ListFocus): void {
  const [kind, detail = ''] = target.split(':');
  if (kind === 'accounts-row' || kind === 'providers-row') {
    if (Number(detail) >= 0) void rows.focus(kind === 'accounts-row' ? 'accounts' : 'providers', Number(detail), 'delete');
    return;
  }
  const id = kind === 'settings-field' ? settingsFieldId(detail as MailboxSettingsField) : target;
  root.querySelector<HTMLElement>(`#${id}`)?.focus();
}

/** A failed delete as its section shows it: what failed and why (with Retry). */
export function deleteFailure(t: Messages, failure: FailedDelete | null): { readonly what: string; readonly kind: string } | null {
  if (!failure) return null;
  const { target, kind } = failure;
  const what =
    target.kind === 'account'
      ? t.list.accountDeleteFailed({ address: target.account.email })
      : t.list.providerDeleteFailed({ name: target.provider.name });
  return { what, kind };
}

/** The events the host hears about a transition of the list's flow (an accepted outcome). */
export function listEvents(prev: ListFlowState, action: ListFlowAction): Event[] {
  if (action.type === 'settings-saved') return [new MailAccountUpdatedEvent(action.account)];
  if (action.type !== 'delete-succeeded') return [];
  const target = prev.deletes[action.key]?.target;
  if (target?.kind === 'account') return [new MailAccountDeletedEvent(target.account.id, target.account.email)];
  return target ? [new MailProviderDeletedEvent(target.provider.id)] : [];
}

/** The adapter write an accepted action shows in the list, if any: its change notification then brings nothing new. */
export function appliedChange(prev: ListFlowState, action: ListFlowAction): MailSetupChange | null {
  switch (action.type) {
    case 'account-added':
    case 'account-reauthorized':
    case 'settings-saved':
      return { entity: 'account', op: 'saved', id: action.account.id };
    case 'provider-saved':
      return { entity: 'provider', op: 'saved', id: action.provider.id };
    case 'delete-succeeded': {
      const target = prev.deletes[action.key]?.target;
      if (!target) return null;
      return target.kind === 'account'
        ? { entity: 'account', op: 'deleted', id: target.account.id }
        : { entity: 'provider', op: 'deleted', id: target.provider.id };
    }
    default:
      return null;
  }
}
