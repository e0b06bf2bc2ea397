import { randomBytes } from 'node:crypto';
import { KeyRing } from '../../src/server/keys.js';
import { migrate } from '../../src/server/store/migrations.js';
import { openPglite, openPostgres, type SqlDatabase } from '../../src/server/store/sql.js';

/** A fresh random key ring with one key. */
export function testKeys(id = 'k1'): KeyRing {
  return new KeyRing([{ id, key: randomBytes(32) }]);
}

/** The databases the store suite runs on: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function databases(): { name: string; open: () => Promise<SqlDatabase> }[] {
  const list = [{ name: 'PGlite', open: () => openPglite() }];
  const url = process.env.DATABASE_URL;
  if (url) list.push({ name: 'PostgreSQL', open: () => openPostgres(url) });
  return list;
}

/** Migrated, and emptied of every row (a real PostgreSQL keeps rows between runs). */
export async function cleanDatabase(db: SqlDatabase): Promise<void> {
  await migrate(db);
  await db.query(
    'truncate mail_setup_oauth_states, mail_setup_idempotency, mail_setup_grants, mail_setup_accounts, mail_setup_providers, mail_setup_settings cascade',
  );
}

export async function rejection(promise: Promise<unknown>): Promise<{ kind: string; details: Record<string, unknown>; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { kind: string; details: Record<string, unknown>; message: string };
  }
  throw new Error('expected a rejection');
}
