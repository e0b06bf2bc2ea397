import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter, MailSetupChange } from '../../adapter/adapter.js';
import { mailSetupAdapterContext, watchForLateAdapterProviders } from '../../adapter/context.js';
import { withValidation } from '../../adapter/validating-adapter.js';

type Host = ReactiveControllerHost & HTMLElement & { adapter?: MailSetupAdapter | undefined };

export interface AdapterControllerOptions {
  /** The adapter in effect changed (set, replaced or provided): reload. */
  readonly onAdapter?: (adapter: MailSetupAdapter | undefined) => void;
  /** Data changed through the adapter (this element, another one, another tab): show it. */
  readonly onChange?: (change: MailSetupChange) => void;
}

// One validating wrapper per adapter object, shared by every element that uses it:
// the wrapper is also where writes are announced to the other elements.
const wrapped = new WeakMap<MailSetupAdapter, MailSetupAdapter>();

/**
 * Finds an element's adapter: its own `adapter` property wins, else the nearest
 * ancestor that provides `mailSetupAdapterContext` — also one provided after the
 * element connected. Whatever is found is wrapped so that every value it returns
 * is checked against the model's schemas (an adapter returning garbage yields a
 * `malformed` error, never a crash), and, with `onChange`, the element hears of
 * every write made through it while connected.
 */
export class AdapterController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof mailSetupAdapterContext, Host>;
  private readonly options: AdapterControllerOptions;
  private last: MailSetupAdapter | undefined;
  private unsubscribe: (() => void) | null = null;

  constructor(host: Host, options: AdapterControllerOptions = {}) {
    this.host = host;
    this.options = options;
    // Before the consumer asks: a request nobody answers yet is kept and answered later.
    watchForLateAdapterProviders();
    this.consumer = new ContextConsumer(host, { context: mailSetupAdapterContext, subscribe: true });
    host.addController(this);
  }

  /** The validating adapter in effect, or undefined when there is none. */
  get adapter(): MailSetupAdapter | undefined {
    const raw = this.host.adapter ?? this.consumer.value;
    if (raw === undefined) return undefined;
    let safe = wrapped.get(raw);
    if (!safe) {
      safe = withValidation(raw);
      wrapped.set(raw, safe);
    }
    return safe;
  }

  hostUpdated(): void {
    const current = this.adapter;
    if (current === this.last) return;
    this.last = current;
    this.listen(current);
    // After this update, not inside it: loading sets state, which would schedule an update mid-cycle.
    queueMicrotask(() => this.options.onAdapter?.(current));
  }

  hostDisconnected(): void {
    // Reconnecting must reload: forget the adapter so the next update counts as a change.
    this.last = undefined;
    this.listen(undefined);
  }

  private listen(adapter: MailSetupAdapter | undefined): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    const onChange = this.options.onChange;
    if (adapter?.subscribe && onChange) this.unsubscribe = adapter.subscribe(onChange);
  }
}
