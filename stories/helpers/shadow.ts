// Finds what a user sees inside open shadow roots, for the host-scenario play
// functions: Storybook's `within` does not pierce shadow DOM.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function* deep(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

/** Text as a screen reader reads it: without `aria-hidden` parts such as the required marker. */
function spoken(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(spoken).join('');
}

const text = (element: Element) => spoken(element).replace(/\s+/g, ' ').trim();

/** The first element matching `selector` whose own text is `label` (or contains it), anywhere below `root`. */
export async function findDeep<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  selector: string,
  label: string,
  { exact = true, timeoutMs = 4000 } = {},
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    for (const element of deep(root)) {
      if (!element.matches(selector)) continue;
      const name = element.getAttribute('aria-label') ?? text(element);
      if (exact ? name === label : name.includes(label)) return element as T;
    }
    if (Date.now() > end) throw new Error(`No ${selector} "${label}" appeared`);
    await sleep(25);
  }
}

/** The input whose `<label>` (in the same shadow root) reads `label`. */
export async function findField(root: ParentNode, label: string): Promise<HTMLInputElement> {
  const labelElement = await findDeep<HTMLLabelElement>(root, 'label', label);
  const scope = labelElement.getRootNode() as ShadowRoot | Document;
  const input = scope.getElementById(labelElement.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`The label "${label}" has no input`);
  return input;
}

/** Types into an input as a user would. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
