import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { manglePrivateNamesPlugin, minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

// One define entry per element module present in src/define/.
const defineEntries = Object.fromEntries(
  readdirSync('src/define')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`define/${file.slice(0, -3)}`, `src/define/${file}`]),
);

export default defineConfig({
  // Template text is minified here, conservatively, and private member names are
  // shortened (see the plugins): a host's bundler does neither.
  plugins: [minifyTemplatesPlugin(), manglePrivateNamesPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false, // a library: the consuming app minifies
    lib: {
      entry: { index: 'src/index.ts', 'model/index': 'src/model/index.ts', 'react/index': 'src/react/index.ts', ...defineEntries },
      formats: ['es'],
    },
    rolldownOptions: {
      // runtime dependencies stay imports, resolved by the consuming app
      external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/, /^react(\/.*)?$/, /^react-dom(\/.*)?$/],
      output: {
        preserveModules: true, // one file per source module, matching tsc's .d.ts layout
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
