import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoData, type InMemoryAdapter } from '../../src/adapter/index.js';
import type { MailAccountUpdatedEvent } from '../../src/events/index.js';
import type { MailAccountInput } from '../../src/model/index.js';
import { at } from '../helpers/at.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { answerConfirm, button, dialog, focusOn, focused, listFixture, type } from './account-list-helpers.js';

/** Records what the list sends to saveAccount. */
function spySaves(adapter: InMemoryAdapter): MailAccountInput[] {
  const inputs: MailAccountInput[] = [];
  const original = adapter.saveAccount.bind(adapter);
  adapter.saveAccount = (input, options) => {
    inputs.push(structuredClone(input));
    return original(input, options);
  };
  return inputs;
}

/** Demo data with a Basic mailbox on Fabrikam Exchange, whose provider only sends. */
function sendOnlyData() {
  const data = createDemoData();
  data.providers[1] = { ...at(data.providers, 1), loadEmails: false };
  data.accounts.push({
    id: 'mailbox-pat',
    email: 'pat@fabrikam.com',
    providerId: 'exchange-fabrikam',
    login: 'pat',
    displayName: 'Pat',
    loadEmails: false,
    sendEmails: true,
    isDefault: false,
    isShared: false,
    loadFrom: null,
    status: 'connected',
    auth: { method: 'basic', hasPassword: true },
  });
  return data;
}

async function openSettings(address: string, options = {}) {
  const fixture = await listFixture(options);
  const { el, root } = fixture;
  const edit = button(root, `Edit ${address}`);
  edit.click();
  const settings = dialog(root, 'settings-dialog');
  await waitUntil(() => settings.open, 'settings did not open');
  await el.updateComplete;
  return { ...fixture, edit, settings };
}

describe('<mail-account-list> mailbox settings', () => {
  it('opens the settings of a mailbox in a modal dialog, pre-filled, focus on the first field', async () => {
    const { el, settings } = await openSettings('alex.wilber@contoso.com');
    expect(settings.matches(':modal')).to.equal(true);
    expect(getByRole(settings, 'heading', 'Settings of alex.wilber@contoso.com')).to.exist;
    const name = getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name');
    expect(name.value).to.equal('Alex Wilber');
    expect(focused(el) === name).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'checkbox', 'Load emails through this mailbox').checked).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'checkbox', 'Send emails through this mailbox').checked).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'checkbox', 'Default mailbox').checked).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'checkbox', 'Shared mailbox').checked).to.equal(false);
    const date = settings.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(date.value).to.equal('2024-01-01');
    expect(settings.querySelector(`label[for="${date.id}"]`)!.textContent).to.equal('Load mail from');
    await expect(el).to.be.accessible();
  });

  it('saves through the adapter, keeps the stored password (B3), updates the row and fires mail-account-updated', async () => {
    const { el, root, adapter, settings, edit } = await openSettings('pat@fabrikam.com', { data: sendOnlyData() });
    const saves = spySaves(adapter);
    await type(el, getByRole(settings, 'textbox', 'Sender display name'), 'Pat Fabrikam');
    getByRole<HTMLInputElement>(settings, 'checkbox', 'Shared mailbox').click();
    const date = settings.querySelector<HTMLInputElement>('input[type="date"]')!;
    await type(el, date, '2025-03-01');
    const updated = oneEvent(el, 'mail-account-updated') as Promise<MailAccountUpdatedEvent>;
    button(settings, 'Save').click();
    const event = await updated;
    expect(event.detail.account).to.deep.include({ displayName: 'Pat Fabrikam', isShared: true, loadFrom: '2025-03-01' });
    expect(at(saves, 0).auth).to.deep.equal({ method: 'basic', password: { action: 'keep' } });
    expect(at(saves, 0)).to.deep.include({ id: 'mailbox-pat', email: 'pat@fabrikam.com', login: 'pat', loadEmails: false });
    await focusOn(el, () => edit, 'focus did not return to Edit');
    expect(settings.open).to.equal(false);
    const row = root.querySelector<HTMLElement>('[data-key="mailbox-pat"]')!;
    expect(row.textContent).to.contain('Shared');
    expect((await adapter.listAccounts()).find((a) => a.id === 'mailbox-pat')!.displayName).to.equal('Pat Fabrikam');
  });

  it('offers loading and sending only where the provider does, and says why not', async () => {
    const { el, settings } = await openSettings('pat@fabrikam.com', { data: sendOnlyData() });
    expect(queryByRole(settings, 'checkbox', 'Load emails through this mailbox')).to.equal(null);
    expect(settings.querySelector('#no-load')!.textContent).to.contain('Fabrikam Exchange does not load emails');
    expect(getByRole(settings, 'checkbox', 'Send emails through this mailbox')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('makes the saved default the only default in the list', async () => {
    const { el, root, settings } = await openSettings('megan.bowen@contoso.com');
    getByRole<HTMLInputElement>(settings, 'checkbox', 'Default mailbox').click();
    await el.updateComplete;
    button(settings, 'Save').click();
    await waitUntil(() => !settings.open, 'not saved');
    const badges = (id: string) => [...root.querySelectorAll(`[data-key="${id}"] .badge.plain`)].map((b) => b.textContent!.trim());
    expect(badges('mailbox-megan-bowen')).to.include('Default');
    expect(badges('mailbox-alex-wilber')).not.to.include('Default');
  });

  it('validates with the model: a too-long name is invalid, described, focused, and nothing is sent', async () => {
    const { el, adapter, settings } = await openSettings('alex.wilber@contoso.com');
    const saves = spySaves(adapter);
    const name = getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name');
    // The name came pre-filled, so its error shows as soon as it is wrong (the feedback rule).
    await type(el, name, 'x'.repeat(101), false);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    getByRole<HTMLInputElement>(settings, 'checkbox', 'Shared mailbox').focus();
    button(settings, 'Save').click();
    await el.updateComplete;
    // Save: still marked, described, and now focused and summarised.
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(description(name)).to.contain('at most 100 characters');
    expect(focused(el) === name).to.equal(true);
    await waitUntil(() => settings.querySelector('[part~="summary"]')!.textContent!.includes('One field needs attention'));
    expect(saves).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('keeps everything typed when the save fails (B2), says why, and shows adapter field errors', async () => {
    const { el, adapter, settings } = await openSettings('alex.wilber@contoso.com');
    adapter.injectFault('saveAccount', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    await type(el, getByRole(settings, 'textbox', 'Sender display name'), 'Alex W.');
    getByRole<HTMLInputElement>(settings, 'checkbox', 'Shared mailbox').click();
    button(settings, 'Save').click();
    await waitUntil(() => settings.querySelector('#settings-failure'), 'no failure shown');
    const failure = settings.querySelector<HTMLElement>('#settings-failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('cannot be reached');
    expect(focused(el) === failure).to.equal(true);
    expect(settings.open).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').value).to.equal('Alex W.');
    expect(getByRole<HTMLInputElement>(settings, 'checkbox', 'Shared mailbox').checked).to.equal(true);
    await expect(el).to.be.accessible();

    adapter.injectFault(
      'saveAccount',
      { type: 'reject', kind: 'invalid', details: { fieldErrors: { displayName: { code: 'required' } } } },
      { times: 1 },
    );
    button(settings, 'Save').click();
    const name = getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name');
    await waitUntil(() => name.getAttribute('aria-invalid') === 'true', 'adapter field error not shown');
    expect(description(name)).to.contain('Fill in this field.');
    expect(focused(el) === name).to.equal(true);
  });

  it('is busy while saving and saves once', async () => {
    const { el, adapter, settings } = await openSettings('alex.wilber@contoso.com');
    adapter.injectFault('saveAccount', { type: 'hang' });
    const save = button(settings, 'Save');
    save.click();
    await el.updateComplete;
    save.click();
    await el.updateComplete;
    expect(settings.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    expect(save.textContent!.trim()).to.equal('Saving…');
    expect(adapter.calls.filter((c) => c.method === 'saveAccount')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('cannot save a mailbox whose sign-in is gone, and says what to do', async () => {
    const data = createDemoData();
    data.accounts[1] = { ...at(data.accounts, 1), auth: { method: 'oauth2', grantRef: null } };
    const { el, adapter, settings } = await openSettings('megan.bowen@contoso.com', { data });
    const notice = settings.querySelector<HTMLElement>('#settings-blocked')!;
    expect(notice.textContent).to.contain('cannot be saved');
    button(settings, 'Save').click();
    await el.updateComplete;
    expect(adapter.calls.some((c) => c.method === 'saveAccount')).to.equal(false);
    expect(button(settings, 'Save').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('Cancel without changes closes at once; with changes it asks first', async () => {
    const { el, settings, edit } = await openSettings('alex.wilber@contoso.com');
    button(settings, 'Cancel').click();
    await focusOn(el, () => edit, 'focus did not return to Edit');
    expect(settings.open).to.equal(false);

    edit.click();
    await waitUntil(() => settings.open);
    await el.updateComplete;
    await type(el, getByRole(settings, 'textbox', 'Sender display name'), 'Changed');
    const cancel = button(settings, 'Cancel');
    cancel.click();
    await answerConfirm(el, 'cancel');
    expect(settings.open).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').value).to.equal('Changed');
    cancel.click();
    await answerConfirm(el, 'confirm');
    await focusOn(el, () => edit, 'focus did not return to Edit');
  });

  it('from the keyboard: Escape closes unchanged settings; with changes it asks first and keeps them', async () => {
    const { el, settings, edit } = await openSettings('alex.wilber@contoso.com');
    await sendKeys({ press: 'Escape' });
    await focusOn(el, () => edit, 'focus did not return to Edit');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => settings.open);
    await el.updateComplete;
    await sendKeys({ type: ' Jr' });
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    const confirm = dialog(el.shadowRoot!, 'confirm-dialog');
    await waitUntil(() => confirm.open, 'Escape with changes did not ask');
    await sendKeys({ press: 'Enter' }); // Keep editing: the focused, safe answer
    await waitUntil(() => !confirm.open);
    expect(settings.open).to.equal(true);
    expect(getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').value).to.contain('Jr');
    // Save from the keyboard: Enter in the text field submits.
    getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !settings.open, 'Enter did not save');
    await focusOn(el, () => edit, 'focus did not return to Edit');
  });
});
