/*
 * Storybook's docs and controls list what custom-elements.json lists. The manifest
 * also records private fields (the analyzer keeps them, marked `privacy`), which
 * are not API: Storybook gets a copy with only the public, per-instance members.
 * test/node/storybook-public-api.test.mjs checks Storybook's own argTypes of it.
 */

interface Member {
  readonly kind: string;
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly readonly?: boolean;
}
interface Declaration {
  readonly tagName?: string;
  readonly members?: readonly Member[];
  readonly events?: readonly { readonly name: string }[];
  readonly [key: string]: unknown;
}
export interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly Declaration[]; readonly [key: string]: unknown }[];
  readonly [key: string]: unknown;
}

/** Whether a member is the element's public API: not private or protected, not static, not `_`/`#`-named. */
export function isPublicMember(member: Member): boolean {
  return (member.privacy ?? 'public') === 'public' && member.static !== true && !/^[_#]/.test(member.name);
}

/** The manifest with only public members on every element. */
export function publicManifest<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName === undefined ? declaration : { ...declaration, members: declaration.members?.filter(isPublicMember) },
      ),
    })),
  };
}

/** Every event any element fires, for the Actions panel. */
export function allEventNames(manifest: Manifest): string[] {
  const names = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)),
  );
  return [...new Set(names)].sort();
}

/** Public read-only properties (`step`, `dirty`): listed in the docs, but not a control, since setting them does nothing. */
export function readonlyMembers(manifest: Manifest): Set<string> {
  return new Set(
    manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) =>
        (declaration.members ?? []).filter((member) => member.readonly === true && isPublicMember(member)).map((member) => member.name),
      ),
    ),
  );
}
