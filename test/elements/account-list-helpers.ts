import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryAdapter, createDemoData, type InMemoryAdapterOptions, type InMemoryData } from '../../src/adapter/index.js';
import '../../src/define/mail-account-list.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import type { MailAccount } from '../../src/model/index.js';
import { getByRole } from '../helpers/queries.js';

/** A list on a fresh in-memory adapter (the demo seed unless told otherwise), loaded. */
export async function listFixture(
  options: InMemoryAdapterOptions = {},
  setup: { locale?: string; wait?: boolean } = {},
): Promise<{ el: MailAccountList; adapter: InMemoryAdapter; root: ShadowRoot }> {
  const adapter = new InMemoryAdapter({ data: 'demo', ...options });
  const el = await fixture<MailAccountList>(html`<mail-account-list .adapter=${adapter} locale=${setup.locale ?? 'en'}></mail-account-list>`);
  if (setup.wait !== false) await settled(el);
  return { el, adapter, root: el.shadowRoot! };
}

/** Waits until no section is busy loading. */
export async function settled(el: MailAccountList): Promise<void> {
  // First let a load that was just started render its busy state.
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('section') && !el.shadowRoot!.querySelector('section[aria-busy="true"]'), 'list did not load');
  await el.updateComplete;
}

/** The demo seed plus `count` generated mailboxes on the IMAP provider. */
export function manyMailboxes(count: number): InMemoryData {
  const data = createDemoData();
  const extra: MailAccount[] = Array.from({ length: count }, (_, i) => ({
    id: `bulk-${i}`,
    email: `user${String(i).padStart(5, '0')}@northwindtraders.com`,
    providerId: 'imap-northwind',
    login: `user${i}`,
    displayName: `User ${i}`,
    loadEmails: true,
    sendEmails: i % 3 !== 0,
    isDefault: false,
    isShared: false,
    loadFrom: null,
    status: 'connected',
    auth: { method: 'basic', hasPassword: true },
  }));
  return { providers: data.providers, accounts: [...data.accounts, ...extra] };
}

export function dialog(
  root: ShadowRoot,
  id: 'wizard-dialog' | 'provider-dialog' | 'settings-dialog' | 'confirm-dialog' | 'check-dialog',
): HTMLDialogElement {
  return root.querySelector<HTMLDialogElement>(`#${id}`)!;
}

/** Answers the open confirmation dialog as a user would, with its button. */
export async function answerConfirm(el: MailAccountList, answer: 'confirm' | 'cancel'): Promise<void> {
  const confirm = dialog(el.shadowRoot!, 'confirm-dialog');
  await waitUntil(() => confirm.open, 'no confirmation asked');
  confirm.querySelector<HTMLButtonElement>(`button[value="${answer}"]`)!.click();
  await waitUntil(() => !confirm.open);
  await el.updateComplete;
}

/** The element that holds focus inside the list's shadow root (null when focus is elsewhere). */
export function focused(el: MailAccountList): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Waits until `target` holds focus inside the list; a dialog's `close` fires after it closes. */
export async function focusOn(el: MailAccountList, target: () => Element | null, message: string): Promise<void> {
  await waitUntil(() => {
    const wanted = target();
    return wanted !== null && focused(el) === wanted;
  }, message);
}

/** The addresses of the rendered mailbox rows, in order. */
export function rowAddresses(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('.accounts-viewport [part~="address"]')].map((cell) => cell.textContent!.trim());
}

export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(root, 'button', name);
}

export { type } from '../helpers/interact.js';

/** Shift+Tab (sendKeys presses one key at a time). */
export async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
