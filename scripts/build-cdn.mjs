// dist/cdn/<tag>.js: for pages without a bundler, one self-contained, minified ES
// module per define entry. Each registers its element (and those it opens) and
// exports its class and what a host page needs beside it (HOST_API), with lit,
// @lit/context and zod inside, so a static folder with that one file is enough.
// One build per entry, because entries built together would share chunks.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const entries = resolve(root, 'node_modules/.cache/cdn-entries');
rmSync(entries, { recursive: true, force: true });
mkdirSync(entries, { recursive: true });
rmSync(resolve(root, 'dist/cdn'), { recursive: true, force: true });

/** What a page without a bundler needs next to the element: an adapter, the provider helper, the error type. */
const HOST_API = [
  'RestAdapter',
  'InMemoryAdapter',
  'withValidation',
  'provideMailSetupAdapter',
  'mailSetupAdapterContext',
  'MailSetupError',
  'ERROR_KINDS',
];

const tags = readdirSync(resolve(root, 'src/define'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3));

for (const tag of tags) {
  const entry = resolve(entries, `${tag}.ts`);
  writeFileSync(
    entry,
    `export { ${HOST_API.join(', ')} } from '${resolve(root, 'src/index.ts')}';\nexport * from '${resolve(root, `src/define/${tag}.ts`)}';\n`,
  );
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: 'dist/cdn',
      emptyOutDir: false,
      minify: true,
      sourcemap: false, // the package's dist/ has the maps; these are for serving
      lib: { entry, formats: ['es'], fileName: () => `${tag}.js` },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}
rmSync(entries, { recursive: true, force: true });
