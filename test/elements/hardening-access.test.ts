// Issue 10, item 13: R1 fails closed. While the permission check is pending, or
// when it failed, no provider control is shown, and the user is told why.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import '../../src/define/mail-account-list.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import { en } from '../../src/i18n/en.js';
import { getByRole } from '../helpers/queries.js';
import { settled } from './account-list-helpers.js';
import { button, click, type, wizardFixture } from './wizard-helpers.js';

function providerControls(root: ShadowRoot): Element[] {
  return [
    ...root.querySelectorAll(
      '#add-provider, [part~="providers-section"] [part~="row-actions"] button, [part~="providers-section"] button[aria-label^="Edit"], [part~="providers-section"] button[aria-label^="Delete"]',
    ),
  ];
}

describe('R1 fails closed in the account list (item 13)', () => {
  it('a failed permission check: no Add provider, no provider rows, and the reason with Retry', async () => {
    const adapter = new InMemoryAdapter({ canManageAdministration: false });
    adapter.injectFault('getPermissions', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    await settled(el);
    const root = el.shadowRoot!;
    expect(providerControls(root)).to.deep.equal([]);
    expect(root.textContent).to.contain(en.access.checkFailed);
    await expect(el).to.be.accessible();
    // Retry reads the right again; the user has none, so still no controls, and the usual note.
    root.querySelector<HTMLButtonElement>('[part~="providers-section"] button')!.click();
    await waitUntil(() => root.textContent!.includes(en.access.cannotManageProviders), 'the right was not read again');
    expect(providerControls(root)).to.deep.equal([]);
  });

  it('a pending permission check: no provider controls, and a status that says the right is being checked', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('getPermissions', { type: 'hang' }, { times: 1 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes(en.access.checking), 'no word about the pending check');
    expect(providerControls(el.shadowRoot!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('with the right, the controls are there (the check is what hides them)', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('#add-provider')).to.not.equal(null);
  });
});

describe('R1 fails closed in the wizard (item 13)', () => {
  it('a pending or failed permission check shows no Add provider, and says why', async () => {
    const { el, root, adapter } = await wizardFixture();
    adapter.injectFault('getPermissions', { type: 'hang' }, { times: 1 });
    await type(el, getByRole(root, 'textbox', 'Email address'), 'pat@unknown-domain.example');
    await click(el, button(root, 'Next'));
    expect(root.querySelector('#add-provider')).to.equal(null);
    expect(root.textContent).to.contain('Looking up the provider');
    await click(el, button(root, 'Back'));
    adapter.injectFault('getPermissions', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    await click(el, button(root, 'Next'));
    await waitUntil(() => root.querySelector('#lookup-failure'), 'no failure shown');
    expect(root.querySelector('#add-provider')).to.equal(null);
    expect(root.querySelector('#lookup-failure')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });
});
