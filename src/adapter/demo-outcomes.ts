import { MailSetupError, type MailSetupErrorDetails, type MailSetupErrorKind } from './errors.js';

/**
 * Outcomes the in-memory adapter can be told to produce, so a demo, a story or a
 * test can show every state without a real server.
 */

/** What the in-memory adapter's connection checks do. `succeeds` follows the usual rules (see `demoConnectionCheck`). */
export const DEMO_CHECK_OUTCOMES = ['succeeds', 'dns-not-found', 'connection-refused', 'tls-expired', 'wrong-password', 'timeout'] as const;
export type DemoCheckOutcome = (typeof DEMO_CHECK_OUTCOMES)[number];

/** What the in-memory adapter's OAuth 2.0 sign-in does. */
export const DEMO_SIGN_IN_OUTCOMES = ['succeeds', 'cancelled', 'fails'] as const;
export type DemoSignInOutcome = (typeof DEMO_SIGN_IN_OUTCOMES)[number];

type Failure = readonly [kind: MailSetupErrorKind, message: string, details?: MailSetupErrorDetails];

const CHECK_FAILURES: Readonly<Record<Exclude<DemoCheckOutcome, 'succeeds'>, Failure>> = {
  'dns-not-found': ['unreachable', 'The server name was not found (ENOTFOUND)'],
  'connection-refused': ['unreachable', 'The server refused the connection (ECONNREFUSED)'],
  'tls-expired': ['tls', 'The server certificate has expired (CERT_HAS_EXPIRED)'],
  'wrong-password': ['auth-failed', 'Authentication credentials invalid (535 5.7.8)', { field: 'password' }],
  timeout: ['timeout', 'The server did not answer in time'],
};

const SIGN_IN_FAILURES: Readonly<Record<Exclude<DemoSignInOutcome, 'succeeds'>, Failure>> = {
  cancelled: ['cancelled', 'The user closed the sign-in page'],
  fails: ['auth-failed', 'The identity provider refused the sign-in (invalid_grant)'],
};

/** A fresh error for a table's entry, or null for `succeeds`. */
function failureOf<O extends string>(table: Readonly<Record<Exclude<O, 'succeeds'>, Failure>>, outcome: O): MailSetupError | null {
  if (outcome === 'succeeds') return null;
  const [kind, message, details] = table[outcome as Exclude<O, 'succeeds'>];
  return new MailSetupError(kind, message, details ?? {});
}

/** The failure a connection check meets for a chosen outcome, or null for `succeeds`. Messages are for logs only. */
export function demoCheckFailure(outcome: DemoCheckOutcome): MailSetupError | null {
  return failureOf(CHECK_FAILURES, outcome);
}

/** The failure an OAuth 2.0 sign-in meets for a chosen outcome, or null for `succeeds`. */
export function demoSignInFailure(outcome: DemoSignInOutcome): MailSetupError | null {
  return failureOf(SIGN_IN_FAILURES, outcome);
}
