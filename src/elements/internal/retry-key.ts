/**
 * The idempotency key of a create (`CallOptions.idempotencyKey`): the same key for
 * every retry of the same submit — the same payload — and a new one once the
 * payload changes. So a Save pressed again after a lost or garbled answer returns
 * the record the first Save stored instead of creating another.
 */
export class RetryKey {
  #payload: string | null = null;
  #key = '';

  /** The key for a create of `payload`. */
  for(payload: unknown): string {
    const text = JSON.stringify(payload) ?? '';
    if (text !== this.#payload) {
      this.#payload = text;
      this.#key = newKey();
    }
    return this.#key;
  }
}

/** Random, so two pages never share one; `randomUUID` is missing outside secure contexts. */
function newKey(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
