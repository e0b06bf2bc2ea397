import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/messages.js';

/** "Showing 3 of 10", and what matched nothing: a polite status under a filter. */
export function shownCount(t: Messages, shown: number, total: number, query: string): TemplateResult {
  return html`<p part="count" class="count" role="status" aria-live="polite">
    ${t.list.shownCount({ shown, total })}${shown === 0 ? html` — ${t.list.noMatches({ query: query.trim() })}` : nothing}
  </p>`;
}
