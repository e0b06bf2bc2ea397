// Storybook's docs and controls must list the elements' public API only: run
// Storybook's own argTypes extraction (what the Docs tab and Controls panel show)
// on the manifest that .storybook/preview.ts gives it, and compare with the
// privacy the manifest records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

globalThis.window ??= globalThis; // the renderer's entry sets a flag on window
const { setCustomElementsManifest } = await import('@storybook/web-components');
const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');
const { publicManifest, isPublicMember } = await tsImport('../../.storybook/public-api.ts', import.meta.url);

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
setCustomElementsManifest(publicManifest(manifest));

for (const element of elements) {
  test(`<${element.tagName}>: no private, protected, static or _-named member in argTypes`, () => {
    const argTypes = parameters.docs.extractArgTypes(element.tagName);
    const hidden = (element.members ?? []).filter((member) => !isPublicMember(member));
    assert.ok(
      hidden.some((member) => member.privacy === 'private'),
      'the manifest records private members (so this test means something)',
    );
    // Parts, slots and events may share a name with a private field (a `dialog` part); members are properties.
    const names = new Set(
      Object.entries(argTypes)
        .filter(([, argType]) => argType.table?.category === 'properties')
        .map(([name]) => name),
    );
    const leaked = hidden.filter((member) => names.has(member.name));
    assert.deepEqual(
      leaked.map((member) => `${member.name} (${member.privacy ?? (member.static ? 'static' : 'named')})`),
      [],
    );
    for (const name of names) assert.doesNotMatch(name, /^[_#]/);
    // …and what is public is still there.
    const listed = new Set(Object.keys(argTypes));
    for (const member of (element.members ?? []).filter((m) => m.kind === 'field' && isPublicMember(m)))
      assert.ok(listed.has(member.name), `${member.name} is listed`);
  });
}
