/** How long a create's idempotency key is remembered, as the contract promises. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Keys kept at most; the oldest go first, so a long demo session stays small. */
const MAX_KEYS = 1000;

/**
 * The idempotency keys of recent creates (see `CallOptions.idempotencyKey`): which
 * record each key created, and when. Providers and mailboxes have separate keys.
 */
export class IdempotencyKeys {
  readonly #entries = new Map<string, { readonly id: string; readonly at: number }>();

  /** The record an earlier create with this key made, while it is recent and still exists. */
  replay<T>(entity: 'provider' | 'account', key: string | undefined, records: ReadonlyMap<string, T>): T | undefined {
    if (typeof key !== 'string' || key === '') return undefined;
    const entry = this.#entries.get(`${entity}:${key}`);
    if (!entry || Date.now() - entry.at > IDEMPOTENCY_WINDOW_MS) return undefined;
    return records.get(entry.id);
  }

  /** Remembers that a create with this key made the record `id`. */
  remember(entity: 'provider' | 'account', key: string | undefined, id: string): void {
    if (typeof key !== 'string' || key === '') return;
    this.#entries.set(`${entity}:${key}`, { id, at: Date.now() });
    if (this.#entries.size > MAX_KEYS) this.#entries.delete(this.#entries.keys().next().value!);
  }
}
