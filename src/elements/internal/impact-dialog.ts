import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';
import type { MailboxImpact } from '../../model/index.js';

/** What the impact preview shows: its question, and each affected mailbox with what happens to it. */
export interface ImpactDialogContent {
  readonly title: string;
  readonly intro: string;
  readonly impacts: readonly MailboxImpact[];
  /** The button that goes ahead: Apply (a change) or Delete. */
  readonly confirmLabel: string;
}

/** One mailbox's consequences, in words: "must sign in again, stops sending mail". */
export function impactEffects(t: Messages, impact: MailboxImpact): string {
  return impact.effects.map((effect) => t.lifecycle.impact.effects[effect]({ login: impact.newLogin ?? '' })).join(', ');
}

/**
 * The impact preview (issue 11, item 2): a modal dialog, opened with
 * `confirmWithDialog`, listing the affected mailboxes and what happens to each.
 * Cancel, the safer choice, has the focus first.
 */
export function impactDialog(t: Messages, content: ImpactDialogContent | null): TemplateResult {
  // Empty while not asked, so its Apply and Cancel never stand beside the form's own.
  return html`<dialog part="dialog impact-dialog" id="impact-dialog" class="impact-dialog" aria-labelledby="impact-title" aria-describedby="impact-intro">
    ${
      content === null
        ? nothing
        : html`<form method="dialog">
          <p class="impact-title" id="impact-title"><strong>${content.title}</strong></p>
          <p id="impact-intro">${content.intro}</p>
          <ul part="impact-list" class="impact-list" aria-label=${t.lifecycle.impact.listLabel}>
            ${content.impacts.map((impact) => html`<li><span class="impact-address">${impact.email}</span>: ${impactEffects(t, impact)}</li>`)}
          </ul>
          <div class="actions">
            <button part="button" value="confirm">${content.confirmLabel}</button>
            <button part="button primary-button" class="primary" value="cancel">${t.common.cancel}</button>
          </div>
        </form>`
    }
  </dialog>`;
}

/** Styles of `impactDialog` (with `discardDialogStyles` for the dialog itself). */
export const impactDialogStyles = css`
  .impact-dialog form {
    display: grid;
    gap: var(--_mpe-space);
  }

  .impact-list {
    margin: 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }

  .impact-address {
    font-weight: 600;
  }
`;
