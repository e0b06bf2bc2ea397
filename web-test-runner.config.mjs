// web-test-runner.config.mjs — browser tests in headless Chromium, no browser download.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

export default {
  // Model and flow tests need no browser: they run under `node --test` (npm run test:unit).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/model/**', '!test/flows/**', '!test/server/**'],
  nodeResolve: true,
  plugins: [
    // tsconfig is read for experimentalDecorators / useDefineForClassFields
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
  ],
  browsers: [chromeLauncher({ launchOptions: chromiumLaunchOptions() })],
  // Two files at once; the launcher's flags keep the backgrounded page's timers unthrottled.
  concurrency: 2,
  // hide Lit's "dev mode" banner from the output
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // Generous: CI's two cores may be busy; a real hang still fails.
  testFramework: { config: { timeout: 15000 } },
};
