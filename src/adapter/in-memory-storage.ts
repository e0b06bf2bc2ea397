import { parseInMemoryData, type InMemoryData } from './in-memory-data.js';

/** The part of the Web Storage API the in-memory adapter uses; `localStorage` fits. */
export type InMemoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Bumped when the stored shape changes; a record of another version is ignored, not migrated. */
const STORAGE_VERSION = 1;

/**
 * Reads the stored data, or null when there is none or it cannot be trusted
 * (bad JSON, wrong shape, another version, storage that throws — Safari's
 * private mode, a sandboxed iframe). Never throws: a demo must always start.
 */
export function loadStoredData(storage: InMemoryStorage, key: string): InMemoryData | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const record = JSON.parse(text) as unknown;
    if (typeof record !== 'object' || record === null || (record as { version?: unknown }).version !== STORAGE_VERSION) return null;
    return parseInMemoryData(record);
  } catch {
    return null;
  }
}

/** Writes the data; a full or unavailable storage is ignored, the state in memory stays right. */
export function saveStoredData(storage: InMemoryStorage, key: string, data: InMemoryData): void {
  try {
    storage.setItem(key, JSON.stringify({ version: STORAGE_VERSION, ...data }));
  } catch {
    // Quota exceeded or storage disabled: persistence is a convenience, not a promise.
  }
}
