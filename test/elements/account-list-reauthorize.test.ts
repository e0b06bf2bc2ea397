import { expect, waitUntil } from '@open-wc/testing';
import { createDemoData } from '../../src/adapter/index.js';
import type { MailProviderWizard } from '../../src/elements/mail-provider-wizard/mail-provider-wizard.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { click, type } from '../helpers/interact.js';
import { button, dialog, listFixture, settled } from './account-list-helpers.js';

describe('<mail-account-list> re-authorise in place (issue 11, item 1)', () => {
  it('a mailbox whose grant was revoked says so and offers Sign in again; a connected OAuth one does not', async () => {
    const { el, root } = await listFixture();
    expect(button(root, 'Sign in again megan.bowen@contoso.com').textContent!.trim()).to.equal('Sign in again');
    expect(queryByRole(root, 'button', 'Sign in again alex.wilber@contoso.com')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Sign in again runs the credentials and check steps for that mailbox only and keeps it: same id, settings, connected', async () => {
    const { el, root, adapter } = await listFixture();
    const before = (await adapter.listAccounts())[1]!;
    await click(el, button(root, 'Sign in again megan.bowen@contoso.com'));
    const wizardDialog = dialog(root, 'wizard-dialog');
    await waitUntil(() => wizardDialog.open, 'the wizard did not open');
    expect(wizardDialog.getAttribute('aria-label')).to.equal('Sign in again: megan.bowen@contoso.com');
    const wizard = wizardDialog.querySelector<MailProviderWizard>('mail-provider-wizard')!;
    await waitUntil(() => wizard.step === 'credentials');
    await expect(el).to.be.accessible();
    const w = wizard.shadowRoot!;
    await click(wizard, getByRole(w, 'button', 'Sign in'));
    await waitUntil(() => w.getElementById('sign-in-status')?.textContent?.includes('Signed in as'), 'not signed in');
    await click(wizard, getByRole(w, 'button', 'Next'));
    await waitUntil(() => wizard.step === 'check');
    await click(wizard, getByRole(w, 'button', 'Save sign-in'));
    await waitUntil(() => !wizardDialog.open, 'the dialog stayed open');
    await settled(el);
    const after = (await adapter.listAccounts())[1]!;
    expect(after.id).to.equal(before.id);
    // Every setting as it was; only the credentials, the status and the record's version moved on.
    const settings = (a: typeof before) => ({ ...a, status: undefined, auth: undefined, statusReason: undefined, version: undefined });
    expect(settings(after)).to.deep.equal(settings(before));
    expect(after.status).to.equal('connected');
    expect((await adapter.listAccounts()).length).to.equal(2);
    expect(queryByRole(root, 'button', 'Sign in again megan.bowen@contoso.com')).to.equal(null);
    expect(root.textContent).to.contain('megan.bowen@contoso.com is connected again');
    await expect(el).to.be.accessible();
  });

  it('a Basic mailbox offers Change password; a password the server rejects is said so', async () => {
    const data = createDemoData();
    data.accounts.push({
      ...data.accounts[0]!,
      id: 'pat',
      email: 'pat@fabrikam.com',
      login: 'pat',
      providerId: 'exchange-fabrikam',
      isDefault: false,
      status: 'needs-sign-in',
      statusReason: 'password-rejected',
      auth: { method: 'basic', hasPassword: true },
    });
    const { el, root, adapter } = await listFixture({ data });
    const row = [...root.querySelectorAll<HTMLElement>('.accounts-viewport [part~="row"]')].find((r) => r.textContent!.includes('pat@fabrikam.com'))!;
    expect(row.querySelector('[part~="reason"]')!.textContent).to.contain('The mail server rejected the password.').and.contain('Change password');
    await click(el, button(root, 'Change password pat@fabrikam.com'));
    const wizard = dialog(root, 'wizard-dialog').querySelector<MailProviderWizard>('mail-provider-wizard')!;
    await waitUntil(() => wizard.step === 'credentials');
    const w = wizard.shadowRoot!;
    expect(getByRole(w, 'heading', 'Change password: pat@fabrikam.com')).to.exist;
    await type(wizard, getByRole(w, 'password', 'Password'), 'n3w-pa55');
    await click(wizard, getByRole(w, 'button', 'Next'));
    await waitUntil(() => wizard.step === 'check');
    await click(wizard, getByRole(w, 'button', 'Save sign-in'));
    await waitUntil(() => !dialog(root, 'wizard-dialog').open, 'the dialog stayed open');
    const pat = (await adapter.listAccounts()).find((a) => a.id === 'pat')!;
    expect(pat).to.deep.include({ status: 'connected', login: 'pat', displayName: data.accounts[0]!.displayName });
    await expect(el).to.be.accessible();
  });

  it('speaks Russian', async () => {
    const { el, root } = await listFixture({}, { locale: 'ru' });
    await waitUntil(() => root.textContent!.includes('Вход был отозван.'), 'no Russian reason');
    expect(button(root, 'Войти снова megan.bowen@contoso.com')).to.exist;
    await expect(el).to.be.accessible();
  });
});
