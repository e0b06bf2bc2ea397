import type { MailAccount, MailProvider } from '../model/index.js';
import { filterAccounts, mailboxesByProvider, providersById, type AccountListState } from './account-list.js';
import { filterProviders } from './provider-filter.js';

/** What rendering needs from the loaded data. */
export interface AccountListDerived {
  /** The mailboxes that pass the filter, in list order. */
  readonly shown: readonly MailAccount[];
  /** The providers that pass the same filter, in list order. */
  readonly shownProviders: readonly MailProvider[];
  readonly byId: ReadonlyMap<string, MailProvider>;
  /** Mailbox addresses by provider id; null while the mailboxes are not loaded (R15 then leaves it to the adapter). */
  readonly usage: ReadonlyMap<string, readonly string[]> | null;
}

const NO_ACCOUNTS: readonly MailAccount[] = [];
const NO_PROVIDERS: readonly MailProvider[] = [];

// Keyed by the loaded arrays, which the reducer replaces on every change: a scroll
// or a keystroke re-renders without re-indexing or re-filtering 100 000 mailboxes.
const byIdMemo = new WeakMap<readonly MailProvider[], ReadonlyMap<string, MailProvider>>();
const usageMemo = new WeakMap<readonly MailAccount[], ReadonlyMap<string, readonly string[]>>();
const shownProvidersMemo = new WeakMap<readonly MailProvider[], { query: string; shown: readonly MailProvider[] }>();
const shownMemo = new WeakMap<readonly MailAccount[], { byId: ReadonlyMap<string, MailProvider>; query: string; shown: readonly MailAccount[] }>();

function remember<K extends object, V>(memo: WeakMap<K, V>, key: K, compute: (key: K) => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    memo.set(key, value);
  }
  return value;
}

/** The provider-usage index, computed once per mailboxes array. */
export function usageIndex(accounts: readonly MailAccount[]): ReadonlyMap<string, readonly string[]> {
  return remember(usageMemo, accounts, mailboxesByProvider);
}

/** Derived data for a state and a filter query, memoised on the loaded arrays. */
export function deriveAccountList(data: AccountListState, query: string): AccountListDerived {
  const accounts = data.accounts.status === 'ready' ? data.accounts.items : NO_ACCOUNTS;
  const providers = data.providers.status === 'ready' ? data.providers.items : NO_PROVIDERS;
  const byId = remember(byIdMemo, providers, providersById);
  let filtered = shownMemo.get(accounts);
  if (!filtered || filtered.byId !== byId || filtered.query !== query) {
    filtered = { byId, query, shown: filterAccounts(accounts, byId, query) };
    shownMemo.set(accounts, filtered);
  }
  let providersShown = shownProvidersMemo.get(providers);
  if (!providersShown || providersShown.query !== query) {
    providersShown = { query, shown: filterProviders(providers, query) };
    shownProvidersMemo.set(providers, providersShown);
  }
  return { shown: filtered.shown, shownProviders: providersShown.shown, byId, usage: data.accounts.status === 'ready' ? usageIndex(accounts) : null };
}
