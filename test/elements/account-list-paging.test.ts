import { expect, waitUntil } from '@open-wc/testing';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import { at } from '../helpers/at.js';
import { getByRole } from '../helpers/queries.js';
import { button, listFixture, manyMailboxes, rowAddresses, settled, type } from './account-list-helpers.js';

const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.accounts-viewport [part~="row"]')];
const count = (root: ShadowRoot) => root.querySelector('[part~="count"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function scrollToRow(el: MailAccountList, index: number): Promise<void> {
  const root = el.shadowRoot!;
  const viewport = root.querySelector<HTMLElement>('.accounts-viewport')!;
  // Rows are spaced by the tallest in view (a row's text may wrap).
  viewport.scrollTop = (at(rows(root), 1).offsetTop - at(rows(root), 0).offsetTop) * index;
  viewport.dispatchEvent(new Event('scroll'));
  await el.updateComplete;
}

describe('<mail-account-list> on an adapter that pages (listAccountsPage)', () => {
  it('shows the first page at once, counts what is loaded, and says the size is not known yet', async () => {
    const { el, root, adapter } = await listFixture({ data: manyMailboxes(10_000) });
    expect(adapter.calls.filter((call) => call.method === 'listAccounts')).to.have.length(0);
    expect(adapter.calls.filter((call) => call.method === 'listAccountsPage')).to.have.length(1);
    expect(count(root)).to.equal('Showing 500 of the first 500 — more load as you scroll');
    expect(at(rows(root), 0).getAttribute('aria-setsize')).to.equal('-1');
    // Provider counts would be undercounts: none show until every mailbox is in.
    expect(root.querySelector('.providers-viewport [part~="count"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loads the next page as the user scrolls near the end of what is loaded', async () => {
    const { el, root, adapter } = await listFixture({ data: manyMailboxes(10_000) });
    await scrollToRow(el, 100);
    expect(adapter.calls.filter((call) => call.method === 'listAccountsPage')).to.have.length(1);
    await scrollToRow(el, 400);
    await settled(el);
    expect(count(root)).to.equal('Showing 1,000 of the first 1,000 — more load as you scroll');
    await scrollToRow(el, 600);
    expect(rows(root).map((row) => row.getAttribute('aria-posinset'))).to.include('601');
  });

  it('reads every page for a filter, then counts all of them', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(10_000) });
    const filter = getByRole<HTMLInputElement>(root, 'textbox', 'Filter');
    await type(el, filter, 'USER0999', false);
    await settled(el);
    expect(count(root)).to.equal('Showing 10 of 10,002');
    expect(rowAddresses(root).length).to.be.within(1, 10);
    expect(rowAddresses(root).every((address) => address.startsWith('user0999'))).to.equal(true);
    await type(el, filter, '', false);
    expect(count(root)).to.equal('Showing 10,002 of 10,002');
    expect(at(rows(root), 0).getAttribute('aria-setsize')).to.equal('10002');
  });

  it('keeps the rows it has when a further page fails, and loads it on Retry', async () => {
    const { el, root, adapter } = await listFixture({ data: manyMailboxes(1_000) });
    adapter.injectFault('listAccountsPage', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    await scrollToRow(el, 400);
    await settled(el);
    const accounts = root.querySelector('section[part~="accounts-section"]')!;
    expect(getByRole(accounts, 'alert').textContent).to.contain('The rest of the mail accounts did not load.').and.contain('cannot be reached');
    expect(count(root)).to.equal('Showing 500 of the first 500');
    await expect(el).to.be.accessible();
    button(accounts, 'Retry').click();
    await settled(el);
    expect(count(root)).to.equal('Showing 1,000 of the first 1,000 — more load as you scroll');
  });
});

describe('<mail-account-list> on an adapter that sends every mailbox at once', () => {
  it('checks the answer a page at a time and ends with every mailbox', async () => {
    const { root } = await listFixture({ data: manyMailboxes(3_000) }, { paging: false });
    expect(count(root)).to.equal('Showing 3,002 of 3,002');
  });

  it('still refuses a malformed mailbox, with the error and Retry, keeping the rows checked before it', async () => {
    const data = manyMailboxes(1_500);
    (data.accounts[1_200] as { email: unknown }).email = 42;
    const { el, root } = await listFixture({ data }, { paging: false });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown');
    await settled(el);
    expect(getByRole(root, 'alert').textContent).to.contain('The rest of the mail accounts did not load.');
    expect(count(root)).to.equal('Showing 500 of the first 500');
  });
});
