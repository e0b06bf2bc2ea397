// `npm run bench`: every performance case of issue 15 in headless Chromium, each
// against its baseline, printed as a table (medians, the ratio and its spread over
// runs, the target and whether it is met). A benchmark, not a test: it exits 0 when it
// ran, whatever the numbers; docs/performance.md keeps a run's table.
//
//   node bench/bench.mjs [--runs 5] [--only list] [--json bench/results.json]
//
// Serves bench/index.html with Vite (the library from src/, Lit's production build)
// and drives the Chromium scripts/chromium.mjs finds (CHROME_PATH first) through playwright-core.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumLaunchOptions, missingChromium } from '../scripts/chromium.mjs';

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(argument('--runs', 5));
const ONLY = argument('--only', '');
const JSON_OUT = argument('--json', '');
const WARM_UP = 1;

const FRAME = 1000 / 60;
// What each case must reach (issue 15; item 12 of issue 11).
const TARGETS = {
  'provider form: first render to layout': { ratio: 1.5 },
  'wizard: first step to layout': { ratio: 1.5 },
  'list, 100,000 mailboxes: answer to rows': { ms: 100, heapMB: 15 },
  'list, 100,000 mailboxes, adapter without paging: answer to rows': { ms: 100, heapMB: 15 },
  'list, 100,000 mailboxes: scroll 120 frames': { dropped: 1 },
  'wizard: choice of 10,000 providers': { ms: 50, elements: 300 },
  'provider form, 100 domains: keystroke to validation state': { ms: FRAME },
};
const SLOW = /100,000/; // fewer runs: each builds 100,000 records
const SLOW_RUNS = Math.min(RUNS, 3);

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
const fixed = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits));

const here = fileURLToPath(new URL('.', import.meta.url));
const server = await createServer({
  root: here,
  configFile: false,
  logLevel: 'warn',
  clearScreen: false,
  resolve: { conditions: ['module', 'browser', 'production'] },
  // No watcher and no reload: an edit while the bench runs must not navigate the page.
  server: { port: 0, strictPort: false, host: '127.0.0.1', watch: null, hmr: false, fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'zod/mini', '@lit/context', '@lit-labs/virtualizer/virtualize.js'],
  },
});

let browser;
let status = 0;
try {
  await server.listen();
  // Exact heap numbers, and gc() so one phase's garbage is not counted in the next.
  browser = await chromium.launch(chromiumLaunchOptions({ extraArgs: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] }));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(server.resolvedUrls.local[0]);
  await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000 });
  const names = (await page.evaluate(() => Object.keys(window.benchCases))).filter((name) => name.includes(ONLY));

  const rows = [];
  for (const name of names) {
    const runs = SLOW.test(name) ? SLOW_RUNS : RUNS;
    const samples = { ours: [], baseline: [] };
    for (let run = 0; run < WARM_UP + runs; run++) {
      // Alternate which side goes first, so neither always runs on a fresher heap.
      const order = run % 2 ? ['baseline', 'ours'] : ['ours', 'baseline'];
      for (const side of order) {
        const result = await page.evaluate(
          ([caseName, which]) =>
            window.benchCases[caseName][which]().then(({ ms, heapMB, dropped, elements }) => ({ ms, heapMB, dropped, elements })),
          [name, side],
        );
        if (run >= WARM_UP) samples[side].push(result);
      }
    }
    await page.evaluate(() => document.getElementById('stage').replaceChildren());
    const baselineName = await page.evaluate((caseName) => window.benchCases[caseName].baselineName, name);
    const metric = (side, key) => {
      const values = samples[side].map((s) => s[key]).filter((v) => v !== undefined);
      return values.length ? median(values) : undefined;
    };
    // The ratio per run (ours / baseline of the same run), then its median and spread.
    const key = name.includes('scroll') ? 'dropped' : 'ms';
    const ratios = samples.ours.map((s, i) => s[key] / Math.max(samples.baseline[i][key], key === 'dropped' ? 1 : 0.01));
    const row = {
      case: name,
      baseline: baselineName,
      runs,
      ours: metric('ours', key),
      base: metric('baseline', key),
      unit: key === 'dropped' ? 'dropped of 120' : 'ms',
      ratio: median(ratios),
      spread: [Math.min(...ratios), Math.max(...ratios)],
      heapMB: metric('ours', 'heapMB'),
      baseHeapMB: metric('baseline', 'heapMB'),
      elements: metric('ours', 'elements'),
      baseElements: metric('baseline', 'elements'),
      worstFrameMs: key === 'dropped' ? metric('ours', 'ms') : undefined,
    };
    const target = TARGETS[name];
    if (target) {
      const checks = [];
      if (target.ratio !== undefined) checks.push([`ratio ≤ ${target.ratio}×`, row.ratio <= target.ratio]);
      if (target.ms !== undefined) checks.push([`≤ ${fixed(target.ms)} ms`, row.ours <= target.ms]);
      if (target.heapMB !== undefined) checks.push([`heap ≤ ${target.heapMB} MB`, row.heapMB <= target.heapMB]);
      if (target.dropped !== undefined) checks.push([`≤ ${target.dropped} dropped`, row.ours <= target.dropped]);
      if (target.elements !== undefined) checks.push([`≤ ${target.elements} elements`, row.elements <= target.elements]);
      row.target = checks.map(([text]) => text).join(', ');
      row.met = checks.every(([, ok]) => ok)
        ? 'yes'
        : `no (${checks
            .filter(([, ok]) => !ok)
            .map(([text]) => text)
            .join(', ')})`;
    }
    rows.push(row);
    console.error(`done: ${name}`);
  }

  const header = ['case', 'ours', 'baseline', 'ratio (spread)', 'heap ours / base', 'elements ours / base', 'target', 'met'];
  const lines = rows.map((r) => [
    r.case,
    `${fixed(r.ours, r.unit === 'ms' ? 1 : 0)} ${r.unit}`,
    `${fixed(r.base, r.unit === 'ms' ? 1 : 0)} (${r.baseline})`,
    `${fixed(r.ratio, 2)}× (${fixed(r.spread[0], 2)}–${fixed(r.spread[1], 2)})`,
    r.heapMB === undefined ? '' : `${fixed(r.heapMB)} / ${fixed(r.baseHeapMB)} MB`,
    r.elements === undefined ? '' : `${r.elements} / ${r.baseElements}`,
    r.target ?? '',
    r.met ?? '',
  ]);
  console.log(
    `\nBenchmark, ${new Date().toISOString().slice(0, 10)}, ${browser.version()}, medians of ${RUNS} runs (${SLOW_RUNS} at 100,000) after ${WARM_UP} warm-up\n`,
  );
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const line of lines) console.log(`| ${line.join(' | ')} |`);
  if (rows.some((r) => r.worstFrameMs !== undefined)) {
    console.log(`\nScrolling: worst frame ${fixed(rows.find((r) => r.worstFrameMs !== undefined).worstFrameMs)} ms (frame = ${fixed(FRAME)} ms).`);
  }
  if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ date: new Date().toISOString(), browser: browser.version(), rows }, null, 2)}\n`);
} catch (error) {
  console.error(error);
  status = 1;
} finally {
  await browser?.close();
  await server.close();
}
process.exit(status);
