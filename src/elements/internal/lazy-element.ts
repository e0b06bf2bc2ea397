/** What a lazily loaded element module offers: its class's idempotent `define`. */
interface Definable {
  define(registry: CustomElementRegistry): void;
}

/**
 * An element fetched (dynamic import) and registered on first use, in every registry
 * its user was defined in. Concurrent calls share one load; a failed load is
 * forgotten so the next call tries again.
 */
export class LazyElement {
  private registries: CustomElementRegistry[] = [];
  private pending: Promise<void> | null = null;
  private readonly importer: () => Promise<Definable>;

  constructor(importer: () => Promise<Definable>) {
    this.importer = importer;
  }

  /** Where the element must be registered once it is loaded (and now, if it already is). */
  remember(registry: CustomElementRegistry): void {
    if (this.registries.includes(registry)) return;
    this.registries = [...this.registries, registry];
    if (this.pending) void this.pending.then(() => this.ready());
  }

  /** Loads and registers the element, once. */
  ready(): Promise<void> {
    this.pending ??= this.importer().then(
      (element) => this.registries.forEach((registry) => element.define(registry)),
      (error: unknown) => {
        this.pending = null;
        throw error;
      },
    );
    return this.pending;
  }
}
