import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoData } from '../../src/adapter/index.js';
import type { MailProvider } from '../../src/model/index.js';
import { type } from '../helpers/interact.js';
import { toProvider, wizardFixture } from './wizard-helpers.js';

function manyProviders(count: number): MailProvider[] {
  const template = createDemoData().providers[0]!;
  return Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `p-${i}`,
    name: `Provider ${String(i).padStart(5, '0')}`,
    domains: [`p${i}.example.com`],
  }));
}

const searchField = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type="search"]#provider-filter')!;
const radios = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[name="provider"]')];

// Issue 11, item 12: a choice of 10,000 providers is filterable and windowed.
describe('<mail-provider-wizard> choice among many providers', () => {
  it('renders a few hundred elements at most for 10,000 providers, each radio saying where it stands', async () => {
    const { el, root } = await wizardFixture({ data: { providers: manyProviders(10_000), accounts: [] } });
    await toProvider(el, 'kim@newcorp.example');
    await waitUntil(() => radios(root).length > 0, 'no provider radios');
    expect(root.querySelectorAll('*').length).to.be.lessThan(400);
    expect(radios(root).length).to.be.lessThan(60);
    const [first] = radios(root);
    expect(first!.getAttribute('aria-setsize')).to.equal('10000');
    expect(first!.getAttribute('aria-posinset')).to.equal('1');
    expect(searchField(root).labels![0]!.textContent).to.equal('Find a provider');
    await expect(el).to.be.accessible();
  });

  it('narrows the list as the user types, says how many match, and chooses a match', async () => {
    const { el, root } = await wizardFixture({ data: { providers: manyProviders(10_000), accounts: [] } });
    await toProvider(el, 'kim@newcorp.example');
    const search = searchField(root);
    await type(el, search, 'provider 0999', false);
    expect(radios(root).map((radio) => radio.labels![0]!.textContent)).to.have.length(10);
    expect(root.querySelector('p.count[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Showing 10 of 10,000');
    radios(root)[2]!.click();
    await el.updateComplete;
    expect(radios(root)[2]!.checked).to.equal(true);
    await type(el, search, 'nothing like this', false);
    expect(radios(root)).to.have.length(0);
    expect(root.querySelector('p.count[role="status"]')!.textContent).to.contain('Nothing matches “nothing like this”.');
    await expect(el).to.be.accessible();
  });

  it('moves through the whole list with the arrow keys, past the rendered rows', async () => {
    const { el, root } = await wizardFixture({ data: { providers: manyProviders(200), accounts: [] } });
    await toProvider(el, 'kim@newcorp.example');
    radios(root)[0]!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => root.activeElement?.getAttribute('aria-posinset') === '200', 'End did not reach the last provider');
    expect((root.activeElement as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement?.getAttribute('aria-posinset')).to.equal('200');
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => root.activeElement?.getAttribute('aria-posinset') === '199', 'ArrowUp did not move back');
    await expect(el).to.be.accessible();
  });

  it('names the search field in Russian too', async () => {
    const { el, root } = await wizardFixture({ data: { providers: manyProviders(50), accounts: [] } }, { locale: 'ru' });
    await toProvider(el, 'kim@newcorp.example');
    await waitUntil(() => searchField(root)?.labels![0]!.textContent === 'Найти провайдера', 'no Russian name');
    await expect(el).to.be.accessible();
  });

  it('keeps plain radios, without a search field, for a few providers', async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'kim@newcorp.example');
    expect(root.querySelector('#provider-filter')).to.equal(null);
    expect(radios(root).length).to.be.greaterThan(0);
  });
});
