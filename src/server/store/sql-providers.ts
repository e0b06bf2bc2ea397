import { randomUUID } from 'node:crypto';
import { errorFromFieldErrors } from '../../adapter/input-errors.js';
import { providerRecord } from '../../adapter/in-memory-records.js';
import { MailSetupError, applyProviderChange, validateProviderInput, type MailAccount, type MailProvider } from '../../model/index.js';
import type { KeyRing } from '../keys.js';
import { lockProviders, rememberKey, replayedCreate } from './locks.js';
import type { SqlExecutor } from './sql.js';
import { inputVersion, withId, notFound, staleVersion, type SaveOptions, type SaveResult, type StoredProvider } from './store.js';

interface ProviderRow {
  id: string;
  version: number;
  record: MailProvider;
  has_secret: boolean;
}

const SELECT = 'select id, version, record, client_secret is not null as has_secret from mail_setup_providers';

export const providerFromRow = (row: Pick<ProviderRow, 'record' | 'version'>): StoredProvider => ({ ...row.record, version: Number(row.version) });

export const secretContext = (id: string): string => `provider:${id}:clientSecret`;

export async function listProviderRows(tx: SqlExecutor): Promise<ProviderRow[]> {
  return (await tx.query<ProviderRow>(`${SELECT} order by seq`)).rows;
}

export async function providerRow(tx: SqlExecutor, id: string): Promise<ProviderRow | undefined> {
  return (await tx.query<ProviderRow>(`${SELECT} where id = $1`, [id])).rows[0];
}

/** Creates or updates a provider under the exclusive providers lock (see locks.ts). */
export async function saveProvider(
  tx: SqlExecutor,
  keys: KeyRing,
  actorId: string,
  input: unknown,
  options: SaveOptions,
): Promise<SaveResult<StoredProvider>> {
  await lockProviders(tx, 'exclusive');
  const again = await replayedCreate(tx, actorId, 'provider', options, async (previous) => {
    const row = await providerRow(tx, previous);
    return row && providerFromRow(row);
  });
  if (again) return again;
  const { id, idempotencyKey } = options;
  const rows = await listProviderRows(tx);
  const existing = id === undefined ? undefined : rows.find((row) => row.id === id);
  if (id !== undefined && !existing) throw notFound('provider', 'id');
  const version = inputVersion(input);
  if (existing && version !== undefined && version !== Number(existing.version)) throw staleVersion(Number(existing.version));

  const result = validateProviderInput(withId(input, id), {
    otherProviders: rows.map((row) => row.record),
    hasStoredSecret: existing?.has_secret ?? false,
  });
  if (!result.ok) throw errorFromFieldErrors(result.errors);
  const recordId = id ?? `provider-${randomUUID()}`;
  // The version column is the truth (it wins on read); the record's own copy is kept in step.
  const provider = providerRecord(result.input, recordId, existing ? Number(existing.version) + 1 : 1);
  const auth = result.input.auth;
  // `keep` leaves the column as it is; basic drops the secret; replace seals the new one.
  const secret =
    auth.method === 'basic'
      ? null
      : auth.clientSecret.action === 'replace'
        ? keys.encrypt(auth.clientSecret.value, secretContext(recordId))
        : undefined;

  let stored: StoredProvider;
  if (existing) {
    const { rows: updated } = await tx.query<ProviderRow>(
      `update mail_setup_providers set version = version + 1, record = $2::jsonb, updated_at = now(),
         client_secret = case when $3::boolean then client_secret else $4 end
       where id = $1 returning id, version, record`,
      [recordId, JSON.stringify(provider), secret === undefined, secret ?? null],
    );
    stored = providerFromRow(updated[0]!);
    await reconcileMailboxes(tx, existing.record, provider);
  } else {
    await tx.query('insert into mail_setup_providers (id, version, record, client_secret) values ($1, 1, $2::jsonb, $3)', [
      recordId,
      JSON.stringify(provider),
      secret ?? null,
    ]);
    stored = { ...provider, version: 1 };
    await rememberKey(tx, actorId, 'provider', idempotencyKey, recordId);
  }
  return { record: stored, created: !existing, replayed: false };
}

/**
 * Every user's mailboxes on a changed provider follow it (login format, load/send,
 * auth method, server), by the model's `applyProviderChange`, as the in-memory
 * adapter's do: credentials that no longer apply go, with the true reason.
 */
async function reconcileMailboxes(tx: SqlExecutor, before: MailProvider, provider: MailProvider): Promise<void> {
  const { rows } = await tx.query<{ id: string; record: MailAccount }>('select id, record from mail_setup_accounts where provider_id = $1', [
    provider.id,
  ]);
  for (const row of rows) {
    const next = applyProviderChange(row.record, before, provider);
    if (JSON.stringify(next) === JSON.stringify(row.record)) continue;
    const dropPassword = next.auth.method !== row.record.auth.method || (next.auth.method === 'basic' && !next.auth.hasPassword);
    await tx.query(
      `update mail_setup_accounts set record = $2::jsonb, version = version + 1, updated_at = now(),
         password = case when $3::boolean then null else password end where id = $1`,
      [row.id, JSON.stringify(next), dropPassword],
    );
  }
}

export async function deleteProvider(tx: SqlExecutor, id: string): Promise<void> {
  await lockProviders(tx, 'exclusive');
  const row = await providerRow(tx, id);
  if (!row) throw notFound('provider', 'id');
  const { rows } = await tx.query<{ email: string }>(
    "select record->>'email' as email from mail_setup_accounts where provider_id = $1 order by seq",
    [id],
  );
  if (rows.length > 0) {
    const mailboxes = rows.map((mailbox) => mailbox.email);
    throw new MailSetupError('in-use', `Provider is used by ${mailboxes.length} mailbox(es)`, { providerName: row.record.name, mailboxes });
  }
  await tx.query('delete from mail_setup_providers where id = $1', [id]);
}
