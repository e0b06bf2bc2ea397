/**
 * mail-provider-elements/server — the reference backend of docs/rest-contract.md
 * for Node: a Fetch-API handler, its PostgreSQL (or embedded PGlite) store, the
 * key ring that encrypts secrets at rest, and real staged connection checks.
 * Node only; never imported by the browser entries. See docs/server.md.
 */
export { createMailSetupHandler, type MailSetupHandler, type MailSetupHandlerOptions, type OAuthSignIn, type SyncServiceState } from './handler.js';
export { toNodeListener, listen, type ListenOptions, type NodeListenerOptions } from './node-http.js';
export type { Authenticate, CsrfOptions, MailSetupUser } from './guard.js';
export { STATUS_FOR_KIND } from './http.js';
export { KeyRing, loadKeyRing, parseKeys, generateKeyEntry, KEYS_ENV, type EncryptionKey, type LoadKeyRingOptions } from './keys.js';
export { openStore, SqlStore, type OpenStoreOptions } from './store/sql-store.js';
export type { MailStore, SaveOptions, SaveResult, StoredAccount, StoredGrant, StoredProvider } from './store/store.js';
export { openDatabase, openPglite, openPostgres, type SqlDatabase, type SqlExecutor } from './store/sql.js';
export { migrate, MIGRATIONS } from './store/migrations.js';
export type { CheckContext, CheckTarget, ConnectionChecker } from './checks.js';
export { createConnectionChecker, type ConnectionCheckerOptions } from './probes/checker.js';
export { classifyAddress, isAddressAllowed, type AddressClass, type AddressPolicyOptions } from './probes/address-policy.js';
export { systemResolver, type Resolver } from './probes/network.js';
export { CHECK_STAGES, type CheckStage, type CheckStageReport, type CheckStageState, type CertificateSummary } from './probes/stages.js';
export type { DevelopmentState } from './development.js';
