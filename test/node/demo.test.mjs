// The demo host (`npm start`): served by Vite's dev server, driven in headless
// Chromium, checked the way a user and assistive technology find things — by
// role and accessible name.

import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, missingChromium } from '../../scripts/chromium.mjs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const configFile = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
const noChromium = missingChromium() ?? false;

/** Polls `locator`'s visible text until it matches `expected`, then asserts it (so a failure shows the last text). */
async function expectText(locator, expected, timeout = 5000) {
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = (await locator.innerText().catch(() => '')).replace(/\s+/g, ' ');
    if (expected.test(text)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.match(text, expected);
}

/** Whether `locator` (or something inside it, through open shadow roots) has the focus. */
function hasFocus(locator) {
  return locator.evaluate((element) => {
    for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) {
      if (element === active || element.contains(active)) return true;
    }
    return false;
  });
}

describe('demo host', { skip: noChromium, timeout: 120_000 }, () => {
  let server;
  let browser;
  let page;
  let url;
  const problems = [];

  before(async () => {
    const [{ createServer }, { chromium }] = await Promise.all([import('vite'), import('playwright-core')]);
    server = await createServer({ configFile, server: { port: 0 }, logLevel: 'error' });
    await server.listen();
    url = `http://127.0.0.1:${server.httpServer.address().port}/`;

    browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: 30_000 });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(url);
  });

  // A failed test must not leave a modal dialog over the page for the next one.
  afterEach(() => page?.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close())));

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('reports the adapter state: administrator, Exchange Listener configured, the seeded mailboxes', async () => {
    const state = page.getByRole('status', { name: 'Adapter state' });
    await expectText(state, /Administration access:? yes/);
    await expectText(state, /Exchange Listener:? configured/);
    await expectText(state, /Mailboxes:? 2/);
  });

  test('the Email tab has a menu with New account and Go to mailbox settings (R3)', async () => {
    assert.equal(await page.getByRole('tab', { name: 'Email', exact: true }).getAttribute('aria-selected'), 'true');
    await page.getByRole('tabpanel', { name: 'Email' }).waitFor();

    const actions = page.getByRole('button', { name: 'Email actions', exact: true });
    await actions.click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    const items = menu.getByRole('menuitem');
    assert.deepEqual(await items.allInnerTexts(), ['New account', 'Go to mailbox settings']);
    assert.ok(await hasFocus(menu.getByRole('menuitem', { name: 'New account', exact: true })), 'the first item has the focus');

    await page.keyboard.press('ArrowDown');
    assert.ok(await hasFocus(menu.getByRole('menuitem', { name: 'Go to mailbox settings', exact: true })), 'ArrowDown moves to the next item');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    assert.ok(await hasFocus(actions), 'Escape returns the focus to the menu button');
  });

  test('New account opens the wizard; Escape asks before discarding, Cancel closes, and focus returns (R3, R5, R6)', async () => {
    const actions = page.getByRole('button', { name: 'Email actions', exact: true });
    await actions.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Add mail account', exact: true });
    await dialog.waitFor();
    assert.ok(await hasFocus(dialog), 'the focus moves into the dialog');
    // one heading, the wizard's own: the host dialog shows no second title
    assert.equal(await dialog.getByRole('heading', { name: 'Add mail account', exact: true }).count(), 1);

    await dialog.getByRole('textbox', { name: 'Email address' }).fill('new.user@contoso.com');
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByText('contoso.com is served by Microsoft 365 (Contoso).').waitFor(); // recognised from the domain
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    const login = dialog.getByRole('textbox', { name: 'Login' });
    await login.waitFor();
    assert.equal(await login.inputValue(), 'new.user@contoso.com', 'the login is formed from the address');
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).waitFor();

    // Escape: the wizard asks first, in its own dialog; Escape there keeps the wizard, and the host's dialog stays
    const discard = page.getByRole('dialog', { name: 'Unsaved changes will be lost. Discard them?' });
    await login.focus();
    await page.keyboard.press('Escape');
    await discard.waitFor();
    await page.keyboard.press('Escape');
    await discard.waitFor({ state: 'hidden' });
    assert.ok(await dialog.isVisible(), 'Escape in the inner dialog leaves the host dialog open');
    assert.ok(await hasFocus(dialog), 'the focus stays in the wizard');

    // Cancel, confirmed: the wizard fires mail-wizard-cancelled, and the host closes its dialog
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await discard.getByRole('button', { name: 'Discard', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(actions), 'the focus returns to the menu button');
  });

  test('the wizard adds a mailbox: its success step stays on screen, the page counts it, Done closes', async () => {
    const actions = page.getByRole('button', { name: 'Email actions', exact: true });
    await actions.click();
    await page.getByRole('menuitem', { name: 'New account', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add mail account', exact: true });
    await dialog.getByRole('textbox', { name: 'Email address' }).fill('new.user@contoso.com');

    // the host's Close button asks through the wizard's own discard dialog (no native confirm)
    const native = [];
    page.on('dialog', (prompt) => {
      native.push(prompt.message());
      return prompt.dismiss();
    });
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('button', { name: 'Keep editing', exact: true }).click();
    assert.ok(await dialog.isVisible(), 'kept editing: the dialog stays open');
    assert.equal(await dialog.getByRole('textbox', { name: 'Email address' }).inputValue(), 'new.user@contoso.com');

    await dialog.getByRole('textbox', { name: 'Email address' }).press('Enter'); // Next, from the field
    await dialog.getByText('contoso.com is served by Microsoft 365 (Contoso).').waitFor();
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.getByText('Signed in as new.user@contoso.com').first().waitFor();
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.getByText('Mailbox new.user@contoso.com is added.').waitFor();
    await dialog.getByRole('button', { name: 'Add another mailbox', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Done', exact: true }).waitFor();

    const state = page.getByRole('status', { name: 'Adapter state' });
    await expectText(state, /Mailboxes:? 3/);
    await expectText(page.getByRole('button', { name: /^Mail accounts \d+ mailbox/ }), /^3 mailboxes$/);

    // nothing left to lose: Done ends the flow and the host closes its dialog
    await dialog.getByRole('button', { name: 'Done', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(native, [], 'no native confirm()');
    assert.ok(await hasFocus(actions), 'the focus returns to the menu button');

    await page.getByRole('button', { name: 'Reset demo data', exact: true }).click();
    await expectText(state, /Mailboxes:? 2/);
  });

  test('Go to mailbox settings shows the list under its title; Add opens the wizard in the list’s own dialog (R3)', async () => {
    const actions = page.getByRole('button', { name: 'Email actions', exact: true });
    await actions.click();
    await page.getByRole('menuitem', { name: 'Go to mailbox settings', exact: true }).click();

    const settings = page.getByRole('dialog', { name: 'Mailbox settings', exact: true });
    await settings.getByRole('heading', { name: 'Mailbox settings', level: 2 }).waitFor();
    await settings.getByRole('heading', { name: 'Mail accounts', level: 3 }).waitFor(); // the list's sections, below the title
    await settings.getByText('alex.wilber@contoso.com', { exact: true }).waitFor();
    const add = settings.getByRole('button', { name: 'Add', exact: true });
    await add.click();

    const wizard = page.getByRole('dialog', { name: 'Add mail account', exact: true });
    await wizard.getByRole('heading', { name: 'Add mail account' }).waitFor();
    await wizard.getByRole('textbox', { name: 'Email address' }).waitFor();
    await page.keyboard.press('Escape');
    await wizard.waitFor({ state: 'hidden' });
    assert.ok(await settings.isVisible(), 'Escape closed the inner dialog only');
    assert.ok(await hasFocus(add), 'closing the wizard returns the focus to Add');

    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(actions), 'the focus returns to the menu button');
  });

  test('Mail accounts in the profile lists the mailboxes and, for an administrator, the providers (R4, R1)', async () => {
    const mailAccounts = page.getByRole('button', { name: /^Mail accounts \d+ mailbox/ });
    await expectText(mailAccounts, /^2 mailboxes$/);
    await mailAccounts.click();

    const dialog = page.getByRole('dialog', { name: 'Mail accounts', exact: true });
    await dialog.waitFor();
    assert.ok(await hasFocus(dialog), 'the focus moves into the dialog');
    await dialog.getByText('alex.wilber@contoso.com', { exact: true }).waitFor();
    await dialog.getByText('megan.bowen@contoso.com', { exact: true }).waitFor();
    assert.equal(await dialog.getByRole('heading', { name: 'Mail accounts', exact: true }).count(), 1, 'one heading, the list’s');
    await dialog.getByRole('heading', { name: 'Mail providers', exact: true }).waitFor();

    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add mail account', exact: true });
    await wizard.getByRole('heading', { name: 'Add mail account' }).waitFor();
    await page.keyboard.press('Escape');
    await wizard.waitFor({ state: 'hidden' });

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(mailAccounts), 'Escape returns the focus to Mail accounts');
  });

  test('Administrator and Exchange Listener configured change what the page and the elements show (R1, R2), and persist', async () => {
    const state = page.getByRole('status', { name: 'Adapter state' });
    await page.getByRole('checkbox', { name: 'Administrator', exact: true }).uncheck();
    await expectText(state, /Administration access:? no/);
    await page.getByRole('checkbox', { name: 'Exchange Listener configured', exact: true }).uncheck();
    await expectText(state, /Exchange Listener:? not configured/);
    assert.deepEqual(await page.evaluate(() => [window.demoAdapter.canManageAdministration, window.demoAdapter.syncService]), [
      false,
      'not-configured',
    ]);

    // R1: without the right, no providers section
    await page.getByRole('button', { name: /^Mail accounts \d+ mailbox/ }).click();
    const list = page.getByRole('dialog', { name: 'Mail accounts', exact: true });
    await list.getByText('alex.wilber@contoso.com', { exact: true }).waitFor();
    await list.getByText(/Access to the Administration workplace/).waitFor();
    assert.equal(await list.getByRole('heading', { name: 'Mail providers' }).count(), 0);
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });

    // R2: the wizard says so for an Exchange provider
    await page.getByRole('button', { name: 'Email actions', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New account', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Add mail account', exact: true });
    await wizard.getByRole('textbox', { name: 'Email address' }).fill('new.user@contoso.com');
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    await wizard.getByText('The Exchange Listener synchronisation service is not configured.').waitFor();
    await wizard.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Discard', exact: true }).click();
    await wizard.waitFor({ state: 'detached' });

    await page.reload();
    assert.equal(await page.getByRole('checkbox', { name: 'Administrator', exact: true }).isChecked(), false);
    await expectText(state, /Administration access:? no/);
    await expectText(state, /Exchange Listener:? not configured/);

    await page.getByRole('checkbox', { name: 'Administrator', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Exchange Listener configured', exact: true }).check();
    await expectText(state, /Administration access:? yes/);
    await expectText(state, /Exchange Listener:? configured/);
  });

  test('Language → Русский switches the page and the elements, which follow <html lang> live', async () => {
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Русский' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');

    const mailAccounts = page.getByRole('button', { name: /^Учетные записи почты \d+/ });
    await expectText(mailAccounts, /^2 почтовых ящика$/);
    await page.getByRole('checkbox', { name: 'Администратор', exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Exchange Listener настроен', exact: true }).waitFor();
    // The demo controls of issue 11, item 11, in Russian as well.
    await page.getByRole('checkbox', { name: 'Exchange Listener доступен', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Следующая проверка подключения', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Вход OAuth', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Сбросить демо-данные', exact: true }).waitFor();
    await expectText(page.getByRole('status', { name: 'Состояние адаптера' }), /Доступ к администрированию:? да/);

    await page.getByRole('button', { name: 'Действия с почтой', exact: true }).click();
    assert.deepEqual(await page.getByRole('menu').getByRole('menuitem').allInnerTexts(), [
      'Новая учетная запись',
      'Перейти к настройке почтовых ящиков',
    ]);
    await page.getByRole('menuitem', { name: 'Перейти к настройке почтовых ящиков', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Настройка почтовых ящиков', exact: true });
    await settings.getByRole('button', { name: 'Добавить', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });

    await mailAccounts.click();
    const dialog = page.getByRole('dialog', { name: 'Учетные записи почты', exact: true });
    await dialog.getByRole('heading', { name: 'Учетные записи почты', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Добавить', exact: true }).waitFor();
    // the elements re-render when the page's language changes under them
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await dialog.getByRole('heading', { name: 'Mail accounts', exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Add', exact: true }).waitFor();
    await page.evaluate(() => (document.documentElement.lang = 'ru'));
    await dialog.getByRole('button', { name: 'Добавить', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('combobox', { name: 'Язык', exact: true }).selectOption({ label: 'English' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('button', { name: /^Mail accounts \d+ mailbox/ }).waitFor();
  });

  test('Reset demo data brings back the seeded mailboxes, which otherwise persist over a reload', async () => {
    const mailAccounts = page.getByRole('button', { name: /^Mail accounts \d+ mailbox/ });
    await page.evaluate(async () => {
      const [first] = await window.demoAdapter.listAccounts();
      await window.demoAdapter.deleteAccount(first.id);
    });
    await expectText(mailAccounts, /^1 mailbox$/);

    await page.reload();
    await expectText(mailAccounts, /^1 mailbox$/);

    await page.getByRole('button', { name: 'Reset demo data', exact: true }).click();
    await expectText(mailAccounts, /^2 mailboxes$/);
    await expectText(page.getByText('Demo data reset.'), /Demo data reset\./);
    await expectText(page.getByRole('status', { name: 'Adapter state' }), /Administration access:? yes/);
  });

  test('Next connection check, OAuth sign-in and Exchange Listener reachable play the backend (issue 11, item 11)', async () => {
    const state = page.getByRole('status', { name: 'Adapter state' });
    const read = () => page.evaluate(() => [window.demoAdapter.connectionCheck, window.demoAdapter.oauthSignIn, window.demoAdapter.syncService]);
    await page.getByRole('combobox', { name: 'Next connection check', exact: true }).selectOption({ label: 'TLS certificate expired' });
    await page.getByRole('combobox', { name: 'OAuth sign-in', exact: true }).selectOption({ label: 'Cancelled' });
    const reachable = page.getByRole('checkbox', { name: 'Exchange Listener reachable', exact: true });
    await reachable.uncheck();
    await expectText(state, /Exchange Listener:? unreachable/);
    assert.deepEqual(await read(), ['tls-expired', 'cancelled', 'unreachable']);

    // a real outcome through the wizard: the check fails the chosen way
    await page.getByRole('combobox', { name: 'Next connection check', exact: true }).selectOption({ label: 'Connection refused' });
    const outcome = await page.evaluate(async () =>
      window.demoAdapter
        .checkConnection({
          providerId: 'imap-northwind',
          email: 'a@northwindtraders.com',
          login: 'a',
          auth: { method: 'basic', password: { action: 'replace', value: 'x' } },
        })
        .then(
          () => 'passed',
          (error) => error.kind,
        ),
    );
    assert.equal(outcome, 'unreachable');

    // a server's reply from the error translator's group: every check fails with its words until changed
    await page.getByRole('combobox', { name: 'Next connection check', exact: true }).selectOption({ label: 'AADSTS65001 — consent not granted' });
    const replies = await page.evaluate(async () => {
      const request = {
        providerId: 'imap-northwind',
        email: 'a@northwindtraders.com',
        login: 'a',
        auth: { method: 'basic', password: { action: 'replace', value: 'x' } },
      };
      const once = () =>
        window.demoAdapter.checkConnection(request).then(
          () => 'passed',
          (error) => `${error.kind} ${error.details?.rawCode}`,
        );
      return [await once(), await once()];
    });
    assert.deepEqual(replies, ['auth-failed AADSTS65001', 'auth-failed AADSTS65001']);
    await page.getByRole('combobox', { name: 'Next connection check', exact: true }).selectOption({ label: 'Connection refused' });

    // reachable means something only while the service is configured
    const configured = page.getByRole('checkbox', { name: 'Exchange Listener configured', exact: true });
    await configured.uncheck();
    assert.equal(await reachable.isDisabled(), true);
    await expectText(state, /Exchange Listener:? not configured/);

    await page.reload();
    assert.deepEqual(await read(), ['connection-refused', 'cancelled', 'not-configured'], 'the choices persist');
    await page.getByRole('checkbox', { name: 'Exchange Listener configured', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Exchange Listener reachable', exact: true }).check();
    await page.getByRole('combobox', { name: 'Next connection check', exact: true }).selectOption({ label: 'Succeeds' });
    await page.getByRole('combobox', { name: 'OAuth sign-in', exact: true }).selectOption({ label: 'Succeeds' });
    assert.deepEqual(await read(), ['succeeds', 'succeeds', 'ok']);
  });

  test('axe finds no violations: the page, the Mail accounts dialog, and the provider dialog over it (issue 11, item 10)', async () => {
    await page.addScriptTag({ path: AXE_PATH });
    const violations = () =>
      page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      });
    assert.deepEqual(await violations(), [], 'the page');

    const mailAccounts = page.getByRole('button', { name: /^Mail accounts \d+ mailbox/ });
    assert.match(await mailAccounts.textContent(), /2 mailboxes/);
    await mailAccounts.click();
    const list = page.getByRole('dialog', { name: 'Mail accounts', exact: true });
    await list.getByText('alex.wilber@contoso.com', { exact: true }).waitFor();
    assert.deepEqual(await violations(), [], 'the Mail accounts dialog');

    await list.getByRole('button', { name: 'Add provider', exact: true }).click();
    await page.getByRole('textbox', { name: 'Mail service address' }).waitFor();
    // The form shows its fields at once, inert until the adapter answers: check it as the user meets it, editable.
    await page.locator('provider-settings-form form[part="form"]:not([inert])').waitFor();
    assert.deepEqual(await violations(), [], 'the provider dialog');
  });

  test('no console errors or page errors', () => {
    assert.deepEqual(problems, []);
  });
});
