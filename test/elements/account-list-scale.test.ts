import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import { at } from '../helpers/at.js';
import { getByRole } from '../helpers/queries.js';
import { focusOn, focused, listFixture, manyMailboxes, rowAddresses, type } from './account-list-helpers.js';

const rows = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('.accounts-viewport [part~="row"]')];

function viewport(root: ShadowRoot): HTMLElement {
  return root.querySelector<HTMLElement>('.accounts-viewport')!;
}

/** Scrolls as a user would; the scroll event is sent at once, not on the next frame (background tabs get none). */
async function scrollTo(el: MailAccountList, top: number): Promise<void> {
  const scroller = viewport(el.shadowRoot!);
  scroller.scrollTop = top;
  scroller.dispatchEvent(new Event('scroll'));
  await el.updateComplete;
}

describe('<mail-account-list> with thousands of mailboxes (B9)', () => {
  it('renders only the rows in view, each saying where it stands in the whole list', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(10_000) });
    await el.updateComplete;
    const rendered = rows(root);
    expect(rendered.length).to.be.greaterThan(3);
    expect(rendered.length).to.be.lessThan(40);
    expect(at(rendered, 0).getAttribute('aria-setsize')).to.equal('10002');
    expect(at(rendered, 0).getAttribute('aria-posinset')).to.equal('1');
    expect(at(rendered, 1).getAttribute('aria-posinset')).to.equal('2');
    expect(root.querySelector('[part~="list"]')!.getAttribute('role')).to.equal('list');
    expect(root.querySelector('[part~="count"]')!.textContent!.trim()).to.equal('Showing 10,002 of 10,002');
    await expect(el).to.be.accessible();
  });

  it('follows the scroll position', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(10_000) });
    // Rows are spaced by the tallest in view (a row's text may wrap).
    const rowHeight = at(rows(root), 1).offsetTop - at(rows(root), 0).offsetTop;
    await scrollTo(el, rowHeight * 5000);
    const positions = rows(root).map((row) => Number(row.getAttribute('aria-posinset')));
    expect(positions).to.include(5001);
    expect(positions).not.to.include(1);
    expect(rows(root).length).to.be.lessThan(40);
    const row = rows(root).find((r) => r.getAttribute('aria-posinset') === '5001')!;
    expect(row.querySelector('[part~="address"]')!.textContent).to.equal('user04998@northwindtraders.com');
  });

  it('narrows by address or provider name with Filter, and announces the count', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(10_000) });
    const filter = getByRole<HTMLInputElement>(root, 'textbox', 'Filter');
    const count = root.querySelector('[part~="count"]')!;
    expect(count.getAttribute('aria-live')).to.equal('polite');
    await type(el, filter, 'USER0999', false);
    expect(count.textContent!.trim()).to.equal('Showing 10 of 10,002');
    // The rows in view (as many as fit: rows are as tall as the tallest seen), all of them matches.
    expect(rowAddresses(root).length).to.be.within(1, 10);
    expect(rowAddresses(root).every((address) => address.startsWith('user0999'))).to.equal(true);
    expect(at(rows(root), 0).getAttribute('aria-setsize')).to.equal('10');
    await type(el, filter, 'microsoft 365', false);
    expect(rowAddresses(root)).to.deep.equal(['alex.wilber@contoso.com', 'megan.bowen@contoso.com']);
    await type(el, filter, 'nobody-here', false);
    expect(count.textContent).to.contain('Showing 0 of 10,002').and.contain('Nothing matches “nobody-here”.');
    expect(rows(root)).to.have.length(0);
    await expect(el).to.be.accessible();
    await type(el, filter, '', false);
    expect(count.textContent!.trim()).to.equal('Showing 10,002 of 10,002');
  });

  it('moves between rows with the arrow, Page, Home and End keys, rendering the rows it reaches', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(2_000) });
    const firstEdit = getByRole(root, 'button', 'Edit alex.wilber@contoso.com');
    firstEdit.focus();
    await sendKeys({ press: 'ArrowDown' });
    await focusOn(el, () => root.querySelector('[data-index="1"] [data-action="edit"]'), 'ArrowDown');
    await sendKeys({ press: 'End' });
    await focusOn(el, () => root.querySelector('[data-index="2001"] [data-action="edit"]'), 'End');
    expect(focused(el)!.getAttribute('aria-label')).to.equal('Edit user01999@northwindtraders.com');
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => Number(focused(el)?.closest('[data-index]')?.getAttribute('data-index')) < 2001, 'PageUp');
    await sendKeys({ press: 'Home' });
    await focusOn(el, () => (firstEdit.isConnected ? firstEdit : root.querySelector('[data-index="0"] [data-action="edit"]')), 'Home');
    await sendKeys({ press: 'ArrowUp' });
    await focusOn(el, () => root.querySelector('[data-index="0"] [data-action="edit"]'), 'ArrowUp at the top stays');
  });

  it('walks every row with Tab: the window follows focus', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(60) });
    getByRole(root, 'button', 'Edit alex.wilber@contoso.com').focus();
    // Three buttons per row (Check connection, Edit, Delete), four on Megan's (Sign in again): 61 presses reach row 20, well past the first window.
    for (let i = 0; i < 61; i++) await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    const row = focused(el)!.closest('[data-index]')!;
    expect(row.getAttribute('data-index')).to.equal('20');
    expect(focused(el)!.getAttribute('data-action')).to.equal('edit');
  });

  it('keeps the focused row rendered when the list scrolls away from it', async () => {
    const { el, root } = await listFixture({ data: manyMailboxes(2_000) });
    const edit = getByRole(root, 'button', 'Edit alex.wilber@contoso.com');
    edit.focus();
    await scrollTo(el, 50_000);
    expect(edit.isConnected).to.equal(true);
    expect(focused(el) === edit).to.equal(true);
    expect(rows(root).map((r) => r.getAttribute('data-index'))).to.include('0');
  });
});
