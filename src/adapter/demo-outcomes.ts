import { MailSetupError } from './errors.js';

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

/** The failure a connection check meets for a chosen outcome, or null for `succeeds`. Messages are for logs only. */
export function demoCheckFailure(outcome: DemoCheckOutcome): MailSetupError | null {
  switch (outcome) {
    case 'succeeds':
      return null;
    case 'dns-not-found':
      return new MailSetupError('unreachable', 'The server name was not found (ENOTFOUND)');
    case 'connection-refused':
      return new MailSetupError('unreachable', 'The server refused the connection (ECONNREFUSED)');
    case 'tls-expired':
      return new MailSetupError('tls', 'The server certificate has expired (CERT_HAS_EXPIRED)');
    case 'wrong-password':
      return new MailSetupError('auth-failed', 'Authentication credentials invalid (535 5.7.8)', { field: 'password' });
    case 'timeout':
      return new MailSetupError('timeout', 'The server did not answer in time');
  }
}

/** The failure an OAuth 2.0 sign-in meets for a chosen outcome, or null for `succeeds`. */
export function demoSignInFailure(outcome: DemoSignInOutcome): MailSetupError | null {
  switch (outcome) {
    case 'succeeds':
      return null;
    case 'cancelled':
      return new MailSetupError('cancelled', 'The user closed the sign-in page');
    case 'fails':
      return new MailSetupError('auth-failed', 'The identity provider refused the sign-in (invalid_grant)');
  }
}
