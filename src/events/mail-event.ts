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
