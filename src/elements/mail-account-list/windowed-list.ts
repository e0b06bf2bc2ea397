import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { ListWindow } from './list-window.js';

export interface WindowedListOptions<T> {
  /** Class of the scrolling container, which the `ListWindow` finds it by. */
  readonly viewportClass: string;
  /** The list's id, for `aria-controls` on the filter. */
  readonly id: string;
  readonly label: string;
  readonly items: readonly T[];
  /** The `aria-setsize` of each row: the item count unless given (-1 when the whole list's size is not known yet). */
  readonly setSize?: number;
  readonly window: ListWindow;
  readonly key: (item: T) => string;
  readonly row: (item: T, index: number) => TemplateResult;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

/**
 * A scrolling list that renders only the rows in view. The list keeps its
 * semantics: each rendered `<li>` says where it stands in the whole list
 * (`aria-posinset` of `aria-setsize`), so a screen reader announces "3 of 10 000".
 */
export function windowedList<T>(o: WindowedListOptions<T>): TemplateResult {
  const count = o.items.length;
  const focused = o.window.focusedKey === null ? -1 : o.items.findIndex((item) => o.key(item) === o.window.focusedKey);
  const indices = o.window.indices(count, focused < 0 ? null : focused, o.items);
  const rows = indices.map((index) => ({ index, item: o.items[index] })).filter((row): row is { index: number; item: T } => row.item !== undefined);
  const rowHeight = o.window.rowHeight;
  return html`<div part="viewport" class="viewport ${o.viewportClass}" @keydown=${o.onKeydown}>
    <ul part="list" class="rows" id=${o.id} role="list" aria-label=${o.label} style=${styleMap({ blockSize: `${count * rowHeight}px` })}>
      ${repeat(
        rows,
        ({ item }) => o.key(item),
        ({ index, item }) => html`<li
          part="row"
          class="row"
          data-key=${o.key(item)}
          data-index=${index}
          aria-setsize=${o.setSize ?? count}
          aria-posinset=${index + 1}
          style=${styleMap({ insetBlockStart: `${index * rowHeight}px` })}
        >
          ${o.row(item, index)}
        </li>`,
      )}
    </ul>
  </div>`;
}
