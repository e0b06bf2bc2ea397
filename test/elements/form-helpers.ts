import { fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../src/adapter/index.js';
import '../../src/define/provider-settings-form.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import type { MailProvider } from '../../src/model/index.js';
import { type } from '../helpers/interact.js';
import { getByRole } from '../helpers/queries.js';

export { click, type } from '../helpers/interact.js';

export const GUID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** A form on a fresh in-memory adapter, loaded and ready. */
export async function formFixture(
  options: InMemoryAdapterOptions = {},
  setup: { provider?: MailProvider; locale?: string } = {},
): Promise<{ el: ProviderSettingsForm; adapter: InMemoryAdapter; root: ShadowRoot }> {
  const adapter = new InMemoryAdapter({ data: 'demo', ...options });
  const el = await fixture<ProviderSettingsForm>(
    html`<provider-settings-form .adapter=${adapter} .provider=${setup.provider ?? null} locale=${setup.locale ?? 'en'}></provider-settings-form>`,
  );
  // The fields show at once; the form is ready once it is no longer inert (loaded), or
  // the load failed (an alert outside the form: fields have empty alert regions of their own).
  const root = el.shadowRoot!;
  await waitUntil(
    () => root.querySelector('form[part="form"]:not([inert])') ?? [...root.children].find((child) => child.getAttribute('role') === 'alert'),
    'form did not load',
  );
  await el.updateComplete;
  return { el, adapter, root: el.shadowRoot! };
}

/** Fills a valid new Exchange provider with OAuth 2.0. */
export async function fillValidExchange(el: ProviderSettingsForm, root: ShadowRoot, name = 'Contoso cloud'): Promise<void> {
  await type(el, getByRole(root, 'textbox', 'Name'), name);
  await type(el, getByRole(root, 'textbox', 'Mail service address'), 'mail.contoso.example');
  await type(el, getByRole(root, 'textbox', 'Application (client) ID'), GUID);
  await type(el, getByRole(root, 'password', 'Client secret'), 'top-secret-value');
}

export function apply(root: ShadowRoot): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(root, 'button', 'Apply');
}

/** Waits for the adapter call started by Apply to settle. */
export async function settle(el: ProviderSettingsForm): Promise<void> {
  await waitUntil(() => !el.shadowRoot!.querySelector('form[aria-busy="true"]'), 'save did not finish');
  await el.updateComplete;
}
