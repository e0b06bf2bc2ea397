import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describeError } from '../../i18n/format.js';
import type { MailboxSettingsField } from '../../flows/mailbox-settings.js';
import type { Messages } from '../../i18n/messages.js';

/** The id of a mailbox settings field's control, for labels, descriptions and focusing the first invalid one. */
export const settingsFieldId = (field: MailboxSettingsField): string => `settings-${field}`;

/** A heading at the level the host asked for (1–6), to fit the page's outline; focusable by script only. */
export function heading(id: string, level: number, text: string): TemplateResult {
  const clamped = Math.min(6, Math.max(1, Math.trunc(level) || 2));
  return html`<div part="heading" class="heading" role="heading" aria-level=${clamped} id=${id} tabindex="-1">${text}</div>`;
}

/** A failed load or delete: what failed, why, what to do, and Retry. */
export function problemNotice(t: Messages, what: string, kind: string, onRetry: () => void): TemplateResult {
  const problem = describeError(t, kind);
  return html`<div part="notice" class="notice danger" role="alert">
    <strong>${what}</strong> ${problem.title} ${problem.action}
    <div class="actions">
      <button part="button" type="button" @click=${onRetry}>${t.common.retry}</button>
    </div>
  </div>`;
}

export interface RowActionsOptions {
  readonly editLabel: string;
  readonly deleteLabel: string;
  readonly onEdit: (opener: HTMLElement) => void;
  readonly onDelete: (opener: HTMLElement) => void;
  /** The id of the text saying why Delete is refused (R15); the button stays usable and opens the delete preview, which lists the mailboxes. */
  readonly refusalId?: string;
  /** A row's own first action (a mailbox's Check connection). */
  readonly first?: TemplateResult;
  /** A row-specific action shown first (a mailbox's Sign in again). */
  readonly before?: TemplateResult | typeof nothing;
}

/** A row's Edit and Delete buttons, named after the row (`Edit <name>`, `Delete <address>`). */
export function rowActions(t: Messages, o: RowActionsOptions): TemplateResult {
  return html`<div part="actions" class="row-actions">
    ${o.before ?? nothing}${o.first ?? nothing}
    <button part="button" type="button" data-action="edit" aria-label=${o.editLabel} @click=${(e: Event) => o.onEdit(e.currentTarget as HTMLElement)}>
      ${t.common.edit}
    </button>
    <button
      part="button danger-button"
      class="danger"
      type="button"
      data-action="delete"
      aria-label=${o.deleteLabel}
      aria-describedby=${ifDefined(o.refusalId)}
      @click=${(e: Event) => o.onDelete(e.currentTarget as HTMLElement)}
    >
      ${t.common.delete}
    </button>
  </div>`;
}
