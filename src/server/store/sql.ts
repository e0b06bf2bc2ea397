/*
 * The few things the store needs from PostgreSQL, met by PGlite (embedded) and by
 * `pg` (a server). The store is written against this, so both run the same SQL.
 * The two drivers are imported lazily: a host that uses one never loads the other.
 */

import type { QueryResultRow } from 'pg';

/** Runs one statement with `$1…` parameters. */
export interface SqlExecutor {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: T[] }>;
}

/** A database: statements, transactions, and closing. */
export interface SqlDatabase extends SqlExecutor {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for logs and tests. */
  readonly dialect: 'pglite' | 'postgres';
}

/** Opens PGlite with its data in `dataDir` (in memory when undefined). */
export async function openPglite(dataDir?: string): Promise<SqlDatabase> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  return {
    dialect: 'pglite',
    query: (text, params) => db.query(text, params ? [...params] : []),
    // PGlite runs one statement at a time and its transactions hold the database
    // until they end, so nothing interleaves with them.
    transaction: (work) => db.transaction((tx) => work({ query: (text, params) => tx.query(text, params ? [...params] : []) })),
    close: () => db.close(),
  };
}

/** Connects to PostgreSQL at `connectionString` through a `pg` pool. */
export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<SqlDatabase> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  return {
    dialect: 'postgres',
    query: <T>(text: string, params?: readonly unknown[]) => pool.query<T & QueryResultRow>(text, params ? [...params] : []),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({
          query: <T>(text: string, params?: readonly unknown[]) => client.query<T & QueryResultRow>(text, params ? [...params] : []),
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL when a connection string is given (e.g. `DATABASE_URL`), otherwise PGlite in `dataDir`. */
export function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<SqlDatabase> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}
