import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { InMemoryAdapter } from '../src/adapter/index.js';
import '../src/define/mail-account-list.js';
import '../src/define/mail-provider-wizard.js';
import { findDeep, findField, typeInto } from './helpers/shadow.js';

/**
 * The two entry points of the source help page, replayed in a miniature host:
 * R3 — the communication panel's Email tab, whose menu offers New account;
 * R4 — the profile's Mail accounts field, whose window lists the mailboxes with Add.
 */
const meta: Meta = {
  title: 'Host scenarios',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

function openDialog(id: string) {
  return (event: Event) => {
    const root = (event.currentTarget as HTMLElement).closest('.host')!;
    root.querySelector<HTMLDialogElement>(`#${id}`)!.showModal();
  };
}

function closeDialog(event: Event): void {
  (event.currentTarget as HTMLElement).closest('dialog')?.close();
}

const hostStyles = html`<style>
  .host { display: grid; gap: 1rem; max-inline-size: 56rem; font-family: system-ui, sans-serif; }
  .panel { border: 1px solid #7d8590; border-radius: 0.5rem; padding: 1rem; }
  .host dialog { inline-size: min(52rem, calc(100vw - 2rem)); border-radius: 0.5rem; background: Canvas; color: CanvasText; }
  .host menu { display: flex; gap: 0.5rem; padding: 0; margin: 0.5rem 0 0; }
  .host button { font: inherit; padding: 0.4rem 0.9rem; }
</style>`;

/** R3: Email tab → New account → the wizard recognises the address's provider. */
export const EmailTabNewAccount: Story = {
  render: () => {
    const adapter = new InMemoryAdapter();
    return html`${hostStyles}
      <div class="host">
        <section class="panel" aria-labelledby="email-tab">
          <h2 id="email-tab">Email</h2>
          <menu aria-label="Email actions">
            <li><button type="button" @click=${openDialog('wizard-dialog')}>New account</button></li>
            <li><button type="button" @click=${openDialog('list-dialog')}>Go to mailbox settings</button></li>
          </menu>
        </section>
        <dialog id="wizard-dialog" aria-label="New account">
          <mail-provider-wizard .adapter=${adapter} @mail-wizard-cancelled=${closeDialog}></mail-provider-wizard>
        </dialog>
        <dialog id="list-dialog" aria-label="Mailbox settings">
          <mail-account-list .adapter=${adapter}></mail-account-list>
          <button type="button" @click=${closeDialog}>Close</button>
        </dialog>
      </div>`;
  },
  play: async ({ canvasElement }) => {
    (await findDeep(canvasElement, 'button', 'New account')).click();
    const dialog = canvasElement.querySelector<HTMLDialogElement>('#wizard-dialog')!;
    await expect(dialog.open).toBe(true);
    typeInto(await findField(dialog, 'Email address'), 'kim@contoso.com');
    (await findDeep(dialog, 'button', 'Next')).click();
    const recognised = await findDeep(dialog, 'p, div', 'Microsoft 365 (Contoso)', { exact: false });
    await expect(recognised).toBeTruthy();
  },
};

/** R4: Profile → Mail accounts → the user's mailboxes → Add opens the same wizard. */
export const ProfileMailAccounts: Story = {
  render: () => {
    const adapter = new InMemoryAdapter();
    return html`${hostStyles}
      <div class="host">
        <section class="panel" aria-labelledby="profile">
          <h2 id="profile">Alex Wilber</h2>
          <p>Mail accounts: <button type="button" @click=${openDialog('accounts-dialog')}>Mail accounts</button></p>
        </section>
        <dialog id="accounts-dialog" aria-label="Mail accounts">
          <mail-account-list .adapter=${adapter}></mail-account-list>
          <button type="button" @click=${closeDialog}>Close</button>
        </dialog>
      </div>`;
  },
  play: async ({ canvasElement }) => {
    (await findDeep(canvasElement, 'button', 'Mail accounts')).click();
    const dialog = canvasElement.querySelector<HTMLDialogElement>('#accounts-dialog')!;
    await findDeep(dialog, '*', 'alex.wilber@contoso.com', { exact: false });
    (await findDeep(dialog, 'button', 'Add')).click();
    const heading = await findDeep(dialog, '[part~="heading"]', 'Add mail account');
    await expect(heading).toBeTruthy();
  },
};
