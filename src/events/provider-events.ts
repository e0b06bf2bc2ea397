import type { MailProvider } from '../model/index.js';
import { mailEvent } from './mail-event.js';

/** A provider was saved through the adapter. The provider carries no secret, only `hasClientSecret`. */
export class MailProviderSavedEvent extends mailEvent('mail-provider-saved', (provider: MailProvider, created: boolean) => ({ provider, created })) {}

/** The user left the provider form without saving (after confirming, when there were changes). */
export class MailProviderFormCancelledEvent extends mailEvent('mail-provider-form-cancelled', (providerId: string | null) => ({ providerId })) {}

/** Intent: the user confirmed deleting a provider. Cancelable: a host may take over. */
export class MailProviderDeleteEvent extends mailEvent('mail-provider-delete', (provider: MailProvider) => ({ provider }), true) {}

/** A provider was deleted through the adapter. */
export class MailProviderDeletedEvent extends mailEvent('mail-provider-deleted', (providerId: string) => ({ providerId })) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mail-provider-saved': MailProviderSavedEvent;
    'mail-provider-form-cancelled': MailProviderFormCancelledEvent;
    'mail-provider-delete': MailProviderDeleteEvent;
    'mail-provider-deleted': MailProviderDeletedEvent;
  }
}
