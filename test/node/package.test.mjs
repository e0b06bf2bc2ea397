// What `npm pack` would publish: the files an integrator needs and nothing else,
// and dependencies that do not force React tooling on everyone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = packed.files.map((file) => file.path);

test('the tarball carries the licence, changelog, readme, manifest and built entries', () => {
  for (const file of [
    'LICENSE',
    'CHANGELOG.md',
    'README.md',
    'package.json',
    'custom-elements.json',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/model/index.js',
    'dist/react/index.js',
  ]) {
    assert.ok(files.includes(file), `${file} is packed`);
  }
  for (const tag of ['provider-settings-form', 'mail-provider-wizard', 'mail-account-list']) {
    assert.ok(files.includes(`dist/define/${tag}.js`), `dist/define/${tag}.js is packed`);
  }
});

test('the tarball carries no tests, sources, stories or tooling', () => {
  const stray = files.filter((file) => /(^|\/)(test|stories|src|scripts|demo|bench|\.storybook)\//.test(file) || /\.test\.|\.stories\./.test(file));
  assert.deepEqual(stray, []);
});

test('React glue is an optional peer, never a hard dependency', () => {
  for (const name of ['@lit/react', 'react', '@types/react']) {
    assert.equal(pkg.dependencies[name], undefined, `${name} is not a dependency`);
    assert.ok(pkg.peerDependencies[name], `${name} is a peer`);
    assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, `${name} is optional`);
  }
});

test('the licence file matches the licence field, and the package says where it lives', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(readFileSync(new URL('LICENSE', `file://${root}`), 'utf8'), /^MIT License/);
  assert.match(pkg.repository.url, /^git\+https:\/\//);
  assert.ok(pkg.homepage && pkg.bugs.url);
  assert.match(pkg.engines.node, /^>=\d/);
  // The minimum TypeScript the README states and typescript-consumer.test.mjs checks, for package managers to warn with.
  assert.equal(
    pkg.peerDependencies.typescript,
    `>=${JSON.parse(readFileSync(new URL('test/typescript-min/package.json', `file://${root}`), 'utf8')).dependencies.typescript}`,
  );
});

test('the changelog keeps an Unreleased section, Keep a Changelog style', () => {
  const changelog = readFileSync(new URL('CHANGELOG.md', `file://${root}`), 'utf8');
  assert.match(changelog, /keepachangelog\.com/);
  assert.match(changelog, /^## \[Unreleased\]$/m);
});

test('src/version.ts says the package version, which define() warnings quote', () => {
  const source = readFileSync(new URL('src/version.ts', `file://${root}`), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replaceAll('.', '\\.')}'`));
});

test('the README has an install line', () => {
  assert.match(readFileSync(new URL('README.md', `file://${root}`), 'utf8'), /^npm install mail-provider-elements$/m);
});

test('define specifiers resolve with and without .js, to built files', () => {
  for (const tag of ['provider-settings-form', 'mail-provider-wizard', 'mail-account-list']) {
    for (const specifier of [`mail-provider-elements/define/${tag}`, `mail-provider-elements/define/${tag}.js`]) {
      const resolved = import.meta.resolve(specifier);
      assert.equal(resolved, new URL(`dist/define/${tag}.js`, `file://${root}`).href, specifier);
    }
  }
});
