// Issue 9: "no element file over 350 lines". Every TypeScript file under
// src/elements/ is counted; a file that grows past the limit fails here, with its
// count, so a concept is moved into its own module before it gets there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const MAX_LINES = 350;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Lines as an editor numbers them: a final newline does not start another. */
function lineCount(text) {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

test('counts lines as an editor does', () => {
  assert.equal(lineCount(''), 0);
  assert.equal(lineCount('a'), 1);
  assert.equal(lineCount('a\n'), 1);
  assert.equal(lineCount('a\nb\n'), 2);
  assert.equal(lineCount('a\n\nb'), 3);
});

test(`no file in src/elements has more than ${MAX_LINES} lines`, () => {
  const files = filesUnder(join(root, 'src/elements'));
  assert.ok(files.length > 20, `expected the element sources under src/elements, found ${files.length} files`);
  const over = files
    .map((file) => ({ file: relative(root, file), lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  assert.deepEqual(over, [], `element files over ${MAX_LINES} lines (move a whole concept into its own module):\n${over.join('\n')}`);
});
