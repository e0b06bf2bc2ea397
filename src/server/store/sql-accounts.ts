import { randomUUID } from 'node:crypto';
import { errorFromFieldErrors } from '../../adapter/input-errors.js';
import { accountRecord } from '../../adapter/in-memory-records.js';
import { MailSetupError, validateAccountInput, type MailAccount } from '../../model/index.js';
import type { KeyRing } from '../keys.js';
import { lockProviders, lockUser, rememberKey, replayedCreate } from './locks.js';
import { providerRow } from './sql-providers.js';
import type { SqlExecutor } from './sql.js';
import { inputVersion, withId, notFound, staleVersion, stringField, type SaveOptions, type SaveResult, type StoredAccount } from './store.js';

interface AccountRow {
  id: string;
  version: number;
  record: MailAccount;
  password: string | null;
}

const SELECT = 'select id, version, record, password from mail_setup_accounts';

export const accountFromRow = (row: Pick<AccountRow, 'record' | 'version'>): StoredAccount => ({ ...row.record, version: Number(row.version) });

export const passwordContext = (id: string): string => `account:${id}:password`;

export async function accountRow(tx: SqlExecutor, userId: string, id: string): Promise<AccountRow | undefined> {
  return (await tx.query<AccountRow>(`${SELECT} where id = $1 and user_id = $2`, [id, userId])).rows[0];
}

export async function listAccountRows(tx: SqlExecutor, userId: string): Promise<AccountRow[]> {
  return (await tx.query<AccountRow>(`${SELECT} where user_id = $1 order by seq`, [userId])).rows;
}

/** Creates or updates one of the user's mailboxes, under the shared providers lock and the user's lock. */
export async function saveAccount(
  tx: SqlExecutor,
  keys: KeyRing,
  userId: string,
  input: unknown,
  options: SaveOptions,
): Promise<SaveResult<StoredAccount>> {
  await lockProviders(tx, 'shared');
  await lockUser(tx, userId);
  const again = await replayedCreate(tx, userId, 'account', options, async (previous) => {
    const row = await accountRow(tx, userId, previous);
    return row && accountFromRow(row);
  });
  if (again) return again;
  const { id, idempotencyKey } = options;
  // Another user's mailbox is `not-found` too, so ids do not leak.
  const existing = id === undefined ? undefined : await accountRow(tx, userId, id);
  if (id !== undefined && !existing) throw notFound('mailbox', 'id');
  const providerId = stringField(input, 'providerId');
  const provider = providerId === undefined ? undefined : await providerRow(tx, providerId);
  if (providerId !== undefined && !provider) throw notFound('provider', 'providerId');
  const version = inputVersion(input);
  if (existing && version !== undefined && version !== Number(existing.version)) throw staleVersion(Number(existing.version));

  const result = validateAccountInput(withId(input, id), {
    ...(provider ? { provider: provider.record } : {}),
    hasStoredPassword: existing?.password != null,
  });
  if (!result.ok) throw errorFromFieldErrors(result.errors);
  const valid = result.input;
  const emailKey = valid.email.toLowerCase();
  const { rows: clash } = await tx.query('select 1 from mail_setup_accounts where user_id = $1 and email_key = $2 and id <> $3', [
    userId,
    emailKey,
    id ?? '',
  ]);
  if (clash.length > 0) throw new MailSetupError('conflict', 'This mailbox is already added', { field: 'email' });

  const recordId = id ?? `mailbox-${randomUUID()}`;
  let record = accountRecord(valid, recordId, existing?.record);
  let password: string | null | undefined;
  if (valid.auth.method === 'oauth2') {
    const grant = await tx.query<{ signed_in_as: string }>(
      'select signed_in_as from mail_setup_grants where id = $1 and user_id = $2 and provider_id = $3',
      [valid.auth.grantRef, userId, valid.providerId],
    );
    if (!grant.rows[0]) {
      throw new MailSetupError('invalid', 'No such sign-in for this user and provider', {
        field: 'auth',
        fieldErrors: { auth: { code: 'option-invalid' } },
      });
    }
    record = { ...record, auth: { method: 'oauth2', grantRef: valid.auth.grantRef, signedInAs: grant.rows[0].signed_in_as } };
    password = null;
  } else {
    password = valid.auth.password.action === 'replace' ? keys.encrypt(valid.auth.password.value, passwordContext(recordId)) : undefined;
  }

  if (record.isDefault) {
    await tx.query(
      `update mail_setup_accounts set record = jsonb_set(record, '{isDefault}', 'false'), version = version + 1, updated_at = now()
       where user_id = $1 and id <> $2 and (record->>'isDefault')::boolean`,
      [userId, recordId],
    );
  }
  let stored: StoredAccount;
  if (existing) {
    const { rows } = await tx.query<AccountRow>(
      `update mail_setup_accounts set version = version + 1, record = $2::jsonb, provider_id = $3, email_key = $4, updated_at = now(),
         password = case when $5::boolean then password else $6 end
       where id = $1 returning id, version, record, password`,
      [recordId, JSON.stringify(record), record.providerId, emailKey, password === undefined, password ?? null],
    );
    stored = accountFromRow(rows[0]!);
  } else {
    await tx.query(
      'insert into mail_setup_accounts (id, user_id, provider_id, email_key, version, record, password) values ($1, $2, $3, $4, 1, $5::jsonb, $6)',
      [recordId, userId, record.providerId, emailKey, JSON.stringify(record), password ?? null],
    );
    stored = { ...record, version: 1 };
    await rememberKey(tx, userId, 'account', idempotencyKey, recordId);
  }
  return { record: stored, created: !existing, replayed: false };
}

export async function deleteAccount(tx: SqlExecutor, userId: string, id: string): Promise<void> {
  await lockProviders(tx, 'shared');
  await lockUser(tx, userId);
  const { rows } = await tx.query('delete from mail_setup_accounts where id = $1 and user_id = $2 returning id', [id, userId]);
  if (rows.length === 0) throw notFound('mailbox', 'id');
}
