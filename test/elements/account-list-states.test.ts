import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { InMemoryAdapter, createDemoData, provideMailSetupAdapter } from '../../src/adapter/index.js';
import type { MailAccountList } from '../../src/elements/mail-account-list/mail-account-list.js';
import { at } from '../helpers/at.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { button, listFixture, rowAddresses, settled } from './account-list-helpers.js';

describe('<mail-account-list> rows and states', () => {
  it('renders each mailbox from the adapter: address, provider, login, loads/sends, status', async () => {
    const { el, root } = await listFixture();
    await expect(el).to.be.accessible();
    expect(getByRole(root, 'heading', 'Mail accounts')).to.exist;
    expect(rowAddresses(root)).to.deep.equal(['alex.wilber@contoso.com', 'megan.bowen@contoso.com']);
    const rows = root.querySelectorAll<HTMLElement>('.accounts-viewport [part~="row"]');
    const [alex, megan] = [at(rows, 0), at(rows, 1)];
    expect(alex.textContent).to.contain('Provider: Microsoft 365 (Contoso)').and.contain('Login: alex.wilber@contoso.com');
    expect(alex.textContent).to.contain('Loads and sends').and.contain('Default');
    expect(alex.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Connected');
    // needs-sign-in, with its true reason (statusReason `grant-revoked`) and what to press.
    expect(megan.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Needs sign-in');
    expect(megan.querySelector('[part~="reason"]')!.textContent).to.contain('The sign-in was revoked.').and.contain('Sign in again');
    expect(megan.textContent).to.contain('Shared');
    expect(button(root, 'Add')).to.exist;
    expect(button(root, 'Edit alex.wilber@contoso.com')).to.exist;
    expect(button(root, 'Delete megan.bowen@contoso.com')).to.exist;
  });

  it('shows an error status with its reason, and a mailbox that neither loads nor sends', async () => {
    const data = createDemoData();
    data.accounts[0] = { ...at(data.accounts, 0), status: 'error', statusReason: 'tls', loadEmails: false, sendEmails: false };
    data.accounts[1] = { ...at(data.accounts, 1), statusReason: 'something-new', loadEmails: false };
    const { root } = await listFixture({ data });
    const rows = root.querySelectorAll<HTMLElement>('.accounts-viewport [part~="row"]');
    const [first, second] = [at(rows, 0), at(rows, 1)];
    expect(first.querySelector('[part~="status-badge"]')!.textContent!.trim()).to.equal('Error');
    expect(first.querySelector('[part~="reason"]')!.textContent).to.contain('secure connection');
    expect(first.textContent).to.contain('Neither loads nor sends');
    expect(second.querySelector('[part~="reason"]')!.textContent).to.contain('Something went wrong');
    expect(second.textContent).to.contain('Sends only');
  });

  it('lists the providers for a user with CanManageAdministration (R1): type, address, domains, mailbox count', async () => {
    const { el, root } = await listFixture();
    expect(getByRole(root, 'heading', 'Mail providers')).to.exist;
    const rows = [...root.querySelectorAll<HTMLElement>('.providers-viewport [part~="row"]')];
    expect(rows.map((row) => row.querySelector('[part~="name"]')!.textContent!.trim())).to.deep.equal([
      'Microsoft 365 (Contoso)',
      'Fabrikam Exchange',
      'Northwind Mail',
    ]);
    expect(at(rows, 0).textContent)
      .to.contain('Exchange')
      .and.contain('outlook.office365.com')
      .and.contain('Domains: contoso.com, contoso.onmicrosoft.com');
    expect(at(rows, 0).querySelector('[part~="count"]')!.textContent!.trim()).to.equal('2 mailboxes');
    expect(at(rows, 2).textContent).to.contain('IMAP/SMTP').and.contain('imap.northwindtraders.com');
    expect(at(rows, 2).querySelector('[part~="count"]')!.textContent!.trim()).to.equal('0 mailboxes');
    expect(button(root, 'Add provider')).to.exist;
    expect(button(root, 'Edit Fabrikam Exchange')).to.exist;
    expect(button(root, 'Delete Northwind Mail')).to.exist;
    expect(root.textContent).not.to.contain('CanManageAdministration');
    await expect(el).to.be.accessible();
  });

  it('hides the providers section without CanManageAdministration, and says why (R1)', async () => {
    const { el, root } = await listFixture({ canManageAdministration: false });
    expect(queryByRole(root, 'heading', 'Mail providers')).to.equal(null);
    expect(queryByRole(root, 'button', 'Add provider')).to.equal(null);
    expect(queryByRole(root, 'button', /^Edit Fabrikam/)).to.equal(null);
    expect(root.querySelector('.access-note')!.textContent).to.contain('CanManageAdministration');
    expect(rowAddresses(root)).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('is busy while loading, with a status that says what loads', async () => {
    const { el, root } = await listFixture({ latencyMs: 10_000 }, { wait: false });
    await el.updateComplete;
    const section = root.querySelector('section[part~="accounts-section"]')!;
    expect(section.getAttribute('aria-busy')).to.equal('true');
    expect(getByRole(root, 'status', 'Loading mail accounts…')).to.exist;
    expect(getByRole(root, 'heading', 'Mail accounts')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('invites the user to add the first mailbox when there is none', async () => {
    const { el, root } = await listFixture({ data: 'empty' });
    expect(root.querySelector('[part~="empty"]')!.textContent).to.contain('No mail accounts yet. Press Add to connect a mailbox.');
    expect(root.querySelector('#filter')).to.equal(null);
    expect(root.querySelector('.providers-viewport')).to.equal(null);
    expect(root.textContent).to.contain('No mail providers yet.');
    await expect(el).to.be.accessible();
  });

  it('shows one adapter error with Retry when nothing loads, and recovers on Retry', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('listAccountsPage', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    adapter.injectFault('listProviders', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no error shown');
    expect(root.querySelectorAll('[role="alert"]')).to.have.length(1);
    expect(getByRole(root, 'alert').textContent).to.contain('Mail accounts could not be loaded.').and.contain('cannot be reached');
    expect(queryByRole(root, 'heading', 'Mail providers')).to.equal(null);
    await expect(el).to.be.accessible();
    button(root, 'Retry').click();
    await settled(el);
    expect(rowAddresses(root)).to.have.length(2);
    expect(getByRole(root, 'heading', 'Mail providers')).to.exist;
    expect(el.shadowRoot!.activeElement === getByRole(root, 'heading', 'Mail accounts')).to.equal(true);
  });

  it('shows a partial failure in its own section: providers loaded, mailboxes failed', async () => {
    const { el, root, adapter } = await listFixture({}, { wait: false });
    adapter.injectFault('listAccountsPage', { type: 'reject', kind: 'timeout' }, { times: 1 });
    await el.refresh();
    await el.updateComplete;
    const accounts = root.querySelector('section[part~="accounts-section"]')!;
    const providers = root.querySelector('section[part~="providers-section"]')!;
    expect(accounts.querySelector('[role="alert"]')!.textContent).to.contain('Mail accounts could not be loaded.').and.contain('took too long');
    expect(providers.querySelectorAll('[part~="row"]')).to.have.length(3);
    // Without the mailboxes, the counts are unknown rather than zero.
    expect(providers.querySelector('[part~="count"]')).to.equal(null);
    await expect(el).to.be.accessible();
    button(accounts, 'Retry').click();
    await settled(el);
    expect(rowAddresses(root)).to.have.length(2);
  });

  it('shows providers that failed to load in the providers section, with Retry', async () => {
    const { el, root, adapter } = await listFixture();
    adapter.injectFault('listProviders', { type: 'reject', kind: 'malformed' }, { times: 1 });
    await el.refresh();
    const providers = root.querySelector('section[part~="providers-section"]')!;
    expect(providers.querySelector('[role="alert"]')!.textContent).to.contain('Mail providers could not be loaded.');
    expect(rowAddresses(root)).to.have.length(2);
    await expect(el).to.be.accessible();
    button(providers, 'Retry').click();
    await settled(el);
    expect(root.querySelectorAll('.providers-viewport [part~="row"]')).to.have.length(3);
  });

  it('tells a user without the right when provider names could not be loaded', async () => {
    const adapter = new InMemoryAdapter({ canManageAdministration: false });
    adapter.injectFault('listProviders', { type: 'reject', kind: 'unknown' }, { times: 1 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    await settled(el);
    const root = el.shadowRoot!;
    expect(getByRole(root, 'alert').textContent).to.contain('Mail providers could not be loaded.');
    expect(root.querySelector('.accounts-viewport [part~="provider"]')!.textContent).to.contain('Unknown provider');
    await expect(el).to.be.accessible();
    button(root, 'Retry').click();
    await settled(el);
    expect(root.querySelector('.accounts-viewport [part~="provider"]')!.textContent).to.contain('Microsoft 365 (Contoso)');
  });

  it('shows the providers section with an error when the right could not be read', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('getPermissions', { type: 'reject', kind: 'forbidden' }, { times: 1 });
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en" .adapter=${adapter}></mail-account-list>`);
    await settled(el);
    const providers = el.shadowRoot!.querySelector('section[part~="providers-section"]')!;
    expect(providers.querySelector('[role="alert"]')!.textContent).to.contain('CanManageAdministration');
    await expect(el).to.be.accessible();
  });

  it('says so when it has no adapter, instead of rendering a blank box', async () => {
    const el = await fixture<MailAccountList>(html`<mail-account-list locale="en"></mail-account-list>`);
    expect(getByRole(el.shadowRoot!, 'alert').textContent).to.contain('Mail settings are not connected.');
    await expect(el).to.be.accessible();
  });

  it('takes its adapter from an ancestor that provides it', async () => {
    const host = document.createElement('div');
    provideMailSetupAdapter(host, new InMemoryAdapter());
    host.innerHTML = '<mail-account-list locale="en"></mail-account-list>';
    document.body.append(host);
    try {
      const el = host.querySelector('mail-account-list')!;
      await settled(el);
      expect(rowAddresses(el.shadowRoot!)).to.have.length(2);
    } finally {
      host.remove();
    }
  });

  it('refresh() shows changes made elsewhere without blanking the rows', async () => {
    const { el, root, adapter } = await listFixture();
    await adapter.deleteAccount('mailbox-megan-bowen');
    expect(rowAddresses(root)).to.have.length(2);
    const refreshing = el.refresh();
    await el.updateComplete;
    expect(root.querySelector('section[part~="accounts-section"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(rowAddresses(root)).to.have.length(2);
    await refreshing;
    await el.updateComplete;
    expect(rowAddresses(root)).to.deep.equal(['alex.wilber@contoso.com']);
  });

  it('speaks Russian with the source page’s labels (B6)', async () => {
    const { el, root } = await listFixture({}, { locale: 'ru' });
    await waitUntil(() => queryByRole(root, 'heading', 'Учетные записи почты'), 'Russian did not load');
    expect(button(root, 'Добавить')).to.exist;
    expect(button(root, 'Добавить провайдер')).to.exist;
    expect(getByRole(root, 'heading', 'Почтовые провайдеры')).to.exist;
    expect(button(root, 'Удалить alex.wilber@contoso.com')).to.exist;
    expect(getByRole(root, 'textbox', 'Фильтр')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('describes the filter box', async () => {
    const { root } = await listFixture();
    const filter = getByRole(root, 'textbox', 'Filter');
    expect(description(filter)).to.equal('Type part of an address or a provider name.');
  });
});
