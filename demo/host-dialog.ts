// A native modal <dialog> the host opens for each entry point. The browser gives
// us the focus trap, Escape and the backdrop; we add a title, a Close button,
// and return focus to the control that opened it.
//
// Escape belongs to the innermost dialog: the browser sends it to the topmost
// modal one (the list's own dialogs), and the wizard handles it itself (asking
// before it discards what was typed), so this dialog only closes on an Escape
// nothing inside took.

import type { LitElement } from 'lit';
import { h } from './dom.js';

export interface HostDialogOptions {
  /** The dialog's accessible name. */
  title: string;
  /** Whether the title is shown as the dialog's heading; otherwise the content's own heading is the visible one. */
  showTitle: boolean;
  /** Accessible name of the Close button. */
  closeLabel: string;
  /** Where focus returns when the dialog closes. */
  opener: HTMLElement;
  /** The dialog's content; `close` closes the dialog. */
  render(close: () => void): { element: LitElement; canClose?: () => boolean | Promise<boolean> };
}

let lastId = 0;

export async function openHostDialog({ title, showTitle, closeLabel, opener, render }: HostDialogOptions): Promise<void> {
  const titleId = `host-dialog-title-${++lastId}`;
  const close = (): void => dialog.close();
  const { element, canClose = () => true } = render(close);
  const closeButton = h('button', { type: 'button', class: 'icon-button host-dialog__close', 'aria-label': closeLabel }, closeIcon());
  const dialog = h(
    'dialog',
    { class: 'host-dialog', 'aria-labelledby': showTitle ? titleId : undefined, 'aria-label': showTitle ? undefined : title },
    showTitle && h('h2', { id: titleId, class: 'host-dialog__title' }, title),
    h('div', { class: 'host-dialog__body' }, element),
    // Last, so that opening the dialog puts focus in the element rather than on
    // Close; CSS shows it in the top corner.
    closeButton,
  );

  // The content may ask first (the wizard asks through its own discard dialog), so closing waits for its answer.
  const closeIfAllowed = async (): Promise<void> => {
    if (await canClose()) close();
  };
  closeButton.addEventListener('click', () => void closeIfAllowed());
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    void closeIfAllowed();
  });
  dialog.addEventListener(
    'close',
    () => {
      dialog.remove();
      opener.focus();
    },
    { once: true },
  );

  document.body.append(dialog);
  await element.updateComplete; // rendered, so that the browser finds something in it to focus
  dialog.showModal();
}

function closeIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.innerHTML = '<path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" fill="none"/>';
  return svg;
}
