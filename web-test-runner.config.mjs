// web-test-runner.config.mjs — browser tests in headless Chromium, no browser download.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

/** CHROME_PATH, then Debian's Chromium, then a Playwright-installed Chromium. */
function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    process.exit(1);
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return path;
  }
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache).filter((d) => d.startsWith('chromium-')).sort().reverse()) {
      for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
        const candidate = join(cache, dir, sub);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  console.error(
    'No Chromium found. Install one (Debian: `apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROME_PATH.',
  );
  process.exit(1);
}

export default {
  // Model and flow tests need no browser: they run under `node --test` (npm run test:unit).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/model/**', '!test/flows/**', '!test/server/**'],
  nodeResolve: true,
  plugins: [
    // tsconfig is read for experimentalDecorators / useDefineForClassFields
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
          '--disable-quic',
        ],
      },
    }),
  ],
  concurrency: 2,
  // hide Lit's "dev mode" banner from the output
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
