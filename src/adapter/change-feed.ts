import type { MailSetupChange } from './adapter.js';

/**
 * The subscribers of an adapter's changes. A listener that throws is reported
 * (`reportError`) and cannot stop the others or undo the write.
 */
export class ChangeFeed {
  readonly #listeners = new Set<(change: MailSetupChange) => void>();

  subscribe(listener: (change: MailSetupChange) => void): () => void {
    // Wrapped, so subscribing one function twice gives two independent subscriptions.
    const entry = (change: MailSetupChange) => listener(change);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  emit(change: MailSetupChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        if (typeof reportError === 'function') reportError(error);
        else console.error(error);
      }
    }
  }
}
