/**
 * A catalogue per locale fetched on first use. Concurrent and later calls share
 * one load; a failed load is forgotten so the next call can retry.
 */
export interface LazyCatalogue<L extends string, T> {
  load(locale: L): Promise<T>;
  /** The catalogue if it is already loaded, else `undefined`. */
  sync(locale: L): T | undefined;
}

export function lazyCatalogue<L extends string, T>(
  importer: (locale: L) => Promise<T>,
  bundled: readonly (readonly [L, T])[] = [],
): LazyCatalogue<L, T> {
  const loaded = new Map<L, T>(bundled);
  const pending = new Map<L, Promise<T>>();
  return {
    load(locale) {
      const ready = loaded.get(locale);
      if (ready) return Promise.resolve(ready);
      let promise = pending.get(locale);
      if (!promise) {
        promise = importer(locale).then(
          (messages) => {
            loaded.set(locale, messages);
            pending.delete(locale);
            return messages;
          },
          (error: unknown) => {
            pending.delete(locale);
            throw error;
          },
        );
        pending.set(locale, promise);
      }
      return promise;
    },
    sync: (locale) => loaded.get(locale),
  };
}
