/**
 * Calls `callback` once when `dialog` closes, however it closes (`close()`, Escape,
 * a `<form method="dialog">` button), and returns a function that stops waiting.
 *
 * Why not the `close` event alone: Chromium fires it with the next animation frame,
 * so a page that gets no frames (a background tab) never sees it, and a dialog
 * closed and reopened quickly sees the first `close` while open again. The `open`
 * attribute goes synchronously, and a MutationObserver reports that in a
 * microtask, after `returnValue` is set.
 */
export function onDialogClosed(dialog: HTMLDialogElement, callback: () => void): () => void {
  let done = false;
  const stop = (): void => {
    done = true;
    observer.disconnect();
    dialog.removeEventListener('close', check);
  };
  // A late `close` from an earlier opening must not end this one: only a closed dialog counts.
  const check = (): void => {
    if (done || dialog.open) return;
    stop();
    callback();
  };
  const observer = new MutationObserver(check);
  observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
  dialog.addEventListener('close', check);
  return stop;
}
