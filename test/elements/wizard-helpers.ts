import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter, type InMemoryAdapterOptions } from '../../src/adapter/index.js';
import '../../src/define/mail-provider-wizard.js';
import type { WizardStep } from '../../src/flows/index.js';
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import { click, type } from '../helpers/interact.js';
import { getByRole } from '../helpers/queries.js';

export interface WizardSetup {
  email?: string;
  locale?: string;
  checkTimeout?: number;
  requireSyncService?: boolean;
}

/** A wizard on a fresh in-memory adapter (demo data unless told otherwise). */
export async function wizardFixture(
  options: InMemoryAdapterOptions = {},
  setup: WizardSetup = {},
): Promise<{ el: MailProviderWizard; adapter: InMemoryAdapter; root: ShadowRoot }> {
  const adapter = new InMemoryAdapter({ data: 'demo', ...options });
  const el = await fixture<MailProviderWizard>(
    html`<mail-provider-wizard
      .adapter=${adapter}
      .email=${setup.email ?? ''}
      .checkTimeout=${setup.checkTimeout ?? 30000}
      .requireSyncService=${setup.requireSyncService ?? true}
      locale=${setup.locale ?? 'en'}
    ></mail-provider-wizard>`,
  );
  await el.updateComplete;
  return { el, adapter, root: el.shadowRoot! };
}

/** An element that renders asynchronously: the wizard, or the provider form inside it. */
export { click, type };

/** Waits until no adapter call the user waits for is running. */
export async function settle(el: MailProviderWizard): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part="panel"][aria-busy="true"]') === null, 'the wizard stayed busy');
  await el.updateComplete;
}

export async function atStep(el: MailProviderWizard, step: WizardStep): Promise<void> {
  await waitUntil(() => el.step === step, `never reached the ${step} step (at ${el.step})`);
  await settle(el);
}

export function button(root: ShadowRoot, name: string): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(root, 'button', name);
}

/** Step 1 → provider step, with the lookup answered. */
export async function toProvider(el: MailProviderWizard, email: string): Promise<void> {
  const root = el.shadowRoot!;
  await type(el, getByRole(root, 'textbox', 'Email address'), email);
  await click(el, button(root, 'Next'));
  await atStep(el, 'provider');
}

/** Provider step → credentials, keeping the shown provider. */
export async function toCredentials(el: MailProviderWizard, email: string): Promise<void> {
  await toProvider(el, email);
  await click(el, button(el.shadowRoot!, 'Next'));
  await atStep(el, 'credentials');
}

/** Through to the check step with Fabrikam's Basic credentials. */
export async function toCheckWithPassword(el: MailProviderWizard, password: string, email = 'pat@fabrikam.com'): Promise<void> {
  await toCredentials(el, email);
  await type(el, getByRole(el.shadowRoot!, 'password', 'Password'), password);
  await click(el, button(el.shadowRoot!, 'Next'));
  await atStep(el, 'check');
}

/** Records the wizard's events with their details, serialised as a host would see them. */
export function recordEvents(el: HTMLElement): { type: string; detail: string }[] {
  const seen: { type: string; detail: string }[] = [];
  const types = [
    'mail-wizard-step-changed',
    'mail-wizard-cancelled',
    'mail-account-created',
    'mail-provider-saved',
    'mail-provider-form-cancelled',
    'input',
    'change',
  ];
  for (const type of types) {
    el.addEventListener(type, (event) => seen.push({ type, detail: JSON.stringify((event as Event & { detail?: unknown }).detail ?? null) }));
  }
  return seen;
}

/** The text of the notice with this id, trimmed; fails when it is missing. */
export function notice(root: ShadowRoot, id: string): string {
  const element = root.getElementById(id);
  expect(element, `#${id}`).to.exist;
  return element!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Whether focus is on the element (in the wizard's shadow root). */
export function focused(root: ShadowRoot, element: Element | null): boolean {
  return element !== null && root.activeElement === element;
}
