import { LazyElement } from '../internal/lazy-element.js';
import type { DialogName } from './dialogs.js';

// The wizard and the provider form are half of the library's bytes and most list
// visits open neither: they are fetched, then registered, when a dialog first needs them.
const wizard = new LazyElement(() => import('../mail-provider-wizard/mail-provider-wizard.js').then((module) => module.MailProviderWizard));
const form = new LazyElement(() => import('../provider-settings-form/provider-settings-form.js').then((module) => module.ProviderSettingsForm));

/** Remembers where `<mail-account-list>` was defined, so the lazily loaded elements are defined there too. */
export function rememberRegistry(registry: CustomElementRegistry): void {
  wizard.remember(registry);
  form.remember(registry);
}

/** Loads and registers the element a dialog shows, once. */
export function elementFor(name: DialogName): Promise<void> {
  return name === 'wizard' ? wizard.ready() : name === 'provider' ? form.ready() : Promise.resolve();
}
