/**
 * The signal one REST call runs under: the caller's `AbortSignal` and the
 * adapter's time limit, combined, with a way to tell which of the two fired (a
 * caller's abort is `aborted`, a time limit is `timeout`).
 */
export interface LinkedSignal {
  /** The signal to hand to `fetch`; undefined when there is neither a caller's signal nor a time limit. */
  readonly signal: AbortSignal | undefined;
  /** Whether the time limit ran out. */
  timedOut(): boolean;
  /** Releases the timer and the listener on the caller's signal. Call it once the call has settled. */
  dispose(): void;
}

/** The static members of `AbortSignal` this module uses when the platform has them. */
export interface AbortSignalStatics {
  readonly any?: (signals: AbortSignal[]) => AbortSignal;
  readonly timeout?: (milliseconds: number) => AbortSignal;
}

/**
 * Combines `caller` with a time limit of `timeoutMs` (none when it is 0, negative
 * or not finite). Uses `AbortSignal.any` and `AbortSignal.timeout` when the
 * platform has both, and a controller with a timer otherwise. `statics` is there
 * so tests can take the fallback on a platform that has both.
 */
export function linkSignals(caller: AbortSignal | undefined, timeoutMs: number, statics: AbortSignalStatics = AbortSignal): LinkedSignal {
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    return { signal: caller, timedOut: () => false, dispose: () => undefined };
  }
  const { any, timeout } = statics;
  if (typeof any === 'function' && typeof timeout === 'function') {
    const timer = timeout.call(AbortSignal, timeoutMs);
    return {
      signal: caller ? any.call(AbortSignal, [caller, timer]) : timer,
      timedOut: () => timer.aborted,
      dispose: () => undefined,
    };
  }
  return manualLink(caller, timeoutMs);
}

/** The fallback: a controller that a timer or the caller's signal aborts. */
function manualLink(caller: AbortSignal | undefined, timeoutMs: number): LinkedSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
  }, timeoutMs);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
