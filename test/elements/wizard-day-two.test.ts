import { expect, waitUntil } from '@open-wc/testing';
import { createDemoData } from '../../src/adapter/index.js';
import { getByRole, queryByRole } from '../helpers/queries.js';
import { atStep, button, click, focused, settle, toCheckWithPassword, toProvider, type, wizardFixture } from './wizard-helpers.js';

const demo = createDemoData();
const M365 = demo.providers[0]!;
const MEGAN = demo.accounts[1]!;

describe('<mail-provider-wizard> finishes (issue 11, item 3)', () => {
  it('shows Done on the success step, marks the last step done, and fires mail-wizard-done', async () => {
    const { el, root } = await wizardFixture();
    await toCheckWithPassword(el, 'pa55word');
    await click(el, button(root, 'Save'));
    await waitUntil(() => queryByRole(root, 'button', 'Done') !== null, 'no Done');
    const steps = [...root.querySelectorAll('[part~="step"]')].map((step) => step.getAttribute('data-state'));
    expect(steps).to.deep.equal(['done', 'done', 'done', 'done']);
    expect(root.querySelector('[aria-current="step"]')).to.equal(null);
    await expect(el).to.be.accessible();
    let detail: unknown;
    el.addEventListener('mail-wizard-done', (event) => (detail = event.detail), { once: true });
    await click(el, button(root, 'Done'));
    expect(detail).to.have.nested.property('account.email', 'pat@fabrikam.com');
    expect(JSON.stringify(detail)).not.to.contain('pa55word');
  });

  it('requestClose asks through its own discard dialog when something was typed', async () => {
    const { el, root } = await wizardFixture();
    expect(await el.requestClose()).to.equal(true);
    await type(el, getByRole(root, 'textbox', 'Email address'), 'someone@contoso.com');
    const pending = el.requestClose();
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the discard dialog did not open');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')!.click();
    expect(await pending).to.equal(false);
    expect(el.dirty).to.equal(true);
    const again = el.requestClose();
    await waitUntil(() => dialog.open);
    let cancelled = false;
    el.addEventListener('mail-wizard-cancelled', () => (cancelled = true), { once: true });
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    expect(await again).to.equal(true);
    expect(cancelled).to.equal(true);
  });
});

describe('<mail-provider-wizard> re-authorise in place (issue 11, item 1)', () => {
  it('reauthorize(): Sign in again for the mailbox only, then saves it as it was, connected', async () => {
    const { el, root, adapter } = await wizardFixture({ latencyMs: 5 });
    el.reauthorize(MEGAN, M365);
    await atStep(el, 'credentials');
    expect(getByRole(root, 'heading', `Sign in again: ${MEGAN.email}`)).to.exist;
    expect(queryByRole(root, 'button', 'Back')).to.equal(null);
    await expect(el).to.be.accessible();
    const events: string[] = [];
    for (const name of ['mail-account-created', 'mail-account-updated'] as const) el.addEventListener(name, () => events.push(name));
    await click(el, button(root, 'Sign in'));
    await waitUntil(() => root.getElementById('sign-in-status')?.textContent?.includes('Signed in as'), 'not signed in');
    await click(el, button(root, 'Next'));
    await atStep(el, 'check');
    await click(el, button(root, 'Save sign-in'));
    await waitUntil(() => queryByRole(root, 'button', 'Done') !== null, 'not saved');
    expect(root.textContent).to.contain('is connected again');
    expect(queryByRole(root, 'button', 'Add another mailbox')).to.equal(null);
    expect(events).to.deep.equal(['mail-account-updated']);
    const [, megan] = await adapter.listAccounts();
    expect(megan).to.deep.include({ id: MEGAN.id, status: 'connected', displayName: MEGAN.displayName, isShared: true, loadFrom: MEGAN.loadFrom });
    await expect(el).to.be.accessible();
  });

  it('an address already added is offered for re-authorising instead of failing at Save', async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'megan.bowen@contoso.com');
    const notice = root.getElementById('existing-notice')!;
    expect(notice.textContent).to.contain('megan.bowen@contoso.com is already added');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Sign in again'));
    await atStep(el, 'credentials');
    expect(getByRole(root, 'heading', 'Sign in again: megan.bowen@contoso.com')).to.exist;
    await waitUntil(() => focused(root, root.getElementById('step-heading')!) || root.activeElement !== null, 'focus was lost');
  });
});

describe('<mail-provider-wizard> R2 says what it means (issue 11, item 4)', () => {
  it('Retry re-checks the Exchange Listener in place and the notice goes when it is back', async () => {
    const { el, root, adapter } = await wizardFixture({ syncService: 'unreachable' });
    await toProvider(el, 'new.user@contoso.com');
    const notice = root.getElementById('sync-notice')!;
    expect(notice.textContent).to.contain('does not respond').and.contain('press Retry');
    await expect(el).to.be.accessible();
    await click(el, button(root, 'Retry'));
    await settle(el);
    expect(root.getElementById('sync-notice')).to.exist;
    adapter.syncService = 'ok';
    await click(el, button(root, 'Retry'));
    await settle(el);
    await waitUntil(() => root.getElementById('sync-notice') === null, 'the notice stayed');
    await waitUntil(() => focused(root, button(root, 'Next')), 'focus did not land on Next');
    await expect(el).to.be.accessible();
  });

  it('tells a non-administrator to ask for the service, not to add the Exchange provider', async () => {
    const { el, root } = await wizardFixture({ syncService: 'not-configured', canManageAdministration: false });
    await toProvider(el, 'new.user@contoso.com');
    const text = root.getElementById('sync-notice')!.textContent!;
    expect(text).to.contain('Ask your administrator to set it up');
    expect(text).not.to.contain('add the Exchange provider');
    await expect(el).to.be.accessible();
  });

  it('a check refused for lack of permission says what to ask for, without CanManageAdministration', async () => {
    const { el, root, adapter } = await wizardFixture();
    await toCheckWithPassword(el, 'pa55word');
    adapter.injectFault('checkConnection', { type: 'reject', kind: 'forbidden' }, { times: 1 });
    await click(el, button(root, 'Check connection'));
    await waitUntil(() => root.getElementById('check-outcome') !== null, 'no outcome');
    const text = root.getElementById('check-outcome')!.textContent!;
    expect(text).to.contain('allow access to the mailbox for this login');
    expect(text).not.to.contain('CanManageAdministration');
    await expect(el).to.be.accessible();
  });

  it('speaks Russian too', async () => {
    const { el, root } = await wizardFixture({ syncService: 'unreachable' }, { locale: 'ru' });
    await waitUntil(() => root.textContent!.includes('Новая учетная запись'), 'no Russian');
    await type(el, getByRole(root, 'textbox', 'Адрес электронной почты'), 'new.user@contoso.com');
    await click(el, button(root, 'Далее'));
    await atStep(el, 'provider');
    expect(button(root, 'Повторить')).to.exist;
    await expect(el).to.be.accessible();
  });
});

describe('<mail-provider-wizard> Escape in the embedded provider form (issue 11, item 3)', () => {
  it('Escape + Discard returns to the provider step and keeps the email', async () => {
    const { el, root } = await wizardFixture();
    await toProvider(el, 'kim@newcorp.example');
    await click(el, button(root, 'Add provider'));
    await atStep(el, 'provider-form');
    const form = root.querySelector('provider-settings-form')!;
    await waitUntil(() => form.shadowRoot!.querySelector('form'), 'the form did not load');
    const name = getByRole<HTMLInputElement>(form.shadowRoot!, 'textbox', 'Name');
    await type(form, name, 'Newcorp');
    let cancelled = false;
    el.addEventListener('mail-wizard-cancelled', () => (cancelled = true));
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    const dialog = root.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'no discard question');
    await expect(el).to.be.accessible();
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await atStep(el, 'provider');
    expect(cancelled).to.equal(false);
    await click(el, button(root, 'Back'));
    await atStep(el, 'email');
    expect(getByRole<HTMLInputElement>(root, 'textbox', 'Email address').value).to.equal('kim@newcorp.example');
  });
});
