import { LazyElement } from '../internal/lazy-element.js';

/** The new-provider form: needed by few wizard runs, so loaded on the way to it (at the provider step). */
export const embeddedForm = new LazyElement(() =>
  import('../provider-settings-form/provider-settings-form.js').then((module) => module.ProviderSettingsForm),
);
