import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { raceAbort } from '../../adapter/abort.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { FlowEffect, FlowEffects, FlowFeedback } from '../../flows/jobs.js';
import { MailSetupError } from '../../model/errors.js';
import { Announcer } from './announcer.js';

/** How long an adapter call may take unless the host sets `call-timeout`. */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

/** A job's key: one running job per key; a new job with the same key replaces the old one. */
export function jobKey(effect: FlowEffect & { readonly key?: string }): string {
  return effect.key ?? effect.type;
}

/**
 * One element's flow: the pure parts (reducer, derived effects, feedback) come
 * from `src/flows/`, the adapter calls from the element.
 */
export interface FlowDefinition<S, A, E extends FlowEffect & { readonly key?: string }, F extends string, N> {
  readonly reduce: (state: S, action: A) => S;
  readonly effects: (prev: S, next: S) => FlowEffects<E> | { readonly start: readonly E[]; readonly stop: readonly string[] };
  /** Where focus goes and what is announced after a transition (optional). */
  readonly feedback?: (prev: S, next: S, action: A) => FlowFeedback<F, N> | null;
  /** The adapter work of one job; resolves with the action that reports its outcome. */
  readonly run: (effect: E, adapter: MailSetupAdapter, signal: AbortSignal) => Promise<A>;
  /** The action that reports a failed job: rejected, timed out, or no adapter. */
  readonly failed: (effect: E, error: MailSetupError) => A;
  /** Milliseconds the job may take before it stops as `timeout`; null or 0 for no limit. */
  readonly timeout: (effect: E) => number | null;
}

/** What the element gives the controller: its adapter, and how targets and announcements become DOM and words. */
export interface FlowBindings<F extends string, N> {
  readonly adapter: () => MailSetupAdapter | undefined;
  readonly focus: (target: F) => void;
  readonly describe: (announcement: N) => string;
}

/**
 * Runs a flow for an element: reduces actions, starts and stops the adapter
 * calls the transition asks for, gives every call an AbortSignal and a time
 * limit, drops answers nobody waits for any more (the user went Back, a newer
 * request replaced it), and applies the flow's declarative feedback — focus
 * and one re-armed polite announcer — once the element has rendered.
 *
 * A disconnected element aborts its calls and still hears their outcomes, so
 * its state never stays "loading" (a reconnected element offers to try again).
 */
export class FlowController<
  S,
  A,
  E extends FlowEffect & { readonly key?: string },
  F extends string = string,
  N = never,
> implements ReactiveController {
  readonly announcer: Announcer;
  private current: S;
  private readonly jobs = new Map<string, AbortController>();
  private rendering = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly definition: FlowDefinition<S, A, E, F, N>,
    initial: S,
    private readonly bindings: FlowBindings<F, N>,
  ) {
    this.current = initial;
    this.announcer = new Announcer(host);
    host.addController(this);
  }

  get state(): S {
    return this.current;
  }

  /** Whether a job with this key is running. */
  running(key: string): boolean {
    return this.jobs.has(key);
  }

  dispatch(action: A): void {
    // A focused field that a render removes fires `blur` mid-render: apply it after the render.
    if (this.rendering) {
      queueMicrotask(() => this.dispatch(action));
      return;
    }
    const prev = this.current;
    const next = this.definition.reduce(prev, action);
    if (next === prev) return;
    this.current = next;
    this.host.requestUpdate();
    const { start, stop } = this.definition.effects(prev, next);
    for (const key of stop) this.stop(key);
    for (const effect of start) void this.run(effect);
    const feedback = this.definition.feedback?.(prev, next, action);
    if (feedback) void this.host.updateComplete.then(() => this.applyFeedback(feedback));
  }

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  hostDisconnected(): void {
    this.rendering = false;
    // Kept in the map: their `aborted` outcomes still reach the reducer.
    for (const abort of this.jobs.values()) abort.abort();
  }

  private applyFeedback(feedback: FlowFeedback<F, N>): void {
    if (feedback.focus !== undefined) this.bindings.focus(feedback.focus);
    if (feedback.announce !== undefined) this.announcer.say(this.bindings.describe(feedback.announce));
  }

  private stop(key: string): void {
    const abort = this.jobs.get(key);
    this.jobs.delete(key);
    abort?.abort();
  }

  private async run(effect: E): Promise<void> {
    const key = jobKey(effect);
    this.stop(key);
    const abort = new AbortController();
    this.jobs.set(key, abort);
    const ms = this.definition.timeout(effect);
    // A TimeoutError reason makes the adapter layer report `timeout`, not `aborted`.
    const timer =
      ms !== null && ms > 0 && Number.isFinite(ms)
        ? setTimeout(() => abort.abort(new DOMException('The call took too long', 'TimeoutError')), ms)
        : undefined;
    let outcome: A;
    try {
      const adapter = this.bindings.adapter();
      if (!adapter) throw new MailSetupError('unknown', 'No adapter');
      // Raced here too: a hand-written run that ignores the signal must not hold the flow.
      outcome = await raceAbort(this.definition.run(effect, adapter, abort.signal), abort.signal);
    } catch (error) {
      outcome = this.definition.failed(effect, MailSetupError.from(error));
    } finally {
      clearTimeout(timer);
    }
    // Stopped or replaced: nobody waits for this answer any more.
    if (this.jobs.get(key) !== abort) return;
    this.jobs.delete(key);
    this.dispatch(outcome);
  }
}
