// Benchmark of <mail-account-list> with 100 and 10 000 mailboxes (B9). Not a test:
// it prints a table of medians, writes bench/results.json, and exits non-zero when
// rendering 10 000 mailboxes takes more than twice as long as rendering 100.
//
//   node bench/account-list.bench.mjs [--runs 7]
//
// Serves bench/index.html with Vite (the library straight from src/, Lit in its
// production build) and drives headless Chromium through playwright-core:
// the Chromium scripts/chromium.mjs finds (CHROME_PATH first).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumLaunchOptions, missingChromium } from '../scripts/chromium.mjs';

const SIZES = [100, 10_000];
const LIMIT = 2; // 10 000 may take at most this many times as long as 100
const runsArgument = process.argv.indexOf('--runs');
const RUNS = runsArgument > 0 ? Number(process.argv[runsArgument + 1]) : 7;
const WARM_UP = 2; // runs per size thrown away, so the JIT and caches are warm for every measured one

const here = fileURLToPath(new URL('.', import.meta.url));
const noChromium = missingChromium();
if (noChromium) {
  console.error(noChromium);
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 100) / 100;

const server = await createServer({
  root: here,
  configFile: false,
  logLevel: 'warn',
  clearScreen: false,
  // The production build of Lit: dev mode's extra checks would be measured too.
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { port: 0, strictPort: false, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'zod/mini', '@lit/context'] },
});
let browser;
let failed = false;
try {
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  browser = await chromium.launch(
    // Lets the page collect garbage between phases, so one run's garbage is not timed in the next.
    chromiumLaunchOptions({ extraArgs: ['--js-flags=--expose-gc'] }),
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });

  const samples = Object.fromEntries(SIZES.map((size) => [size, []]));
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    // Alternate the order, so neither size always runs on a fresher heap.
    const order = run % 2 ? [...SIZES].reverse() : SIZES;
    for (const size of order) {
      const result = await page.evaluate((count) => window.runCase(count), size);
      if (run >= WARM_UP) samples[size].push(result);
    }
  }

  const summary = SIZES.map((size) => ({
    mailboxes: size,
    runs: samples[size].length,
    renderedRows: samples[size][0].renderedRows,
    renderMedianMs: round(median(samples[size].map((s) => s.render))),
    loadMedianMs: round(median(samples[size].map((s) => s.load))),
    renderMs: samples[size].map((s) => round(s.render)),
    loadMs: samples[size].map((s) => round(s.load)),
  }));
  const [small, large] = summary;
  const renderRatio = large.renderMedianMs / small.renderMedianMs;
  const loadRatio = large.loadMedianMs / small.loadMedianMs;
  failed = renderRatio > LIMIT;

  console.log('\n<mail-account-list> benchmark, medians of %d runs (after %d warm-up runs)\n', RUNS, WARM_UP);
  console.table(
    Object.fromEntries(
      summary.map((s) => [
        `${s.mailboxes} mailboxes`,
        { 'render (ms)': s.renderMedianMs, 'load + render (ms)': s.loadMedianMs, 'rows rendered': s.renderedRows },
      ]),
    ),
  );
  console.log(`render: 10 000 / 100 = ${renderRatio.toFixed(2)}× (limit ${LIMIT}×) ${failed ? 'FAIL' : 'ok'}`);
  console.log(`load + render: 10 000 / 100 = ${loadRatio.toFixed(2)}× (adapter copy and schema checks grow with the data; reported, not limited)`);

  writeFileSync(
    new URL('results.json', import.meta.url),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        browser: browser.version(),
        limit: LIMIT,
        renderRatio: Math.round(renderRatio * 100) / 100,
        loadRatio: Math.round(loadRatio * 100) / 100,
        passed: !failed,
        results: summary,
      },
      null,
      2,
    )}\n`,
  );
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await browser?.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
