/**
 * Base of the library's domain events: bubbling and composed, so a host hears them
 * from outside any shadow root, with a typed, frozen `detail`. Like CustomEvent,
 * but a subclass per event, so `instanceof` and `GlobalEventHandlersEventMap` work.
 */
export abstract class MailEvent<D extends object> extends Event {
  readonly detail: Readonly<D>;

  protected constructor(type: string, detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = Object.freeze({ ...detail });
  }
}

/** What `mailEvent` returns: a constructor of `MailEvent<D>` with its `eventName`. */
export interface MailEventClass<N extends string, A extends unknown[], D extends object> {
  new (...args: A): MailEvent<D>;
  readonly eventName: N;
}

/**
 * The base of one event class: its name as `eventName`, and a constructor taking
 * the arguments `toDetail` turns into the detail; `cancelable` for an intent the
 * host may refuse. Each event stays its own class (`class X extends mailEvent(…) {}`),
 * so `instanceof` and the event map keep working.
 */
export function mailEvent<N extends string, A extends unknown[], D extends object>(
  eventName: N,
  toDetail: (...args: A) => D,
  cancelable = false,
): MailEventClass<N, A, D> {
  return class extends MailEvent<D> {
    static readonly eventName: N = eventName;
    constructor(...args: A) {
      super(eventName, toDetail(...args), cancelable);
    }
  };
}
