import { css, html, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';

/**
 * The "discard unsaved changes?" dialog the form and the wizard open with
 * `confirmWithDialog`: Discard confirms, Keep editing (the default) cancels.
 */
export function discardDialog(t: Messages): TemplateResult {
  return html`<dialog part="dialog" aria-labelledby="discard-title">
    <form method="dialog">
      <p id="discard-title">${t.common.discardChanges}</p>
      <div class="actions">
        <button part="button" value="confirm">${t.common.discard}</button>
        <button part="button primary-button" class="primary" value="cancel">${t.common.keepEditing}</button>
      </div>
    </form>
  </dialog>`;
}

/** Styles of `discardDialog`. */
export const discardDialogStyles = css`
  dialog {
    max-inline-size: min(28rem, calc(100vw - 2rem));
    padding: calc(var(--_mpe-space) * 3);
    color: var(--_mpe-text);
    background: var(--_mpe-surface);
    border: 1px solid var(--_mpe-border);
    border-radius: var(--_mpe-radius);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  dialog p {
    margin: 0;
  }
`;
