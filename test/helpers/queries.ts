/**
 * Finds controls the way assistive technology does: by role and accessible name.
 * A compact subset of the accessible-name algorithm, enough for native controls
 * in shadow roots: aria-labelledby, aria-label, <label for>, <legend>, content.
 */
export type Role =
  | 'button'
  | 'textbox'
  | 'password'
  | 'checkbox'
  | 'radio'
  | 'group'
  | 'radiogroup'
  | 'combobox'
  | 'heading'
  | 'link'
  | 'alert'
  | 'status'
  | 'dialog'
  | 'list'
  | 'listitem';

function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true') return '';
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(textOf).join('');
  return [...node.childNodes].map(textOf).join('');
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The accessible name of an element in its own root. */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return clean(
      labelledBy
        .split(/\s+/)
        .map((id) => {
          const el = root.getElementById(id);
          return el ? textOf(el) : '';
        })
        .join(' '),
    );
  }
  const label = element.getAttribute('aria-label');
  if (label) return clean(label);
  if (element.id && (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) {
    const labels = [...root.querySelectorAll(`label[for="${element.id}"]`)];
    if (labels.length > 0) return clean(labels.map(textOf).join(' '));
  }
  if (element instanceof HTMLFieldSetElement) {
    const legend = element.querySelector(':scope > legend');
    return legend ? clean(textOf(legend)) : '';
  }
  return clean(textOf(element));
}

function roleOf(element: Element): Role | null {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit as Role;
  const tag = element.localName;
  if (tag === 'button') return 'button';
  if (tag === 'a' && element.hasAttribute('href')) return 'link';
  if (tag === 'select') return 'combobox';
  if (tag === 'fieldset') return 'group';
  if (tag === 'dialog') return 'dialog';
  if (tag === 'ul' || tag === 'ol') return 'list';
  if (tag === 'li') return 'listitem';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'input') {
    const type = (element as HTMLInputElement).type;
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'password') return 'password';
    if (['text', 'email', 'search', 'url', 'tel', 'number'].includes(type)) return 'textbox';
  }
  return null;
}

function* walk(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* walk(element.shadowRoot);
  }
}

/** Every element with the role whose accessible name matches, through open shadow roots. */
export function queryAllByRole(root: ParentNode, role: Role, name?: string | RegExp): HTMLElement[] {
  const matches: HTMLElement[] = [];
  for (const element of walk(root)) {
    const actual = roleOf(element);
    if (actual !== role && !(role === 'group' && actual === 'radiogroup')) continue;
    if (name !== undefined) {
      const accessible = accessibleName(element);
      if (typeof name === 'string' ? accessible !== name : !name.test(accessible)) continue;
    }
    matches.push(element as HTMLElement);
  }
  return matches;
}

export function queryByRole(root: ParentNode, role: Role, name?: string | RegExp): HTMLElement | null {
  return queryAllByRole(root, role, name)[0] ?? null;
}

/** The single element with the role and name; throws a readable error otherwise. */
export function getByRole<T extends HTMLElement = HTMLElement>(root: ParentNode, role: Role, name?: string | RegExp): T {
  const found = queryAllByRole(root, role, name);
  if (found.length !== 1) {
    const names = queryAllByRole(root, role).map((el) => JSON.stringify(accessibleName(el)));
    throw new Error(`Expected one ${role} named ${String(name)}, found ${found.length}. ${role}s present: ${names.join(', ') || 'none'}`);
  }
  return found[0] as T;
}

/** The text of the elements an element's aria-describedby points to. */
export function description(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return clean(
    ids
      .map((id) => {
        const el = root.getElementById(id);
        return el ? textOf(el) : '';
      })
      .join(' '),
  );
}
