import type { ProviderDraft } from '../../model/index.js';
import { LazyElement } from '../internal/lazy-element.js';

/** The new-provider form: needed by few wizard runs, so loaded on the way to it (at the provider step). */
export const embeddedForm = new LazyElement(() =>
  import('../provider-settings-form/provider-settings-form.js').then((module) => module.ProviderSettingsForm),
);

/** The embedded form's defaults, kept per domain: a new object would make the form start over. */
export class FormDefaults {
  private kept: { readonly domain: string; readonly value: Partial<ProviderDraft> } | null = null;

  /** The defaults for a new provider of `domain`: the same object while the domain stays. */
  for(domain: string): Partial<ProviderDraft> {
    if (this.kept?.domain !== domain) this.kept = { domain, value: { domains: [domain] } };
    return this.kept.value;
  }
}
