import * as z from 'zod/mini';
import { AccountAuthInputSchema, type ConnectionCheckRequest, type MailAccount, type MailAccountInput } from './account.js';

/**
 * Re-authorising a mailbox in place: new credentials for a mailbox that exists,
 * keeping its id and every setting. Only the credentials travel (and the login,
 * for providers whose login is formed by hand), so a re-authorisation can never
 * undo a settings change made meanwhile.
 */
export const ReauthorizeAccountRequestSchema = z.object({
  /** The mailbox's id. */
  id: z.string().check(z.minLength(1)),
  /** A new login; absent keeps the stored one. */
  login: z.optional(z.string()),
  /** The new credentials: a `replace`d password (Basic) or a new grant (OAuth 2.0). */
  auth: AccountAuthInputSchema,
});
export type ReauthorizeAccountRequest = z.infer<typeof ReauthorizeAccountRequestSchema>;

/**
 * The full save that re-authorises `account` for an adapter without
 * `reauthorizeAccount`: the stored settings, the new credentials, and the
 * version they were read at — so a settings change made meanwhile is refused as
 * a `conflict` rather than overwritten. The adapter marks a mailbox whose
 * credentials changed as connected.
 */
export function reauthorizationInput(account: MailAccount, request: Pick<ReauthorizeAccountRequest, 'login' | 'auth'>): MailAccountInput {
  return {
    id: account.id,
    email: account.email,
    providerId: account.providerId,
    login: request.login ?? account.login,
    displayName: account.displayName,
    loadEmails: account.loadEmails,
    sendEmails: account.sendEmails,
    isDefault: account.isDefault,
    isShared: account.isShared,
    loadFrom: account.loadFrom,
    auth: request.auth,
    ...(account.version === undefined ? {} : { version: account.version }),
  };
}

/** The connection check that tries new credentials of a saved mailbox before they are stored. */
export function reauthorizationCheck(account: MailAccount, request: Pick<ReauthorizeAccountRequest, 'login' | 'auth'>): ConnectionCheckRequest {
  return {
    providerId: account.providerId,
    email: account.email,
    login: request.login ?? account.login,
    auth: request.auth,
    accountId: account.id,
  };
}

/**
 * Whether a re-authorisation really brings new credentials: a Basic one must
 * `replace` the password (`keep` would re-store the one that failed). Returns
 * the field at fault, or null.
 */
export function reauthorizationProblem(request: Pick<ReauthorizeAccountRequest, 'auth'>): 'password' | null {
  return request.auth.method === 'basic' && request.auth.password.action !== 'replace' ? 'password' : null;
}
