import type { SqlDatabase } from './sql.js';

/*
 * Versioned schema changes, applied in order on start. Append, never edit: a
 * database records the versions it has, and several instances starting at once
 * serialise on an advisory lock, so each migration runs exactly once.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      create table mail_setup_providers (
        id text primary key,
        seq bigserial not null,
        version integer not null,
        record jsonb not null,
        client_secret text,
        updated_at timestamptz not null default now()
      );
      create table mail_setup_accounts (
        id text primary key,
        seq bigserial not null,
        user_id text not null,
        provider_id text not null references mail_setup_providers (id),
        email_key text not null,
        version integer not null,
        record jsonb not null,
        password text,
        updated_at timestamptz not null default now(),
        unique (user_id, email_key)
      );
      create index mail_setup_accounts_provider on mail_setup_accounts (provider_id);
      create table mail_setup_grants (
        id text primary key,
        user_id text not null,
        provider_id text not null references mail_setup_providers (id) on delete cascade,
        signed_in_as text not null,
        tokens text,
        created_at timestamptz not null default now()
      );
      create table mail_setup_idempotency (
        user_id text not null,
        scope text not null,
        key text not null,
        record_id text not null,
        created_at timestamptz not null default now(),
        primary key (user_id, scope, key)
      );
      create table mail_setup_settings (
        key text primary key,
        value jsonb not null
      );
    `,
  },
  {
    version: 2,
    sql: `
      create table mail_setup_oauth_states (
        state text primary key,
        user_id text not null,
        provider_id text not null references mail_setup_providers (id) on delete cascade,
        email text not null,
        opener_origin text not null,
        verifier text not null,
        created_at timestamptz not null default now()
      );
    `,
  },
];

// Any constant: the lock that serialises migrations across instances.
const MIGRATION_LOCK = 7_713_001;

/** Brings the schema up to date; returns the versions it applied. */
export async function migrate(db: SqlDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('create table if not exists mail_setup_migrations (version integer primary key, applied_at timestamptz not null default now())');
    const { rows } = await tx.query<{ version: number }>('select version from mail_setup_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.sql
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('insert into mail_setup_migrations (version) values ($1)', [migration.version]);
      applied.push(migration.version);
    }
    return applied;
  });
}
