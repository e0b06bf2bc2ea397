import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages, Problem } from '../../i18n/messages.js';

/**
 * The small UI kit the three elements share: the same markup, parts and
 * classes for the same job, so a theme styles them once.
 */

export type NoticeTone = 'info' | 'success' | 'warning' | 'danger';

export interface NoticeOptions {
  readonly tone: NoticeTone;
  readonly id?: string;
  /** `alert` for failures the user must hear now, `note` for standing facts; none for outcomes read by focus. */
  readonly role?: 'alert' | 'note' | 'status';
  /** Focusable by script, so focus can be moved to an outcome. */
  readonly focusable?: boolean;
  /** Extra part names besides `notice` (e.g. `warning`). */
  readonly parts?: string;
}

/** A notice box: `part="notice"`, a tone class, and its content. */
export function notice(o: NoticeOptions, content: unknown): TemplateResult {
  return html`<div
    part=${o.parts ? `notice ${o.parts}` : 'notice'}
    class="notice ${o.tone}"
    id=${ifDefined(o.id)}
    role=${ifDefined(o.role)}
    tabindex=${ifDefined(o.focusable ? '-1' : undefined)}
  >
    ${content}
  </div>`;
}

/** What failed and what to do, in bold and plain. */
export function problemText(problem: Problem): TemplateResult {
  return html`<strong>${problem.title}</strong> ${problem.action}`;
}

/** The notice an element shows without an adapter. */
export function noAdapterNotice(t: Messages): TemplateResult {
  return notice({ tone: 'danger', role: 'alert' }, problemText(t.common.noAdapter));
}

export interface SecretToggleOptions {
  /** The id of the password input it shows and hides. */
  readonly controls: string;
  readonly visible: boolean;
  readonly onToggle: () => void;
  readonly disabled?: boolean;
}

/** "Show password" / "Hide password": a toggle button (aria-pressed) beside a secret input. */
export function secretToggle(t: Messages, o: SecretToggleOptions): TemplateResult {
  return html`<button
    part="button"
    type="button"
    class="toggle"
    aria-controls=${o.controls}
    aria-pressed=${o.visible ? 'true' : 'false'}
    ?disabled=${o.disabled ?? false}
    @click=${o.onToggle}
  >
    ${o.visible ? t.common.hidePassword : t.common.showPassword}
  </button>`;
}

/** A Retry button. */
export function retryButton(t: Messages, onRetry: () => void): TemplateResult {
  return html`<button part="button" type="button" @click=${onRetry}>${t.common.retry}</button>`;
}
