// Size budgets, run by `npm test` after the build: what a host downloads for the
// define entries, bundled from dist/ (the published files, with the library build's
// own minification) by esbuild with minification and code splitting, each file
// gzipped (-9). "First load" counts every file fetched before the element can run:
// the entry chunk and its static imports — lit, @lit/context, zod/mini and the
// English catalogue included. Chunks behind a dynamic import (the Russian catalogue,
// parts loaded on first use) are measured and reported separately, not budgeted.
//
//   node scripts/size.mjs             check the budgets; a per-module report when one breaks
//   node scripts/size.mjs --report    the per-module report for every case
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// Ceilings in KB (1024 bytes) gzip. Lower them when a change saves bytes; raising
// one needs a reason in the commit message.
const BUDGETS = {
  'all three define entries': 80.7,
  'define/mail-account-list': 53.1,
  'define/mail-provider-wizard': 50.9,
  'define/provider-settings-form': 44.7,
};

const root = resolve(import.meta.dirname, '..');
const defines = ['mail-account-list', 'mail-provider-wizard', 'provider-settings-form'];
const workDir = join(root, 'node_modules/.cache/size');
mkdirSync(workDir, { recursive: true });
const allEntry = join(workDir, 'all-defines.js');
writeFileSync(allEntry, defines.map((name) => `import '${join(root, 'dist/define', `${name}.js`)}';`).join('\n'));

const cases = [['all three define entries', allEntry], ...defines.map((name) => [`define/${name}`, join(root, 'dist/define', `${name}.js`)])];
for (const [, file] of cases) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing — run \`npm run build\` first.`);
    process.exit(2);
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const report = process.argv.includes('--report');

/** Groups an input path into the module a maintainer thinks in. */
function moduleOf(input) {
  const inPackage = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (input.endsWith('all-defines.js')) return 'entry';
  if (inPackage) return inPackage[1];
  return input.replace(/^.*?dist\//, 'src/').replace(/\.js$/, '');
}

async function measure(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: workDir + '/out',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    conditions: ['production'],
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  const absolute = (path) => resolve(root, path);
  const gz = new Map([...files].map(([path, code]) => [path, gzipSync(code, { level: 9 }).length]));
  // Lazy chunks are entry points too: find the output of the entry asked for.
  const entryOut = Object.keys(outputs).find((path) => outputs[path].entryPoint && absolute(outputs[path].entryPoint) === entry);

  // The static closure of the entry is the first load; dynamic imports start lazy chunks.
  const first = new Set();
  const lazyRoots = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const edge of outputs[path].imports) {
      if (edge.kind === 'import-statement') visit(edge.path);
      else if (edge.kind === 'dynamic-import') lazyRoots.add(edge.path);
    }
  };
  visit(entryOut);
  const lazy = [];
  for (const path of lazyRoots) {
    if (first.has(path)) continue;
    const closure = new Set();
    const walk = (p) => {
      if (closure.has(p) || first.has(p)) return;
      closure.add(p);
      for (const edge of outputs[p].imports) if (edge.kind === 'import-statement') walk(edge.path);
    };
    walk(path);
    const main = Object.keys(outputs[path].inputs).sort((a, b) => outputs[path].inputs[b].bytesInOutput - outputs[path].inputs[a].bytesInOutput)[0];
    // A facade chunk has no inputs of its own: name it by its file.
    lazy.push({
      name: main ? moduleOf(main) : path.replace(/^.*\//, '').replace(/-[A-Z0-9]+\.js$/, ''),
      gzip: [...closure].reduce((sum, p) => sum + gz.get(absolute(p)), 0),
    });
  }

  // Per module: minified bytes in the first load, and its share of the gzip size
  // (gzip is not additive, so each chunk's gzip size is split by minified bytes).
  const modules = new Map();
  for (const path of first) {
    const output = outputs[path];
    const ratio = gz.get(absolute(path)) / output.bytes;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = moduleOf(input);
      const entry = modules.get(name) ?? { min: 0, gzip: 0 };
      entry.min += bytesInOutput;
      entry.gzip += bytesInOutput * ratio;
      modules.set(name, entry);
    }
  }
  const firstGzip = [...first].reduce((sum, p) => sum + gz.get(absolute(p)), 0);
  const firstMin = [...first].reduce((sum, p) => sum + outputs[p].bytes, 0);
  return { firstGzip, firstMin, lazy, modules };
}

function printModules(modules) {
  const rows = [...modules].sort((a, b) => b[1].gzip - a[1].gzip);
  const groups = new Map();
  for (const [name, { min, gzip }] of rows) {
    const group = name.startsWith('src/')
      ? name
          .split('/')
          .slice(0, name.startsWith('src/elements/') ? 3 : 2)
          .join('/')
      : name;
    const entry = groups.get(group) ?? { min: 0, gzip: 0 };
    entry.min += min;
    entry.gzip += gzip;
    groups.set(group, entry);
  }
  console.log('    by area (≈ gzip share, minified):');
  for (const [group, { min, gzip }] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip)) {
    console.log(`      ${group.padEnd(60)} ${kb(gzip).padStart(9)} ${kb(min).padStart(9)}`);
  }
  console.log('    largest modules:');
  for (const [name, { min, gzip }] of rows.slice(0, 20)) {
    console.log(`      ${name.padEnd(60)} ${kb(gzip).padStart(9)} ${kb(min).padStart(9)}`);
  }
}

let failed = false;
console.log('Size of what a host downloads (esbuild bundle + minify, gzip -9):\n');
for (const [name, entry] of cases) {
  const { firstGzip, firstMin, lazy, modules } = await measure(entry);
  const budget = BUDGETS[name] * 1024;
  const over = firstGzip > budget;
  failed ||= over;
  console.log(
    `${name.padEnd(32)} first load ${kb(firstGzip).padStart(8)} gzip (${kb(firstMin)} min), ceiling ${kb(budget)}${over ? `  OVER by ${kb(firstGzip - budget)}` : ''}`,
  );
  for (const chunk of lazy.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${''.padEnd(32)} on first use: ${chunk.name} ${kb(chunk.gzip)} gzip`);
  }
  if (over || report) printModules(modules);
}
// The lazily loaded chunks, each measured alone: what a first check or advisor note fetches.
for (const [name, file] of [
  ['chunk: diagnostics texts (en)', './src/i18n/diagnostics/en.ts'],
  ['chunk: diagnostics texts (ru)', './src/i18n/diagnostics/ru.ts'],
]) {
  const result = await build({ entryPoints: [file], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`${name.padEnd(40)} ${(code.length / 1024).toFixed(1).padStart(7)} KB min  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
}
if (failed) {
  console.error('\nA size budget is broken: see the modules above. Cut bytes, or raise the ceiling in scripts/size.mjs with a reason.');
  process.exit(1);
}
