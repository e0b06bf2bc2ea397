import * as z from 'zod/mini';
import type { MailAccount } from '../model/index.js';
import { raceAbort } from './abort.js';
import type { CallOptions, MailAccountPage, MailSetupAdapter } from './adapter.js';
import { MailSetupError } from './errors.js';
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
/** The envelope of a page; its records are checked in chunks. */
const PageShape = z.object({ items: z.array(z.unknown()), nextCursor: z.nullable(z.string()) });
/** Records checked at once: a few milliseconds, so a page checked while the user scrolls never holds a frame. */
const CHUNK = 100;

/**
 * Mailboxes a page at a time from any adapter, every record checked against the
 * schema (the elements' view of `listAccountsPage`). An adapter that pages answers
 * through its own `listAccountsPage`. One that does not is asked `listAccounts`
 * once, for the first page; its answer is kept whole and each page of it is
 * checked only when asked for, so 100,000 mailboxes show their first rows without
 * first checking all 100,000. A bad record still rejects with `malformed` naming
 * where (`listAccounts returned malformed data at 53012.email`) when its page is
 * checked; the list reads the pages of a whole answer on at once, so it ends with
 * every mailbox as before. Pages after the first are checked a chunk per task.
 *
 * The cursors of a whole answer are this module's own (`whole:<answer>:<offset>`);
 * a cursor of an older answer rejects with `invalid` (`details.field: 'cursor'`).
 */
export async function listAccountPage(adapter: MailSetupAdapter, cursor: string | null, limit: number, options?: CallOptions): Promise<CheckedPage> {
  try {
    const inner = wrappedBy(withValidation(adapter)) ?? adapter;
    const page = inner.listAccountsPage;
    if (typeof page === 'function') {
      const answer = checked('listAccountsPage', PageShape, await call(() => page.call(inner, cursor, limit, options), options));
      const items = await checkRecords('listAccountsPage.items', answer.items, 0, answer.items.length, cursor !== null, options);
      return { items, nextCursor: answer.nextCursor, whole: false };
    }
    const size = Math.max(1, Math.floor(limit) || 1);
    if (cursor === null) {
      const value = await call(() => inner.listAccounts(options), options);
      const whole = {
        id: ++lastWhole,
        items: Array.isArray(value) ? (value as readonly unknown[]) : checked('listAccounts', AccountListSchema, value),
      };
      wholes.set(inner, whole);
      return await pageOf(whole, 0, size, false, options);
    }
    const match = WHOLE_CURSOR.exec(cursor);
    const whole = wholes.get(inner);
    if (!match || !whole || Number(match[1]) !== whole.id || Number(match[2]) > whole.items.length) {
      throw new MailSetupError('invalid', `Unknown page cursor "${cursor}".`, { field: 'cursor' });
    }
    return await pageOf(whole, Number(match[2]), size, true, options);
  } catch (error) {
    throw MailSetupError.from(error);
  }
}

/** The inner adapter's answer; a synchronous throw rejects, and the signal is honoured even if the adapter ignores it. */
function call(run: () => unknown, options?: CallOptions): Promise<unknown> {
  const pending = new Promise<unknown>((resolve) => resolve(run()));
  // A call we stop waiting for may still reject later: keep that from surfacing as unhandled.
  pending.catch(() => undefined);
  return raceAbort(pending, options?.signal);
}

async function pageOf(whole: Whole, start: number, size: number, chunked: boolean, options?: CallOptions): Promise<CheckedPage> {
  const end = Math.min(whole.items.length, start + size);
  const items = await checkRecords('listAccounts', whole.items, start, end, chunked, options);
  return { items, nextCursor: end < whole.items.length ? `whole:${whole.id}:${end}` : null, whole: true };
}

/** Records `start`..`end` of `records`, checked; `chunked` yields to the page between chunks. */
async function checkRecords(
  method: string,
  records: readonly unknown[],
  start: number,
  end: number,
  chunked: boolean,
  options?: CallOptions,
): Promise<MailAccount[]> {
  if (!chunked) return checkedSlice(method, records, start, end);
  const items: MailAccount[] = [];
  for (let from = start; from < end; from += CHUNK) {
    await raceAbort(nextTask(), options?.signal);
    items.push(...checkedSlice(method, records, from, Math.min(end, from + CHUNK)));
  }
  return items;
}

/** Records `start`..`end`, checked; a bad one is named by its index in the whole list. */
function checkedSlice(method: string, records: readonly unknown[], start: number, end: number): MailAccount[] {
  return checked(method, AccountListSchema, records.slice(start, end), (steps) =>
    steps.map((step, i) => (i === 0 ? Number(step) + start : String(step))).join('.'),
  );
}

/** Resolves in a new task: a message, which background tabs do not throttle as they do timers. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
