import * as z from 'zod/mini';
import { RecordVersionSchema, SecretUpdateSchema } from './provider.js';

export const ACCOUNT_STATUSES = ['connected', 'needs-sign-in', 'error', 'unverified'] as const;
/**
 * The last known state of a mailbox's connection. `unverified`: an administrator
 * saved it although its connection check failed for a reason outside the user's
 * control (Save anyway), so it has not yet been seen to work.
 */
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/**
 * A mailbox's credentials as an adapter returns them: never the password (B3), and
 * for OAuth 2.0 only a reference to the grant the backend holds — the page never
 * needs the token.
 */
export const AccountAuthSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('basic'), hasPassword: z.boolean() }),
  z.object({ method: z.literal('oauth2'), grantRef: z.nullable(z.string()), signedInAs: z.optional(z.string()) }),
]);
export type AccountAuth = z.infer<typeof AccountAuthSchema>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const settings = {
  /** Sender display name. */
  displayName: z.string(),
  loadEmails: z.boolean(),
  sendEmails: z.boolean(),
  isDefault: z.boolean(),
  isShared: z.boolean(),
  /** Load mail received on or after this date (`YYYY-MM-DD`), or all mail when null. */
  loadFrom: z.nullable(z.string().check(z.regex(ISO_DATE))),
};

/** A mailbox (mail account) as an adapter returns it. */
export const MailAccountSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.optional(RecordVersionSchema),
  email: z.string().check(z.minLength(3)),
  providerId: z.string().check(z.minLength(1)),
  login: z.string(),
  ...settings,
  status: z.enum(ACCOUNT_STATUSES),
  /** Why the status is `error` or `needs-sign-in`: an error kind, see `MailSetupErrorKind`. */
  statusReason: z.optional(z.string()),
  auth: AccountAuthSchema,
});
export type MailAccount = z.infer<typeof MailAccountSchema>;

export const AccountAuthInputSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('basic'), password: SecretUpdateSchema }),
  z.object({ method: z.literal('oauth2'), grantRef: z.string().check(z.minLength(1)) }),
]);
export type AccountAuthInput = z.infer<typeof AccountAuthInputSchema>;

/** What a save of a mailbox sends to the adapter. */
export const MailAccountInputSchema = z.object({
  id: z.optional(z.string().check(z.minLength(1))),
  /** The version the edit started from (see `RecordVersionSchema`). */
  version: z.optional(RecordVersionSchema),
  email: z.string(),
  providerId: z.string().check(z.minLength(1)),
  login: z.string(),
  ...settings,
  auth: AccountAuthInputSchema,
  /** Saved without a passing connection check (an administrator's Save anyway): the adapter stores it `unverified`. */
  unverified: z.optional(z.boolean()),
});
export type MailAccountInput = z.infer<typeof MailAccountInputSchema>;

/** What a connection check needs to try a mailbox before it is saved (B1). */
export const ConnectionCheckRequestSchema = z.object({
  providerId: z.string().check(z.minLength(1)),
  email: z.string(),
  login: z.string(),
  auth: AccountAuthInputSchema,
  /** Set when re-checking a saved mailbox, so `keep` can use its stored password. */
  accountId: z.optional(z.string()),
});
export type ConnectionCheckRequest = z.infer<typeof ConnectionCheckRequestSchema>;

/** Settings a new mailbox starts with. */
export function defaultAccountSettings(): Pick<MailAccountInput, keyof typeof settings> {
  return { displayName: '', loadEmails: true, sendEmails: true, isDefault: false, isShared: false, loadFrom: null };
}
