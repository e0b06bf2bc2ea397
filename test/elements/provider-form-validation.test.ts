import { expect, waitUntil } from '@open-wc/testing';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { GUID, apply, click, fillValidExchange, formFixture, settle, type } from './form-helpers.js';

describe('<provider-settings-form> validation', () => {
  it('renders the fields with their binding names, and no error before anything is touched', async () => {
    const { root, el } = await formFixture();
    await expect(el).to.be.accessible();
    expect(getByRole(root, 'heading', 'New mail provider')).to.exist;
    const type = getByRole(root, 'group', 'Type of mail service');
    expect(getByRole(type, 'radio', 'Exchange')).to.have.property('checked', true);
    expect(getByRole(type, 'radio', 'IMAP/SMTP')).to.exist;
    for (const name of ['Name', 'Mail service address', 'Domains', 'Application (client) ID']) getByRole(root, 'textbox', name);
    getByRole(root, 'password', 'Client secret');
    getByRole(root, 'checkbox', 'Load emails');
    getByRole(root, 'checkbox', 'Send emails');
    const login = getByRole(root, 'group', 'Login format');
    for (const name of ['Form the name manually', 'Use email', 'Use mailbox name']) getByRole(login, 'radio', name);
    const auth = getByRole(root, 'group', 'Authentication method');
    getByRole(auth, 'radio', 'OAuth 2.0');
    getByRole(auth, 'radio', 'Basic');
    getByRole(root, 'button', 'Apply');
    getByRole(root, 'button', 'Cancel');
    expect(root.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    expect(root.querySelector('.error')).to.equal(null);
  });

  it('does not show an error while typing the first time, but once the field is left', async () => {
    const { root, el } = await formFixture();
    const address = getByRole(root, 'textbox', 'Mail service address');
    await type(el, address, 'mail contoso', false);
    expect(address.getAttribute('aria-invalid')).to.equal('false');
    await type(el, address, 'mail contoso');
    expect(address.getAttribute('aria-invalid')).to.equal('true');
    expect(description(address)).to.contain('Remove the spaces');
    await expect(el).to.be.accessible();
  });

  it('on Apply with errors: shows every error, focuses the first invalid field and announces a summary', async () => {
    const { root, el, adapter } = await formFixture();
    await click(el, apply(root));
    const name = getByRole(root, 'textbox', 'Name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(description(name)).to.contain('Fill in this field.');
    expect(el.shadowRoot!.activeElement === name, 'focus').to.equal(true);
    for (const field of ['Mail service address', 'Application (client) ID']) {
      expect(getByRole(root, 'textbox', field).getAttribute('aria-invalid')).to.equal('true');
    }
    expect(getByRole(root, 'password', 'Client secret').getAttribute('aria-invalid')).to.equal('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.querySelector('[part="summary"]')!.textContent).to.match(/4 fields need attention/);
    expect(adapter.calls.filter((c) => c.method === 'saveProvider')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('normalises a pasted URL when the field is left and says so (B4)', async () => {
    const { root, el } = await formFixture();
    const address = getByRole<HTMLInputElement>(root, 'textbox', 'Mail service address');
    await type(el, address, 'https://Mail.Contoso.com/EWS/Exchange.asmx');
    expect(address.value).to.equal('mail.contoso.com');
    expect(address.getAttribute('aria-invalid')).to.equal('false');
    expect(description(address)).to.contain('mail.contoso.com');
    expect(root.querySelector('[part="note"]')).to.exist;
  });

  it('puts the R10 error on the Loading and sending group, not on a checkbox', async () => {
    const { root, el } = await formFixture();
    await click(el, getByRole(root, 'checkbox', 'Load emails'));
    await click(el, getByRole(root, 'checkbox', 'Send emails'));
    const group = getByRole(root, 'group', 'Loading and sending');
    expect(description(group)).to.contain('Select Load emails, Send emails, or both.');
    expect(getByRole(root, 'checkbox', 'Load emails').hasAttribute('aria-invalid')).to.equal(false);
    await expect(el).to.be.accessible();
    await click(el, getByRole(root, 'checkbox', 'Send emails'));
    expect(description(group)).not.to.contain('Select Load emails');
  });

  it('requires a GUID Application (client) ID for Exchange', async () => {
    const { root, el } = await formFixture();
    const clientId = getByRole(root, 'textbox', 'Application (client) ID');
    await type(el, clientId, 'my-app');
    expect(description(clientId)).to.contain('00000000-0000-0000-0000-000000000000');
    await type(el, clientId, GUID.toUpperCase());
    expect(clientId.getAttribute('aria-invalid')).to.equal('false');
  });

  it('validates IMAP/SMTP servers and ports, with the defaults 993 SSL/TLS and 587 STARTTLS', async () => {
    const { root, el } = await formFixture();
    await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
    expect(queryByRole(root, 'textbox', 'Mail service address')).to.equal(null);
    const inPort = getByRole<HTMLInputElement>(root, 'textbox', 'Incoming server Port');
    expect(inPort.value).to.equal('993');
    expect(getByRole<HTMLSelectElement>(root, 'combobox', 'Incoming server Security').value).to.equal('ssl');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Outgoing server Port').value).to.equal('587');
    expect(getByRole<HTMLSelectElement>(root, 'combobox', 'Outgoing server Security').value).to.equal('starttls');
    await type(el, inPort, '99999');
    expect(description(inPort)).to.contain('from 1 to 65535');
    await type(el, getByRole(root, 'textbox', 'Incoming server'), '10.0.0.1');
    expect(description(getByRole(root, 'textbox', 'Incoming server'))).to.contain('certificates are issued for names');
    const security = getByRole<HTMLSelectElement>(root, 'combobox', 'Outgoing server Security');
    security.value = 'none';
    security.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(description(security)).to.contain('clear text');
    await expect(el).to.be.accessible();
  });

  it('adds domains as lower-cased chips, refuses duplicates and bad ones, keeping the text', async () => {
    const { root, el } = await formFixture();
    const domains = getByRole<HTMLInputElement>(root, 'textbox', 'Domains');
    await type(el, domains, 'Contoso.COM, example.org', false);
    await click(el, getByRole(root, 'button', 'Add domain'));
    expect([...root.querySelectorAll('[part="chip"] > span:first-child')].map((s) => s.textContent)).to.deep.equal(['contoso.com', 'example.org']);
    expect(domains.value).to.equal('');
    await type(el, domains, 'contoso.com', false);
    domains.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(domains.value).to.equal('contoso.com');
    expect(description(domains)).to.contain('already in this list');
    await type(el, domains, 'https://x.com/', false);
    await click(el, getByRole(root, 'button', 'Add domain'));
    expect(description(domains)).to.contain('Type only the domain');
    await click(el, getByRole(root, 'button', 'Remove domain example.org'));
    expect(queryByRole(root, 'button', 'Remove domain example.org')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports a domain that belongs to another provider', async () => {
    const { root, el } = await formFixture();
    await type(el, getByRole(root, 'textbox', 'Domains'), 'fabrikam.com', false);
    await click(el, getByRole(root, 'button', 'Add domain'));
    const remove = getByRole(root, 'button', 'Remove domain fabrikam.com');
    expect(description(remove)).to.contain('Fabrikam Exchange');
  });

  it('hides the OAuth fields for Basic, warns about Basic, and brings typed values back (R12, B2)', async () => {
    const { root, el, adapter } = await formFixture();
    await fillValidExchange(el, root);
    await click(el, getByRole(root, 'radio', 'Basic'));
    expect(queryByRole(root, 'textbox', 'Application (client) ID')).to.equal(null);
    expect(queryByRole(root, 'password', 'Client secret')).to.equal(null);
    expect(root.querySelector('[part="warning"]')!.textContent).to.match(/Basic/);
    await expect(el).to.be.accessible();
    await click(el, getByRole(root, 'radio', 'OAuth 2.0'));
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Application (client) ID').value).to.equal(GUID);
    expect(getByRole<HTMLInputElement>(root, 'password', 'Client secret').value).to.equal('top-secret-value');
    // Hidden fields are not validated nor submitted.
    await click(el, getByRole(root, 'radio', 'Basic'));
    await click(el, apply(root));
    await settle(el);
    const [saved] = (await adapter.listProviders()).filter((p) => p.name === 'Contoso cloud');
    expect(saved!.auth).to.deep.equal({ method: 'basic' });
  });

  it('says that Microsoft 365 has had Basic off since October 2022 for a Microsoft 365 address (the advisor’s dated note)', async () => {
    const { root, el } = await formFixture();
    await type(el, getByRole(root, 'textbox', 'Mail service address'), 'outlook.office365.com');
    await click(el, getByRole(root, 'radio', 'Basic'));
    await waitUntil(() => root.querySelector('[part~="advisory"]'), 'no advisory');
    expect(root.querySelector('[data-advisory="basic-off-m365"]')!.textContent)
      .to.match(/Microsoft 365/)
      .and.match(/1 October 2022/);
    // The dateless warning says the same without the date: only the dated note shows.
    expect(root.querySelector('[part="warning"]')).to.equal(null);
  });

  it('keeps the IMAP values when switching to Exchange and back', async () => {
    const { root, el } = await formFixture();
    await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
    await type(el, getByRole(root, 'textbox', 'Incoming server'), 'imap.contoso.com');
    await click(el, getByRole(root, 'radio', 'Exchange'));
    await type(el, getByRole(root, 'textbox', 'Mail service address'), 'mail.contoso.com');
    await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Incoming server').value).to.equal('imap.contoso.com');
    await click(el, getByRole(root, 'radio', 'Exchange'));
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Mail service address').value).to.equal('mail.contoso.com');
  });

  it('shows a live example of the login each format yields (R11)', async () => {
    const { root, el } = await formFixture();
    await type(el, getByRole(root, 'textbox', 'Domains'), 'contoso.com', false);
    await click(el, getByRole(root, 'button', 'Add domain'));
    const group = getByRole(root, 'group', 'Login format');
    expect(description(group)).to.equal('Login: example@contoso.com');
    await click(el, getByRole(root, 'radio', 'Use mailbox name'));
    expect(description(group)).to.equal('Login: example');
    await click(el, getByRole(root, 'radio', 'Form the name manually'));
    expect(description(group)).to.contain('Users type');
  });
});
