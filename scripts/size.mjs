// Size budget: what an application ships for the whole library — every element
// with lit, @lit/context and zod/mini, minified and gzipped. Budget: 25 KB.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 25 * 1024;
const defines = readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => `./src/define/${f}`);
const bundles = {
  'elements (all define modules)': defines.map((f) => `import '${f}';`).join('\n'),
  'model only (server-side validation)': `export * from './src/model/index.ts';`,
  'everything (main entry + elements)': `export * from './src/index.ts';\n${defines.map((f) => `import '${f}';`).join('\n')}`,
};

let failed = false;
for (const [name, contents] of Object.entries(bundles)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    // The Russian catalogue and the diagnostics texts are separate chunks, loaded only when asked for.
    splitting: false,
    external: ['./ru.js', './diagnostics/en.js', './diagnostics/ru.js'],
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const over = name.startsWith('everything') && gzip > BUDGET;
  failed ||= over;
  console.log(`${name.padEnd(40)} ${(code.length / 1024).toFixed(1).padStart(7)} KB min  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip${over ? '  OVER BUDGET' : ''}`);
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
  console.error(`The library is over its ${BUDGET / 1024} KB gzip budget.`);
  process.exit(1);
}
