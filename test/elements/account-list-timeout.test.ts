import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import { getByRole } from '../helpers/queries.js';
import { answerConfirm, button, focused, listFixture, rowAddresses, settled } from './account-list-helpers.js';

describe('<mail-account-list> calls that never answer', () => {
  it('stops a hanging load after call-timeout, says what failed, and loads again on Retry', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo' });
    adapter.injectFault('listAccounts', { type: 'hang' }, { times: 1 });
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
    expect(adapter.calls.filter((call) => call.method === 'listAccounts')).to.have.length(2);
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
    expect(accounts.querySelector('[role="alert"]')!.textContent).to.contain('Mailbox megan.bowen@contoso.com could not be deleted.').and.contain('took too long');
    expect(rowAddresses(root)).to.have.length(2);
    await waitUntil(() => focused(el) === remove, 'focus did not go back to Delete');
    await expect(el).to.be.accessible();
    button(accounts, 'Retry').click();
    await waitUntil(() => rowAddresses(root).length === 1, 'Retry did not delete');
    expect(rowAddresses(root)).to.deep.equal(['alex.wilber@contoso.com']);
    expect(accounts.querySelector('[role="alert"]')).to.equal(null);
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
