import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { MailSetupErrorKind } from '../../src/adapter/index.js';
import type { MailProviderFormCancelledEvent, MailProviderSavedEvent } from '../../src/events/index.js';
import { description, getByRole, queryByRole } from '../helpers/queries.js';
import { GUID, apply, click, fillValidExchange, formFixture, settle, type } from './form-helpers.js';

describe('<provider-settings-form> saving', () => {
  it('saves through the adapter and fires mail-provider-saved without the secret (R14, B3)', async () => {
    const { root, el, adapter } = await formFixture();
    await fillValidExchange(el, root);
    await type(el, getByRole(root, 'textbox', 'Domains'), 'contoso.example', false);
    const saved = oneEvent(el, 'mail-provider-saved') as Promise<MailProviderSavedEvent>;
    await click(el, apply(root));
    const event = await saved;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.created).to.equal(true);
    expect(event.detail.provider).to.deep.include({ name: 'Contoso cloud', type: 'exchange', serviceAddress: 'mail.contoso.example' });
    expect(event.detail.provider.domains).to.deep.equal(['contoso.example']);
    expect(event.detail.provider.auth).to.deep.equal({ method: 'oauth2', clientId: GUID, hasClientSecret: true });
    expect(JSON.stringify(event.detail)).not.to.contain('top-secret-value');
    const stored = (await adapter.listProviders()).find((p) => p.id === event.detail.provider.id);
    expect(stored?.name).to.equal('Contoso cloud');
    await settle(el);
    // The form now edits what it saved; the typed secret is gone from the page.
    expect(getByRole(root, 'heading', 'Mail provider Contoso cloud')).to.exist;
    expect(queryByRole(root, 'password', 'Client secret')).to.equal(null);
    getByRole(root, 'button', 'Replace secret');
    expect(el.shadowRoot!.innerHTML).not.to.contain('top-secret-value');
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain('is saved');
    expect(el.dirty).to.equal(false);
  });

  it('saves only once however often Apply is pressed, and marks the form busy meanwhile', async () => {
    const { root, el, adapter } = await formFixture({ latencyMs: 300 });
    await fillValidExchange(el, root);
    const button = apply(root);
    button.click();
    await el.updateComplete;
    button.click();
    root.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Saving…');
    expect(root.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await settle(el);
    expect(adapter.calls.filter((c) => c.method === 'saveProvider')).to.have.length(1);
  });

  it('is accessible while saving', async () => {
    const { root, el, adapter } = await formFixture();
    adapter.injectFault('saveProvider', { type: 'hang' });
    await fillValidExchange(el, root);
    apply(root).click();
    await el.updateComplete;
    expect(root.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  const failures: [MailSetupErrorKind, RegExp][] = [
    ['forbidden', /CanManageAdministration/],
    ['unreachable', /./],
    ['timeout', /./],
    ['malformed', /./],
    ['unknown', /./],
  ];
  for (const [kind, text] of failures) {
    it(`shows a ${kind} error from the adapter and keeps everything typed (B2)`, async () => {
      const { root, el, adapter } = await formFixture();
      adapter.injectFault('saveProvider', { type: 'reject', kind }, { times: 1 });
      await fillValidExchange(el, root);
      let fired = false;
      el.addEventListener('mail-provider-saved', () => (fired = true));
      await click(el, apply(root));
      await settle(el);
      const alert = root.querySelector<HTMLElement>('#save-failure')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.match(text);
      expect(el.shadowRoot!.activeElement === alert, 'focus').to.equal(true);
      expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Contoso cloud');
      expect(getByRole<HTMLInputElement>(root, 'password', 'Client secret').value).to.equal('top-secret-value');
      expect(fired).to.equal(false);
      await expect(el).to.be.accessible();
      // Retrying works once the fault is gone.
      await click(el, apply(root));
      await settle(el);
      expect(fired).to.equal(true);
    });
  }

  it('shows a domain conflict from the adapter on the domain (a race)', async () => {
    const { root, el, adapter } = await formFixture();
    adapter.injectFault(
      'saveProvider',
      { type: 'reject', kind: 'conflict', details: { domain: 'contoso.example', providerName: 'Elsewhere' } },
      { times: 1 },
    );
    await fillValidExchange(el, root);
    await type(el, getByRole(root, 'textbox', 'Domains'), 'contoso.example', false);
    await click(el, apply(root));
    await settle(el);
    expect(description(getByRole(root, 'button', 'Remove domain contoso.example'))).to.contain('Elsewhere');
  });

  it('shows malformed adapter answers as an error, not a crash', async () => {
    const { root, el, adapter } = await formFixture();
    adapter.injectFault('saveProvider', { type: 'malformed' }, { times: 1 });
    await fillValidExchange(el, root);
    await click(el, apply(root));
    await settle(el);
    expect(root.querySelector('#save-failure')).to.exist;
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Contoso cloud');
  });

  it('Cancel without changes fires mail-provider-form-cancelled at once', async () => {
    const { root, el } = await formFixture();
    const cancelled = oneEvent(el, 'mail-provider-form-cancelled') as Promise<MailProviderFormCancelledEvent>;
    getByRole(root, 'button', 'Cancel').click();
    const event = await cancelled;
    expect(event.detail).to.deep.equal({ providerId: null });
  });

  it('Cancel with changes asks first: Keep editing keeps them, Discard drops them', async () => {
    const { root, el } = await formFixture();
    await type(el, getByRole(root, 'textbox', 'Name'), 'Half typed');
    let cancelled = 0;
    el.addEventListener('mail-provider-form-cancelled', () => cancelled++);
    const cancel = getByRole(root, 'button', 'Cancel');
    cancel.click();
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open);
    await expect(el).to.be.accessible();
    getByRole(dialog, 'button', 'Keep editing').click();
    await waitUntil(() => !dialog.open);
    await el.updateComplete;
    expect(cancelled).to.equal(0);
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('Half typed');
    await waitUntil(() => el.shadowRoot!.activeElement === cancel, 'focus did not return to Cancel');
    cancel.click();
    await waitUntil(() => dialog.open);
    getByRole(dialog, 'button', 'Discard').click();
    await waitUntil(() => cancelled === 1);
    await el.updateComplete;
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Name').value).to.equal('');
  });

  it('no event carries a secret and no secret reaches an attribute', async () => {
    const { root, el } = await formFixture();
    const seen: string[] = [];
    for (const type of ['mail-provider-saved', 'mail-provider-form-cancelled', 'input', 'change']) {
      el.addEventListener(type, (e) => seen.push(JSON.stringify((e as CustomEvent).detail ?? null)));
    }
    await fillValidExchange(el, root);
    const secret = getByRole(root, 'password', 'Client secret');
    expect(secret.getAttribute('autocomplete')).to.equal('new-password');
    expect(secret.hasAttribute('value')).to.equal(false);
    await click(el, apply(root));
    await settle(el);
    expect(seen.join()).not.to.contain('top-secret-value');
    const attributes = [...root.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
    expect(attributes.join()).not.to.contain('top-secret-value');
  });

  it('shows and hides the client secret with a toggle', async () => {
    const { root, el } = await formFixture();
    const secret = getByRole<HTMLInputElement>(root, 'password', 'Client secret');
    await type(el, secret, 'abc');
    const toggle = getByRole(root, 'button', 'Show password');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await click(el, toggle);
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Client secret').value).to.equal('abc');
    expect(getByRole(root, 'button', 'Hide password').getAttribute('aria-pressed')).to.equal('true');
  });
});
