// Layout checks for narrow viewports (issue 11, item 7): nothing is wider than its
// box or the viewport, and a control's label stays beside it.
import { waitUntil } from '@open-wc/testing';

/** `root` and every open shadow root below it, the nested elements' included. */
export function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (const node of root.querySelectorAll('*')) if (node.shadowRoot) roots.push(...shadowRoots(node.shadowRoot));
  return roots;
}

function describe(node: Element): string {
  const id = node.id ? `#${node.id}` : '';
  const part = node.getAttribute('part') ? `[part="${node.getAttribute('part')}"]` : '';
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${node.localName}${id}${part}> "${text}"`;
}

// Text controls scroll their own value; the screen-reader-only text is clipped on purpose.
const SKIP = 'input, select, textarea, .visually-hidden, .visually-hidden *';

/**
 * What overflows horizontally in `host` (and the elements nested in its shadow
 * root): an element whose content is wider than its box (scrollWidth over
 * clientWidth: cut off with "…", scrolled or sticking out), or a box past the viewport's
 * edges. Empty when everything fits.
 */
export function horizontalOverflow(host: HTMLElement): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const hostBox = host.getBoundingClientRect();
  if (hostBox.right > viewport + 0.5) problems.push(`the host is ${hostBox.width} px wide in a ${viewport} px viewport`);
  for (const root of shadowRoots(host.shadowRoot!)) {
    for (const node of root.querySelectorAll<HTMLElement>('*')) {
      if (node.matches(SKIP) || node.getClientRects().length === 0) continue;
      if (node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${describe(node)}: content ${node.scrollWidth} px in a ${node.clientWidth} px box`);
      }
      const box = node.getBoundingClientRect();
      if (box.width > 0 && (box.right > viewport + 0.5 || box.left < -0.5)) {
        problems.push(`${describe(node)}: spans ${Math.round(box.left)}–${Math.round(box.right)} px of a ${viewport} px viewport`);
      }
    }
  }
  return problems;
}

/** Radios and checkboxes whose label dropped below the control instead of wrapping beside it. */
export function labelsBelowControls(host: HTMLElement): string[] {
  const problems: string[] = [];
  for (const root of shadowRoots(host.shadowRoot!)) {
    for (const control of root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
      const label = control.id ? root.querySelector(`label[for="${control.id}"]`) : null;
      if (!label || control.getClientRects().length === 0) continue;
      const c = control.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      // Beside: the label starts to the right of the control and its first line overlaps the control's row.
      if (l.left < c.right || l.top > c.bottom) problems.push(`${describe(label)} is not beside its control`);
    }
  }
  return problems;
}

/** Switches `host` to `locale` and waits until it and the elements inside it render in it. */
export async function switchLocale(host: HTMLElement & { locale?: string | undefined }, locale: string): Promise<void> {
  host.locale = locale;
  const words = locale === 'ru' ? /[а-яё]/i : /[a-z]/i;
  await waitUntil(
    () => shadowRoots(host.shadowRoot!).every((root) => root.textContent!.trim() === '' || words.test(root.textContent!)),
    `did not switch to ${locale}`,
  );
}
