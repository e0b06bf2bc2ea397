import { ConnectionCheckRequestSchema, schemaIssuesToFieldErrors, type MailAccount, type MailProvider } from '../model/index.js';
import type { ConnectionCheckResult, SyncServiceStatus } from './adapter.js';
import { MailSetupError } from './errors.js';
import { errorFromFieldErrors } from './input-errors.js';

/** The password that a Basic connection check always refuses, so the demo can show a failure (B1). */
export const DEMO_WRONG_PASSWORD = 'wrong';

/** What the simulated check needs to know besides the request. */
export interface DemoConnectionContext {
  /** The provider the request names, already looked up. */
  readonly provider: MailProvider;
  readonly syncService: SyncServiceStatus['state'];
  /** The stored mailbox with this id, for `keep`. */
  readonly findAccount: (id: string) => MailAccount | undefined;
}

/**
 * The in-memory adapter's simulated connection check (B1). There is no server,
 * so the outcome follows documented rules, in order: Exchange while the sync
 * service is not `ok` → `sync-service` (R2); OAuth 2.0 without a grant →
 * `auth-failed`; a request of the wrong shape, or whose method is not the
 * provider's → `invalid`; Basic with the password `wrong` (DEMO_WRONG_PASSWORD),
 * or `keep` with no stored password → `auth-failed`; otherwise success.
 */
export function demoConnectionCheck(request: unknown, context: DemoConnectionContext): ConnectionCheckResult {
  const { provider, syncService } = context;
  if (provider.type === 'exchange' && syncService !== 'ok') {
    throw new MailSetupError('sync-service', `Exchange Listener is ${syncService}`);
  }
  // Checked before the schema, which would call an empty grant merely "invalid": it means "not signed in".
  const auth = (request as { auth?: { method?: unknown; grantRef?: unknown } } | null)?.auth;
  if (auth?.method === 'oauth2' && (typeof auth.grantRef !== 'string' || auth.grantRef === '')) {
    throw new MailSetupError('auth-failed', 'Not signed in', { field: 'auth' });
  }
  const parsed = ConnectionCheckRequestSchema.safeParse(request);
  if (!parsed.success) throw errorFromFieldErrors(schemaIssuesToFieldErrors(parsed.error.issues));
  const checked = parsed.data;
  if (checked.auth.method !== provider.auth.method) {
    throw new MailSetupError('invalid', 'The provider uses another authentication method', { field: 'auth' });
  }
  if (checked.auth.method === 'basic') {
    const password = checked.auth.password;
    if (password.action === 'replace' && password.value === DEMO_WRONG_PASSWORD) {
      throw new MailSetupError('auth-failed', 'Wrong user name or password', { field: 'password' });
    }
    if (password.action === 'keep') {
      const account = checked.accountId === undefined ? undefined : context.findAccount(checked.accountId);
      if (checked.accountId !== undefined && !account) throw new MailSetupError('not-found', 'No such mailbox', { field: 'accountId' });
      if (account?.auth.method !== 'basic' || !account.auth.hasPassword) {
        throw new MailSetupError('auth-failed', 'No password is stored', { field: 'password' });
      }
    }
  }
  return { checkedAt: new Date().toISOString() };
}
