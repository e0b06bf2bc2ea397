// Installs the toolchains some tests need apart from the root's devDependencies,
// each a package of its own with its own lock file:
// - test/typescript-min: the oldest TypeScript the README promises (as a root
//   devDependency alias it would fight the real one for node_modules/.bin/tsc);
// - test/angular: Angular's compiler (68 MB that only one test uses).
// Runs on `npm install`/`npm ci` (the `prepare` script); a no-op once the pinned
// versions are there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

for (const name of ['typescript-min', 'angular']) {
  const dir = fileURLToPath(new URL(`../test/${name}/`, import.meta.url));
  const wanted = JSON.parse(readFileSync(`${dir}package.json`, 'utf8')).dependencies;
  const installed = Object.entries(wanted).every(([dependency, version]) => {
    const file = `${dir}node_modules/${dependency}/package.json`;
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
  if (!installed) execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], { stdio: 'inherit' });
}
