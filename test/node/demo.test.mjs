// The demo host (`npm start`): served by Vite's dev server, driven in headless
// Chromium, checked the way a user and assistive technology find things — by
// role and accessible name.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const configFile = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
const noChromium = existsSync(CHROME_PATH) ? false : `no Chromium at ${CHROME_PATH}; set CHROME_PATH to run the demo test`;

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

/** Whether `locator` (or something inside it) has the focus. */
function hasFocus(locator) {
  return locator.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
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

    browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS, timeout: 30_000 });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await page.goto(url);
  });

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

  test('New account opens a dialog; Escape closes it and focus returns to the menu button', async () => {
    const actions = page.getByRole('button', { name: 'Email actions', exact: true });
    await actions.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Add mail account' });
    await dialog.waitFor();
    assert.ok(await hasFocus(dialog), 'the focus moves into the dialog');
    await expectText(dialog, /Microsoft 365 \(Contoso\)/); // the providers, read from the adapter

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(actions), 'the focus returns to the menu button');
  });

  test('Go to mailbox settings lists the mailboxes with Add, which starts the same flow', async () => {
    const actions = page.getByRole('button', { name: 'Email actions', exact: true });
    await actions.click();
    await page.getByRole('menuitem', { name: 'Go to mailbox settings', exact: true }).click();

    const settings = page.getByRole('dialog', { name: 'Mailbox settings' });
    await settings.getByRole('cell', { name: 'alex.wilber@contoso.com' }).waitFor();
    const add = settings.getByRole('button', { name: 'Add', exact: true });
    await add.click();

    const wizard = page.getByRole('dialog', { name: 'Add mail account' });
    await wizard.waitFor();
    await page.keyboard.press('Escape');
    await wizard.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(add), 'closing the flow returns the focus to Add');

    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(actions), 'the focus returns to the menu button');
  });

  test('Mail accounts in the profile shows the seeded mailboxes in its dialog (R4)', async () => {
    const mailAccounts = page.getByRole('button', { name: 'Mail accounts', exact: true });
    await expectText(mailAccounts, /^2 mailboxes$/);
    await mailAccounts.click();

    const dialog = page.getByRole('dialog', { name: 'Mail accounts' });
    await dialog.waitFor();
    assert.ok(await hasFocus(dialog), 'the focus moves into the dialog');
    await dialog.getByRole('cell', { name: 'alex.wilber@contoso.com' }).waitFor();
    await dialog.getByRole('cell', { name: 'megan.bowen@contoso.com' }).waitFor();
    await dialog.getByRole('button', { name: 'Add', exact: true }).waitFor();

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.ok(await hasFocus(mailAccounts), 'Escape returns the focus to Mail accounts');
  });

  test('Administrator and Exchange Listener configured change what the page reports (R1, R2), and persist', async () => {
    const state = page.getByRole('status', { name: 'Adapter state' });
    await page.getByRole('checkbox', { name: 'Administrator', exact: true }).uncheck();
    await expectText(state, /Administration access:? no/);
    await page.getByRole('checkbox', { name: 'Exchange Listener configured', exact: true }).uncheck();
    await expectText(state, /Exchange Listener:? not configured/);
    assert.deepEqual(
      await page.evaluate(() => [window.demoAdapter.canManageAdministration, window.demoAdapter.syncService]),
      [false, 'not-configured'],
    );

    // the flow's dialogs say so too
    await page.getByRole('button', { name: 'Mail accounts', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Mail accounts' });
    await expectText(dialog, /needs the system operation/);
    await expectText(dialog, /Exchange Listener is not configured/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    assert.equal(await page.getByRole('checkbox', { name: 'Administrator', exact: true }).isChecked(), false);
    await expectText(state, /Administration access:? no/);
    await expectText(state, /Exchange Listener:? not configured/);

    await page.getByRole('checkbox', { name: 'Administrator', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Exchange Listener configured', exact: true }).check();
    await expectText(state, /Administration access:? yes/);
    await expectText(state, /Exchange Listener:? configured/);
  });

  test('Language → Русский switches to the Russian labels', async () => {
    await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'Русский' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');

    const mailAccounts = page.getByRole('button', { name: 'Учетные записи почты', exact: true });
    await expectText(mailAccounts, /^2 почтовых ящика$/);
    await page.getByRole('checkbox', { name: 'Администратор', exact: true }).waitFor();
    await page.getByRole('checkbox', { name: 'Exchange Listener настроен', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Сбросить демо-данные', exact: true }).waitFor();
    await expectText(page.getByRole('status', { name: 'Состояние адаптера' }), /Доступ к администрированию:? да/);

    await page.getByRole('button', { name: 'Действия с почтой', exact: true }).click();
    assert.deepEqual(await page.getByRole('menu').getByRole('menuitem').allInnerTexts(), [
      'Новая учетная запись',
      'Перейти к настройке почтовых ящиков',
    ]);
    await page.getByRole('menuitem', { name: 'Перейти к настройке почтовых ящиков', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Настройка почтовых ящиков' });
    await dialog.getByRole('button', { name: 'Добавить', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('combobox', { name: 'Язык', exact: true }).selectOption({ label: 'English' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('button', { name: 'Mail accounts', exact: true }).waitFor();
  });

  test('Reset demo data brings back the seeded mailboxes, which otherwise persist over a reload', async () => {
    const mailAccounts = page.getByRole('button', { name: 'Mail accounts', exact: true });
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

  test('no console errors or page errors', () => {
    assert.deepEqual(problems, []);
  });
});
