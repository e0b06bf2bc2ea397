import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { mailSetupAdapterContext } from '../../adapter/context.js';
import { withValidation } from '../../adapter/validating-adapter.js';

type Host = ReactiveControllerHost & HTMLElement & { adapter?: MailSetupAdapter | undefined };

// One validating wrapper per adapter object, shared by every element that uses it.
const wrapped = new WeakMap<MailSetupAdapter, MailSetupAdapter>();

/**
 * Finds an element's adapter: its own `adapter` property wins, else the nearest
 * ancestor that provides `mailSetupAdapterContext`. Whatever is found is wrapped
 * so that every value it returns is checked against the model's schemas — an
 * adapter returning garbage yields a `malformed` error, never a crash.
 */
export class AdapterController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof mailSetupAdapterContext, Host>;
  private last: MailSetupAdapter | undefined;

  /** Called when the adapter in effect changes (set, replaced or provided), to reload. */
  private readonly onChange: ((adapter: MailSetupAdapter | undefined) => void) | undefined;

  constructor(host: Host, onChange?: (adapter: MailSetupAdapter | undefined) => void) {
    this.host = host;
    this.onChange = onChange;
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
    if (current !== this.last) {
      this.last = current;
      // After this update, not inside it: loading sets state, which would schedule an update mid-cycle.
      queueMicrotask(() => this.onChange?.(current));
    }
  }

  hostDisconnected(): void {
    // Reconnecting must reload: forget the adapter so the next update counts as a change.
    this.last = undefined;
  }
}
