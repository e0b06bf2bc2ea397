// docs/guide.md's Angular example, compiled by Angular's compiler (ngc, from
// test/angular's own install) with strict templates, against the built package:
// the example compiles, and a handler for the wrong event does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = `${root}test/angular/`;
const ngc = `${dir}node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js`;

test('the guide’s Angular component compiles with strict templates; a wrong handler does not', { timeout: 180_000 }, () => {
  assert.ok(existsSync(ngc), 'Angular is installed in test/angular (npm install runs scripts/install-test-toolchains.mjs)');
  const guide = readFileSync(`${root}docs/guide.md`, 'utf8');
  const section = guide.slice(guide.indexOf('### Angular'), guide.indexOf('## 2.'));
  const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(snippet, 'the guide has the Angular example');
  writeFileSync(`${dir}src/guide.component.ts`, snippet);

  const run = spawnSync(process.execPath, [ngc, '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  const output = stripVTControlCharacters(`${run.stdout}${run.stderr}`);
  const errors = [...output.matchAll(/^(src\/[\w.-]+\.ts):(\d+):\d+ - error (TS\d+): (.*)$/gm)].map(([, file, line, code, message]) => ({
    file,
    line: Number(line),
    code,
    message,
  }));
  assert.deepEqual(
    errors.filter((error) => error.file === 'src/guide.component.ts'),
    [],
    output,
  );
  const wrong = errors.filter((error) => error.file === 'src/wrong-handler.component.ts');
  assert.equal(wrong.length, 1, output);
  assert.equal(wrong[0].code, 'TS2345');
  assert.match(wrong[0].message, /'MailProviderSavedEvent' is not assignable to parameter of type 'MailAccountDeletedEvent'/);
  assert.equal(errors.length, 1, `no other error:\n${output}`);
});
