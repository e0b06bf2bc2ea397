import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MailAccountCreatedEvent, MailProviderSavedEvent } from '../../src/events/index.js';
import type { ProviderSettingsForm } from '../../src/elements/provider-settings-form/provider-settings-form.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import {
  atStep,
  button,
  click,
  focused,
  notice,
  recordEvents,
  settle,
  toCheckWithPassword,
  toCredentials,
  toProvider,
  type,
  wizardFixture,
} from './wizard-helpers.js';

/** The embedded provider form, loaded. */
async function embeddedForm(root: ShadowRoot): Promise<ProviderSettingsForm> {
  const form = root.querySelector('provider-settings-form')!;
  await waitUntil(() => form.shadowRoot?.querySelector('form[part="form"]:not([inert])'), 'the embedded form did not load');
  await form.updateComplete;
  return form;
}

describe('<mail-provider-wizard> whole flows', () => {
  it('adds a Microsoft 365 mailbox: recognised domain, OAuth 2.0 sign-in, check, save (R5, R6, R12, B1)', async () => {
    const { el, root, adapter } = await wizardFixture();
    const events = recordEvents(el);
    getByRole(root, 'heading', 'Add mail account');
    await expect(el).to.be.accessible();

    await toProvider(el, 'alex@contoso.com');
    expect(notice(root, 'recognized')).to.equal('contoso.com is served by Microsoft 365 (Contoso).');
    // A recognised domain skips the manual choice, but another one can still be picked.
    expect(queryByRole(root, 'group', 'Mail provider')).to.equal(null);
    getByRole(root, 'button', 'Choose another provider');
    await expect(el).to.be.accessible();

    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    const login = getByRole<HTMLInputElement>(root, 'textbox', 'Login');
    expect(login.value).to.equal('alex@contoso.com');
    expect(login.readOnly).to.equal(true);
    expect(queryByRole(root, 'password', 'Password')).to.equal(null);
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => root.textContent!.includes('Signed in as alex@contoso.com'), 'not signed in');
    await expect(el).to.be.accessible();

    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    expect(root.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' '))
      .to.contain('Microsoft 365 (Contoso)')
      .and.contain('Signed in as alex@contoso.com');
    await expect(el).to.be.accessible();
    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    const event = await created;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.account).to.deep.include({
      email: 'alex@contoso.com',
      providerId: 'm365-contoso',
      login: 'alex@contoso.com',
      status: 'connected',
    });
    expect(event.detail.account.auth.method).to.equal('oauth2');
    await settle(el);
    expect(notice(root, 'save-outcome')).to.equal('Mailbox alex@contoso.com is added.');
    expect(focused(root, root.getElementById('save-outcome'))).to.equal(true);
    // Save checked first, then saved.
    const methods = adapter.calls.map((c) => c.method);
    expect(methods.indexOf('checkConnection')).to.be.greaterThan(-1);
    expect(methods.indexOf('checkConnection')).to.be.lessThan(methods.indexOf('saveAccount'));
    expect((await adapter.listAccounts()).some((a) => a.email === 'alex@contoso.com')).to.equal(true);
    const steps = events.filter((e) => e.type === 'mail-wizard-step-changed').map((e) => JSON.parse(e.detail) as unknown);
    expect(steps).to.deep.equal([
      { from: 'email', to: 'provider' },
      { from: 'provider', to: 'credentials' },
      { from: 'credentials', to: 'check' },
    ]);
    await expect(el).to.be.accessible();
  });

  it('adds a Basic mailbox: login from the mailbox name, a password that never leaves the form (R11, R12, B3)', async () => {
    const { el, root, adapter } = await wizardFixture();
    const events = recordEvents(el);
    await toCredentials(el, 'pat@fabrikam.com');
    const login = getByRole<HTMLInputElement>(root, 'textbox', 'Login');
    expect(login.value).to.equal('pat');
    expect(description(login)).to.contain('Use mailbox name');
    const password = getByRole<HTMLInputElement>(root, 'password', 'Password');
    expect(password.getAttribute('autocomplete')).to.equal('current-password');
    expect(password.required).to.equal(true);
    await type(el, password, 'Sup3r-secret!');
    expect(password.hasAttribute('value')).to.equal(false);
    await click(el, button(root, 'Show password'));
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Password').value).to.equal('Sup3r-secret!');
    expect(button(root, 'Hide password').getAttribute('aria-pressed')).to.equal('true');
    await click(el, button(root, 'Hide password'));
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    const { detail } = await created;
    expect(detail.account).to.deep.include({ email: 'pat@fabrikam.com', login: 'pat', providerId: 'exchange-fabrikam' });
    expect(detail.account.auth).to.deep.equal({ method: 'basic', hasPassword: true });
    await settle(el);
    expect(events.length).to.be.greaterThan(3);
    for (const event of events) expect(event.detail, event.type).not.to.contain('Sup3r-secret!');
    const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
    expect(attributes.join()).not.to.contain('Sup3r-secret!');
    expect(el.shadowRoot!.innerHTML).not.to.contain('Sup3r-secret!');
    expect(JSON.stringify(await adapter.listAccounts())).not.to.contain('Sup3r-secret!');
  });

  it('adds a provider for an unknown domain inside the wizard, then uses it (R6, R7)', async () => {
    const { el, root, adapter } = await wizardFixture();
    const events = recordEvents(el);
    await toProvider(el, 'kim@newcorp.example');
    expect(root.textContent).to.contain('No provider is set up for newcorp.example');
    const group = getByRole(root, 'group', 'Mail provider');
    expect(group.querySelectorAll('input[type="radio"]')).to.have.length(3);
    await expect(el).to.be.accessible();

    await click(el, button(root, 'Next'));
    expect(el.step).to.equal('provider');
    expect(description(group)).to.contain('Choose a mail provider to continue.');
    await expect(el).to.be.accessible();

    await click(el, button(root, 'Add provider'));
    await atStep(el, 'provider-form');
    const form = await embeddedForm(root);
    const formRoot = form.shadowRoot!;
    // Pre-filled with the address's domain (Domains), in the wizard's language.
    getByRole(formRoot, 'button', 'Remove domain newcorp.example');
    getByRole(root, 'heading', 'New mail provider');
    await expect(el).to.be.accessible();

    // The form's Cancel comes back to the provider step …
    await click(form, getByRole(formRoot, 'button', 'Cancel'));
    await atStep(el, 'provider');
    expect(events.some((e) => e.type === 'mail-provider-form-cancelled')).to.equal(false);
    // … and Add provider opens it again.
    await click(el, button(root, 'Add provider'));
    await atStep(el, 'provider-form');
    const again = await embeddedForm(root);
    const againRoot = again.shadowRoot!;
    await type(again, getByRole(againRoot, 'textbox', 'Name'), 'NewCorp Mail');
    await type(again, getByRole(againRoot, 'textbox', 'Mail service address'), 'mail.newcorp.example');
    await click(again, getByRole(againRoot, 'radio', 'Basic'));
    const saved = oneEvent(el, 'mail-provider-saved') as Promise<MailProviderSavedEvent>;
    await click(again, getByRole(againRoot, 'button', 'Apply'));
    const provider = (await saved).detail.provider;
    expect(provider.domains).to.deep.equal(['newcorp.example']);
    await atStep(el, 'provider');
    // Back with the new provider chosen; its domain now recognises the address.
    expect(notice(root, 'recognized')).to.equal('newcorp.example is served by NewCorp Mail.');
    expect(root.textContent).to.contain('Provider NewCorp Mail is added and chosen.');
    await expect(el).to.be.accessible();

    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Login').value).to.equal('kim@newcorp.example');
    await type(el, getByRole(root, 'password', 'Password'), 'pw');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    expect((await created).detail.account.providerId).to.equal(provider.id);
    expect((await adapter.listProviders()).some((p) => p.name === 'NewCorp Mail')).to.equal(true);
    const steps = events
      .filter((e) => e.type === 'mail-wizard-step-changed')
      .map((e) => JSON.parse(e.detail) as { to: string })
      .map((d) => d.to);
    expect(steps).to.deep.equal(['provider', 'provider-form', 'provider', 'provider-form', 'provider', 'credentials', 'check']);
  });

  it('without CanManageAdministration: no Add provider, an explanation, and existing providers still usable (R1)', async () => {
    const { el, root } = await wizardFixture({ canManageAdministration: false });
    await toProvider(el, 'kim@unknown.example');
    expect(queryByRole(root, 'button', 'Add provider')).to.equal(null);
    expect(root.textContent).to.contain('ask your administrator to add a provider');
    expect(root.textContent).to.contain('CanManageAdministration');
    await expect(el).to.be.accessible();
    await click(el, getByRole(root, 'radio', 'Northwind Mail'));
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    // Manual login format: the user types it, and it is required.
    const login = getByRole<HTMLInputElement>(root, 'textbox', 'Login');
    expect(login.readOnly).to.equal(false);
    expect(login.required).to.equal(true);
    await type(el, getByRole(root, 'password', 'Password'), 'pw');
    await click(el, button(root, 'Next'));
    expect(el.step).to.equal('credentials');
    expect(login.getAttribute('aria-invalid')).to.equal('true');
    expect(description(login)).to.contain('Type the login');
    expect(focused(root, login)).to.equal(true);
    await expect(el).to.be.accessible();
    await type(el, login, 'kim.n');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    const created = oneEvent(el, 'mail-account-created') as Promise<MailAccountCreatedEvent>;
    await click(el, button(root, 'Save'));
    expect((await created).detail.account).to.deep.include({ login: 'kim.n', providerId: 'imap-northwind' });
  });

  it('Back keeps what every step holds, and does not look the domain up again (B2)', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toProvider(el, 'kim@unknown.example');
    await click(el, getByRole(root, 'radio', 'Northwind Mail'));
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    await type(el, getByRole(root, 'textbox', 'Login'), 'kim.n');
    await type(el, getByRole(root, 'password', 'Password'), 'pw-1');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');

    await click(el, button(root, 'Back'));
    await atStep(el, 'credentials');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Login').value).to.equal('kim.n');
    expect(getByRole<HTMLInputElement>(root, 'password', 'Password').value).to.equal('pw-1');
    await click(el, button(root, 'Back'));
    await atStep(el, 'provider');
    expect(getByRole<HTMLInputElement>(root, 'radio', 'Northwind Mail').checked).to.equal(true);
    await click(el, button(root, 'Back'));
    await atStep(el, 'email');
    const email = getByRole<HTMLInputElement>(root, 'textbox', 'Email address');
    expect(email.value).to.equal('kim@unknown.example');
    expect(focused(root, email)).to.equal(true);

    await click(el, button(root, 'Next'));
    await atStep(el, 'provider');
    expect(adapter.calls.filter((c) => c.method === 'findProviderByDomain')).to.have.length(1);
    expect(getByRole<HTMLInputElement>(root, 'radio', 'Northwind Mail').checked).to.equal(true);
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Login').value).to.equal('kim.n');
    expect(getByRole<HTMLInputElement>(root, 'password', 'Password').value).to.equal('pw-1');
  });

  it('Choose another provider shows the list with the recognised one checked', async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'alex@contoso.com');
    await click(el, button(root, 'Choose another provider'));
    const recognised = getByRole<HTMLInputElement>(root, 'radio', 'Microsoft 365 (Contoso)');
    expect(recognised.checked).to.equal(true);
    await waitUntil(() => focused(root, recognised), 'focus did not move to the list');
    await click(el, getByRole(root, 'radio', 'Fabrikam Exchange'));
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    getByRole(root, 'password', 'Password');
    await expect(el).to.be.accessible();
  });

  it('a saved wizard offers to add another mailbox, starting over', async () => {
    const { el, root } = await wizardFixture();
    await toCheckWithPassword(el, 'pw');
    await click(el, button(root, 'Save'));
    await waitUntil(() => root.getElementById('save-outcome'), 'not saved');
    expect(queryByRole(root, 'button', 'Back')).to.equal(null);
    await click(el, button(root, 'Add another mailbox'));
    expect(el.step).to.equal('email');
    const email = getByRole<HTMLInputElement>(root, 'textbox', 'Email address');
    expect(email.value).to.equal('');
    await waitUntil(() => focused(root, email), 'focus did not move to the address');
  });
});
