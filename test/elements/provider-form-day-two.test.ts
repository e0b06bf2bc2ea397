import { expect, waitUntil } from '@open-wc/testing';
import { createDemoData } from '../../src/adapter/index.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { apply, click, formFixture, settle, type } from './form-helpers.js';

const M365 = createDemoData().providers[0]!;

function impactDialog(root: ShadowRoot): HTMLDialogElement {
  return root.querySelector<HTMLDialogElement>('#impact-dialog')!;
}

describe('<provider-settings-form> impact preview (issue 11, item 2)', () => {
  it('Basic and no Send emails on the provider in use: lists both mailboxes and what happens, then Apply saves with the true reason', async () => {
    const { el, root, adapter } = await formFixture({}, { provider: M365 });
    await click(el, getByRole(root, 'radio', 'Basic'));
    await click(el, getByRole(root, 'checkbox', 'Send emails'));
    await click(el, apply(root));
    const dialog = impactDialog(root);
    await waitUntil(() => dialog.open, 'no impact preview');
    const list = getByRole(dialog, 'list', 'Affected mailboxes');
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'alex.wilber@contoso.com: must sign in again, stops sending mail',
      'megan.bowen@contoso.com: must sign in again, stops sending mail',
    ]);
    expect(root.activeElement).to.equal(getByRole(dialog, 'button', 'Cancel'));
    await expect(el).to.be.accessible();
    getByRole(dialog, 'button', 'Apply').click();
    await waitUntil(() => !dialog.open);
    await settle(el);
    const accounts = await adapter.listAccounts();
    expect(accounts.map((a) => [a.status, a.statusReason, a.sendEmails])).to.deep.equal([
      ['needs-sign-in', 'auth-method-changed', false],
      ['needs-sign-in', 'auth-method-changed', false],
    ]);
  });

  it('Cancel saves nothing and keeps what was typed; a change that affects no mailbox asks nothing', async () => {
    const { el, root, adapter } = await formFixture({}, { provider: M365 });
    await click(el, getByRole(root, 'checkbox', 'Load emails'));
    await click(el, apply(root));
    const dialog = impactDialog(root);
    await waitUntil(() => dialog.open, 'no impact preview');
    expect(dialog.textContent).to.contain('stops loading mail');
    await expect(el).to.be.accessible();
    getByRole(dialog, 'button', 'Cancel').click();
    await waitUntil(() => !dialog.open);
    expect(adapter.calls.some((call) => call.method === 'saveProvider')).to.equal(false);
    expect(getByRole<HTMLInputElement>(root, 'checkbox', 'Load emails').checked).to.equal(false);
    await click(el, getByRole(root, 'checkbox', 'Load emails'));
    const name = getByRole<HTMLInputElement>(root, 'textbox', 'Name');
    await type(el, name, 'Contoso 365');
    await click(el, apply(root));
    await waitUntil(async () => (await adapter.listProviders())[0]!.name === 'Contoso 365', 'not saved');
    expect(dialog.open).to.equal(false);
  });

  it('speaks Russian', async () => {
    const { el, root } = await formFixture({}, { provider: M365, locale: 'ru' });
    await waitUntil(() => queryByRole(root, 'radio', 'Basic') !== null && root.textContent!.includes('Применить'), 'no Russian');
    await click(el, getByRole(root, 'radio', 'Basic'));
    await click(el, getByRole(root, 'button', 'Применить'));
    const dialog = impactDialog(root);
    await waitUntil(() => dialog.open, 'no impact preview');
    expect(getByRole(dialog, 'list', 'Затронутые почтовые ящики').textContent).to.contain('нужно войти снова');
    await expect(el).to.be.accessible();
    getByRole(dialog, 'button', 'Отмена').click();
  });
});

describe('<provider-settings-form> defaults that fit the service (issue 11, item 5)', () => {
  it('a new IMAP/SMTP provider on another server starts on Basic; Google hosts get OAuth 2.0 with Google help', async () => {
    const { el, root } = await formFixture();
    await click(el, getByRole(root, 'radio', 'IMAP/SMTP'));
    expect(getByRole<HTMLInputElement>(root, 'radio', 'Basic').checked).to.equal(true);
    await type(el, getByRole(root, 'textbox', 'Incoming server'), 'imap.gmail.com');
    await waitUntil(() => getByRole<HTMLInputElement>(root, 'radio', 'OAuth 2.0').checked, 'not OAuth 2.0 for Gmail');
    expect(root.querySelector('.registration')!.textContent).to.contain('Google Cloud console');
    expect(root.querySelector('.registration')!.textContent).not.to.contain('Entra');
    await expect(el).to.be.accessible();
  });
});

describe('<provider-settings-form> focus and feedback (issue 11, items 6 and 8)', () => {
  it('Replace secret focuses the new secret without an error yet; Keep current secret returns to Replace secret', async () => {
    const { el, root } = await formFixture({}, { provider: M365 });
    await click(el, getByRole(root, 'button', 'Replace secret'));
    const secret = getByRole<HTMLInputElement>(root, 'password', 'Client secret');
    await waitUntil(() => root.activeElement === secret, 'focus did not move to the secret');
    expect(secret.getAttribute('aria-invalid')).not.to.equal('true');
    await expect(el).to.be.accessible();
    await click(el, getByRole(root, 'button', 'Keep current secret'));
    await waitUntil(() => root.activeElement === getByRole(root, 'button', 'Replace secret'), 'focus dropped');
  });

  it('removing a domain focuses the chip that took its place, then the Domains box', async () => {
    const { el, root } = await formFixture({}, { provider: M365 });
    await click(el, getByRole(root, 'button', 'Remove domain contoso.com'));
    await waitUntil(() => root.activeElement === getByRole(root, 'button', 'Remove domain contoso.onmicrosoft.com'), 'focus dropped');
    await click(el, getByRole(root, 'button', 'Remove domain contoso.onmicrosoft.com'));
    await waitUntil(() => root.activeElement === getByRole(root, 'textbox', 'Domains'), 'focus dropped');
    await expect(el).to.be.accessible();
  });

  it('the error summary updates as fields are fixed', async () => {
    const { el, root } = await formFixture();
    await click(el, apply(root));
    const summary = root.querySelector('[part="summary"]')!;
    await waitUntil(() => /need attention|needs attention/.test(summary.textContent!), 'no summary');
    const before = summary.textContent!.trim();
    await type(el, getByRole(root, 'textbox', 'Name'), 'Contoso');
    await el.updateComplete;
    expect(summary.textContent!.trim()).not.to.equal(before);
    await expect(el).to.be.accessible();
  });
});
