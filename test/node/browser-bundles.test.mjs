// The browser entries must not pull in the server: walk the import graph of the
// built browser entries and refuse any module under dist/server, any server-only
// package, and any Node built-in.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const SERVER_PACKAGES = ['@electric-sql/pglite', 'pg', 'imapflow', 'nodemailer', '@azure/msal-node', 'smtp-server', 'selfsigned'];
const IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

/** Every module reachable from `entry` (paths) and every bare specifier they import. */
function graph(entry) {
  const files = new Set();
  const bare = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (files.has(file)) continue;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return { files: [...files].map((file) => relative(dist, file)), bare: [...bare] };
}

const entries = [
  'index.js',
  'model/index.js',
  'react/index.js',
  ...readdirSync(join(dist, 'define'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `define/${file}`),
];

test('the server entry is built where the package exports it', () => {
  assert.ok(existsSync(join(dist, 'server/index.js')));
  assert.equal(
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).exports['./server'].default,
    './dist/server/index.js',
  );
});

for (const entry of entries) {
  test(`${entry} imports nothing from the server, its packages or Node`, () => {
    const { files, bare } = graph(join(dist, entry));
    assert.ok(files.length > 0);
    assert.deepEqual(
      files.filter((file) => file.startsWith('server/')),
      [],
    );
    const packageOf = (specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/');
    assert.deepEqual(
      bare.filter((specifier) => SERVER_PACKAGES.includes(packageOf(specifier)) || specifier.startsWith('node:')),
      [],
    );
  });
}

test('the walk does find server imports where they are (it can fail)', () => {
  const { files, bare } = graph(join(dist, 'server/index.js'));
  assert.ok(files.some((file) => file.startsWith('server/store/')));
  assert.ok(bare.includes('node:crypto'));
});
