import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import { getByRole } from '../helpers/queries.js';
import { answerConfirm, button, dialog, focused, listFixture, rowAddresses, settled, type } from './account-list-helpers.js';

describe('<mail-account-list> calls that never answer', () => {
  it('stops a hanging load after call-timeout, says what failed, and loads again on Retry', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo' });
    adapter.injectFault('listAccountsPage', { type: 'hang' }, { times: 1 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" call-timeout="50" .adapter=${adapter}></mail-account-list>`);
    expect(el.callTimeout).to.equal(50);
    const root = el.shadowRoot!;
    const accounts = (): Element => root.querySelector('section[part~="accounts-section"]')!;
    await waitUntil(() => accounts().querySelector('[role="alert"]'), 'the hanging load did not stop');
    expect(accounts().querySelector('[role="alert"]')!.textContent).to.contain('Mail accounts could not be loaded.').and.contain('took too long');
    expect(accounts().getAttribute('aria-busy')).to.equal('false');
    // The providers, which answered, stay.
    expect(root.querySelectorAll('.providers-viewport [part~="row"]')).to.have.length(3);
    await expect(el).to.be.accessible();
    button(accounts(), 'Retry').click();
    await settled(el);
    expect(rowAddresses(root)).to.have.length(2);
    expect(focused(el) === getByRole(root, 'heading', 'Mail accounts')).to.equal(true);
    expect(adapter.calls.filter((call) => call.method === 'listAccountsPage')).to.have.length(2);
  });

  it('stops a hanging delete, keeps the row, and deletes it on Retry', async () => {
    const { el, root, adapter } = await listFixture();
    el.callTimeout = 50;
    adapter.injectFault('deleteAccount', { type: 'hang' }, { times: 1 });
    const remove = button(root, 'Delete megan.bowen@contoso.com');
    remove.click();
    await answerConfirm(el, 'confirm');
    const accounts = root.querySelector('section[part~="accounts-section"]')!;
    await waitUntil(() => accounts.querySelector('[role="alert"]'), 'the hanging delete did not stop');
    expect(accounts.querySelector('[role="alert"]')!.textContent)
      .to.contain('Mailbox megan.bowen@contoso.com could not be deleted.')
      .and.contain('took too long');
    expect(rowAddresses(root)).to.have.length(2);
    await waitUntil(() => focused(el) === remove, 'focus did not go back to Delete');
    await expect(el).to.be.accessible();
    button(accounts, 'Retry').click();
    await waitUntil(() => rowAddresses(root).length === 1, 'Retry did not delete');
    expect(rowAddresses(root)).to.deep.equal(['alex.wilber@contoso.com']);
    expect(accounts.querySelector('[role="alert"]')).to.equal(null);
    await waitUntil(() => focused(el) === button(root, 'Delete alex.wilber@contoso.com'), 'focus did not move on to the next row');
  });

  it('stops a hanging settings save, keeps what was typed, and saves on the next Save', async () => {
    const { el, root, adapter } = await listFixture();
    el.callTimeout = 50;
    adapter.injectFault('saveAccount', { type: 'hang' }, { times: 1 });
    button(root, 'Edit megan.bowen@contoso.com').click();
    const settings = dialog(root, 'settings-dialog');
    await waitUntil(() => settings.open, 'settings did not open');
    await el.updateComplete;
    await type(el, getByRole(settings, 'textbox', 'Sender display name'), 'Megan B.');
    button(settings, 'Save').click();
    await waitUntil(() => settings.querySelector('#settings-failure'), 'the hanging save did not stop');
    const failure = settings.querySelector<HTMLElement>('#settings-failure')!;
    expect(failure.textContent).to.contain('took too long');
    await waitUntil(() => focused(el) === failure, 'focus did not go to the failure');
    expect(getByRole<HTMLInputElement>(settings, 'textbox', 'Sender display name').value).to.equal('Megan B.');
    await expect(el).to.be.accessible();
    button(settings, 'Save').click();
    await waitUntil(() => !settings.open, 'the second Save did not save');
    expect((await adapter.listAccounts()).find((a) => a.email === 'megan.bowen@contoso.com')!.displayName).to.equal('Megan B.');
  });

  it('finishes loading after being moved in the page mid-load', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo', latencyMs: 40 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('section[aria-busy="true"]')).to.exist;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await settled(el);
    expect(rowAddresses(el.shadowRoot!)).to.have.length(2);
    other.remove();
  });

  it('defaults to the shared time limit and ignores a nonsense one', async () => {
    const { el } = await listFixture();
    expect(el.callTimeout).to.equal(30_000);
    el.setAttribute('call-timeout', 'soon');
    await el.updateComplete;
    expect(el.callTimeout).to.be.NaN;
    // Still loads: a nonsense limit falls back to the default instead of stopping every call at once.
    await el.refresh();
    expect(rowAddresses(el.shadowRoot!)).to.have.length(2);
  });
});
