import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryAdapter, provideMailSetupAdapter } from '../../src/adapter/index.js';
import { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import type { MailAccountCreatedEvent, MailWizardCancelledEvent } from '../../src/events/index.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { atStep, button, click, focused, recordEvents, settle, toCheckWithPassword, toProvider, type, wizardFixture } from './wizard-helpers.js';

function announcement(root: ShadowRoot): string {
  return root.querySelector('[role="status"].visually-hidden')!.textContent!.trim();
}

function currentStep(root: ShadowRoot): string {
  const items = [...root.querySelectorAll('[part~="steps"] li')];
  const current = items.filter((li) => li.getAttribute('aria-current') === 'step');
  expect(current).to.have.length(1);
  return current[0]!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<mail-provider-wizard> navigation', () => {
  it('can be completed with the keyboard alone, from the first field to Save (B5)', async () => {
    const { el, root } = await wizardFixture();
    let created: MailAccountCreatedEvent | undefined;
    el.addEventListener('mail-account-created', (e) => (created = e));
    getByRole(root, 'textbox', 'Email address').focus();
    await sendKeys({ type: 'pat@fabrikam.com' });
    await sendKeys({ press: 'Enter' }); // Enter is Next
    await atStep(el, 'provider');
    expect(focused(root, getByRole(root, 'heading', 'Provider'))).to.equal(true);
    await sendKeys({ press: 'Tab' }); // Choose another provider
    await sendKeys({ press: 'Tab' }); // Back
    await sendKeys({ press: 'Tab' }); // Next
    expect(focused(root, button(root, 'Next'))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'credentials');
    // The login is read-only (mailbox name): focus goes to the password.
    expect(focused(root, getByRole(root, 'password', 'Password'))).to.equal(true);
    await sendKeys({ type: 'kb-pass' });
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'check');
    expect(focused(root, getByRole(root, 'heading', 'Check'))).to.equal(true);
    await sendKeys({ press: 'Tab' }); // Back
    await sendKeys({ press: 'Tab' }); // Check connection
    await sendKeys({ press: 'Tab' }); // Save
    expect(focused(root, button(root, 'Save'))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => created !== undefined, 'not saved from the keyboard');
    expect(created!.detail.account).to.deep.include({ email: 'pat@fabrikam.com', login: 'pat' });
  });

  it('marks the current step, announces each change and moves focus to the new step', async () => {
    const { el, root } = await wizardFixture();
    expect(currentStep(root)).to.equal('1 Email');
    getByRole(root, 'list', 'Progress');
    await toProvider(el, 'alex@contoso.com');
    expect(currentStep(root)).to.equal('2 Provider');
    expect(root.querySelector('[part~="steps"] li')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('✓ Email, completed');
    await waitUntil(() => announcement(root) === 'Step 2 of 4: Provider', 'the step change was not announced');
    expect(focused(root, getByRole(root, 'heading', 'Provider'))).to.equal(true);
    await click(el, button(root, 'Next'));
    await atStep(el, 'credentials');
    expect(currentStep(root)).to.equal('3 Credentials');
    await waitUntil(() => announcement(root) === 'Step 3 of 4: Credentials');
  });

  it('fires mail-wizard-step-changed for the user’s moves only', async () => {
    const { el, root } = await wizardFixture();
    const events = recordEvents(el);
    await toProvider(el, 'alex@contoso.com');
    await click(el, button(root, 'Back'));
    el.email = 'someone@else.com';
    el.reset();
    await el.updateComplete;
    const steps = events.filter((e) => e.type === 'mail-wizard-step-changed').map((e) => JSON.parse(e.detail) as unknown);
    expect(steps).to.deep.equal([
      { from: 'email', to: 'provider' },
      { from: 'provider', to: 'email' },
    ]);
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Email address').value).to.equal('someone@else.com');
  });

  it('shows an invalid address only when it matters, focuses it and announces it (B5)', async () => {
    const { el, root } = await wizardFixture();
    const email = getByRole<HTMLInputElement>(root, 'textbox', 'Email address');
    await type(el, email, 'alex', false);
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    await click(el, button(root, 'Next'));
    expect(el.step).to.equal('email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(description(email)).to.contain('Type the full email address');
    expect(focused(root, email)).to.equal(true);
    await waitUntil(() => announcement(root).includes('One field needs attention'), 'errors not announced');
    await expect(el).to.be.accessible();
  });

  it('Cancel without typed input leaves at once', async () => {
    const { el, root } = await wizardFixture({}, { email: 'alex@contoso.com' });
    const cancelled = oneEvent(el, 'mail-wizard-cancelled') as Promise<MailWizardCancelledEvent>;
    button(root, 'Cancel').click();
    expect((await cancelled).detail).to.deep.equal({ step: 'email' });
  });

  it('Cancel asks before discarding typed input: Keep editing keeps it, Discard leaves (B2)', async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'kim@unknown.example');
    await click(el, getByRole(root, 'radio', 'Fabrikam Exchange'));
    let cancelled: MailWizardCancelledEvent | undefined;
    el.addEventListener('mail-wizard-cancelled', (e) => (cancelled = e));
    const cancel = button(root, 'Cancel');
    cancel.click();
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no dialog');
    expect(dialog.textContent).to.contain('Unsaved changes will be lost. Discard them?');
    await expect(el).to.be.accessible();
    getByRole(dialog, 'button', 'Keep editing').click();
    await waitUntil(() => focused(root, cancel), 'focus did not return to Cancel');
    expect(cancelled).to.equal(undefined);
    expect(getByRole<HTMLInputElement>(root, 'radio', 'Fabrikam Exchange').checked).to.equal(true);
    cancel.click();
    await waitUntil(() => dialog.open);
    getByRole(dialog, 'button', 'Discard').click();
    await waitUntil(() => cancelled !== undefined, 'not cancelled');
    expect(cancelled!.detail).to.deep.equal({ step: 'provider' });
    await el.updateComplete;
    expect(el.step).to.equal('email');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Email address').value).to.equal('');
  });

  it('Escape asks the same way, and Escape in the dialog keeps editing', async () => {
    const { el, root } = await wizardFixture();
    await toCheckWithPassword(el, 'secret-pw');
    let cancelled = 0;
    el.addEventListener('mail-wizard-cancelled', () => cancelled++);
    button(root, 'Check connection').focus();
    await sendKeys({ press: 'Escape' });
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'Escape did not ask');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    await el.updateComplete;
    expect(cancelled).to.equal(0);
    expect(el.step).to.equal('check');
    await waitUntil(() => focused(root, button(root, 'Check connection')), 'focus did not come back');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialog.open);
    getByRole(dialog, 'button', 'Discard').click();
    await waitUntil(() => cancelled === 1);
  });

  it('Back from the credentials with the embedded form open is the form’s Cancel; the form’s dialog keeps its own Escape', async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'kim@newcorp.example');
    await click(el, button(root, 'Add provider'));
    await atStep(el, 'provider-form');
    const form = root.querySelector('provider-settings-form')!;
    await waitUntil(() => form.shadowRoot?.querySelector('form[part="form"]:not([inert])'));
    await type(form, getByRole(form.shadowRoot!, 'textbox', 'Name'), 'Half typed');
    expect(el.dirty).to.equal(true);
    let cancelled = 0;
    el.addEventListener('mail-wizard-cancelled', () => cancelled++);
    getByRole(form.shadowRoot!, 'button', 'Cancel').click();
    const formDialog = form.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => formDialog.open, 'the form did not ask');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !formDialog.open);
    expect(root.querySelector('dialog')!.open).to.equal(false);
    expect(cancelled).to.equal(0);
    expect(el.step).to.equal('provider-form');
  });

  it('reset() starts over without events', async () => {
    const { el, root } = await wizardFixture({}, { email: 'pat@fabrikam.com' });
    await click(el, button(root, 'Next'));
    await atStep(el, 'provider');
    const events = recordEvents(el);
    el.reset();
    await el.updateComplete;
    expect(el.step).to.equal('email');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Email address').value).to.equal('pat@fabrikam.com');
    expect(events).to.deep.equal([]);
  });

  it('takes email as an attribute, and a new one until the user types their own', async () => {
    const adapter = new InMemoryAdapter();
    const el = await fixture<MailProviderWizard>(
      html`<mail-provider-wizard locale="en" email="alex@contoso.com" .adapter=${adapter}></mail-provider-wizard>`,
    );
    const root = el.shadowRoot!;
    const email = getByRole<HTMLInputElement>(root, 'textbox', 'Email address');
    expect(email.value).to.equal('alex@contoso.com');
    el.setAttribute('email', 'megan@contoso.com');
    await el.updateComplete;
    expect(email.value).to.equal('megan@contoso.com');
    await type(el, email, 'mine@contoso.com');
    el.setAttribute('email', 'other@contoso.com');
    await el.updateComplete;
    expect(email.value).to.equal('mine@contoso.com');
  });

  it('reads require-sync-service (default true) and check-timeout from attributes', () => {
    const el = document.createElement('mail-provider-wizard');
    expect(el.requireSyncService).to.equal(true);
    expect(el.checkTimeout).to.equal(30000);
    el.setAttribute('require-sync-service', 'false');
    expect(el.requireSyncService).to.equal(false);
    el.setAttribute('require-sync-service', '');
    expect(el.requireSyncService).to.equal(true);
    el.setAttribute('require-sync-service', 'false');
    el.removeAttribute('require-sync-service');
    expect(el.requireSyncService).to.equal(true);
    el.setAttribute('check-timeout', '5000');
    expect(el.checkTimeout).to.equal(5000);
    expect(customElements.get('mail-provider-wizard') === MailProviderWizard).to.equal(true);
    expect(customElements.get('provider-settings-form')).to.exist;
  });

  it('shows a failed lookup with Retry, and recovers', async () => {
    const { el, root, adapter } = await wizardFixture();
    adapter.injectFault('findProviderByDomain', { type: 'reject', kind: 'unreachable' }, { times: 1 });
    await toProvider(el, 'alex@contoso.com');
    const failure = root.getElementById('lookup-failure')!;
    expect(failure.getAttribute('role')).to.equal('alert');
    expect(failure.textContent).to.contain('The mail server cannot be reached.');
    expect(button(root, 'Next').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Retry'));
    await settle(el);
    expect(root.textContent).to.contain('contoso.com is served by Microsoft 365 (Contoso).');
  });

  it('shows a hanging lookup as loading; Back leaves it and Next looks again', async () => {
    const { el, root, adapter } = await wizardFixture();
    adapter.injectFault('getPermissions', { type: 'hang' }, { times: 1 });
    await type(el, getByRole(root, 'textbox', 'Email address'), 'alex@contoso.com');
    await click(el, button(root, 'Next'));
    expect(el.step).to.equal('provider');
    expect(root.textContent).to.contain('Looking up the provider for contoso.com…');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Back'));
    expect(el.step).to.equal('email');
    await click(el, button(root, 'Next'));
    await atStep(el, 'provider');
    expect(root.textContent).to.contain('contoso.com is served by');
  });

  it('says clearly when it has no adapter', async () => {
    const el = await fixture<MailProviderWizard>(html`<mail-provider-wizard locale="en"></mail-provider-wizard>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no adapter');
    await expect(el).to.be.accessible();
  });

  it('finds its adapter through context from an ancestor', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      provideMailSetupAdapter(host, new InMemoryAdapter());
      const el = document.createElement('mail-provider-wizard');
      el.locale = 'en';
      host.append(el);
      await el.updateComplete;
      await toProvider(el, 'alex@contoso.com');
      expect(el.shadowRoot!.textContent).to.contain('Microsoft 365 (Contoso)');
    } finally {
      host.remove();
    }
  });

  it('speaks Russian with the source page’s labels (B6)', async () => {
    const { el, root } = await wizardFixture({}, { locale: 'ru' });
    await waitUntil(() => root.textContent!.includes('Новая учетная запись'), 'no Russian');
    getByRole(root, 'heading', 'Новая учетная запись');
    const email = getByRole(root, 'textbox', 'Адрес электронной почты');
    await type(el, email, 'kim@newcorp.example');
    await click(el, button(root, 'Далее'));
    await atStep(el, 'provider');
    getByRole(root, 'group', 'Почтовый провайдер');
    getByRole(root, 'button', 'Добавить провайдер');
    getByRole(root, 'button', 'Назад');
    expect(root.textContent).to.contain('Домены почтовых провайдеров');
    expect(queryByRole(root, 'button', 'Next')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
