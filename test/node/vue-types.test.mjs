// `mail-provider-elements/vue` (src/vue.ts) must make vue-tsc catch the four
// mistakes an integrator makes in a template: a prop the element does not have, a
// prop of the wrong type, a handler for another event, a misspelled event — and
// accept correct use, including the guide's component. test/vue holds one .vue
// file per case; the built types are used through the package's own name, as an
// application would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** docs/guide.md's Vue blocks: the component, the env.d.ts line, the tsconfig.json option. */
const guide = readFileSync(`${root}docs/guide.md`, 'utf8');
const vueSection = guide.slice(guide.indexOf('### Vue'), guide.indexOf('### Angular'));
const fenced = (lang) => [...vueSection.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter(([, l]) => l === lang).map(([, , code]) => code);
writeFileSync(`${root}test/vue/Guide.vue`, fenced('vue')[0]);
const run = spawnSync(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'test/vue/tsconfig.json'], { cwd: root, encoding: 'utf8' });
const output = `${run.stdout}${run.stderr}`;

/** file → [line, code, message] of every error vue-tsc reported. */
const errors = new Map();
for (const [, file, line, code, message] of output.matchAll(/^test\/vue\/(\w+\.vue)\((\d+),\d+\): error (TS\d+): (.*)$/gm)) {
  errors.set(file, [...(errors.get(file) ?? []), [Number(line), code, message]]);
}

test('vue-tsc ran and reported only template errors of the fixtures', () => {
  assert.ok(run.status !== null, 'vue-tsc ran');
  const stray = output.split('\n').filter((line) => line.includes('error TS') && !/^test\/vue\/\w+\.vue\(/.test(line));
  assert.deepEqual(stray, []);
});

test('correct use type-checks, the guide’s component too', () => {
  assert.deepEqual(errors.get('Good.vue') ?? [], []);
  assert.deepEqual(errors.get('Guide.vue') ?? [], []);
});

test('the guide’s setup files are the ones this check uses', () => {
  const normalise = (code) =>
    code
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\s+/g, ' ')
      .trim();
  assert.equal(normalise(fenced('ts')[0]), normalise(readFileSync(`${root}test/vue/env.d.ts`, 'utf8')));
  const options = JSON.parse(fenced('json')[0].replace(/^\s*\/\/.*$/gm, '')).vueCompilerOptions;
  assert.deepEqual(options, JSON.parse(readFileSync(`${root}test/vue/tsconfig.json`, 'utf8')).vueCompilerOptions);
});

for (const [file, line, code, pattern] of [
  ['WrongProp.vue', 6, 'TS2561', /'providerName' does not exist/],
  ['WrongPropType.vue', 6, 'TS2322', /'string' is not assignable to type 'number'/],
  ['WrongHandler.vue', 9, 'TS2322', /MailAccountDeletedEvent.*not assignable.*MailProviderSavedEvent/],
  ['MisspelledEvent.vue', 7, 'TS2561', /'onMailProviderSave' does not exist.*Did you mean to write 'onMailProviderSaved'/],
]) {
  test(`${file}: the mistake is an error on its line`, () => {
    const found = errors.get(file) ?? [];
    assert.equal(found.length, 1, `one error in ${file}:\n${output}`);
    const [[reportedLine, reportedCode, message]] = found;
    assert.deepEqual([reportedLine, reportedCode], [line, code]);
    assert.match(message, pattern);
  });
}
