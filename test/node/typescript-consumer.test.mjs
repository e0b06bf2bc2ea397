// The README promises TypeScript ≥ the version pinned in test/typescript-min (older
// ones fail on zod's types). Packs the package as npm would publish it, installs
// the tarball next to the runtime dependencies, and type-checks a consumer with
// that TypeScript, with both module resolutions a consumer may use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const minDir = join(root, 'test/typescript-min');
const minVersion = JSON.parse(readFileSync(join(minDir, 'package.json'), 'utf8')).dependencies.typescript;
const tsc = join(minDir, 'node_modules/typescript/bin/tsc');

/** A consumer project with the packed package and the root's copies of its dependencies. */
function consumerProject() {
  const dir = mkdtempSync(join(tmpdir(), 'mpe-ts-consumer-'));
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim();
  const pkg = join(dir, 'node_modules/mail-provider-elements');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['xzf', join(dir, tarball), '-C', pkg, '--strip-components=1']);
  for (const dep of ['lit', 'lit-html', 'lit-element', '@lit', 'zod', 'react', '@types']) {
    symlinkSync(join(root, 'node_modules', dep), join(dir, 'node_modules', dep));
  }
  cpSync(join(root, 'test/node/fixtures/ts-consumer'), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  return dir;
}

test(`a consumer type-checks with TypeScript ${minVersion}`, () => {
  assert.equal(JSON.parse(readFileSync(join(minDir, 'node_modules/typescript/package.json'), 'utf8')).version, minVersion, 'run npm install');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.match(readme, new RegExp(`TypeScript ${minVersion.replaceAll('.', '\\.')} or newer`), 'README states the minimum');
  const dir = consumerProject();
  try {
    for (const [module, moduleResolution] of [
      ['ESNext', 'bundler'],
      ['NodeNext', 'NodeNext'],
    ]) {
      try {
        execFileSync(process.execPath, [tsc, '-p', '.', '--module', module, '--moduleResolution', moduleResolution], { cwd: dir, encoding: 'utf8' });
      } catch (error) {
        assert.fail(`tsc ${minVersion} (${moduleResolution}) failed:\n${error.stdout}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
