/**
 * A module fetched (dynamic import) on first use, for code most visits never
 * run. Concurrent calls share one load; a failed load is forgotten so the next
 * call tries again. Once loaded, `loaded` gives it synchronously, for rendering.
 */
export class LazyModule<M> {
  /** The module once it has arrived, else `undefined`. */
  loaded: M | undefined;
  private pending: Promise<M> | null = null;

  constructor(private readonly importer: () => Promise<M>) {}

  /** Loads the module, once; null when it could not be fetched (a later call tries again). */
  load(): Promise<M | null> {
    this.pending ??= this.importer().then(
      (module) => (this.loaded = module),
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending.catch(() => null);
  }
}
