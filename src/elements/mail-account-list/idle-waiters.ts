import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Promises that settle after the first render at which `busy()` is false: `refresh()` settles when its loads did. */
export class IdleWaiters implements ReactiveController {
  private waiting: (() => void)[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly busy: () => boolean,
  ) {
    host.addController(this);
  }

  wait(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  hostUpdated(): void {
    if (this.waiting.length === 0 || this.busy()) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
