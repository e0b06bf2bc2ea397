// A native modal <dialog> the host opens for each entry point. The browser gives
// us the focus trap, Escape and the backdrop; we add the title, a Close button,
// and return focus to the control that opened it.

import { h } from './dom.js';

export interface HostDialogOptions {
  title: string;
  /** Accessible name of the Close button. */
  closeLabel: string;
  /** Where focus returns when the dialog closes. */
  opener: HTMLElement;
  /** Fills the dialog. `signal` aborts when it closes (cancel loads, unsubscribe); `close` closes it. */
  render(body: HTMLElement, dialog: { signal: AbortSignal; close(): void }): void;
}

let lastId = 0;

export function openHostDialog({ title, closeLabel, opener, render }: HostDialogOptions): HTMLDialogElement {
  const titleId = `host-dialog-title-${++lastId}`;
  const closeButton = h('button', { type: 'button', class: 'icon-button', 'aria-label': closeLabel }, closeIcon());
  const body = h('div', { class: 'host-dialog__body' });
  const dialog = h(
    'dialog',
    { class: 'host-dialog', 'aria-labelledby': titleId },
    h('header', { class: 'host-dialog__header' }, h('h2', { id: titleId }, title), closeButton),
    body,
  );

  const closed = new AbortController();
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener(
    'close',
    () => {
      closed.abort();
      dialog.remove();
      opener.focus();
    },
    { once: true },
  );

  document.body.append(dialog);
  render(body, { signal: closed.signal, close: () => dialog.close() });
  dialog.showModal();
  return dialog;
}

function closeIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = '<path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" fill="none"/>';
  return svg;
}
