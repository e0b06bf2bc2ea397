// scripts/chromium.mjs — the one place that finds Chromium and picks its flags, for
// every tool that starts a browser (web-test-runner, Vitest, Node tests, bench).
// No tool downloads a browser: it uses one already on the machine.
//
//   node scripts/chromium.mjs   prints the Chromium it would use, or exits 1 saying why not.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where distributions and Google put their browser, in the order they are tried. */
export const SYSTEM_CHROMIUMS = Object.freeze(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

/** The executable inside a Playwright `chromium-<build>` directory, per platform layout. */
const PLAYWRIGHT_EXECUTABLES = ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium'];

/**
 * Headless flags for every launch: root in containers needs --no-sandbox, small
 * /dev/shm needs --disable-dev-shm-usage, and the rest keep Chromium from
 * talking to anything but the test's own 127.0.0.1 servers or slowing a background page.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // A test page beside another is backgrounded; these keep its timers and rendering at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
]);

const INSTALL_HINT = 'Install one (Debian: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROME_PATH.';

function playwrightChromium(cache, exists) {
  if (!exists(cache)) return undefined;
  const builds = readdirSync(cache)
    .filter((dir) => dir.startsWith('chromium-'))
    .sort()
    .reverse();
  for (const dir of builds) {
    for (const executable of PLAYWRIGHT_EXECUTABLES) {
      const candidate = join(cache, dir, executable);
      if (exists(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The Chromium to use: CHROME_PATH, then the system browsers, then the newest
 * Playwright-installed Chromium; undefined when there is none. A CHROME_PATH that
 * does not exist is an error, not a reason to quietly use another browser.
 * `env`, `exists` and `home` are there for tests.
 */
export function findChromium({ env = process.env, exists = existsSync, home = homedir() } = {}) {
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${env.CHROME_PATH} does not exist; point it at a Chromium executable or unset it.`);
  }
  const system = SYSTEM_CHROMIUMS.find((path) => exists(path));
  if (system) return system;
  return playwrightChromium(env.PLAYWRIGHT_BROWSERS_PATH || join(home, '.cache', 'ms-playwright'), exists);
}

/** Like findChromium, but a missing browser is an error that says how to get one. */
export function chromiumPath(options) {
  const path = findChromium(options);
  if (!path) throw new Error(`No Chromium found. ${INSTALL_HINT}`);
  return path;
}

/** Why no browser test can run here, or undefined when Chromium is available (for `skip:`). */
export function missingChromium(options) {
  try {
    chromiumPath(options);
    return undefined;
  } catch (error) {
    return error.message;
  }
}

/**
 * Launch options for playwright-core's `chromium.launch` and for puppeteer
 * (web-test-runner's chromeLauncher): the browser found above, headless, with the
 * standard flags plus `extraArgs`. A fresh object each call, since some runners
 * mutate theirs.
 */
export function chromiumLaunchOptions({ extraArgs = [], ...lookup } = {}) {
  return { executablePath: chromiumPath(lookup), headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(chromiumPath());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
