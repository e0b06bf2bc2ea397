import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryAdapter, provideMailSetupAdapter } from '../../src/adapter/index.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import type { MailProvider, MailProviderInput } from '../../src/model/index.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { GUID, apply, click, formFixture, settle, type } from './form-helpers.js';

async function stored(adapter: InMemoryAdapter, id: string): Promise<MailProvider> {
  return (await adapter.listProviders()).find((p) => p.id === id)!;
}

/** Records what the form sends to saveProvider, to check secrets are kept or replaced. */
function spySaves(adapter: InMemoryAdapter): MailProviderInput[] {
  const inputs: MailProviderInput[] = [];
  const original = adapter.saveProvider.bind(adapter);
  adapter.saveProvider = (input, options) => {
    inputs.push(structuredClone(input));
    return original(input, options);
  };
  return inputs;
}

describe('<provider-settings-form> modes', () => {
  it('edits a provider: pre-filled, and the stored secret is kept unless replaced (B3)', async () => {
    const m365 = await stored(new InMemoryAdapter(), 'm365-contoso');
    const { root, el, adapter } = await formFixture({}, { provider: m365 });
    const saves = spySaves(adapter);
    expect(getByRole(root, 'heading', 'Mail provider Microsoft 365 (Contoso)')).to.exist;
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Mail service address').value).to.equal('outlook.office365.com');
    expect(queryByRole(root, 'password', 'Client secret')).to.equal(null);
    expect(root.textContent).to.contain('A secret is set');
    await expect(el).to.be.accessible();
    await type(el, getByRole(root, 'textbox', 'Name'), 'Contoso 365');
    await click(el, apply(root));
    await settle(el);
    expect(saves[0]!.auth).to.deep.equal({
      method: 'oauth2',
      clientId: m365.auth.method === 'oauth2' ? m365.auth.clientId : '',
      clientSecret: { action: 'keep' },
    });

    await click(el, getByRole(root, 'button', 'Replace secret'));
    const secret = getByRole<HTMLInputElement>(root, 'password', 'Client secret');
    expect(secret.value).to.equal('');
    await click(el, apply(root));
    expect(secret.getAttribute('aria-invalid')).to.equal('true');
    await click(el, getByRole(root, 'button', 'Keep current secret'));
    expect(queryByRole(root, 'password', 'Client secret')).to.equal(null);
    await click(el, getByRole(root, 'button', 'Replace secret'));
    await type(el, getByRole(root, 'password', 'Client secret'), 'new-secret');
    await click(el, apply(root));
    await settle(el);
    expect(saves.at(-1)!.auth).to.deep.include({ clientSecret: { action: 'replace', value: 'new-secret' } });
    expect(el.shadowRoot!.innerHTML).not.to.contain('new-secret');
  });

  it('loads a provider by provider-id', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" provider-id="imap-northwind" .adapter=${adapter}></provider-settings-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('form'));
    await el.updateComplete;
    expect(getByRole<HTMLInputElement>(el.shadowRoot!, 'textbox', 'Incoming server').value).to.equal('imap.northwindtraders.com');
    expect(getByRole<HTMLInputElement>(el.shadowRoot!, 'radio', 'IMAP/SMTP').checked).to.equal(true);
  });

  it('says so when provider-id names no provider, with Retry', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" provider-id="nope" .adapter=${adapter}></provider-settings-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    getByRole(el.shadowRoot!, 'button', 'Retry');
    await expect(el).to.be.accessible();
  });

  it('is read-only without CanManageAdministration and names the missing right (R1)', async () => {
    const { root, el, adapter } = await formFixture({ canManageAdministration: false });
    expect(root.textContent).to.contain('Access to the Administration workplace');
    expect(root.textContent).to.contain('CanManageAdministration');
    expect(queryByRole(root, 'button', 'Apply')).to.equal(null);
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').matches(':disabled')).to.equal(true);
    getByRole(root, 'button', 'Close');
    root.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(adapter.calls.filter((c) => c.method === 'saveProvider')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('warns for Exchange when the Exchange Listener is not configured or unreachable (R2)', async () => {
    const { root, el } = await formFixture({ syncService: 'not-configured' });
    expect(root.querySelector('#sync-notice')!.textContent).to.contain('Exchange Listener');
    await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
    expect(root.querySelector('#sync-notice')).to.equal(null);
    const unreachable = await formFixture({ syncService: 'unreachable' });
    expect(unreachable.root.querySelector('#sync-notice')!.textContent).to.contain('does not respond');
    await expect(unreachable.el).to.be.accessible();
    const ok = await formFixture({ syncService: 'ok' });
    expect(ok.root.querySelector('#sync-notice')).to.equal(null);
  });

  it('shows a load failure with Retry, and recovers', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('getPermissions', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    const el = await fixture<ProviderSettingsForm>(html`<provider-settings-form locale="en" .adapter=${adapter}></provider-settings-form>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    await click(el as never, getByRole(el.shadowRoot!, 'button', 'Retry'));
    await waitUntil(() => el.shadowRoot!.querySelector('form'));
  });

  it('says clearly when it has no adapter', async () => {
    const el = await fixture<ProviderSettingsForm>(html`<provider-settings-form locale="en"></provider-settings-form>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no adapter');
    await expect(el).to.be.accessible();
  });

  it('finds its adapter through context from an ancestor', async () => {
    const adapter = new InMemoryAdapter();
    // A plain page element, as a host without Lit would use.
    const host = document.createElement('div');
    document.body.append(host);
    try {
      provideMailSetupAdapter(host, adapter);
      const el = document.createElement('provider-settings-form');
      el.locale = 'en';
      host.append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('form'), 'no form through context');
    } finally {
      host.remove();
    }
  });

  it('starts from defaults, e.g. a domain from the wizard', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<ProviderSettingsForm>(
      html`<provider-settings-form locale="en" .adapter=${adapter} .defaults=${{ domains: ['newcorp.example'] }}></provider-settings-form>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('form'));
    getByRole(el.shadowRoot!, 'button', 'Remove domain newcorp.example');
  });

  it('speaks Russian with the source page’s labels', async () => {
    const { root, el } = await formFixture({}, { locale: 'ru' });
    await waitUntil(() => root.textContent!.includes('Адрес почтового сервиса'));
    await el.updateComplete;
    getByRole(root, 'textbox', 'Адрес почтового сервиса');
    getByRole(root, 'checkbox', 'Загружать электронные письма');
    getByRole(root, 'checkbox', 'Отправлять электронные письма');
    getByRole(root, 'radio', 'Формировать имя вручную');
    getByRole(root, 'radio', 'Использовать email');
    getByRole(root, 'radio', 'Использовать имя почтового ящика');
    getByRole(root, 'textbox', 'Идентификатор приложения (клиент)');
    getByRole(root, 'password', 'Секрет клиента');
    getByRole(root, 'button', 'Применить');
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone', async () => {
    const { root, el, adapter } = await formFixture();
    let saved = false;
    el.addEventListener('mail-provider-saved', () => (saved = true));
    getByRole(root, 'radio', 'Exchange').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Keyboard Corp' }); // Name
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'HTTPS://Mail.Keyboard.example/owa' }); // Mail service address
    await sendKeys({ press: 'Tab' }); // Load emails
    await sendKeys({ press: 'Tab' }); // Send emails
    await sendKeys({ press: 'Tab' }); // Login format (the checked radio)
    await sendKeys({ press: 'ArrowDown' }); // Use mailbox name
    await sendKeys({ press: 'Tab' }); // Authentication method: OAuth 2.0
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: GUID }); // Application (client) ID
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kb-secret' }); // Client secret
    await sendKeys({ press: 'Tab' }); // Show password
    await sendKeys({ press: 'Tab' }); // registration link
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'keyboard.example' }); // Domains
    await sendKeys({ press: 'Enter' }); // adds the chip
    await sendKeys({ press: 'Tab' }); // Add domain
    await sendKeys({ press: 'Tab' }); // remove chip
    await sendKeys({ press: 'Tab' }); // Import settings
    await sendKeys({ press: 'Tab' }); // Export settings
    await sendKeys({ press: 'Tab' }); // Apply
    expect(el.shadowRoot!.activeElement === apply(root), 'focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saved, 'not saved from the keyboard');
    await settle(el);
    const provider = (await adapter.listProviders()).find((p) => p.name === 'Keyboard Corp')!;
    expect(provider).to.deep.include({ serviceAddress: 'mail.keyboard.example', loginFormat: 'mailbox-name' });
    expect(provider.domains).to.deep.equal(['keyboard.example']);
  });
});
