import type {
  CheckStageReport,
  ConnectionCheckRequest,
  MailAccount,
  MailAccountInput,
  MailProvider,
  MailProviderInput,
  ReauthorizeAccountRequest,
} from '../model/index.js';

/** Options every adapter call takes. An adapter must reject with an `aborted` MailSetupError once `signal` fires. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /**
   * For creates (`saveProvider`, `saveAccount` without an `id`): a key the caller
   * generates once per submit and sends again with every retry of that submit. A
   * create repeated with the same key within 24 hours returns the record the first
   * one created instead of creating another, so a retry after a lost or garbled
   * answer never makes a duplicate. Ignored by other calls. REST: the
   * `Idempotency-Key` request header.
   */
  readonly idempotencyKey?: string;
}

/** What the current user may do (R1). */
export interface Permissions {
  /** The system operation CanManageAdministration ("Access to the Administration workplace"): add, edit and delete providers. */
  readonly canManageAdministration: boolean;
}

/** State of the Exchange Listener synchronisation service (R2). */
export interface SyncServiceStatus {
  readonly state: 'ok' | 'not-configured' | 'unreachable';
}

/** A successful connection check. */
export interface ConnectionCheckResult {
  /** ISO time of the check. */
  readonly checkedAt: string;
  /** Every stage's final report, in order, when the adapter ran the check in stages. */
  readonly stages?: readonly CheckStageReport[] | undefined;
}

/** Options of a connection check: the call's options and an optional progress callback. */
export interface CheckConnectionOptions extends CallOptions {
  /**
   * Called as each stage of the check starts and ends (`running`, then `passed`,
   * `failed` or `skipped`). Optional on both sides: an adapter that never calls it
   * still works, and the UI then shows only the final result.
   */
  readonly onStage?: (report: CheckStageReport) => void;
}

/** The outcome of an OAuth 2.0 sign-in that the host ran (it opens Microsoft's page; the page never sees a token). */
export interface OAuthSignInResult {
  /** An opaque reference to the grant the backend stored. */
  readonly grantRef: string;
  /** The address the user signed in as. */
  readonly signedInAs: string;
}

export interface OAuthSignInRequest {
  readonly providerId: string;
  readonly email: string;
  readonly login: string;
}

/**
 * What an adapter tells its subscribers after a write: which record, and what
 * happened to it; `reset` when everything may have changed.
 */
export type MailSetupChange =
  | { readonly entity: 'provider' | 'account'; readonly op: 'saved' | 'deleted'; readonly id: string }
  | { readonly entity: 'all'; readonly op: 'reset' };

/**
 * The one seam between the elements and the host's backend. The elements store
 * nothing: every read, write and check goes through this object.
 *
 * Contract, for every method:
 * - Rejects only with `MailSetupError` (others are wrapped as `unknown`).
 * - Honours `options.signal`: rejects with kind `aborted` once it fires.
 * - Returns fresh objects; the caller may keep or change them freely.
 * - Never returns a secret: providers carry `hasClientSecret`, mailboxes `hasPassword`.
 * - Enforces permissions and secrets itself. The elements' gating is a courtesy to
 *   the user, not security.
 */
/** One page of mailboxes, from `listAccountsPage`. */
export interface MailAccountPage {
  readonly items: MailAccount[];
  /** Where the next page starts (opaque to the caller), or `null` after the last page. */
  readonly nextCursor: string | null;
}

export interface MailSetupAdapter {
  getPermissions(options?: CallOptions): Promise<Permissions>;
  /** The Exchange Listener service Exchange providers depend on (R2). */
  getSyncServiceStatus(options?: CallOptions): Promise<SyncServiceStatus>;

  listProviders(options?: CallOptions): Promise<MailProvider[]>;
  /** The provider whose recognition domains cover `domain` (R6), or null. */
  findProviderByDomain(domain: string, options?: CallOptions): Promise<MailProvider | null>;
  /**
   * Creates (no `id`) or updates a provider. Rejects with `forbidden` without
   * CanManageAdministration, `conflict` (details.domain, details.providerName)
   * when a domain belongs to another provider, `conflict` with
   * `details.reason: 'stale-version'` (and `details.currentVersion`) when the
   * input's `version` is not the stored one, `not-found` for an unknown id.
   * A create honours `options.idempotencyKey`.
   */
  saveProvider(input: MailProviderInput, options?: CallOptions): Promise<MailProvider>;
  /** Rejects with `in-use` (details.mailboxes) while any mailbox uses the provider (R15). */
  deleteProvider(id: string, options?: CallOptions): Promise<void>;

  /** The current user's mailboxes. */
  listAccounts(options?: CallOptions): Promise<MailAccount[]>;
  /**
   * Optional paging for hosts with many mailboxes: at most `limit` mailboxes from
   * `cursor` (`null` = the first page), in a stable order, and the cursor of the
   * next page. Pages together list what `listAccounts` lists. An adapter without it
   * answers `listAccounts` with everything. Rejects with `invalid` for a cursor it
   * did not hand out.
   */
  listAccountsPage?(cursor: string | null, limit: number, options?: CallOptions): Promise<MailAccountPage>;
  /** Creates or updates a mailbox; versions and idempotency keys as for `saveProvider`. */
  saveAccount(input: MailAccountInput, options?: CallOptions): Promise<MailAccount>;
  deleteAccount(id: string, options?: CallOptions): Promise<void>;

  /**
   * Optional: re-authorises a saved mailbox in place — new credentials (a
   * `replace`d password, or a new OAuth 2.0 grant) and, for providers whose login
   * is formed by hand, optionally a new login. The mailbox keeps its id and every
   * other setting, and its status becomes `connected` without a `statusReason`.
   * Rejects with `not-found` for an unknown id, `invalid` (details.field `auth` or
   * `password`) when the method is not the provider's or a Basic password is
   * `keep`. Without this method the elements re-authorise with `saveAccount`
   * (the stored settings plus the new credentials, see `reauthorizationInput`),
   * which a concurrent settings change could lose.
   */
  reauthorizeAccount?(request: ReauthorizeAccountRequest, options?: CallOptions): Promise<MailAccount>;

  /**
   * Tries a mailbox's settings before saving (B1). Rejects with the part that
   * failed: `unreachable`, `tls`, `auth-failed`, `forbidden`, `sync-service`, `timeout`,
   * with `details.stage` naming the failing stage and `details.rawCode` /
   * `details.serverReply` carrying the server's words (never the request's secrets).
   * Reports stages through `options.onStage` when it can.
   */
  checkConnection(request: ConnectionCheckRequest, options?: CheckConnectionOptions): Promise<ConnectionCheckResult>;

  /**
   * Optional: runs the OAuth 2.0 sign-in for a mailbox whose provider uses it.
   * Rejects with `cancelled` when the user closed the sign-in page.
   */
  signInWithOAuth?(request: OAuthSignInRequest, options?: CallOptions): Promise<OAuthSignInResult>;

  /**
   * Optional: calls `listener` after every write this adapter made or learned
   * of (a save, a delete — by any element, or by another tab or user when the
   * adapter can tell), so that every element on it stays current without the
   * host calling `refresh()`. Returns the function that unsubscribes.
   */
  subscribe?(listener: (change: MailSetupChange) => void): () => void;
}
