import type { MailAccount } from '../model/index.js';
import { MailEvent } from './mail-event.js';

/** A mailbox was connected and saved. The account carries no password, only `hasPassword`. */
export class MailAccountCreatedEvent extends MailEvent<{ account: MailAccount }> {
  static readonly eventName = 'mail-account-created';
  constructor(account: MailAccount) {
    super(MailAccountCreatedEvent.eventName, { account });
  }
}

/** A mailbox's settings were saved. */
export class MailAccountUpdatedEvent extends MailEvent<{ account: MailAccount }> {
  static readonly eventName = 'mail-account-updated';
  constructor(account: MailAccount) {
    super(MailAccountUpdatedEvent.eventName, { account });
  }
}

/** Intent: the user pressed Add. Cancelable: a host that opens its own flow calls `preventDefault()`. */
export class MailAccountAddEvent extends MailEvent<Record<string, never>> {
  static readonly eventName = 'mail-account-add';
  constructor() {
    super(MailAccountAddEvent.eventName, {}, true);
  }
}

/** Intent: the user confirmed deleting a mailbox. Cancelable. */
export class MailAccountDeleteEvent extends MailEvent<{ account: MailAccount }> {
  static readonly eventName = 'mail-account-delete';
  constructor(account: MailAccount) {
    super(MailAccountDeleteEvent.eventName, { account }, true);
  }
}

/** A mailbox was deleted through the adapter. */
export class MailAccountDeletedEvent extends MailEvent<{ accountId: string; email: string }> {
  static readonly eventName = 'mail-account-deleted';
  constructor(accountId: string, email: string) {
    super(MailAccountDeletedEvent.eventName, { accountId, email });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-account-created': MailAccountCreatedEvent;
    'mail-account-updated': MailAccountUpdatedEvent;
    'mail-account-add': MailAccountAddEvent;
    'mail-account-delete': MailAccountDeleteEvent;
    'mail-account-deleted': MailAccountDeletedEvent;
  }
}
