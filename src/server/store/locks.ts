import type { SqlExecutor } from './sql.js';
import type { SaveOptions, SaveResult } from './store.js';

/*
 * Writes serialise on PostgreSQL advisory locks, held to the end of their
 * transaction, so instances sharing a database never interleave a read-check-write:
 * provider writes hold the providers lock exclusively (domains are unique across
 * providers, and a provider change rewrites its mailboxes); mailbox writes hold it
 * shared (their provider cannot change under them) plus their user's lock. Every
 * write takes the providers lock first, so no two writes wait on each other in a cycle.
 */
const PROVIDERS_LOCK = 7_713_002;
const USER_LOCK_CLASS = 7_713;

export async function lockProviders(tx: SqlExecutor, mode: 'exclusive' | 'shared'): Promise<void> {
  await tx.query(mode === 'exclusive' ? 'select pg_advisory_xact_lock($1)' : 'select pg_advisory_xact_lock_shared($1)', [PROVIDERS_LOCK]);
}

export async function lockUser(tx: SqlExecutor, userId: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [USER_LOCK_CLASS, userId]);
}

/**
 * The record an earlier create with this key made (within 24 h), if it still
 * exists. Expired keys of the user are dropped on the way.
 */
export async function replayed(tx: SqlExecutor, userId: string, scope: string, key: string | undefined): Promise<string | undefined> {
  if (key === undefined) return undefined;
  await tx.query("delete from mail_setup_idempotency where user_id = $1 and created_at < now() - interval '24 hours'", [userId]);
  const { rows } = await tx.query<{ record_id: string }>(
    'select record_id from mail_setup_idempotency where user_id = $1 and scope = $2 and key = $3',
    [userId, scope, key],
  );
  return rows[0]?.record_id;
}

/**
 * A create repeated with the key of an earlier one (same user, within 24 h): that
 * create's record as it is now, loaded by `load`; undefined for an update or a new create.
 */
export async function replayedCreate<T>(
  tx: SqlExecutor,
  userId: string,
  scope: string,
  options: SaveOptions,
  load: (id: string) => Promise<T | undefined>,
): Promise<SaveResult<T> | undefined> {
  if (options.id !== undefined) return undefined;
  const previous = await replayed(tx, userId, scope, options.idempotencyKey);
  const record = previous === undefined ? undefined : await load(previous);
  return record === undefined ? undefined : { record, created: false, replayed: true };
}

export async function rememberKey(tx: SqlExecutor, userId: string, scope: string, key: string | undefined, recordId: string): Promise<void> {
  if (key === undefined) return;
  await tx.query(
    `insert into mail_setup_idempotency (user_id, scope, key, record_id) values ($1, $2, $3, $4)
     on conflict (user_id, scope, key) do update set record_id = excluded.record_id, created_at = now()`,
    [userId, scope, key, recordId],
  );
}
