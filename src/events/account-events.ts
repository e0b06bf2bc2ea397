import type { MailAccount } from '../model/index.js';
import { mailEvent } from './mail-event.js';

/** A mailbox was connected and saved. The account carries no password, only `hasPassword`. */
export class MailAccountCreatedEvent extends mailEvent('mail-account-created', (account: MailAccount) => ({ account })) {}

/** A mailbox's settings were saved. */
export class MailAccountUpdatedEvent extends mailEvent('mail-account-updated', (account: MailAccount) => ({ account })) {}

/** Intent: the user pressed Add. Cancelable: a host that opens its own flow calls `preventDefault()`. */
export class MailAccountAddEvent extends mailEvent('mail-account-add', (): Record<string, never> => ({}), true) {}

/** Intent: the user confirmed deleting a mailbox. Cancelable. */
export class MailAccountDeleteEvent extends mailEvent('mail-account-delete', (account: MailAccount) => ({ account }), true) {}

/** A mailbox was deleted through the adapter. */
export class MailAccountDeletedEvent extends mailEvent('mail-account-deleted', (accountId: string, email: string) => ({ accountId, email })) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-account-created': MailAccountCreatedEvent;
    'mail-account-updated': MailAccountUpdatedEvent;
    'mail-account-add': MailAccountAddEvent;
    'mail-account-delete': MailAccountDeleteEvent;
    'mail-account-deleted': MailAccountDeletedEvent;
  }
}
