/**
 * Windowing arithmetic for long lists with rows of one fixed height (B9): which
 * rows to render for a scroll position, and where to scroll to reveal a row.
 * Pure, so the rules are tested without a browser; the element measures and renders.
 */

export interface ListViewport {
  /** The scrolling container's `scrollTop`, in pixels. */
  readonly scrollTop: number;
  /** Its visible height (`clientHeight`), in pixels. */
  readonly viewportHeight: number;
  /** The height of every row, in pixels. */
  readonly rowHeight: number;
}

/** A half-open range of row indices: `start` ≤ index < `end`. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The rows to render: those in view plus `overscan` on each side, so that Tab from
 * the last rendered row reaches a rendered row (which scrolls into view and moves
 * the window on), and a fast scroll does not show blanks.
 */
export function visibleRange(viewport: ListViewport, count: number, overscan = 4): RowRange {
  if (count <= 0) return { start: 0, end: 0 };
  const rowHeight = Math.max(1, viewport.rowHeight);
  const top = Math.max(0, viewport.scrollTop);
  const first = Math.min(count - 1, Math.floor(top / rowHeight));
  const inView = Math.ceil(Math.max(0, viewport.viewportHeight) / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + inView + overscan) };
}

/**
 * The `scrollTop` that shows row `index` whole with the least movement: unchanged
 * when it already is, else aligned to the nearer edge.
 */
export function scrollTopToReveal(index: number, viewport: ListViewport): number {
  const rowTop = index * viewport.rowHeight;
  const rowBottom = rowTop + viewport.rowHeight;
  if (rowTop < viewport.scrollTop) return rowTop;
  if (rowBottom > viewport.scrollTop + viewport.viewportHeight) return Math.max(0, rowBottom - viewport.viewportHeight);
  return viewport.scrollTop;
}

/**
 * The indices to render, ascending: the range, plus `keep` (the row holding focus)
 * when it lies outside, so that scrolling away never destroys the focused control.
 */
export function renderedIndices(range: RowRange, count: number, keep: number | null = null): number[] {
  const indices: number[] = [];
  const extra = keep !== null && keep >= 0 && keep < count && (keep < range.start || keep >= range.end) ? keep : null;
  if (extra !== null && extra < range.start) indices.push(extra);
  for (let index = range.start; index < Math.min(range.end, count); index++) indices.push(index);
  if (extra !== null && extra >= range.end) indices.push(extra);
  return indices;
}

/**
 * The row a key moves focus to from row `index` of `count` (Arrow keys, Page keys,
 * Home, End), or null for any other key. `pageSize` is how many rows fit in view.
 */
export function rowForKey(key: string, index: number, count: number, pageSize: number): number | null {
  if (count <= 0) return null;
  const page = Math.max(1, pageSize);
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(count - 1, index + page);
    case 'PageUp':
      return Math.max(0, index - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
