import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Messages } from '../../i18n/messages.js';

/** What a filter field over a long list shows and does. */
export interface FilterFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** `search` where Escape clearing it is welcome, `text` otherwise. */
  readonly type: 'text' | 'search';
  readonly part: string;
  /** The id of a help line the caller renders under it. */
  readonly describedBy?: string;
  /** The id of the list it filters. */
  readonly controls?: string;
  readonly onInput: (value: string) => void;
}

/** The label and input of a filter over a long list: no autocomplete, no spell check. */
export function filterField(o: FilterFieldOptions): TemplateResult {
  return html`<label for=${o.id}>${o.label}</label>
    <input
      part=${o.part}
      id=${o.id}
      type=${o.type}
      autocomplete="off"
      spellcheck="false"
      aria-controls=${o.controls ?? nothing}
      aria-describedby=${o.describedBy ?? nothing}
      .value=${live(o.value)}
      @input=${(event: Event) => o.onInput((event.target as HTMLInputElement).value)}
    />`;
}

/** "Showing 3 of 10", and what matched nothing: a polite status under a filter. */
export function shownCount(t: Messages, shown: number, total: number, query: string): TemplateResult {
  return html`<p part="count" class="count" role="status" aria-live="polite">
    ${t.list.shownCount({ shown, total })}${shown === 0 ? html` — ${t.list.noMatches({ query: query.trim() })}` : nothing}
  </p>`;
}
