// docs/requirements.md defines every requirement number the code cites (`R7`, `B3`),
// so a number in a comment or a test name always resolves inside the repository.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';

const root = join(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/requirements.md'), 'utf8');

/** The table rows of the document, by id: their cells after the id. */
const rows = new Map();
for (const line of doc.split('\n')) {
  const match = /^\|\s*([RB]\d+)\s*\|(.*)\|\s*$/.exec(line);
  if (!match) continue;
  assert.ok(!rows.has(match[1]), `${match[1]} is defined twice`);
  rows.set(
    match[1],
    match[2].split('|').map((cell) => cell.trim()),
  );
}

const CITATION = /\b[RB]\d{1,2}\b/g;
const SCANNED = ['src', 'test', 'stories', 'demo', 'docs', 'README.md'];
const TEXT_FILE = /\.(ts|tsx|mts|js|mjs|md|html|css)$/;

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    if (TEXT_FILE.test(path)) yield path;
    return;
  }
  for (const name of readdirSync(path)) {
    if (name !== 'node_modules' && name !== 'dist') yield* files(join(path, name));
  }
}

/** Every cited id, with the first file that cites it. */
function citations() {
  const found = new Map();
  for (const top of SCANNED) {
    for (const file of files(join(root, top))) {
      if (file.endsWith(join('docs', 'requirements.md'))) continue;
      for (const [id] of readFileSync(file, 'utf8').matchAll(CITATION)) {
        if (!found.has(id)) found.set(id, relative(root, file));
      }
    }
  }
  return found;
}

describe('docs/requirements.md', () => {
  test('defines R1–R15 and B1–B9, each once, each with its text', () => {
    const expected = [...Array.from({ length: 15 }, (_, i) => `R${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `B${i + 1}`)];
    assert.deepEqual([...rows.keys()], expected);
    for (const [id, cells] of rows) assert.ok(cells[0].length > 40, `${id} has no requirement text`);
  });

  test('defines every requirement number cited in src, test, stories, demo and docs', () => {
    const cited = citations();
    // A scanner that finds nothing would pass vacuously; the code cites most numbers.
    assert.ok(cited.size >= 20, `only ${cited.size} requirement numbers found: is the scan broken?`);
    const undefinedIds = [...cited].filter(([id]) => !rows.has(id)).map(([id, file]) => `${id} (cited in ${file})`);
    assert.deepEqual(undefinedIds, []);
  });

  test('points only to paths that exist', () => {
    for (const [id, cells] of rows) {
      const where = cells.at(-1);
      const paths = [...where.matchAll(/`([^`\s]+)`/g)].map(([, path]) => path).filter((path) => /^(src|test|demo|bench)\/|\.json$/.test(path));
      assert.ok(paths.length > 0, `${id} says nowhere where it lives`);
      for (const path of paths) assert.ok(existsSync(join(root, path)), `${id} points to ${path}, which does not exist`);
    }
  });

  test('gives the Russian labels the ru catalogue really uses', () => {
    const ru = readFileSync(join(root, 'src/i18n/ru.ts'), 'utf8').toLowerCase();
    for (const [id, cells] of rows) {
      if (!id.startsWith('R')) continue;
      for (const label of cells[1]
        .split(';')
        .map((each) => each.trim())
        .filter(Boolean)) {
        assert.ok(ru.includes(label.toLowerCase()), `${id}: "${label}" is not in src/i18n/ru.ts`);
      }
    }
  });
});
