import type { MailProvider } from '../model/index.js';
import { MailEvent } from './mail-event.js';

/** A provider was saved through the adapter. The provider carries no secret, only `hasClientSecret`. */
export class MailProviderSavedEvent extends MailEvent<{ provider: MailProvider; created: boolean }> {
  static readonly eventName = 'mail-provider-saved';
  constructor(provider: MailProvider, created: boolean) {
    super(MailProviderSavedEvent.eventName, { provider, created });
  }
}

/** The user left the provider form without saving (after confirming, when there were changes). */
export class MailProviderFormCancelledEvent extends MailEvent<{ providerId: string | null }> {
  static readonly eventName = 'mail-provider-form-cancelled';
  constructor(providerId: string | null) {
    super(MailProviderFormCancelledEvent.eventName, { providerId });
  }
}

/** Intent: the user confirmed deleting a provider. Cancelable: a host may take over. */
export class MailProviderDeleteEvent extends MailEvent<{ provider: MailProvider }> {
  static readonly eventName = 'mail-provider-delete';
  constructor(provider: MailProvider) {
    super(MailProviderDeleteEvent.eventName, { provider }, true);
  }
}

/** A provider was deleted through the adapter. */
export class MailProviderDeletedEvent extends MailEvent<{ providerId: string }> {
  static readonly eventName = 'mail-provider-deleted';
  constructor(providerId: string) {
    super(MailProviderDeletedEvent.eventName, { providerId });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-provider-saved': MailProviderSavedEvent;
    'mail-provider-form-cancelled': MailProviderFormCancelledEvent;
    'mail-provider-delete': MailProviderDeleteEvent;
    'mail-provider-deleted': MailProviderDeletedEvent;
  }
}
