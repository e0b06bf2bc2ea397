import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MailProviderDeleteEvent, MailProviderDeletedEvent, MailProviderSavedEvent } from '../../src/events/index.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { answerConfirm, button, dialog, focusOn, focused, listFixture, shiftTab } from './account-list-helpers.js';

async function openForm(el: HTMLElement, root: ShadowRoot, opener: HTMLButtonElement): Promise<ProviderSettingsForm> {
  opener.click();
  const providerDialog = dialog(root, 'provider-dialog');
  await waitUntil(() => providerDialog.open, 'provider dialog did not open');
  const form = providerDialog.querySelector('provider-settings-form')!;
  await waitUntil(() => form.shadowRoot?.querySelector('form[part="form"]:not([inert])'), 'form did not load');
  await form.updateComplete;
  void el;
  return form;
}

describe('<mail-account-list> providers', () => {
  it('refuses to delete a provider in use before any request: explained, and pressing it opens the delete preview (R15)', async () => {
    const { el, root, adapter } = await listFixture();
    const remove = button(root, 'Delete Microsoft 365 (Contoso)');
    expect(remove.hasAttribute('aria-disabled')).to.equal(false);
    expect(remove.disabled).to.equal(false);
    expect(description(remove)).to.equal(
      'Microsoft 365 (Contoso) cannot be deleted: 2 mailboxes use it. Delete those mailboxes first. Used by alex.wilber@contoso.com, megan.bowen@contoso.com.',
    );
    let asked = false;
    el.addEventListener('mail-provider-delete', () => (asked = true));
    remove.focus();
    await sendKeys({ press: 'Enter' });
    // The delete preview says why and lists the mailboxes (see account-list-delete-preview.test.ts).
    const preview = dialog(root, 'confirm-dialog');
    await waitUntil(() => preview.open, 'pressing it did not show why');
    expect(preview.textContent).to.contain('cannot be deleted');
    expect(preview.querySelector('button[value="confirm"]')).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !preview.open);
    expect(asked).to.equal(false);
    expect(adapter.calls.some((call) => call.method === 'deleteProvider')).to.equal(false);
    expect(focused(el) === remove).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows an in-use refusal from the adapter (a race) the same way', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault(
      'deleteProvider',
      {
        type: 'reject',
        kind: 'in-use',
        details: { mailboxes: ['a@northwindtraders.com', 'b@northwindtraders.com', 'c@northwindtraders.com', 'd@northwindtraders.com'] },
      },
      { times: 1 },
    );
    const remove = button(root, 'Delete Northwind Mail');
    expect(remove.hasAttribute('aria-disabled')).to.equal(false);
    remove.click();
    await answerConfirm(el, 'confirm');
    await waitUntil(() => root.querySelector('#refusal'), 'refusal not shown');
    const text =
      'Northwind Mail cannot be deleted: 4 mailboxes use it. Delete those mailboxes first. Used by a@northwindtraders.com, b@northwindtraders.com, c@northwindtraders.com and 1 more.';
    expect(root.querySelector('#refusal')!.textContent!.trim()).to.equal(text);
    expect(remove.hasAttribute('aria-disabled')).to.equal(false);
    expect(description(remove)).to.equal(text);
    expect(focused(el) === remove).to.equal(true);
    expect(root.querySelectorAll('.providers-viewport [part~="row"]')).to.have.length(3);
    // Pressing it again asks nothing and sends nothing: the delete preview lists the four.
    adapter.clearCalls();
    remove.click();
    const preview = dialog(root, 'confirm-dialog');
    await waitUntil(() => preview.open, 'no delete preview');
    expect(preview.querySelectorAll('li')).to.have.length(4);
    expect(preview.querySelector('button[value="confirm"]')).to.equal(null);
    expect(adapter.calls).to.deep.equal([]);
    preview.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    await waitUntil(() => !preview.open);
    await expect(el).to.be.accessible();
  });

  it('says so in general terms when the adapter refuses without naming mailboxes', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault('deleteProvider', { type: 'reject', kind: 'in-use' }, { times: 1 });
    button(root, 'Delete Northwind Mail').click();
    await answerConfirm(el, 'confirm');
    await waitUntil(() => root.querySelector('#refusal'));
    expect(root.querySelector('#refusal')!.textContent).to.contain('still used by mailboxes');
  });

  it('allows deleting once its mailboxes are gone', async () => {
    const { el, root } = await listFixture();
    for (const address of ['alex.wilber@contoso.com', 'megan.bowen@contoso.com']) {
      button(root, `Delete ${address}`).click();
      await answerConfirm(el, 'confirm');
      await waitUntil(() => !queryByRole(root, 'button', `Delete ${address}`));
    }
    const remove = button(root, 'Delete Microsoft 365 (Contoso)');
    expect(remove.hasAttribute('aria-disabled')).to.equal(false);
    expect(remove.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('deletes an unused provider after confirmation: events, adapter, row gone, focus moves on', async () => {
    const { el, root, adapter } = await listFixture();
    const intent = oneEvent(el, 'mail-provider-delete') as Promise<MailProviderDeleteEvent>;
    const done = oneEvent(el, 'mail-provider-deleted') as Promise<MailProviderDeletedEvent>;
    button(root, 'Delete Northwind Mail').click();
    await waitUntil(() => dialog(root, 'confirm-dialog').open);
    expect(dialog(root, 'confirm-dialog').textContent).to.contain('Delete the provider Northwind Mail?');
    await answerConfirm(el, 'confirm');
    expect((await intent).detail.provider.id).to.equal('imap-northwind');
    expect((await done).detail).to.deep.equal({ providerId: 'imap-northwind' });
    expect((await adapter.listProviders()).map((p) => p.id)).to.deep.equal(['m365-contoso', 'exchange-fabrikam']);
    await focusOn(el, () => button(root, 'Delete Fabrikam Exchange'), 'focus did not move to the previous row');
    await waitUntil(() => root.querySelector('[role="status"].visually-hidden')!.textContent!.includes('Provider Northwind Mail is deleted.'));
  });

  it('deletes nothing when the user or the host cancels', async () => {
    const { el, root, adapter } = await listFixture();
    const remove = button(root, 'Delete Northwind Mail');
    remove.click();
    await answerConfirm(el, 'cancel');
    await focusOn(el, () => remove, 'focus did not return to Delete');
    el.addEventListener('mail-provider-delete', (event) => event.preventDefault(), { once: true });
    remove.click();
    await answerConfirm(el, 'confirm');
    await el.updateComplete;
    expect(adapter.calls.some((call) => call.method === 'deleteProvider')).to.equal(false);
    expect(root.querySelectorAll('.providers-viewport [part~="row"]')).to.have.length(3);
  });

  it('shows another failed provider delete as an error', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault('deleteProvider', { type: 'reject', kind: 'forbidden' }, { times: 1 });
    button(root, 'Delete Northwind Mail').click();
    await answerConfirm(el, 'confirm');
    const section = root.querySelector('section[part~="providers-section"]')!;
    await waitUntil(() => section.querySelector('[role="alert"]'));
    expect(section.querySelector('[role="alert"]')!.textContent).to.contain('CanManageAdministration');
  });

  it('edits a provider in a dialog: pre-filled, saved, row updated, mailboxes refreshed, focus back (round trip)', async () => {
    const { el, root, adapter } = await listFixture();
    const edit = button(root, 'Edit Fabrikam Exchange');
    const form = await openForm(el, root, edit);
    const providerDialog = dialog(root, 'provider-dialog');
    expect(providerDialog.matches(':modal')).to.equal(true);
    expect(providerDialog.getAttribute('aria-label')).to.equal('Mail provider Fabrikam Exchange');
    expect(form.provider?.id).to.equal('exchange-fabrikam');
    // Focus went into the dialog, then onto the form's first control once it loaded.
    await waitUntil(() => form.shadowRoot!.activeElement === getByRole(form.shadowRoot!, 'radio', 'Exchange'), 'focus did not move into the form');
    const name = getByRole<HTMLInputElement>(form.shadowRoot!, 'textbox', 'Name');
    expect(name.value).to.equal('Fabrikam Exchange');
    await expect(el).to.be.accessible();
    name.value = 'Fabrikam Mail';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    const saved = oneEvent(el, 'mail-provider-saved') as Promise<MailProviderSavedEvent>;
    getByRole(form.shadowRoot!, 'button', 'Apply').click();
    expect((await saved).detail.provider.name).to.equal('Fabrikam Mail');
    await focusOn(el, () => queryByRole(root, 'button', 'Edit Fabrikam Mail'), 'focus did not return to Edit');
    expect(providerDialog.open).to.equal(false);
    expect(queryByRole(root, 'button', 'Edit Fabrikam Exchange')).to.equal(null);
    expect((await adapter.listProviders()).find((p) => p.id === 'exchange-fabrikam')!.name).to.equal('Fabrikam Mail');
    // The first load, the impact preview's read before Apply (issue 11, item 2), then the refresh.
    await waitUntil(() => adapter.calls.filter((c) => c.method === 'listAccounts').length === 3, 'mailboxes not refreshed');
  });

  it('adds a provider with Add provider: the new row appears and focus returns', async () => {
    const { el, root } = await listFixture();
    const add = button(root, 'Add provider');
    const form = await openForm(el, root, add);
    const formRoot = form.shadowRoot!;
    expect(dialog(root, 'provider-dialog').getAttribute('aria-label')).to.equal('New mail provider');
    const fill = async (label: string, value: string, role: 'textbox' | 'password' = 'textbox') => {
      const input = getByRole<HTMLInputElement>(formRoot, role, label);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await form.updateComplete;
    };
    await fill('Name', 'Tailspin Mail');
    await fill('Mail service address', 'mail.tailspin.example');
    await fill('Application (client) ID', '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');
    await fill('Client secret', 'a-secret', 'password');
    getByRole(formRoot, 'button', 'Apply').click();
    await focusOn(el, () => add, 'focus did not return to Add provider');
    const names = [...root.querySelectorAll('.providers-viewport [part~="name"]')].map((n) => n.textContent!.trim());
    expect(names).to.deep.equal(['Microsoft 365 (Contoso)', 'Fabrikam Exchange', 'Northwind Mail', 'Tailspin Mail']);
    expect(root.innerHTML).not.to.contain('a-secret');
  });

  it('closes the form on its Cancel, and on Escape; Escape with changes asks first', async () => {
    const { el, root } = await listFixture();
    const edit = button(root, 'Edit Northwind Mail');
    let form = await openForm(el, root, edit);
    getByRole(form.shadowRoot!, 'button', 'Cancel').click();
    await focusOn(el, () => edit, 'Cancel did not return focus');

    form = await openForm(el, root, edit);
    getByRole<HTMLInputElement>(form.shadowRoot!, 'textbox', 'Name').focus();
    await sendKeys({ press: 'Escape' });
    await focusOn(el, () => edit, 'Escape did not return focus');

    form = await openForm(el, root, edit);
    const name = getByRole<HTMLInputElement>(form.shadowRoot!, 'textbox', 'Name');
    name.focus();
    await sendKeys({ type: 'X' });
    await form.updateComplete;
    expect(form.dirty).to.equal(true);
    await sendKeys({ press: 'Escape' });
    const confirm = dialog(root, 'confirm-dialog');
    await waitUntil(() => confirm.open, 'Escape with changes did not ask');
    // Answered from the keyboard: Enter on the focused, safe answer keeps editing.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !confirm.open);
    expect(dialog(root, 'provider-dialog').open).to.equal(true);
    expect(name.value).to.contain('X');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => confirm.open, 'the second Escape did not ask');
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await focusOn(el, () => edit, 'discarding did not return focus');
    expect(dialog(root, 'provider-dialog').open).to.equal(false);
  });

  it('reaches every provider action from the keyboard', async () => {
    const { el, root } = await listFixture();
    const add = button(root, 'Add provider');
    add.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === button(root, 'Edit Microsoft 365 (Contoso)')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === button(root, 'Delete Microsoft 365 (Contoso)')).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await focusOn(el, () => button(root, 'Delete Fabrikam Exchange'), 'ArrowDown did not move to the next row');
    await sendKeys({ press: 'End' });
    await focusOn(el, () => button(root, 'Delete Northwind Mail'), 'End did not move to the last row');
    await shiftTab();
    expect(focused(el) === button(root, 'Edit Northwind Mail')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(root, 'provider-dialog').open, 'Enter on Edit did not open the form');
  });
});
