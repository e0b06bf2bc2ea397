import { VERSION } from '../../version.js';

/** Marks a class with the version of the copy that defined it, so another copy can name both in its warning. */
const VERSION_KEY = Symbol.for('mail-provider-elements.version');

type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element once. A second registration of the same class is a
 * no-op; another class under the tag (two copies of the library on one page) is
 * left in place with a warning naming both versions, because throwing would break
 * the host page.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tagName);
  if (existing === undefined) {
    (elementClass as Versioned)[VERSION_KEY] ??= VERSION;
    registry.define(tagName, elementClass);
  } else if (existing !== elementClass) {
    const theirs = (existing as Versioned)[VERSION_KEY];
    const owner = theirs === undefined ? 'another class (not mail-provider-elements)' : `mail-provider-elements ${theirs}`;
    console.warn(
      `<${tagName}> is already defined by ${owner}; mail-provider-elements ${VERSION} keeps it and does not register its own. ` +
        'Two copies of the package are on this page: deduplicate them in your bundle.',
    );
  }
}
