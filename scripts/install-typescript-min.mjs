// Installs the oldest TypeScript the README promises into test/typescript-min, a
// package of its own: as a devDependency alias it would fight the real one for
// node_modules/.bin/tsc. Runs on `npm install`/`npm ci` (the `prepare` script);
// a no-op once the pinned version is there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../test/typescript-min/', import.meta.url));
const wanted = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).dependencies.typescript;
const installed = `${dir}node_modules/typescript/package.json`;
if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== wanted) {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], { stdio: 'inherit' });
}
