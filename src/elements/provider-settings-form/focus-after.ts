import type { ReactiveElement } from 'lit';

/**
 * Moves focus, once the form has rendered the change a click made, to the control
 * `pick` finds — so a button that removes itself (Replace secret, Keep current
 * secret, a domain's ×) never leaves focus on `<body>` (issue 11, item 6).
 */
export function focusAfterRender(from: Element, pick: (root: ShadowRoot) => HTMLElement | null | undefined): void {
  const root = from.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  void (root.host as ReactiveElement).updateComplete.then(() => pick(root)?.focus());
}
