import type { MailAccount } from '../model/index.js';
import type { CallOptions, MailAccountPage, MailSetupAdapter } from './adapter.js';
import { MailSetupError } from './errors.js';
import { raceAbort } from './abort.js';
import { AccountListSchema, checked, withValidation, wrappedBy } from './validating-adapter.js';

/** A page, and whether the rest of the list is already here (a whole answer), unchecked: worth reading on at once. */
export interface CheckedPage extends MailAccountPage {
  readonly whole: boolean;
}

/** One whole `listAccounts` answer, checked a page at a time as pages are asked for. */
interface Whole {
  readonly id: number;
  readonly items: readonly unknown[];
}

const wholes = new WeakMap<MailSetupAdapter, Whole>();
let lastWhole = 0;

const WHOLE_CURSOR = /^whole:(\d+):(\d+)$/;

/**
 * Mailboxes a page at a time from any adapter, every page checked against the
 * schema (the elements' view of `listAccountsPage`). An adapter that pages answers
 * through its own `listAccountsPage`. One that does not is asked `listAccounts`
 * once, for the first page; its answer is kept whole and each page of it is
 * checked only when asked for, so 100,000 mailboxes show their first rows without
 * first checking all 100,000. A bad record still rejects with `malformed` naming
 * where (`listAccounts returned malformed data at 53012.email`) when its page is
 * checked; the list reads the pages of a whole answer on at once, a task each, so
 * it ends with every mailbox as before.
 *
 * The cursors of a whole answer are this module's own (`whole:<answer>:<offset>`);
 * a cursor of an older answer rejects with `invalid` (`details.field: 'cursor'`).
 */
export function listAccountPage(adapter: MailSetupAdapter, cursor: string | null, limit: number, options?: CallOptions): Promise<CheckedPage> {
  const safe = withValidation(adapter);
  if (typeof safe.listAccountsPage === 'function') return safe.listAccountsPage(cursor, limit, options).then((page) => ({ ...page, whole: false }));
  const inner = wrappedBy(safe) ?? adapter;
  const size = Math.max(1, Math.floor(limit) || 1);
  if (cursor === null) {
    return wholeAnswer(inner, options).then((items) => {
      const whole = { id: ++lastWhole, items };
      wholes.set(inner, whole);
      return pageOf(whole, 0, size);
    });
  }
  const match = WHOLE_CURSOR.exec(cursor);
  const whole = wholes.get(inner);
  if (!match || !whole || Number(match[1]) !== whole.id || Number(match[2]) > whole.items.length) {
    return Promise.reject(new MailSetupError('invalid', `Unknown page cursor "${cursor}".`, { field: 'cursor' }));
  }
  // A task per page: checking the rest of a whole answer never holds the page for long.
  return new Promise((resolve) => setTimeout(resolve)).then(() => pageOf(whole, Number(match[2]), size));
}

/** The whole answer, checked only for being a list: its records are checked page by page. */
async function wholeAnswer(inner: MailSetupAdapter, options?: CallOptions): Promise<readonly unknown[]> {
  try {
    const value: unknown = await raceAbort(new Promise((resolve) => resolve(inner.listAccounts(options))), options?.signal);
    return Array.isArray(value) ? (value as readonly unknown[]) : checked('listAccounts', AccountListSchema, value);
  } catch (error) {
    throw MailSetupError.from(error);
  }
}

function pageOf(whole: Whole, start: number, size: number): CheckedPage {
  const end = Math.min(whole.items.length, start + size);
  const items: MailAccount[] = checked('listAccounts', AccountListSchema, whole.items.slice(start, end), start);
  return { items, nextCursor: end < whole.items.length ? `whole:${whole.id}:${end}` : null, whole: true };
}
