import type { DialogName } from './dialogs.js';

// The wizard and the provider form are half of the library's bytes and most list
// visits open neither: they are fetched, then registered, when a dialog first needs them.
let registries: CustomElementRegistry[] = [];
const loads = new Map<DialogName, Promise<void>>();

/** Remembers where `<mail-account-list>` was defined, so the lazily loaded elements are defined there too. */
export function rememberRegistry(registry: CustomElementRegistry): void {
  if (!registries.includes(registry)) registries = [...registries, registry];
}

function load(name: DialogName): Promise<void> {
  switch (name) {
    case 'wizard':
      return import('../mail-provider-wizard/mail-provider-wizard.js').then(({ MailProviderWizard }) =>
        registries.forEach((registry) => MailProviderWizard.define(registry)),
      );
    case 'provider':
      return import('../provider-settings-form/provider-settings-form.js').then(({ ProviderSettingsForm }) =>
        registries.forEach((registry) => ProviderSettingsForm.define(registry)),
      );
    case 'settings':
      return Promise.resolve();
  }
}

/**
 * Loads and registers the element a dialog shows, once; concurrent calls share the
 * load, and a failed load is forgotten so the next open tries again.
 */
export function elementFor(name: DialogName): Promise<void> {
  let pending = loads.get(name);
  if (!pending) {
    pending = load(name).catch((error: unknown) => {
      loads.delete(name);
      throw error;
    });
    loads.set(name, pending);
  }
  return pending;
}
