import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { renderedIndices, scrollTopToReveal, visibleRange, type ListViewport, type RowRange } from '../../flows/list-window.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Until the first measurement: a guess large enough to fill a tall viewport. */
const INITIAL: ListViewport = { scrollTop: 0, viewportHeight: 800, rowHeight: 64 };

/**
 * Renders only the rows of a long list that are in view (B9). Our own small
 * windowing rather than `@lit-labs/virtualizer`: that package is pre-1.0 under
 * `@lit-labs` (the anchors warn against depending on it), and rows spaced by one
 * height need only a few lines of arithmetic (flows/list-window.ts), while we keep
 * full control of list semantics (`aria-setsize`/`aria-posinset`), of the focused
 * row (never unrendered while it holds focus) and of keyboard movement.
 *
 * The viewport is found by `selector` in the host's shadow root after each update.
 * Measuring happens synchronously from scroll and focus events, and after updates
 * in a microtask: no animation frames, which background tabs never get.
 */
export class ListWindow implements ReactiveController {
  private readonly host: Host;
  private readonly selector: string;
  private viewport: HTMLElement | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private metrics: ListViewport = INITIAL;
  private lastRange: RowRange = { start: 0, end: 0 };
  private count = 0;
  /** The tallest row measured at `measuredWidth`. */
  private tallest = 0;
  private measuredWidth = 0;
  /** Rows already measured at `measuredWidth`: a row is measured once, when it first renders. */
  private measured = new WeakSet<HTMLElement>();
  private items: readonly unknown[] | undefined;
  /** The key of the row holding focus, kept rendered whatever the scroll position. */
  focusedKey: string | null = null;

  /** Told the end of the rendered range after each measurement (a paged list loads on before the user gets there). */
  private readonly onRange: ((end: number) => void) | undefined;

  constructor(host: Host, selector: string, onRange?: (end: number) => void) {
    this.host = host;
    this.selector = selector;
    this.onRange = onRange;
    host.addController(this);
  }

  /** The row height in pixels, as last measured. */
  get rowHeight(): number {
    return this.metrics.rowHeight;
  }

  /** How many rows fit in view, for Page Up and Page Down. */
  get pageSize(): number {
    return Math.max(1, Math.floor(this.metrics.viewportHeight / Math.max(1, this.metrics.rowHeight)));
  }

  /**
   * The indices to render for `count` rows, ascending; `keep` is the focused row's index, if any.
   * `items`: the rows' data; when it is another array, rows may say something else, so each is measured again.
   */
  indices(count: number, keep: number | null, items?: readonly unknown[]): number[] {
    if (items !== this.items) this.measured = new WeakSet();
    this.items = items;
    this.count = count;
    this.lastRange = visibleRange(this.metrics, count);
    return renderedIndices(this.lastRange, count, keep);
  }

  /** Scrolls row `index` into view and re-renders, so that it exists before it is focused. */
  reveal(index: number): void {
    if (!this.viewport) return;
    this.scrollToRow(this.viewport, index);
    this.measure();
    this.host.requestUpdate();
  }

  private scrollToRow(viewport: HTMLElement, index: number): void {
    const top = scrollTopToReveal(index, { ...this.metrics, scrollTop: viewport.scrollTop });
    if (top !== viewport.scrollTop) viewport.scrollTop = top;
  }

  hostUpdated(): void {
    const viewport = this.host.shadowRoot?.querySelector<HTMLElement>(this.selector) ?? null;
    if (viewport !== this.viewport) this.attach(viewport);
    // After this update, not inside it: a changed measurement schedules another.
    queueMicrotask(() => this.measure(true));
  }

  hostDisconnected(): void {
    this.attach(null);
  }

  private attach(viewport: HTMLElement | null): void {
    this.viewport?.removeEventListener('scroll', this.onScroll);
    this.viewport?.removeEventListener('focusin', this.onFocusIn);
    this.viewport?.removeEventListener('focusout', this.onFocusOut);
    this.resizeObserver?.disconnect();
    this.viewport = viewport;
    if (!viewport) return;
    viewport.addEventListener('scroll', this.onScroll, { passive: true });
    viewport.addEventListener('focusin', this.onFocusIn);
    viewport.addEventListener('focusout', this.onFocusOut);
    this.resizeObserver ??= new ResizeObserver(() => this.measure(true));
    this.resizeObserver.observe(viewport);
  }

  /**
   * Reads scroll position and sizes; re-renders only when the rows to show change.
   * `rows`: also measure rows rendered since the last look (after an update or a
   * resize). A scroll event reads only the position, so scrolling forces no layout.
   */
  private measure(rows = false): void {
    const viewport = this.viewport;
    if (!viewport?.isConnected) return;
    // A row's text wraps rather than being cut: rows are spaced by the tallest seen at this
    // width, so scrolling on to shorter rows moves nothing; a new width measures afresh.
    if (rows) this.measureRows(viewport);
    const rowHeight = this.tallest;
    const next: ListViewport = {
      scrollTop: viewport.scrollTop,
      viewportHeight: viewport.clientHeight || this.metrics.viewportHeight,
      rowHeight: rowHeight || this.metrics.rowHeight,
    };
    const changedHeight = next.rowHeight !== this.metrics.rowHeight;
    this.metrics = next;
    const range = visibleRange(next, this.count);
    this.onRange?.(range.end);
    if (changedHeight || range.start !== this.lastRange.start || range.end !== this.lastRange.end) this.host.requestUpdate();
  }

  private measureRows(viewport: HTMLElement): void {
    if (viewport.clientWidth !== this.measuredWidth) {
      this.tallest = 0;
      this.measured = new WeakSet();
      this.measuredWidth = viewport.clientWidth;
    }
    for (const row of viewport.querySelectorAll<HTMLElement>('[data-index]')) {
      if (this.measured.has(row)) continue;
      this.measured.add(row);
      this.tallest = Math.max(this.tallest, row.offsetHeight);
    }
  }

  private readonly onScroll = (): void => this.measure();

  private readonly onFocusIn = (event: FocusEvent): void => {
    const row = (event.target as Element).closest<HTMLElement>('[data-key]');
    this.focusedKey = row?.dataset.key ?? null;
    // Bring the row into view now, as the browser is about to, so the window moves on
    // before the next Tab: the browser scrolls after focus events, and tells only a frame later.
    if (row && this.viewport) this.scrollToRow(this.viewport, Number(row.dataset.index));
    this.measure();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.viewport?.contains(next)) this.focusedKey = null;
  };
}
