/**
 * Paging of the mailboxes, for adapters with `listAccountsPage` (issue 15): the
 * list shows the first page at once and fetches further pages as the view needs
 * them — rows scrolled near the end of what is loaded, or a filter, which must see
 * every mailbox to say what matches. Pure: the list's flow keeps this state and the
 * element reports how far the user scrolled.
 *
 * What the numbers mean while pages remain: counts are of the mailboxes loaded so
 * far ("Showing 20 of the first 500"), the list's `aria-setsize` is -1 (unknown),
 * and a provider's mailbox count and its delete check (R15) know only the loaded
 * mailboxes: a mailbox seen still refuses the delete; none seen leaves the decision
 * to the adapter, which refuses with `in-use`.
 */

/** Mailboxes per page while scrolling: validates in a few milliseconds, fills any viewport many times over. */
export const ACCOUNT_PAGE_SIZE = 500;
/** Mailboxes per page while a filter runs through all of them: fewer round trips. */
export const FILTER_PAGE_SIZE = 1000;
/** Rows loaded beyond the last one in view, so that scrolling seldom reaches the end of what is loaded. */
export const PREFETCH_ROWS = 200;

export interface AccountPaging {
  /** The next page's cursor; null once the last page is in. */
  readonly cursor: string | null;
  /** The request the next page waits for; null when none runs. */
  readonly request: number | null;
  /** Why the last page failed (an adapter error kind); no page loads until Retry. */
  readonly failedKind: string | null;
  /** The rows the view has reached (the end of its rendered window). */
  readonly wanted: number;
  /**
   * The rest is already here, only not yet checked (an adapter without paging sent
   * every mailbox): every page loads on at once, so the list ends complete as before.
   */
  readonly eager: boolean;
}

/** Paging after a first page: null when the adapter answered without paging (every mailbox at once). */
export function pagingAfterFirstPage(nextCursor: string | null | undefined, eager: boolean, previous: AccountPaging | null): AccountPaging | null {
  if (nextCursor === undefined) return null;
  // A reload keeps how far the user had scrolled, so the view fills again to there.
  return { cursor: nextCursor, request: null, failedKind: null, wanted: previous?.wanted ?? 0, eager };
}

/** Whether every mailbox is loaded: no paging, or the last page is in. */
export function pagingComplete(paging: AccountPaging | null): boolean {
  return paging === null || paging.cursor === null;
}

/** Whether another page should load now, with `loaded` mailboxes in and the filter `query`. */
export function needsPage(paging: AccountPaging | null, loaded: number, query: string): boolean {
  if (paging === null || paging.cursor === null || paging.request !== null || paging.failedKind !== null) return false;
  return paging.eager || query.trim() !== '' || paging.wanted + PREFETCH_ROWS > loaded;
}

/** How many mailboxes to ask for: bigger pages while a filter needs them all. */
export function pageLimit(paging: AccountPaging, query: string): number {
  return paging.eager || query.trim() !== '' ? FILTER_PAGE_SIZE : ACCOUNT_PAGE_SIZE;
}
