import { expect } from '@open-wc/testing';
import { type } from '../helpers/interact.js';
import { getByRole } from '../helpers/queries.js';
import { listFixture } from './account-list-helpers.js';

const providerRows = (root: ShadowRoot): string[] =>
  [...root.querySelectorAll('.providers-viewport [data-index]')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
const providerCount = (root: ShadowRoot): string | null =>
  root.querySelector('section[aria-labelledby="providers-heading"] p.count[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

// Issue 11, item 12: the list's one Filter narrows the providers too.
describe('<mail-account-list> filter covers providers', () => {
  it('narrows the providers by name, address or domain, says how many show, and puts them all back when cleared', async () => {
    const { el, root } = await listFixture();
    const all = providerRows(root).length;
    expect(all).to.equal(3);
    expect(providerCount(root)).to.equal(null);
    const filter = getByRole<HTMLInputElement>(root, 'textbox', 'Filter');

    await type(el, filter, 'FABRIKAM EXCH', false);
    expect(providerRows(root).map((row) => row.split(' Exchange ')[0])).to.deep.equal(['Fabrikam']);
    expect(providerCount(root)).to.equal('Showing 1 of 3');
    await expect(el).to.be.accessible();

    await type(el, filter, 'contoso.onmicrosoft', false);
    expect(providerRows(root)).to.have.length(1);
    expect(providerRows(root)[0]).to.contain('Microsoft 365 (Contoso)');

    await type(el, filter, 'nobody-here', false);
    expect(providerRows(root)).to.deep.equal([]);
    expect(providerCount(root)).to.equal('Showing 0 of 3 — Nothing matches “nobody-here”.');
    await expect(el).to.be.accessible();

    await type(el, filter, '', false);
    expect(providerRows(root)).to.have.length(3);
    expect(providerCount(root)).to.equal(null);
  });
});
