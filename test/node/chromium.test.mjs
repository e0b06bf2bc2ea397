// The one Chromium lookup every browser-starting tool uses (scripts/chromium.mjs).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CHROMIUM_FLAGS, chromiumLaunchOptions, findChromium, missingChromium } from '../../scripts/chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mpe-chromium-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A fake executable file, so lookups see something that exists. */
function fakeBrowser(...parts) {
  const path = join(dir, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '');
  return path;
}

// Pretends every browser is installed, so only CHROME_PATH can make the lookup choose another.
const everyBrowser = () => true;

describe('Chromium lookup', () => {
  test('CHROME_PATH wins over the system browsers', () => {
    const custom = '/opt/custom/chrome';
    assert.equal(findChromium({ env: { CHROME_PATH: custom }, exists: everyBrowser }), custom);
    assert.equal(chromiumLaunchOptions({ env: { CHROME_PATH: custom }, exists: everyBrowser }).executablePath, custom);
  });

  test('a CHROME_PATH that does not exist is an error naming it, not a quiet fallback', () => {
    const missing = join(dir, 'nowhere', 'chrome');
    const exists = (path) => path !== missing;
    assert.throws(() => findChromium({ env: { CHROME_PATH: missing }, exists }), {
      message: `CHROME_PATH=${missing} does not exist; point it at a Chromium executable or unset it.`,
    });
    assert.match(missingChromium({ env: { CHROME_PATH: missing }, exists }), /does not exist/);
  });

  test('without CHROME_PATH, Debian Chromium comes first', () => {
    assert.equal(findChromium({ env: {}, exists: everyBrowser }), '/usr/bin/chromium');
    assert.equal(findChromium({ env: {}, exists: (path) => path === '/usr/bin/google-chrome' }), '/usr/bin/google-chrome');
  });

  test('then the newest Playwright-installed Chromium', () => {
    fakeBrowser('pw', 'chromium-1100', 'chrome-linux', 'chrome');
    const newest = fakeBrowser('pw', 'chromium-1200', 'chrome-linux', 'chrome');
    const exists = (path) => path.startsWith(dir) && existsSync(path);
    assert.equal(findChromium({ env: { PLAYWRIGHT_BROWSERS_PATH: join(dir, 'pw') }, exists }), newest);
  });

  test('nothing found is undefined for findChromium and a message saying how to get one', () => {
    const none = { env: {}, exists: () => false };
    assert.equal(findChromium(none), undefined);
    assert.match(missingChromium(none), /No Chromium found.*CHROME_PATH/);
    assert.throws(() => chromiumLaunchOptions(none), /No Chromium found/);
  });

  test('every launch is headless with the standard flags, plus any extra ones', () => {
    const custom = fakeBrowser('flags', 'chrome');
    assert.equal(chromiumLaunchOptions({ env: { CHROME_PATH: custom } }).executablePath, custom);
    const options = chromiumLaunchOptions({ env: { CHROME_PATH: custom }, extraArgs: ['--js-flags=--expose-gc'] });
    assert.equal(options.headless, true);
    assert.deepEqual(options.args, [...CHROMIUM_FLAGS, '--js-flags=--expose-gc']);
    for (const flag of ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic']) assert.ok(CHROMIUM_FLAGS.includes(flag), flag);
    assert.notEqual(chromiumLaunchOptions({ env: { CHROME_PATH: custom } }).args, options.args);
  });
});
