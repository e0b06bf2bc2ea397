/**
 * The vocabulary every flow uses for adapter work. A flow's state says which
 * jobs are pending, each with a request number; the effects of a transition are
 * derived by comparing two states (`diffJobs`), so the reducer stays the one
 * place where rules live and the controller that runs the jobs knows no rules.
 */

/** An adapter call a flow asks for. `request` comes back in the outcome action, so a stale answer can be told apart. */
export interface FlowEffect<K extends string = string> {
  readonly type: K;
  readonly request: number;
}

/** What a transition asks the runner to do: jobs to start, and jobs whose answer is no longer wanted. */
export interface FlowEffects<E extends FlowEffect> {
  readonly start: readonly E[];
  readonly stop: readonly E['type'][];
}

/** Where focus should go after a transition, and what a screen reader should hear: named targets, not DOM. */
export interface FlowFeedback<F extends string = string, N = unknown> {
  readonly focus?: F;
  readonly announce?: N;
}

/**
 * Compares the request number each job waits for before and after a transition:
 * a number that appeared (or changed) starts that job, one that went away (or
 * changed) stops it. `effectFor` builds the job from the new state; returning null
 * skips it (the state lacks what the call needs).
 */
export function diffJobs<K extends string, E extends FlowEffect<K>>(
  jobs: readonly K[],
  before: Readonly<Record<K, number | null>>,
  after: Readonly<Record<K, number | null>>,
  effectFor: (job: K, request: number) => E | null,
): FlowEffects<E> {
  const start: E[] = [];
  const stop: K[] = [];
  for (const job of jobs) {
    const was = before[job];
    const now = after[job];
    if (was !== null && was !== now) stop.push(job);
    if (now !== null && now !== was) {
      const effect = effectFor(job, now);
      if (effect) start.push(effect);
    }
  }
  return { start, stop };
}
