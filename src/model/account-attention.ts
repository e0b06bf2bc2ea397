import type { MailAccount } from './account.js';

/**
 * Why a mailbox needs attention, as an adapter records it in `statusReason`.
 * Each code states a fact the backend knows, so the list can say what really
 * happened rather than a generic "the server rejected the sign-in". New
 * credentials fix every one of them.
 */
export const ACCOUNT_STATUS_REASONS = [
  /** The provider switched between OAuth 2.0 and Basic: the mailbox's credentials no longer apply. */
  'auth-method-changed',
  /** The provider now points at another mail server: the credentials were for the old one. */
  'server-changed',
  /** The OAuth 2.0 grant ran out (refresh token expired). */
  'grant-expired',
  /** The OAuth 2.0 grant was withdrawn (by the user, an administrator or a password reset). */
  'grant-revoked',
  /** The mail server refused the stored password. */
  'password-rejected',
  /** The mailbox holds no credentials at all. */
  'credentials-missing',
] as const;
export type AccountStatusReason = (typeof ACCOUNT_STATUS_REASONS)[number];

/** The row action that brings a mailbox's sign-in back: OAuth 2.0 signs in again, Basic takes a new password. */
export type ReauthorizeAction = 'sign-in-again' | 'change-password';

/** What a row shows about a mailbox that is not simply connected. */
export interface AccountAttention {
  /**
   * A status reason code, or — for a failure that is not about credentials — the
   * adapter error kind the backend recorded (`unreachable`, `tls`, …); `unknown`
   * when it recorded none.
   */
  readonly reason: string;
  /** Whether `reason` is one of `ACCOUNT_STATUS_REASONS` (else it is an error kind). */
  readonly isStatusReason: boolean;
  /** The action that fixes it, when new credentials do. */
  readonly action: ReauthorizeAction | null;
}

export function isAccountStatusReason(value: unknown): value is AccountStatusReason {
  return (ACCOUNT_STATUS_REASONS as readonly unknown[]).includes(value);
}

/** The action that re-authorises a mailbox with its current authentication method. */
export function reauthorizeActionFor(account: Pick<MailAccount, 'auth'>): ReauthorizeAction {
  return account.auth.method === 'oauth2' ? 'sign-in-again' : 'change-password';
}

/**
 * The re-authorising action a row offers, or null: a mailbox that needs new
 * credentials gets Sign in again (OAuth 2.0) or Change password (Basic), as the
 * spec's accessible names say; a working one shows neither, which keeps rows short.
 */
export function offersReauthorize(account: MailAccount): ReauthorizeAction | null {
  return accountAttention(account)?.action ?? null;
}

/**
 * Why a mailbox needs attention, or null when it is connected and holds
 * credentials. An older backend that recorded the error kind `auth-failed`
 * gets the reason that kind means for the mailbox's method (a refused grant or
 * a refused password); a mailbox without credentials says so, whatever else
 * was recorded.
 */
export function accountAttention(account: MailAccount): AccountAttention | null {
  const missing = account.auth.method === 'basic' ? !account.auth.hasPassword : account.auth.grantRef === null;
  if (account.status === 'connected' && !missing) return null;
  let reason: string = account.statusReason ?? (missing || account.status === 'needs-sign-in' ? 'credentials-missing' : 'unknown');
  if (reason === 'auth-failed') reason = account.auth.method === 'oauth2' ? 'grant-revoked' : 'password-rejected';
  if (missing && !isAccountStatusReason(reason)) reason = 'credentials-missing';
  const fixedByCredentials = isAccountStatusReason(reason) || account.status === 'needs-sign-in';
  return {
    reason,
    isStatusReason: isAccountStatusReason(reason),
    action: fixedByCredentials ? reauthorizeActionFor(account) : null,
  };
}
