import * as z from 'zod/mini';

export const SERVICE_TYPES = ['exchange', 'imap-smtp'] as const;
/** The kind of mail service (R8). */
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const LOGIN_FORMATS = ['manual', 'email', 'mailbox-name'] as const;
/** How a mailbox's login is formed (R11). */
export type LoginFormat = (typeof LOGIN_FORMATS)[number];

export const AUTH_METHODS = ['oauth2', 'basic'] as const;
/** How mailboxes of a provider authenticate (R12). */
export type AuthMethod = (typeof AUTH_METHODS)[number];

export const SECURITY_MODES = ['ssl', 'starttls', 'none'] as const;
/** Transport security of an IMAP or SMTP connection. */
export type SecurityMode = (typeof SECURITY_MODES)[number];

/** Sensible defaults for a new IMAP/SMTP provider. */
export const DEFAULT_INCOMING = { port: 993, security: 'ssl' } as const;
export const DEFAULT_OUTGOING = { port: 587, security: 'starttls' } as const;

export const MAX_NAME_LENGTH = 100;

const id = z.string().check(z.minLength(1));

/**
 * A record's version: 1 when created, one more on every update. A save input may
 * carry the version its edit started from; an update whose version is not the
 * stored one is refused with `conflict` (`details.reason: 'stale-version'`), so two
 * editors never silently undo each other. No version in an input: no check.
 */
export const RecordVersionSchema = z.number().check(z.int(), z.positive());
const port = z.number().check(z.int(), z.gte(1), z.lte(65535));

export const ServerEndpointSchema = z.object({
  host: z.string().check(z.minLength(1)),
  port,
  security: z.enum(SECURITY_MODES),
});
export type ServerEndpoint = z.infer<typeof ServerEndpointSchema>;

/**
 * Auth settings as an adapter returns them. The client secret never comes back
 * to the page (B3): only whether one is stored.
 */
export const ProviderAuthSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('oauth2'), clientId: z.string(), hasClientSecret: z.boolean() }),
  z.object({ method: z.literal('basic') }),
]);
export type ProviderAuth = z.infer<typeof ProviderAuthSchema>;

/** The delivery and login fields a stored provider and a save share as they are. */
const deliveryAndLogin = {
  loadEmails: z.boolean(),
  sendEmails: z.boolean(),
  loginFormat: z.enum(LOGIN_FORMATS),
};

const providerCommon = {
  id,
  version: z.optional(RecordVersionSchema),
  name: z.string(),
  ...deliveryAndLogin,
  auth: ProviderAuthSchema,
  domains: z.array(z.string()),
};

/** A mail provider (mail service) as an adapter returns it. */
export const MailProviderSchema = z.discriminatedUnion('type', [
  z.object({ ...providerCommon, type: z.literal('exchange'), serviceAddress: z.string().check(z.minLength(1)) }),
  z.object({ ...providerCommon, type: z.literal('imap-smtp'), incoming: ServerEndpointSchema, outgoing: ServerEndpointSchema }),
]);
export type MailProvider = z.infer<typeof MailProviderSchema>;
export type ExchangeProvider = Extract<MailProvider, { type: 'exchange' }>;
export type ImapSmtpProvider = Extract<MailProvider, { type: 'imap-smtp' }>;

/**
 * How a save treats a secret (B3). `keep` leaves the stored one as it is, so an
 * edit never has to know it; `replace` sets a new one.
 */
export const SecretUpdateSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('replace'), value: z.string().check(z.minLength(1)) }),
]);
export type SecretUpdate = z.infer<typeof SecretUpdateSchema>;

export const ProviderAuthInputSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('oauth2'), clientId: z.string().check(z.minLength(1)), clientSecret: SecretUpdateSchema }),
  z.object({ method: z.literal('basic') }),
]);
export type ProviderAuthInput = z.infer<typeof ProviderAuthInputSchema>;

const inputCommon = {
  /** Absent for a new provider. */
  id: z.optional(id),
  /** The version the edit started from (see `RecordVersionSchema`). */
  version: z.optional(RecordVersionSchema),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  ...deliveryAndLogin,
  auth: ProviderAuthInputSchema,
  domains: z.array(z.string()),
};

/**
 * What a save sends to the adapter. Shape only: the rules that need more than a
 * shape (addresses, domains, GUIDs, R10) are in `validateProviderInput`.
 */
export const MailProviderInputSchema = z.discriminatedUnion('type', [
  z.object({ ...inputCommon, type: z.literal('exchange'), serviceAddress: z.string() }),
  z.object({ ...inputCommon, type: z.literal('imap-smtp'), incoming: ServerEndpointSchema, outgoing: ServerEndpointSchema }),
]);
export type MailProviderInput = z.infer<typeof MailProviderInputSchema>;

/** The main address of a provider, for lists and messages. */
export function providerAddress(provider: MailProvider | MailProviderInput): string {
  return provider.type === 'exchange' ? provider.serviceAddress : provider.incoming.host;
}
