/*
 * One MutationObserver for every element that follows `lang`, instead of one per
 * element. A document observer does not see inside shadow roots, so each
 * subscriber also registers the shadow roots between it and the document; they
 * are observed while at least one subscriber needs them.
 */

/** Something to tell when a `lang` attribute changed somewhere it can see. */
export type LangListener = () => void;

const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

const listeners = new Map<LangListener, readonly Node[]>();
const targets = new Map<Node, number>();
let observer: MutationObserver | undefined;

function notify(): void {
  // Copy: a listener may unsubscribe (or subscribe) while being told.
  for (const listener of [...listeners.keys()]) listener();
}

/** The document and every shadow root that `element` sits in, nearest last. */
function scopesOf(element: Element): Node[] {
  const scopes: Node[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    scopes.push(root);
    root = root.host.getRootNode();
  }
  scopes.push(element.ownerDocument);
  return scopes.reverse();
}

/**
 * Calls `listener` after any `lang` attribute changes in the trees `element` is
 * in (its document and its ancestor shadow roots, as of now). Returns the
 * unsubscribe function; the observer is disconnected when nobody listens.
 */
export function observeLang(element: Element, listener: LangListener): () => void {
  unobserve(listener);
  const scopes = scopesOf(element);
  listeners.set(listener, scopes);
  observer ??= new MutationObserver(notify);
  for (const scope of scopes) {
    const count = targets.get(scope) ?? 0;
    targets.set(scope, count + 1);
    if (count === 0) observer.observe(scope, OPTIONS);
  }
  return () => unobserve(listener);
}

function unobserve(listener: LangListener): void {
  const scopes = listeners.get(listener);
  if (!scopes) return;
  listeners.delete(listener);
  let dropped = false;
  for (const scope of scopes) {
    const count = targets.get(scope)! - 1;
    if (count > 0) targets.set(scope, count);
    else {
      targets.delete(scope);
      dropped = true;
    }
  }
  if (!dropped || !observer) return;
  // MutationObserver cannot stop watching one target: start over with the rest,
  // first delivering any change it had queued.
  if (observer.takeRecords().length > 0) queueMicrotask(notify);
  observer.disconnect();
  if (targets.size === 0) observer = undefined;
  else for (const scope of targets.keys()) observer.observe(scope, OPTIONS);
}

/** How many listeners and observed trees there are; for leak tests. @internal */
export function langObserverStats(): { listeners: number; targets: number; observing: boolean } {
  return { listeners: listeners.size, targets: targets.size, observing: observer !== undefined };
}
