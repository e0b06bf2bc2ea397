import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter, provideMailSetupAdapter, type MailSetupAdapter } from '../../src/adapter/index.js';
import '../../src/define/mail-account-list.js';
import '../../src/define/mail-provider-wizard.js';
import '../../src/define/provider-settings-form.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { click, type } from '../helpers/interact.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { settled } from './account-list-helpers.js';
import { atStep, button, toCredentials } from './wizard-helpers.js';

/**
 * A plain container with elements in it. `fixture` waits a frame for a root that is
 * not a Lit element, and a page the browser has put in the background gets no frames,
 * so the container is mounted synchronously; each test awaits its elements itself.
 */
function mount(template: ReturnType<typeof html>): HTMLDivElement {
  return fixtureSync<HTMLDivElement>(template);
}

/** The addresses in a list's mailbox rows. */
function addresses(list: MailAccountList): string[] {
  return [...list.shadowRoot!.querySelectorAll('[part~="address"]')].map((node) => node.textContent!.trim());
}

/** An adapter with only the contract's required methods: no `subscribe`, like a hand-written one. */
function plain(adapter: InMemoryAdapter): MailSetupAdapter {
  return {
    getPermissions: (o) => adapter.getPermissions(o),
    getSyncServiceStatus: (o) => adapter.getSyncServiceStatus(o),
    listProviders: (o) => adapter.listProviders(o),
    findProviderByDomain: (d, o) => adapter.findProviderByDomain(d, o),
    saveProvider: (i, o) => adapter.saveProvider(i, o),
    deleteProvider: (id, o) => adapter.deleteProvider(id, o),
    listAccounts: (o) => adapter.listAccounts(o),
    saveAccount: (i, o) => adapter.saveAccount(i, o),
    deleteAccount: (id, o) => adapter.deleteAccount(id, o),
    checkConnection: (r, o) => adapter.checkConnection(r, o),
  };
}

describe('adapter provided after the elements connected (the guide’s order)', () => {
  it('the guide’s plain-HTML snippet: the element is in the page first, then provideMailSetupAdapter(document.body-like container, adapter)', async () => {
    const container = mount(html`<div><mail-account-list locale="en"></mail-account-list></div>`);
    const list = container.querySelector('mail-account-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.textContent).to.contain('Mail settings are not connected.');
    provideMailSetupAdapter(container, new InMemoryAdapter({ data: 'demo' }));
    await settled(list);
    expect(list.shadowRoot!.textContent).not.to.contain('Mail settings are not connected.');
    expect(addresses(list)).to.include('alex.wilber@contoso.com');
    await expect(list).to.be.accessible();
  });

  it('works for every element, provided before or after connection', async () => {
    const container = mount(html`<div>
      <provider-settings-form locale="en"></provider-settings-form>
      <mail-provider-wizard locale="en"></mail-provider-wizard>
    </div>`);
    const form = container.querySelector('provider-settings-form')!;
    const wizard = container.querySelector('mail-provider-wizard')!;
    provideMailSetupAdapter(container, new InMemoryAdapter({ data: 'demo' }));
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never loaded');
    await wizard.updateComplete;
    expect(queryByRole(wizard.shadowRoot!, 'textbox', 'Email address')).to.exist;
    // A late element under an existing provider finds it at once.
    const late = document.createElement('mail-account-list');
    late.setAttribute('locale', 'en');
    container.append(late);
    await settled(late);
    expect(addresses(late).length).to.be.greaterThan(0);
  });

  it('a replaced adapter (provide again on the same container) reloads every element from the new one', async () => {
    const container = mount(html`<div><mail-account-list locale="en"></mail-account-list></div>`);
    const list = container.querySelector('mail-account-list')!;
    provideMailSetupAdapter(container, new InMemoryAdapter({ data: 'demo' }));
    await settled(list);
    expect(addresses(list)).to.include('alex.wilber@contoso.com');
    const empty = new InMemoryAdapter({ data: 'empty' });
    provideMailSetupAdapter(container, empty);
    await waitUntil(() => !addresses(list).includes('alex.wilber@contoso.com'), 'the list kept the old adapter’s mailboxes');
    await settled(list);
    expect(addresses(list)).to.deep.equal([]);
  });
});

describe('elements on one adapter stay current without refresh()', () => {
  for (const kind of ['InMemoryAdapter (has subscribe)', 'a hand-written adapter without subscribe'] as const) {
    it(`a list beside a wizard shows the mailbox the wizard just saved — ${kind}`, async () => {
      const memory = new InMemoryAdapter({ data: 'demo' });
      const adapter = kind.startsWith('InMemory') ? memory : plain(memory);
      const container = mount(html`<div>
        <mail-account-list locale="en" .adapter=${adapter}></mail-account-list>
        <mail-provider-wizard locale="en" .adapter=${adapter}></mail-provider-wizard>
      </div>`);
      const list = container.querySelector<MailAccountList>('mail-account-list')!;
      const wizard = container.querySelector<MailProviderWizard>('mail-provider-wizard')!;
      await settled(list);
      expect(addresses(list)).not.to.include('pat@fabrikam.com');
      await toCredentials(wizard, 'pat@fabrikam.com');
      await type(wizard, getByRole(wizard.shadowRoot!, 'password', 'Password'), 'Sup3r-secret!');
      await click(wizard, button(wizard.shadowRoot!, 'Next'));
      await atStep(wizard, 'check');
      await click(wizard, button(wizard.shadowRoot!, 'Save'));
      await waitUntil(() => addresses(list).includes('pat@fabrikam.com'), 'the list never showed the new mailbox');
    });
  }

  it('a form saving a provider updates the providers section of a list on the same adapter', async () => {
    const adapter = new InMemoryAdapter({ data: 'demo' });
    const container = mount(html`<div>
      <mail-account-list locale="en" .adapter=${adapter}></mail-account-list>
      <provider-settings-form locale="en" .adapter=${adapter}></provider-settings-form>
    </div>`);
    const list = container.querySelector<MailAccountList>('mail-account-list')!;
    const form = container.querySelector<ProviderSettingsForm>('provider-settings-form')!;
    await settled(list);
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form never loaded');
    await adapter.saveProvider({
      type: 'imap-smtp',
      name: 'Tailspin mail',
      incoming: { host: 'imap.tailspin.example', port: 993, security: 'ssl' },
      outgoing: { host: 'smtp.tailspin.example', port: 465, security: 'ssl' },
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      auth: { method: 'basic' },
      domains: ['tailspin.example'],
    });
    await waitUntil(() => list.shadowRoot!.textContent!.includes('Tailspin mail'), 'the list never showed the new provider');
  });
});
