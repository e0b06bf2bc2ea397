// custom-elements.json (from the @fires tags) is the one list of each element's
// events. The React wrappers' event lists, the event map, the JSX types and the
// guide's event table are written by hand, so each is compared with it here: adding
// or renaming an event without updating them all fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path) => readFileSync(`${root}${path}`, 'utf8');

/** tag → Map(event name → event class), from the manifest. */
const manifestEvents = new Map();
for (const module of JSON.parse(read('custom-elements.json')).modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.tagName) continue;
    manifestEvents.set(declaration.tagName, new Map((declaration.events ?? []).map((event) => [event.name, event.type?.text])));
  }
}
const TAGS = [...manifestEvents.keys()].sort();

const sorted = (iterable) => [...iterable].sort();

test('the manifest documents events for all three elements', () => {
  assert.deepEqual(TAGS, ['mail-account-list', 'mail-provider-wizard', 'provider-settings-form']);
  for (const tag of TAGS) assert.ok(manifestEvents.get(tag).size > 0, `${tag} has events`);
});

test('React wrappers: one on… prop per manifest event, and no other', () => {
  // Each wrapper names its events once; the prop name and type follow from the name (src/react/index.ts).
  const source = read('src/react/index.ts');
  const wrappers = [...source.matchAll(/= wrap\('([a-z-]+)',[^[]*\[([^\]]*)\]\)/g)];
  assert.deepEqual(sorted(wrappers.map(([, tag]) => tag)), TAGS);
  for (const [, tag, list] of wrappers) {
    const names = [...list.matchAll(/'([a-z-]+)'/g)].map(([, name]) => name);
    assert.deepEqual(sorted(names), sorted(manifestEvents.get(tag).keys()), `<${tag}> events`);
  }
});

test('the global event map types each event with the class the manifest names', () => {
  const entries = new Map();
  for (const file of ['account-events', 'provider-events', 'wizard-events']) {
    const map = /interface GlobalEventHandlersEventMap \{([^}]*)\}/.exec(read(`src/events/${file}.ts`))?.[1] ?? '';
    for (const [, name, type] of map.matchAll(/'([a-z-]+)': (\w+);/g)) entries.set(name, type);
  }
  for (const tag of TAGS) {
    for (const [name, type] of manifestEvents.get(tag)) assert.equal(entries.get(name), type, `${name} is typed as ${type}`);
  }
});

test('JSX types: MailElementEvents lists exactly the manifest events per tag', () => {
  const source = read('src/jsx.ts');
  const body = /export interface MailElementEvents \{([\s\S]*?)\n\}/.exec(source)?.[1];
  assert.ok(body, 'MailElementEvents found');
  const entries = [...body.matchAll(/'([a-z-]+)': Pick<\s*GlobalEventHandlersEventMap,([^>]*)>/g)];
  assert.deepEqual(sorted(entries.map(([, tag]) => tag)), TAGS);
  for (const [, tag, names] of entries) {
    assert.deepEqual(sorted([...names.matchAll(/'([a-z-]+)'/g)].map(([, name]) => name)), sorted(manifestEvents.get(tag).keys()), `<${tag}> events`);
  }
});

test('docs/guide.md: the events table names every event with the elements that fire it', () => {
  const FROM = { form: 'provider-settings-form', wizard: 'mail-provider-wizard', list: 'mail-account-list' };
  const guide = read('docs/guide.md');
  const section = guide.slice(guide.indexOf('## 4. Events'), guide.indexOf('\n## 5.'));
  const rows = [...section.matchAll(/^\| `([a-z-]+)` \| ([a-z, ]+) \|/gm)];
  assert.ok(rows.length > 0, 'the table is found');
  const documented = new Map(TAGS.map((tag) => [tag, new Set()]));
  for (const [, event, from] of rows) {
    for (const who of from.split(',').map((word) => word.trim())) {
      assert.ok(FROM[who], `"${who}" in the row of ${event} names an element`);
      documented.get(FROM[who]).add(event);
    }
  }
  for (const tag of TAGS) assert.deepEqual(sorted(documented.get(tag)), sorted(manifestEvents.get(tag).keys()), `<${tag}> in the guide`);
});
