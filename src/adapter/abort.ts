import { MailSetupError, abortError } from './errors.js';

/**
 * Settles with `promise`, or rejects (see `abortError`) as soon as `signal` fires,
 * whichever comes first. The listener is removed afterwards so long-lived signals
 * do not collect one per call.
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : MailSetupError.from(error));
      },
    );
  });
}

/** Waits `ms` milliseconds; rejects with `aborted` if the signal fires first. */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(abortError(signal)) : Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return raceAbort(wait, signal).finally(() => clearTimeout(timer));
}

/** Never settles until the signal fires, then rejects with `aborted`; without a signal, never settles. */
export function untilAborted(signal?: AbortSignal): Promise<never> {
  return raceAbort(new Promise<never>(() => undefined), signal);
}
