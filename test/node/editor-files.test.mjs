// The build generates VS Code custom data and JetBrains web-types from
// custom-elements.json (scripts/editor-files.mjs). Checks the built files against
// the manifest and that package.json points editors at them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (path) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const pkg = json('package.json');
const sorted = (items) => [...items].sort();

/** tag → { attributes, events, cssProperties, parts }, as the manifest lists them. */
const manifest = new Map();
for (const module of json('custom-elements.json').modules) {
  for (const d of module.declarations ?? []) {
    if (!d.tagName) continue;
    manifest.set(d.tagName, {
      attributes: sorted((d.attributes ?? []).map((a) => a.name)),
      events: sorted((d.events ?? []).map((e) => e.name)),
      cssProperties: (d.cssProperties ?? []).map((p) => p.name),
      parts: (d.cssParts ?? []).map((p) => p.name),
    });
  }
}

test('package.json points editors at the generated files, and they are exported', () => {
  assert.equal(pkg['web-types'], './dist/editors/web-types.json');
  for (const file of ['web-types.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
    assert.equal(pkg.exports[`./${file}`], `./dist/editors/${file}`);
    assert.ok(existsSync(`${root}dist/editors/${file}`), `${file} is built (npm run build)`);
  }
});

test('VS Code HTML data: every element with exactly its manifest attributes', () => {
  const data = json('dist/editors/vscode.html-custom-data.json');
  assert.deepEqual(sorted(data.tags.map((tag) => tag.name)), sorted(manifest.keys()));
  for (const tag of data.tags) {
    assert.deepEqual(sorted(tag.attributes.map((a) => a.name)), manifest.get(tag.name).attributes, `<${tag.name}>`);
    for (const event of manifest.get(tag.name).events) assert.ok(tag.description.includes(event), `<${tag.name}> describes ${event}`);
  }
});

test('VS Code CSS data: every --mpe-* property and ::part the manifest documents', () => {
  const data = json('dist/editors/vscode.css-custom-data.json');
  const properties = new Set(data.properties.map((p) => p.name));
  const pseudo = new Set(data.pseudoElements.map((p) => p.name));
  for (const [tag, { cssProperties, parts }] of manifest) {
    for (const name of cssProperties) assert.ok(properties.has(name), `${name} of <${tag}>`);
    for (const part of parts) assert.ok(pseudo.has(`::part(${part})`), `::part(${part}) of <${tag}>`);
  }
});

test('web-types: elements, attributes and events as in the manifest, under the package name and version', () => {
  const data = json('dist/editors/web-types.json');
  assert.equal(data.name, pkg.name);
  assert.equal(data.version, pkg.version);
  const elements = data.contributions.html.elements;
  assert.deepEqual(sorted(elements.map((e) => e.name)), sorted(manifest.keys()));
  for (const element of elements) {
    const expected = manifest.get(element.name);
    assert.deepEqual(sorted(element.attributes.map((a) => a.name)), expected.attributes, `<${element.name}> attributes`);
    assert.deepEqual(sorted(element.js.events.map((e) => e.name)), expected.events, `<${element.name}> events`);
  }
});
