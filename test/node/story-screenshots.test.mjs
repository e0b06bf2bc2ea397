// Each element's default story, built by Storybook and opened in headless
// Chromium, renders the element: a screenshot is taken and the element is
// checked to be on screen with its heading — a broken story or element fails here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const staticDir = join(root, 'node_modules/.cache/storybook-static');
const shotsDir = join(root, 'node_modules/.cache/story-shots');
const DEFAULT_STORIES = [
  { id: 'elements-provider-settings-form--new-provider', tag: 'provider-settings-form', heading: 'New mail provider' },
  { id: 'elements-mail-provider-wizard--email-step', tag: 'mail-provider-wizard', heading: 'Add mail account' },
  { id: 'elements-mail-account-list--default', tag: 'mail-account-list', heading: 'Mail accounts' },
];

let server;
let browser;
let base;

before(
  async () => {
    execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', staticDir], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 240_000,
    });
    mkdirSync(shotsDir, { recursive: true });
    server = await serveStatic({ '/': staticDir }, { fallback: 'index.html' });
    base = server.url;
    browser = await chromium.launch(chromiumLaunchOptions());
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const story of DEFAULT_STORIES) {
  test(`the default story of <${story.tag}> renders the element`, { timeout: 60_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`);
      const element = page.locator(story.tag).first();
      await element.getByRole('heading', { name: story.heading }).waitFor({ timeout: 20_000 });
      const box = await element.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 100, `the element is on screen (${JSON.stringify(box)})`);
      const png = await element.screenshot({ path: join(shotsDir, `${story.tag}.png`) });
      const blank = await page.screenshot({ clip: { x: 0, y: 0, width: 1, height: 1 } });
      assert.ok(png.length > 5_000 && png.length > blank.length * 10, 'the screenshot shows more than an empty box');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

test('story names read well: acronyms stay whole ("OAuth", not "O Auth")', () => {
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
  const names = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => `${entry.title} / ${entry.name}`);
  assert.ok(names.length > 20, 'the index lists the stories');
  assert.deepEqual(
    names.filter((name) => /\bO Auth\b|\bImap Smtp\b|\bI M A P\b|\bS M T P\b/i.test(name)),
    [],
  );
  assert.ok(names.includes('Theming / Your brand') && names.includes('Elements/provider-settings-form / Edit OAuth'), names.join('\n'));
});

test('the Theming page shows the tokens in light and dark, and a brand changes them', { timeout: 60_000 }, async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  /** The computed accent of the Apply button in each panel. */
  const accents = () =>
    page.locator('section').evaluateAll((panels) =>
      panels.map((panel) => {
        const form = panel.querySelector('provider-settings-form');
        const button = form.shadowRoot.querySelector('button[type="submit"]');
        return getComputedStyle(button).backgroundColor;
      }),
    );
  try {
    const shots = {};
    for (const [story, file] of [
      ['theming--tokens', 'theming-tokens.png'],
      ['theming--your-brand', 'theming-your-brand.png'],
    ]) {
      await page.goto(`${base}/iframe.html?id=${story}&viewMode=story`);
      await page
        .getByRole('region', { name: 'Dark' })
        .locator('provider-settings-form')
        .getByRole('button', { name: 'Apply' })
        .waitFor({ timeout: 20_000 });
      shots[story] = await accents();
      await page.screenshot({ path: join(shotsDir, file), fullPage: true });
    }
    const [light, dark] = shots['theming--tokens'];
    assert.notEqual(light, dark, 'light and dark panels use different defaults');
    assert.deepEqual(shots['theming--your-brand'], ['rgb(107, 47, 179)', 'rgb(201, 166, 255)'], 'the brand accent, one per scheme');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
