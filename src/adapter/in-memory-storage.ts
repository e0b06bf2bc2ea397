import { MailSetupError } from '../model/errors.js';
import { parseInMemoryData, type InMemoryData } from './in-memory-data.js';

/** The part of the Web Storage API the in-memory adapter uses; `localStorage` fits. */
export type InMemoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Bumped when the stored shape changes; a record of another version is kept aside, never overwritten. */
const STORAGE_VERSION = 1;

/** Where stored text this version cannot read is moved before the key is written again (`:2`, `:3`… when taken). */
export function asideKey(key: string, attempt = 1): string {
  return attempt === 1 ? `${key}:unreadable` : `${key}:unreadable:${attempt}`;
}

/** How many aside copies are kept at most; past that, storage is left alone. */
const MAX_ASIDE = 20;

/**
 * The in-memory adapter's link to Web Storage. It remembers the text it last read
 * or wrote, so a change by another tab (or another adapter on the same storage) is
 * noticed on the next `read`; it moves text it cannot read (a newer format, a bad
 * row, a hand edit) to `asideKey(key)` and reports it, so no write ever destroys
 * it; and a write that storage refuses throws, so the caller can undo it.
 */
export class StorageLink {
  readonly #storage: InMemoryStorage;
  readonly #key: string;
  readonly #report: (error: MailSetupError) => void;
  #lastText: string | null = null;
  #usable = true;

  constructor(storage: InMemoryStorage, key: string, report: (error: MailSetupError) => void) {
    this.#storage = storage;
    this.#key = key;
    this.#report = report;
  }

  /**
   * What storage holds now: the data when it changed since the last read or write
   * and can be read, `null` when nothing is stored, `'unchanged'` otherwise (also
   * for unreadable text, which is moved aside and reported). A storage that throws
   * on reading (Safari's private mode, a sandboxed iframe) is reported once and
   * used no further: the adapter then keeps its data in memory only.
   */
  read(): InMemoryData | null | 'unchanged' {
    if (!this.#usable) return 'unchanged';
    let text: string | null;
    try {
      text = this.#storage.getItem(this.#key);
    } catch (error) {
      this.#usable = false;
      this.#report(new MailSetupError('unknown', 'Storage cannot be read: changes are kept in memory only', { reason: 'storage' }, { cause: error }));
      return 'unchanged';
    }
    if (text === this.#lastText) return 'unchanged';
    this.#lastText = text;
    if (text === null) return null;
    const data = parseStored(text);
    if (data !== null) return data;
    this.#keepAside(text);
    return 'unchanged';
  }

  /** Stores the data; throws a MailSetupError (`details.reason: 'storage'`) when storage refuses it. */
  write(data: InMemoryData): void {
    if (!this.#usable) return;
    const text = JSON.stringify({ version: STORAGE_VERSION, ...data });
    try {
      this.#storage.setItem(this.#key, text);
    } catch (error) {
      // Quota exceeded or storage disabled: the caller undoes the change rather than pretend it was kept.
      throw new MailSetupError('unknown', 'The change could not be stored', { reason: 'storage' }, { cause: error });
    }
    this.#lastText = text;
  }

  #keepAside(text: string): void {
    let kept: string | null = null;
    try {
      for (let attempt = 1; attempt <= MAX_ASIDE && kept === null; attempt++) {
        const key = asideKey(this.#key, attempt);
        const there = this.#storage.getItem(key);
        if (there === null) this.#storage.setItem(key, text);
        if (there === null || there === text) kept = key;
      }
    } catch {
      kept = null;
    }
    const message =
      kept !== null
        ? `Stored data could not be read; it was kept under "${kept}"`
        : 'Stored data could not be read, nor kept aside; changes are kept in memory only';
    // Without a copy aside, never write the key again: the text there is the only one.
    if (kept === null) this.#usable = false;
    this.#report(new MailSetupError('unknown', message, { reason: 'storage-unreadable' }));
  }
}

/** The data in stored text, or null when it is not JSON, another version, or of the wrong shape. */
function parseStored(text: string): InMemoryData | null {
  try {
    const record = JSON.parse(text) as unknown;
    if (typeof record !== 'object' || record === null || (record as { version?: unknown }).version !== STORAGE_VERSION) return null;
    return parseInMemoryData(record);
  } catch {
    return null;
  }
}
