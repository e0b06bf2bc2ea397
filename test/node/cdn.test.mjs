// The README's no-bundler page, served as-is from a plain static folder by
// node:http on loopback, with dist/cdn/mail-provider-wizard.js in vendor/: the
// wizard must render in Chromium from that one module, with no other request.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions, missingChromium } from '../../scripts/chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const noChromium = missingChromium() ?? false;

/** The README's page: the html block after the comment that names this test. */
function readmePage() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const match = /<!-- test\/node\/cdn\.test\.mjs[^>]*-->\s*```html\n([\s\S]*?)```/.exec(readme);
  assert.ok(match, 'README has the no-bundler page');
  return match[1];
}

describe('no-bundler page from a static folder', { skip: noChromium, timeout: 60_000 }, () => {
  let dir;
  let server;
  let browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mpe-static-'));
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'index.html'), readmePage());
    copyFileSync(join(root, 'dist/cdn/mail-provider-wizard.js'), join(dir, 'vendor/mail-provider-wizard.js'));
    server = await serveStatic({ '/': dir });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('renders the wizard from one module, and it works', async () => {
    const page = await browser.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      const favicon = message.location().url.endsWith('/favicon.ico');
      if ((message.type() === 'error' || message.type() === 'warning') && !favicon) problems.push(message.text());
    });
    await page.goto(`${server.url}/`);
    const email = page.getByRole('textbox', { name: 'Email address' });
    await email.waitFor({ timeout: 10_000 });
    await email.fill('alex.wilber@contoso.com');
    await page.getByRole('button', { name: 'Next' }).click();
    // contoso.com is a demo provider: the wizard recognised it through the bundled InMemoryAdapter.
    await page.getByText('Microsoft 365 (Contoso)').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(
      requests.filter((path) => path !== '/favicon.ico'),
      ['/', '/vendor/mail-provider-wizard.js'],
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});

test('the prebuilt modules import nothing: every dependency is inside', () => {
  for (const tag of ['provider-settings-form', 'mail-provider-wizard', 'mail-account-list']) {
    const source = readFileSync(join(root, `dist/cdn/${tag}.js`), 'utf8');
    assert.doesNotMatch(source, /(^|[;\s}])import\s*[\w{*"'`]|\bimport\(/, `${tag}.js has no import`);
    assert.match(source, new RegExp(`"${tag}"|'${tag}'|\`${tag}\``), `${tag}.js names its tag`);
  }
});
