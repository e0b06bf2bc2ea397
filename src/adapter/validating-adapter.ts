import * as z from 'zod/mini';
import { MailAccountSchema, MailProviderSchema } from '../model/index.js';
import { raceAbort } from './abort.js';
import type { CallOptions, MailSetupAdapter } from './adapter.js';
import { ChangeFeed } from './change-feed.js';
import { MailSetupError } from './errors.js';
import { ConnectionCheckResultSchema, OAuthSignInResultSchema, PermissionsSchema, SyncServiceStatusSchema } from './schemas.js';

const ProviderListSchema = z.array(MailProviderSchema);
const AccountListSchema = z.array(MailAccountSchema);
const ProviderOrNullSchema = z.nullable(MailProviderSchema);
const AccountPageSchema = z.object({ items: AccountListSchema, nextCursor: z.nullable(z.string()) });

/** Wrappers made here, so wrapping twice costs nothing. */
const wrappers = new WeakSet<MailSetupAdapter>();

/**
 * Runs one call of the inner adapter and vouches for its outcome: a result that
 * fails `schema` becomes a `malformed` MailSetupError, anything thrown (even
 * synchronously) becomes a MailSetupError, and the signal is honoured even when
 * the inner adapter ignores it.
 */
async function guarded<T>(method: string, schema: z.ZodMiniType<T>, options: CallOptions | undefined, call: () => unknown): Promise<T> {
  try {
    const signal = options?.signal;
    const pending = new Promise<unknown>((resolve) => resolve(call()));
    // A call we stop waiting for may still reject later: keep that from surfacing as unhandled.
    pending.catch(() => undefined);
    const value = await raceAbort(pending, signal);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      // Paths only, never values: a broken adapter might echo a secret.
      const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))].slice(0, 5).join(', ');
      throw new MailSetupError('malformed', `${method} returned malformed data at ${paths}`, {}, { cause: parsed.error });
    }
    return parsed.data;
  } catch (error) {
    throw MailSetupError.from(error);
  }
}

/**
 * Wraps any adapter so that every value it returns is parsed with the model's
 * schemas and every rejection is a MailSetupError. Data of the wrong shape rejects
 * with kind `malformed` instead of reaching the elements, and fields the schemas
 * do not know (a secret a careless backend echoed, say) are dropped (B3).
 *
 * A delete resolves with nothing, whatever the inner adapter returned.
 * `signInWithOAuth` and `reauthorizeAccount` are present only when the inner adapter has them. The elements
 * wrap every adapter they are given; wrapping a wrapper returns it unchanged.
 */
export function withValidation(adapter: MailSetupAdapter): MailSetupAdapter {
  if (wrappers.has(adapter)) return adapter;
  const signIn = adapter.signInWithOAuth;
  const page = adapter.listAccountsPage;
  const reauthorize = adapter.reauthorizeAccount;
  // An adapter without change notification still gets one, for the writes made through this wrapper
  // (every element on one adapter shares its wrapper), so a list sees what a wizard saved.
  const innerSubscribe = typeof adapter.subscribe === 'function' ? adapter.subscribe.bind(adapter) : null;
  const feed = innerSubscribe ? null : new ChangeFeed();
  /** Tells subscribers once a save went through, and passes the saved record on. */
  const saved =
    (entity: 'provider' | 'account') =>
    <T extends { id: string }>(record: T): T => {
      feed?.emit({ entity, op: 'saved', id: record.id });
      return record;
    };
  /** Tells subscribers once a delete went through. */
  const deleted = (entity: 'provider' | 'account', id: string) => () => feed?.emit({ entity, op: 'deleted', id });
  const wrapper: MailSetupAdapter = {
    getPermissions: (options) => guarded('getPermissions', PermissionsSchema, options, () => adapter.getPermissions(options)),
    getSyncServiceStatus: (options) => guarded('getSyncServiceStatus', SyncServiceStatusSchema, options, () => adapter.getSyncServiceStatus(options)),
    listProviders: (options) => guarded('listProviders', ProviderListSchema, options, () => adapter.listProviders(options)),
    findProviderByDomain: (domain, options) =>
      guarded('findProviderByDomain', ProviderOrNullSchema, options, () => adapter.findProviderByDomain(domain, options)),
    saveProvider: (input, options) =>
      guarded('saveProvider', MailProviderSchema, options, () => adapter.saveProvider(input, options)).then(saved('provider')),
    deleteProvider: (id, options) =>
      guarded('deleteProvider', z.unknown(), options, () => adapter.deleteProvider(id, options)).then(deleted('provider', id)),
    listAccounts: (options) => guarded('listAccounts', AccountListSchema, options, () => adapter.listAccounts(options)),
    saveAccount: (input, options) =>
      guarded('saveAccount', MailAccountSchema, options, () => adapter.saveAccount(input, options)).then(saved('account')),
    deleteAccount: (id, options) =>
      guarded('deleteAccount', z.unknown(), options, () => adapter.deleteAccount(id, options)).then(deleted('account', id)),
    checkConnection: (request, options) =>
      guarded('checkConnection', ConnectionCheckResultSchema, options, () => adapter.checkConnection(request, options)),
    ...(typeof page === 'function'
      ? {
          listAccountsPage: (cursor, limit, options) =>
            guarded('listAccountsPage', AccountPageSchema, options, () => page.call(adapter, cursor, limit, options)),
        }
      : {}),
    ...(typeof reauthorize === 'function'
      ? {
          reauthorizeAccount: (request, options) =>
            guarded('reauthorizeAccount', MailAccountSchema, options, () => reauthorize.call(adapter, request, options)).then(saved('account')),
        }
      : {}),
    ...(typeof signIn === 'function'
      ? {
          signInWithOAuth: (request, options) =>
            guarded('signInWithOAuth', OAuthSignInResultSchema, options, () => signIn.call(adapter, request, options)),
        }
      : {}),
  };
  wrapper.subscribe = (listener) => (innerSubscribe ? innerSubscribe(listener) : feed!.subscribe(listener));
  wrappers.add(wrapper);
  return wrapper;
}
