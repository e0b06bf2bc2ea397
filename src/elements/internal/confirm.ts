import { onDialogClosed } from './dialog-closed.js';

/**
 * Opens a native modal `<dialog>` that holds two buttons with `value="confirm"`
 * and `value="cancel"` inside a `<form method="dialog">`, and resolves with
 * whether the user confirmed. Escape counts as cancel. The browser traps focus in
 * the modal dialog; focus goes back to `returnFocus` afterwards. Settles even in a
 * page that gets no animation frames (see `onDialogClosed`).
 */
export function confirmWithDialog(dialog: HTMLDialogElement, returnFocus?: HTMLElement | null): Promise<boolean> {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    onDialogClosed(dialog, () => {
      returnFocus?.focus();
      resolve(dialog.returnValue === 'confirm');
    });
    dialog.showModal();
    // Safer default: the button that keeps the user's work.
    dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')?.focus();
  });
}
