// The library build minifies template and CSS text (scripts/minify-templates.mjs).
// This proves it changes no pixel: Storybook is built twice, with and without that
// minification, and every story is screenshotted in both builds in headless
// Chromium and compared pixel by pixel (a channel may differ by anti-aliasing noise, see RASTER_NOISE).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');
const cache = join(root, 'node_modules/.cache/minified-render');
const builds = { plain: join(cache, 'plain'), minified: join(cache, 'minified') };
const diffDir = join(cache, 'diffs');
let browser;
const servers = [];
const bases = {};

async function serve(dir) {
  const server = await serveStatic({ '/': dir }, { fallback: 'index.html' });
  servers.push(server);
  return server.url;
}

before(
  async () => {
    mkdirSync(diffDir, { recursive: true });
    for (const [name, dir] of Object.entries(builds)) {
      execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', dir], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 240_000,
        env: { ...process.env, MPE_MINIFY_TEMPLATES: name === 'minified' ? '1' : '0' },
      });
      bases[name] = await serve(dir);
    }
    browser = await chromium.launch(chromiumLaunchOptions({ extraArgs: ['--force-color-profile=srgb', '--font-render-hinting=none'] }));
  },
  { timeout: 600_000 },
);

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** Opens a story, waits until its play function (if any) is done and the page is still, and screenshots it. */
async function shoot(base, id) {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, reducedMotion: 'reduce' });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForFunction(
      () => ['played', 'completed', 'finished', 'errored', 'aborted'].includes(globalThis.__STORYBOOK_PREVIEW__?.currentRender?.phase),
      null,
      { timeout: 30_000, polling: 50 },
    );
    // Fonts first (a glyph drawn in the fallback font differs), then let pending adapter answers
    // and renders settle: three screenshots in a row, a moment apart, must agree (on a busy
    // machine one quiet moment is not enough).
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    let previous = await page.screenshot({ fullPage: true, animations: 'disabled' });
    for (let attempt = 0, same = 0; attempt < 20 && same < 2; attempt++) {
      await page.waitForTimeout(150);
      const next = await page.screenshot({ fullPage: true, animations: 'disabled' });
      same = next.equals(previous) ? same + 1 : 0;
      previous = next;
    }
    return { png: previous, errors };
  } finally {
    await page.close();
  }
}

/**
 * How far one colour channel may differ and still count as the same pixel. Chromium's
 * anti-aliasing of a curved edge varies by a few levels between two renders of the same
 * page (seen: ±4 on a step marker's circle); a change the minification made — a moved
 * glyph, a lost space — differs by far more at every edge it touches.
 */
const RASTER_NOISE = 12;

function differingPixels(a, b) {
  const one = PNG.sync.read(a);
  const two = PNG.sync.read(b);
  if (one.width !== two.width || one.height !== two.height)
    return { count: Infinity, size: `${one.width}×${one.height} vs ${two.width}×${two.height}` };
  let count = 0;
  for (let i = 0; i < one.data.length; i++) {
    if (Math.abs(one.data[i] - two.data[i]) > RASTER_NOISE) {
      count++;
      i += 3 - (i % 4);
    }
  }
  return { count };
}

test('every story renders pixel-identically with minified templates', { timeout: 900_000 }, async () => {
  const index = JSON.parse(readFileSync(join(builds.plain, 'index.json'), 'utf8'));
  // STORY_FILTER=provider-settings-form narrows a local run; npm test compares every story.
  const filter = process.env.STORY_FILTER ?? '';
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && entry.id.includes(filter))
    .map((entry) => entry.id);
  assert.ok(filter || stories.length >= 40, `expected every story in the index, found ${stories.length}`);
  const mismatches = [];
  for (const id of stories) {
    let [plain, minified] = await Promise.all([shoot(bases.plain, id), shoot(bases.minified, id)]);
    assert.deepEqual(minified.errors, plain.errors, `${id}: the same page errors in both builds`);
    let { count, size } = plain.png.equals(minified.png) ? { count: 0 } : differingPixels(plain.png, minified.png);
    // A difference the minification makes is there every time; a glyph rasterised
    // while the other page loaded its fallback font is not: shoot again, one at a time.
    for (let retry = 0; retry < 2 && count > 0; retry++) {
      plain = await shoot(bases.plain, id);
      minified = await shoot(bases.minified, id);
      ({ count, size } = plain.png.equals(minified.png) ? { count: 0 } : differingPixels(plain.png, minified.png));
    }
    if (count === 0) continue;
    writeFileSync(join(diffDir, `${id}.plain.png`), plain.png);
    writeFileSync(join(diffDir, `${id}.minified.png`), minified.png);
    mismatches.push(`${id}: ${size ?? `${count} pixels differ`}`);
  }
  assert.deepEqual(mismatches, [], `stories that render differently (PNGs in ${diffDir})`);
});
