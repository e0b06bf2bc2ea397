/**
 * Registers a custom element once. A second registration of the same class is a
 * no-op; another class under the tag (two copies of the library on one page) is
 * left in place with a warning, because throwing would break the host page.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tagName);
  if (existing === undefined) registry.define(tagName, elementClass);
  else if (existing !== elementClass) {
    console.warn(`<${tagName}> is already defined by another copy of mail-provider-elements; keeping the first one.`);
  }
}
