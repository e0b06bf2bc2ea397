// Every code block in docs/guide.md is executed or compiled by a test, so the
// guide cannot drift from the code. This file runs the plain-HTML page (in
// Chromium, from a static folder with the prebuilt module and the REST contract
// server behind /api/mail-setup), the theming CSS, Vue's isCustomElement, and
// checks the React snippet is the one test/react runs. The Vue component and its
// setup files are type-checked by vue-types.test.mjs, the Angular component is
// compiled by angular.test.mjs.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumLaunchOptions, missingChromium } from '../../scripts/chromium.mjs';
import { startRestServer } from './rest-server.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'docs/guide.md'), 'utf8');
const noChromium = missingChromium() ?? false;

/** Every fenced block: the nearest heading above it, its language, its code. */
const blocks = [];
{
  let heading = '';
  for (const match of guide.matchAll(/^(#{2,3} .*)$|^```(\w+)\n([\s\S]*?)^```$/gm)) {
    if (match[1]) heading = match[1].replace(/^#+ /, '');
    else blocks.push({ heading, lang: match[2], code: match[3] });
  }
}
const block = (heading, lang, index = 0) => {
  const found = blocks.filter((b) => b.heading === heading && b.lang === lang)[index];
  assert.ok(found, `the guide has a ${lang} block under "${heading}"`);
  return found.code;
};

/** Where each block is run; a block not listed here fails the first test. */
const RUN_BY = {
  'Plain HTML/html#0': 'this file, in Chromium',
  'React/tsx#0': 'test/react/wrappers.test.tsx (checked verbatim here)',
  'Vue/js#0': 'this file (isCustomElement)',
  'Vue/vue#0': 'vue-types.test.mjs (vue-tsc)',
  'Vue/ts#0': 'vue-types.test.mjs (test/vue/env.d.ts)',
  'Vue/json#0': 'vue-types.test.mjs (test/vue/tsconfig.json)',
  'Angular/ts#0': 'angular.test.mjs (ngc)',
  '3. Theme/css#0': 'this file, in Chromium',
};

test('every block of the guide has a test that runs it', () => {
  const seen = {};
  const keys = blocks.map((b) => {
    const key = `${b.heading}/${b.lang}`;
    seen[key] = (seen[key] ?? -1) + 1;
    return `${key}#${seen[key]}`;
  });
  assert.deepEqual(
    keys.filter((key) => !RUN_BY[key]),
    [],
    'add a test for the new block and list it in RUN_BY',
  );
  assert.deepEqual(
    Object.keys(RUN_BY).filter((key) => !keys.includes(key)),
    [],
    'RUN_BY lists blocks the guide no longer has',
  );
});

test('React: the guide’s AddMailbox is the component test/react runs', () => {
  const normalise = (code) => code.replace(/\s+/g, ' ').trim();
  const component = (code) => normalise(/function AddMailbox[\s\S]*?\n\}/.exec(code)?.[0] ?? '');
  const snippet = component(block('React', 'tsx'));
  assert.ok(snippet.length > 50);
  assert.equal(component(readFileSync(join(root, 'test/react/wrappers.test.tsx'), 'utf8')), snippet);
});

test('Vue: isCustomElement takes the three tags and nothing else', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-guide-vue-'));
  try {
    // The plugin is replaced by one that returns its options, to reach the function.
    const code = block('Vue', 'js').replace(/^import vue from '@vitejs\/plugin-vue';$/m, 'const vue = (options) => options;');
    writeFileSync(join(dir, 'vite.config.mjs'), code);
    const { default: config } = await import(pathToFileURL(join(dir, 'vite.config.mjs')).href);
    const isCustomElement = config.plugins[0].template.compilerOptions.isCustomElement;
    for (const tag of ['provider-settings-form', 'mail-provider-wizard', 'mail-account-list']) assert.equal(isCustomElement(tag), true, tag);
    for (const tag of ['user-card', 'router-view', 'mail-account', 'div']) assert.equal(isCustomElement(tag), false, tag);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('the guide’s pages in Chromium', { skip: noChromium, timeout: 90_000 }, () => {
  let rest;
  let server;
  let browser;
  let base;
  let pagesDir;
  const writePage = (name, html) => writeFileSync(join(pagesDir, name), html);

  before(async () => {
    rest = await startRestServer({ base: '/api/mail-setup' });
    pagesDir = mkdtempSync(join(tmpdir(), 'mpe-guide-'));
    // Same origin as the page, as the guide's relative baseUrl assumes: /api/mail-setup passes through to the contract server.
    const proxy = async (req, res, path) => {
      if (!path.startsWith('/api/mail-setup')) return false;
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      const answer = await fetch(new URL(req.url, rest.url), {
        method: req.method,
        headers: req.headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      });
      res.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
      return true;
    };
    server = await serveStatic({ '/': pagesDir, '/cdn/': join(root, 'dist/cdn') }, { intercept: proxy });
    base = server.url;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: 30_000 });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rest?.close();
    if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
  });

  /** A page whose import map points the package's specifiers at one prebuilt module. */
  const page = (tag, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>guide</title>
<script type="importmap">${JSON.stringify({ imports: { 'mail-provider-elements': `/cdn/${tag}.js`, [`mail-provider-elements/define/${tag}`]: `/cdn/${tag}.js` } })}</script>
</head><body>${body}</body></html>`;

  test('Plain HTML: the list loads the mailboxes through RestAdapter from /api/mail-setup', async () => {
    writePage('plain.html', page('mail-account-list', block('Plain HTML', 'html')));
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(String(error)));
    try {
      await tab.goto(`${base}/plain.html`);
      await tab.locator('mail-account-list').getByText('alex.wilber@contoso.com').first().waitFor({ timeout: 20_000 });
      assert.ok(
        rest.exchanges.some((exchange) => exchange.url === '/api/mail-setup/accounts'),
        'the list asked the contract server',
      );
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });

  test('Theme: the ::part rule reaches the primary button', async () => {
    const css = block('3. Theme', 'css');
    writePage(
      'theme.html',
      page(
        'provider-settings-form',
        `<style>${css}</style><provider-settings-form></provider-settings-form>
<script type="module">
  import { InMemoryAdapter } from 'mail-provider-elements';
  document.querySelector('provider-settings-form').adapter = new InMemoryAdapter();
</script>`,
      ),
    );
    const tab = await browser.newPage();
    try {
      await tab.goto(`${base}/theme.html`);
      const apply = tab.locator('provider-settings-form').getByRole('button', { name: 'Apply' });
      await apply.waitFor({ timeout: 20_000 });
      assert.equal(
        await apply.evaluate((button) => [button.part.contains('primary-button'), getComputedStyle(button).textTransform].join()),
        'true,uppercase',
      );
    } finally {
      await tab.close();
    }
  });
});
