import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  MailAccountCreatedEvent,
  MailWizardCancelledEvent,
  type MailAccountDeleteEvent,
  type MailAccountDeletedEvent,
} from '../../src/events/index.js';
import { getByRole } from '../helpers/queries.js';
import { toCheckWithPassword } from './wizard-helpers.js';
import { answerConfirm, button, dialog, focusOn, focused, listFixture, rowAddresses, shiftTab } from './account-list-helpers.js';

describe('<mail-account-list> adding and deleting mailboxes', () => {
  it('Add fires mail-account-add and opens the wizard in a modal dialog, focus inside', async () => {
    const { el, root } = await listFixture();
    const add = button(root, 'Add');
    const intent = oneEvent(el, 'mail-account-add');
    add.click();
    const event = await intent;
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open, 'wizard dialog did not open');
    expect(wizardDialog.matches(':modal')).to.equal(true);
    expect(wizardDialog.getAttribute('aria-label')).to.equal('Add mail account');
    const wizard = wizardDialog.querySelector('mail-provider-wizard')!;
    expect(wizard).to.exist;
    expect(wizard.adapter === el.adapter).to.equal(true);
    const active = focused(el);
    expect(active !== null && wizardDialog.contains(active)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('does not open the wizard when the host cancels mail-account-add', async () => {
    const { el, root } = await listFixture();
    el.addEventListener('mail-account-add', (event) => event.preventDefault(), { once: true });
    button(root, 'Add').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(dialog(root, 'wizard-dialog').open).to.equal(false);
    expect(root.querySelector('mail-provider-wizard')).to.equal(null);
  });

  it('shows the new mailbox when the wizard finishes, closes, and gives focus back to Add', async () => {
    const { el, root, adapter } = await listFixture({ latencyMs: 0 });
    const add = button(root, 'Add');
    add.click();
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open);
    const listCalls = adapter.calls.filter((call) => call.method === 'listAccountsPage').length;
    // What the wizard does when its Save succeeds: save through the adapter, then announce it.
    const account = await adapter.saveAccount({
      email: 'new.person@fabrikam.com',
      providerId: 'exchange-fabrikam',
      login: 'new.person',
      displayName: 'New Person',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: null,
      auth: { method: 'basic', password: { action: 'replace', value: 'pw' } },
    });
    wizardDialog.querySelector('mail-provider-wizard')!.dispatchEvent(new MailAccountCreatedEvent(account));
    await focusOn(el, () => add, 'focus did not return to Add');
    expect(wizardDialog.open).to.equal(false);
    expect(rowAddresses(root)).to.deep.equal(['alex.wilber@contoso.com', 'megan.bowen@contoso.com', 'new.person@fabrikam.com']);
    // No full reload: the row came from the event.
    expect(adapter.calls.filter((call) => call.method === 'listAccountsPage')).to.have.length(listCalls);
    await waitUntil(() => root.querySelector('[role="status"].visually-hidden')!.textContent!.includes('Mailbox new.person@fabrikam.com is added.'));
    expect(root.querySelector('mail-provider-wizard')).to.equal(null);
  });

  it('adds a mailbox through the real wizard, end to end', async () => {
    const { el, root, adapter } = await listFixture();
    const add = button(root, 'Add');
    add.click();
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open);
    const wizard = wizardDialog.querySelector('mail-provider-wizard')!;
    await wizard.updateComplete;
    await toCheckWithPassword(wizard, 'Sup3r-secret!', 'pat@fabrikam.com');
    const created = oneEvent(el, 'mail-account-created');
    getByRole(wizard.shadowRoot!, 'button', 'Save').click();
    await created;
    await focusOn(el, () => add, 'focus did not return to Add');
    expect(rowAddresses(root)).to.include('pat@fabrikam.com');
    expect((await adapter.listAccounts()).some((a) => a.email === 'pat@fabrikam.com')).to.equal(true);
    expect(root.querySelector('[data-key] [part~="address"]')).to.exist;
  });

  it('asks before Escape discards what was typed in the wizard', async () => {
    const { root } = await listFixture();
    const add = button(root, 'Add');
    add.focus();
    await sendKeys({ press: 'Enter' });
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open);
    const wizard = wizardDialog.querySelector('mail-provider-wizard')!;
    await wizard.updateComplete;
    getByRole(wizard.shadowRoot!, 'textbox', 'Email address').focus();
    await sendKeys({ type: 'someone@fabrikam.com' });
    await wizard.updateComplete;
    await sendKeys({ press: 'Escape' });
    // The wizard's own question, or the list's if the Escape reached the dialog: either asks.
    const asking = () =>
      [...root.querySelectorAll('dialog'), ...wizard.shadowRoot!.querySelectorAll('dialog')].filter((d) => d !== wizardDialog && d.open);
    await waitUntil(() => asking().length === 1, 'Escape discarded the input without asking');
    await sendKeys({ press: 'Enter' }); // the focused, safe answer
    await waitUntil(() => asking().length === 0);
    expect(wizardDialog.open).to.equal(true);
    expect(getByRole<HTMLInputElement>(wizard.shadowRoot!, 'textbox', 'Email address').value).to.equal('someone@fabrikam.com');
  });

  it('closes when the wizard is cancelled, and focus returns to Add', async () => {
    const { el, root } = await listFixture();
    const add = button(root, 'Add');
    add.click();
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open);
    wizardDialog.querySelector('mail-provider-wizard')!.dispatchEvent(new MailWizardCancelledEvent('email'));
    await focusOn(el, () => add, 'focus did not return to Add');
    expect(wizardDialog.open).to.equal(false);
  });

  it('closes the wizard with Escape and gives focus back to Add', async () => {
    const { el, root } = await listFixture();
    const add = button(root, 'Add');
    add.focus();
    await sendKeys({ press: 'Enter' });
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open, 'Enter on Add did not open the wizard');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !wizardDialog.open, 'Escape did not close the wizard');
    await focusOn(el, () => add, 'focus did not return to Add');
  });

  it('deletes a mailbox after confirmation: events, adapter, row gone, focus on the next row, announced', async () => {
    const { el, root, adapter } = await listFixture();
    const remove = button(root, 'Delete alex.wilber@contoso.com');
    const intent = oneEvent(el, 'mail-account-delete') as Promise<MailAccountDeleteEvent>;
    const done = oneEvent(el, 'mail-account-deleted') as Promise<MailAccountDeletedEvent>;
    remove.click();
    const confirm = dialog(root, 'confirm-dialog');
    await waitUntil(() => confirm.open);
    expect(confirm.textContent).to.contain('Delete the mailbox alex.wilber@contoso.com?');
    // The safe answer has focus.
    expect(focused(el) === confirm.querySelector('button[value="cancel"]')).to.equal(true);
    await expect(el).to.be.accessible();
    await answerConfirm(el, 'confirm');
    const event = await intent;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.account.email).to.equal('alex.wilber@contoso.com');
    expect((await done).detail).to.deep.equal({ accountId: 'mailbox-alex-wilber', email: 'alex.wilber@contoso.com' });
    expect((await adapter.listAccounts()).map((a) => a.email)).to.deep.equal(['megan.bowen@contoso.com']);
    await focusOn(el, () => getByRole(root, 'button', 'Delete megan.bowen@contoso.com'), 'focus did not move to the next row');
    expect(rowAddresses(root)).to.deep.equal(['megan.bowen@contoso.com']);
    await waitUntil(() =>
      root.querySelector('[role="status"].visually-hidden')!.textContent!.includes('Mailbox alex.wilber@contoso.com is deleted.'),
    );
  });

  it('moves focus to Add after the last mailbox is deleted, and shows the invitation', async () => {
    const { el, root, adapter } = await listFixture();
    await adapter.deleteAccount('mailbox-alex-wilber');
    await el.refresh();
    button(root, 'Delete megan.bowen@contoso.com').click();
    await answerConfirm(el, 'confirm');
    await focusOn(el, () => button(root, 'Add'), 'focus did not move to Add');
    expect(root.querySelector('[part~="empty"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('keeps the mailbox when the user cancels, with focus back on its Delete button', async () => {
    const { el, root, adapter } = await listFixture();
    const remove = button(root, 'Delete megan.bowen@contoso.com');
    let fired = false;
    el.addEventListener('mail-account-delete', () => (fired = true));
    remove.click();
    await answerConfirm(el, 'cancel');
    await focusOn(el, () => remove, 'focus did not return to Delete');
    expect(fired).to.equal(false);
    expect(adapter.calls.some((call) => call.method === 'deleteAccount')).to.equal(false);
    expect(rowAddresses(root)).to.have.length(2);
  });

  it('keeps the mailbox when the host cancels mail-account-delete', async () => {
    const { el, root, adapter } = await listFixture();
    el.addEventListener('mail-account-delete', (event) => event.preventDefault(), { once: true });
    let deleted = false;
    el.addEventListener('mail-account-deleted', () => (deleted = true));
    button(root, 'Delete megan.bowen@contoso.com').click();
    await answerConfirm(el, 'confirm');
    await el.updateComplete;
    expect(adapter.calls.some((call) => call.method === 'deleteAccount')).to.equal(false);
    expect(deleted).to.equal(false);
    expect(rowAddresses(root)).to.have.length(2);
  });

  it('shows a failed delete and keeps the row', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault('deleteAccount', { type: 'reject', kind: 'forbidden' }, { times: 1 });
    const remove = button(root, 'Delete megan.bowen@contoso.com');
    remove.click();
    await answerConfirm(el, 'confirm');
    await waitUntil(() => root.querySelector('section[part~="accounts-section"] [role="alert"]'), 'no error shown');
    expect(root.querySelector('section[part~="accounts-section"] [role="alert"]')!.textContent).to.contain('permission');
    expect(rowAddresses(root)).to.have.length(2);
    expect(focused(el) === remove).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('does not ask again while a delete is under way', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault('deleteAccount', { type: 'hang' });
    const remove = button(root, 'Delete megan.bowen@contoso.com');
    remove.click();
    await answerConfirm(el, 'confirm');
    remove.click();
    await el.updateComplete;
    expect(dialog(root, 'confirm-dialog').open).to.equal(false);
    expect(adapter.calls.filter((call) => call.method === 'deleteAccount')).to.have.length(1);
  });

  it('works from the keyboard: Delete, Escape keeps the mailbox, Enter on Delete confirms', async () => {
    const { el, root, adapter } = await listFixture();
    const remove = button(root, 'Delete megan.bowen@contoso.com');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    const confirm = dialog(root, 'confirm-dialog');
    await waitUntil(() => confirm.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !confirm.open);
    await focusOn(el, () => remove, 'focus did not return to Delete');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => confirm.open);
    await shiftTab();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rowAddresses(root).length === 1, 'not deleted');
    expect((await adapter.listAccounts()).map((a) => a.email)).to.deep.equal(['alex.wilber@contoso.com']);
  });
});
