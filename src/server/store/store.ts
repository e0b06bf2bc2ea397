import type { MailAccount, MailProvider, MailSetupErrorDetails } from '../../model/index.js';
import { MailSetupError } from '../../model/index.js';

/** A provider as stored: the contract's record plus its version (1 on create, +1 on every update). */
export type StoredProvider = MailProvider & { readonly version: number };
/** A mailbox as stored, with its version. */
export type StoredAccount = MailAccount & { readonly version: number };

/** What a save returns: the stored record, and whether this call created it (false for an update or an idempotent replay). */
export interface SaveResult<T> {
  readonly record: T;
  readonly created: boolean;
  /** True when an earlier create with the same idempotency key is being returned. */
  readonly replayed: boolean;
}

export interface SaveOptions {
  /** The record to update; absent for a create. */
  readonly id?: string;
  /** For a create: a repeat with the same key (same user, within 24 h) returns the first one's record. */
  readonly idempotencyKey?: string;
}

/** A stored OAuth 2.0 grant: never leaves the server except as its id (`grantRef`). */
export interface StoredGrant {
  readonly id: string;
  readonly providerId: string;
  readonly signedInAs: string;
  /** The decrypted tokens, or null when none are held (the user must sign in again). */
  readonly tokens: Record<string, unknown> | null;
}

/** An OAuth 2.0 sign-in between its start and its callback. */
export interface PendingSignIn {
  readonly state: string;
  readonly userId: string;
  readonly providerId: string;
  readonly email: string;
  /** Where the popup posts its outcome. */
  readonly openerOrigin: string;
  readonly verifier: string;
}

/**
 * Everything the handler persists. Every operation is atomic and safe to run from
 * several server instances at once; none keeps state in the process. Rule
 * violations reject with the contract's `MailSetupError` kinds.
 */
export interface MailStore {
  listProviders(): Promise<StoredProvider[]>;
  getProvider(id: string): Promise<StoredProvider | null>;
  /** Validates with the model's rules (other providers' domains, stored secret) inside the write, and brings the provider's mailboxes in line. */
  saveProvider(actorId: string, input: unknown, options?: SaveOptions): Promise<SaveResult<StoredProvider>>;
  /** `not-found`, or `in-use` with every user's mailboxes on it. */
  deleteProvider(id: string): Promise<void>;
  /** The decrypted client secret, or null. */
  providerSecret(id: string): Promise<string | null>;

  /** One user's mailboxes, oldest first. */
  listAccounts(userId: string): Promise<StoredAccount[]>;
  saveAccount(userId: string, input: unknown, options?: SaveOptions): Promise<SaveResult<StoredAccount>>;
  deleteAccount(userId: string, id: string): Promise<void>;
  /** One of the user's mailboxes with its decrypted password (null when none), or null for another user's or an unknown id. */
  accountWithPassword(userId: string, id: string): Promise<{ account: StoredAccount; password: string | null } | null>;

  /** Stores a grant for the user (tokens encrypted); returns its id, the `grantRef`. */
  createGrant(userId: string, providerId: string, signedInAs: string, tokens: Record<string, unknown> | null): Promise<string>;
  /** The user's grant, or null for another user's or an unknown one. */
  getGrant(userId: string, grantRef: string): Promise<StoredGrant | null>;
  /** A grant the identity provider refused (`invalid_grant`): its tokens are dropped and its mailboxes need signing in again. */
  revokeGrant(userId: string, grantRef: string): Promise<void>;

  /** A pending OAuth sign-in: its PKCE verifier is stored encrypted. */
  saveOAuthState(pending: PendingSignIn): Promise<void>;
  /** Takes (and deletes) the user's pending sign-in with this state if it is younger than `maxAgeMinutes`. */
  takeOAuthState(state: string, userId: string, maxAgeMinutes: number): Promise<PendingSignIn | null>;

  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;

  /** Fills an empty store with providers and one user's mailboxes; does nothing when any provider exists. Returns whether it did. */
  seed(data: { providers: readonly MailProvider[]; accounts: readonly MailAccount[] }, userId: string): Promise<boolean>;
  close(): Promise<void>;
}

/** The `conflict` for an update that started from an older version than the stored one. */
export function staleVersion(currentVersion: number): MailSetupError {
  const details = { reason: 'stale-version', currentVersion } as MailSetupErrorDetails;
  return new MailSetupError('conflict', 'The record was changed elsewhere; reload it', details);
}

export function notFound(what: string, field: string): MailSetupError {
  return new MailSetupError('not-found', `No such ${what}`, { field });
}

/** The `version` an update says it started from: undefined when absent; `invalid` when not a positive integer. */
export function inputVersion(input: unknown): number | undefined {
  const version = typeof input === 'object' && input !== null ? (input as { version?: unknown }).version : undefined;
  if (version === undefined) return undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new MailSetupError('invalid', 'version is a positive integer', { field: 'version', fieldErrors: { version: { code: 'option-invalid' } } });
  }
  return version;
}

/** A string field of an input of unknown shape. */
export function stringField(input: unknown, key: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The input with the record's id (the path's, which is authoritative), so the rules know which record they check. */
export function withId(input: unknown, id: string | undefined): unknown {
  return id === undefined || typeof input !== 'object' || input === null ? input : { ...input, id };
}
