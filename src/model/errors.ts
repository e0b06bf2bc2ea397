import type { CheckStage } from './check-stages.js';
import type { FieldErrors } from './codes.js';
import { isOneOf } from './vocabulary.js';

/**
 * Why an adapter call failed. The UI maps each kind to what failed and what to do
 * (B1), so an adapter should pick the most specific one.
 */
export const ERROR_KINDS = [
  'not-found',
  'conflict',
  'in-use',
  'forbidden',
  'unreachable',
  'auth-failed',
  'tls',
  'timeout',
  'sync-service',
  'cancelled',
  'aborted',
  'malformed',
  // The caller's input broke a rule (details.field, details.fieldErrors). Kept apart
  // from `malformed` (the adapter's *answer* was garbage): one is "fix this field",
  // the other "the server is broken".
  'invalid',
  // Too many requests: details.retryAfterSeconds says when to try again, when the server said.
  'rate-limited',
  'unknown',
] as const;

export type MailSetupErrorKind = (typeof ERROR_KINDS)[number];

/** Extra facts about a failure, for messages: which domain, which provider, how many mailboxes. */
export interface MailSetupErrorDetails {
  /** The field the error is about, when it is about one (`domains.0`, `serviceAddress`). */
  readonly field?: string;
  readonly domain?: string;
  readonly providerName?: string;
  /** For `in-use`: the addresses of the mailboxes that use the provider. */
  readonly mailboxes?: readonly string[];
  /** For `invalid`: every field's error, keyed as the model's validators key them, so a form can show each. */
  readonly fieldErrors?: FieldErrors;
  /** For a failed connection check: the stage that failed (`resolve`, `connect`, `tls`, `authenticate`, `mailbox`, `send`). */
  readonly stage?: CheckStage;
  /**
   * For a failed connection check: the server's own code (`AADSTS50126`, `535 5.7.3`,
   * `ENOTFOUND`, `CERT_HAS_EXPIRED`). The server's words only, never anything the request carried.
   */
  readonly rawCode?: string;
  /** For a failed connection check: the server's reply line, as it came. Never a secret from the request. */
  readonly serverReply?: string;
  /**
   * A finer reason within the kind: `stale-version` for a `conflict` whose `version`
   * was not the stored one (the record was changed elsewhere), `redirect` for a REST
   * answer that tried to send the request elsewhere, `storage` for a save the
   * in-memory adapter could not persist, `storage-unreadable` for stored data it kept aside.
   */
  readonly reason?: string;
  /** For a `stale-version` conflict: the version the record has now. */
  readonly currentVersion?: number;
  /** For `rate-limited`: how many seconds to wait before trying again, when known. */
  readonly retryAfterSeconds?: number;
}

/**
 * The one error type adapters throw. `kind` drives the UI; `message` is for
 * developers' logs and is never shown to users (it is not translated), and must
 * never contain a secret.
 */
export class MailSetupError extends Error {
  override readonly name = 'MailSetupError';
  readonly kind: MailSetupErrorKind;
  readonly details: MailSetupErrorDetails;

  constructor(kind: MailSetupErrorKind, message: string = kind, details: MailSetupErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options);
    // A kind outside the contract (a typo in a hand-written adapter) is `unknown`: every kind has words.
    this.kind = isOneOf(ERROR_KINDS, kind) ? kind : 'unknown';
    this.details = details;
  }

  /**
   * Normalises anything a call may reject with: an abort (`AbortError`), a
   * timeout (`TimeoutError`), a schema failure, or a plain error from a
   * hand-written adapter.
   */
  static from(error: unknown): MailSetupError {
    if (error instanceof MailSetupError) return error;
    // A MailSetupError from another copy of this library (two bundles on one page) fails
    // `instanceof` but carries the same contract, so keep its kind rather than say `unknown`.
    if (isForeignMailSetupError(error)) {
      return new MailSetupError(error.kind, error.message, error.details ?? {}, { cause: error });
    }
    const name = typeof error === 'object' && error !== null && 'name' in error ? describeValue(error.name) : '';
    if (name === 'AbortError') return new MailSetupError('aborted', 'The operation was aborted', {}, { cause: error });
    if (name === 'TimeoutError') return new MailSetupError('timeout', 'The operation timed out', {}, { cause: error });
    if (name === '$ZodError' || name === 'ZodError')
      return new MailSetupError('malformed', 'The adapter returned malformed data', {}, { cause: error });
    return new MailSetupError('unknown', error instanceof Error ? error.message : describeValue(error), {}, { cause: error });
  }
}

/** A value as text for a message; an object that cannot be turned into a string (no prototype) must not throw here. */
function describeValue(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'A value that is not an error';
  }
}

function isForeignMailSetupError(error: unknown): error is { kind: MailSetupErrorKind; message: string; details?: MailSetupErrorDetails } {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; kind?: unknown; message?: unknown };
  return candidate.name === 'MailSetupError' && typeof candidate.message === 'string' && isOneOf(ERROR_KINDS, candidate.kind);
}

/** Whether an error means "stopped on purpose" rather than "failed". */
export function isAbort(error: unknown): boolean {
  return MailSetupError.from(error).kind === 'aborted';
}

/**
 * The error for a signal that fired: `timeout` when it fired because time ran out
 * (`AbortSignal.timeout`, so the UI can say so, B1), otherwise `aborted`. The
 * signal's reason is kept as the cause.
 */
export function abortError(signal: AbortSignal): MailSetupError {
  const reason: unknown = signal.reason;
  const timedOut = typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError';
  return timedOut
    ? new MailSetupError('timeout', 'The operation timed out', {}, { cause: reason })
    : new MailSetupError('aborted', 'The operation was aborted', {}, { cause: reason });
}

/** Throws the standard abort error (see `abortError`) if the signal has fired. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError(signal);
}
