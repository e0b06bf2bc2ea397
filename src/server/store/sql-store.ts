import { randomBytes, randomUUID } from 'node:crypto';
import type { MailAccount, MailProvider } from '../../model/index.js';
import type { KeyRing } from '../keys.js';
import { lockProviders, lockUser } from './locks.js';
import { migrate } from './migrations.js';
import { accountFromRow, accountRow, deleteAccount, listAccountRows, passwordContext, saveAccount } from './sql-accounts.js';
import { deleteProvider, listProviderRows, providerFromRow, providerRow, saveProvider, secretContext } from './sql-providers.js';
import { openDatabase, type SqlDatabase } from './sql.js';
import type { MailStore, PendingSignIn, SaveOptions, StoredGrant } from './store.js';

const grantContext = (id: string): string => `grant:${id}:tokens`;

/** The store on PostgreSQL (or PGlite): every operation one transaction, nothing kept in the process. */
export class SqlStore implements MailStore {
  readonly #db: SqlDatabase;
  readonly #keys: KeyRing;

  constructor(db: SqlDatabase, keys: KeyRing) {
    this.#db = db;
    this.#keys = keys;
  }

  /** Which database it runs on. */
  get dialect(): SqlDatabase['dialect'] {
    return this.#db.dialect;
  }

  async listProviders() {
    return (await listProviderRows(this.#db)).map(providerFromRow);
  }

  async getProvider(id: string) {
    const row = await providerRow(this.#db, id);
    return row ? providerFromRow(row) : null;
  }

  saveProvider(actorId: string, input: unknown, options: SaveOptions = {}) {
    return this.#db.transaction((tx) => saveProvider(tx, this.#keys, actorId, input, options));
  }

  deleteProvider(id: string) {
    return this.#db.transaction((tx) => deleteProvider(tx, id));
  }

  async providerSecret(id: string) {
    const { rows } = await this.#db.query<{ client_secret: string | null }>('select client_secret from mail_setup_providers where id = $1', [id]);
    const sealed = rows[0]?.client_secret;
    return sealed ? this.#keys.decrypt(sealed, secretContext(id)) : null;
  }

  async listAccounts(userId: string) {
    return (await listAccountRows(this.#db, userId)).map(accountFromRow);
  }

  saveAccount(userId: string, input: unknown, options: SaveOptions = {}) {
    return this.#db.transaction((tx) => saveAccount(tx, this.#keys, userId, input, options));
  }

  deleteAccount(userId: string, id: string) {
    return this.#db.transaction((tx) => deleteAccount(tx, userId, id));
  }

  async accountWithPassword(userId: string, id: string) {
    const row = await accountRow(this.#db, userId, id);
    if (!row) return null;
    return { account: accountFromRow(row), password: row.password ? this.#keys.decrypt(row.password, passwordContext(id)) : null };
  }

  async createGrant(userId: string, providerId: string, signedInAs: string, tokens: Record<string, unknown> | null) {
    const id = `grant-${randomUUID()}`;
    const sealed = tokens === null ? null : this.#keys.encrypt(JSON.stringify(tokens), grantContext(id));
    await this.#db.query('insert into mail_setup_grants (id, user_id, provider_id, signed_in_as, tokens) values ($1, $2, $3, $4, $5)', [
      id,
      userId,
      providerId,
      signedInAs,
      sealed,
    ]);
    return id;
  }

  async getGrant(userId: string, grantRef: string): Promise<StoredGrant | null> {
    const { rows } = await this.#db.query<{ provider_id: string; signed_in_as: string; tokens: string | null }>(
      'select provider_id, signed_in_as, tokens from mail_setup_grants where id = $1 and user_id = $2',
      [grantRef, userId],
    );
    const row = rows[0];
    if (!row) return null;
    const tokens = row.tokens === null ? null : (JSON.parse(this.#keys.decrypt(row.tokens, grantContext(grantRef))) as Record<string, unknown>);
    return { id: grantRef, providerId: row.provider_id, signedInAs: row.signed_in_as, tokens };
  }

  revokeGrant(userId: string, grantRef: string) {
    return this.#db.transaction(async (tx) => {
      await lockProviders(tx, 'shared');
      await lockUser(tx, userId);
      await tx.query('update mail_setup_grants set tokens = null where id = $1 and user_id = $2', [grantRef, userId]);
      await tx.query(
        `update mail_setup_accounts set version = version + 1, updated_at = now(),
           record = record || '{"status": "needs-sign-in", "statusReason": "auth-failed"}'::jsonb
         where user_id = $1 and record->'auth'->>'grantRef' = $2`,
        [userId, grantRef],
      );
    });
  }

  async saveOAuthState(pending: PendingSignIn) {
    await this.#db.query("delete from mail_setup_oauth_states where created_at < now() - interval '1 hour'");
    await this.#db.query(
      'insert into mail_setup_oauth_states (state, user_id, provider_id, email, opener_origin, verifier) values ($1, $2, $3, $4, $5, $6)',
      [
        pending.state,
        pending.userId,
        pending.providerId,
        pending.email,
        pending.openerOrigin,
        this.#keys.encrypt(pending.verifier, `oauth-state:${pending.state}`),
      ],
    );
  }

  async takeOAuthState(state: string, userId: string, maxAgeMinutes: number): Promise<PendingSignIn | null> {
    const { rows } = await this.#db.query<{ provider_id: string; email: string; opener_origin: string; verifier: string }>(
      `delete from mail_setup_oauth_states where state = $1 and user_id = $2 and created_at > now() - make_interval(mins => $3)
       returning provider_id, email, opener_origin, verifier`,
      [state, userId, maxAgeMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      state,
      userId,
      providerId: row.provider_id,
      email: row.email,
      openerOrigin: row.opener_origin,
      verifier: this.#keys.decrypt(row.verifier, `oauth-state:${state}`),
    };
  }

  async getSetting<T>(key: string) {
    const { rows } = await this.#db.query<{ value: T }>('select value from mail_setup_settings where key = $1', [key]);
    return rows[0]?.value;
  }

  async setSetting(key: string, value: unknown) {
    await this.#db.query(
      'insert into mail_setup_settings (key, value) values ($1, $2::jsonb) on conflict (key) do update set value = excluded.value',
      [key, JSON.stringify(value)],
    );
  }

  seed(data: { providers: readonly MailProvider[]; accounts: readonly MailAccount[] }, userId: string) {
    return this.#db.transaction(async (tx) => {
      await lockProviders(tx, 'exclusive');
      const { rows } = await tx.query('select 1 from mail_setup_providers limit 1');
      if (rows.length > 0) return false;
      for (const provider of data.providers) {
        // Seed data says a secret is stored but carries none (it never does): store a random
        // one, so `keep` works and a real check fails the way a wrong secret does.
        const hasSecret = provider.auth.method === 'oauth2' && provider.auth.hasClientSecret;
        const secret = hasSecret ? this.#keys.encrypt(randomBytes(24).toString('base64url'), secretContext(provider.id)) : null;
        await tx.query('insert into mail_setup_providers (id, version, record, client_secret) values ($1, 1, $2::jsonb, $3)', [
          provider.id,
          JSON.stringify(provider),
          secret,
        ]);
      }
      for (const account of data.accounts) {
        if (account.auth.method === 'oauth2' && account.auth.grantRef !== null) {
          // A grant with no tokens: the mailbox is listed, and a check asks to sign in again.
          await tx.query('insert into mail_setup_grants (id, user_id, provider_id, signed_in_as, tokens) values ($1, $2, $3, $4, null)', [
            account.auth.grantRef,
            userId,
            account.providerId,
            account.auth.signedInAs ?? account.email,
          ]);
        }
        await tx.query(
          'insert into mail_setup_accounts (id, user_id, provider_id, email_key, version, record, password) values ($1, $2, $3, $4, 1, $5::jsonb, null)',
          [account.id, userId, account.providerId, account.email.toLowerCase(), JSON.stringify(account)],
        );
      }
      return true;
    });
  }

  /** Development only: deletes every record and seeds again (the demo's Reset). Not part of MailStore on purpose. */
  async resetTo(data: { providers: readonly MailProvider[]; accounts: readonly MailAccount[] }, userId: string): Promise<void> {
    await this.#db.transaction(async (tx) => {
      await lockProviders(tx, 'exclusive');
      await tx.query('delete from mail_setup_idempotency');
      await tx.query('delete from mail_setup_accounts');
      await tx.query('delete from mail_setup_grants');
      await tx.query('delete from mail_setup_providers');
    });
    await this.seed(data, userId);
  }

  close() {
    return this.#db.close();
  }
}

export interface OpenStoreOptions {
  readonly keys: KeyRing;
  /** A PostgreSQL connection string; default `process.env.DATABASE_URL`. Without one, PGlite is used. */
  readonly databaseUrl?: string;
  /** PGlite's data directory (in memory when absent). */
  readonly dataDir?: string;
}

/** Opens the database (PostgreSQL with `DATABASE_URL`, else PGlite), applies pending migrations, and returns the store. */
export async function openStore(options: OpenStoreOptions): Promise<SqlStore> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const db = await openDatabase({ ...(databaseUrl ? { databaseUrl } : {}), ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }) });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new SqlStore(db, options.keys);
}
