import type { MailAccount, MailProvider } from '../model/index.js';

/**
 * The data behind `<mail-account-list>`: what each section has loaded, kept per
 * section so a partial failure (providers loaded, mailboxes failed) shows as such.
 * Pure: the element runs the adapter calls and dispatches their outcomes here.
 */

/** One section's load: loading, its items, or the adapter error kind that stopped it. */
export type SectionLoad<T> =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly items: readonly T[] } | { readonly status: 'failed'; readonly kind: string };

export interface AccountListState {
  readonly accounts: SectionLoad<MailAccount>;
  readonly providers: SectionLoad<MailProvider>;
  /** Whether the user holds CanManageAdministration (R1), or why that could not be read. */
  readonly permissions: SectionLoad<boolean>;
  /**
   * Mailboxes the adapter said still use a provider (an `in-use` refusal, R15), by
   * provider id; an empty list when it did not say which. They may include
   * mailboxes this user cannot see; they stand until the mailboxes are loaded
   * again, less any mailbox deleted here meanwhile.
   */
  readonly refusals: Readonly<Record<string, readonly string[]>>;
}

export type AccountListSection = 'accounts' | 'providers' | 'permissions';

export type AccountListAction =
  | { readonly type: 'load-started'; readonly sections: readonly AccountListSection[] }
  /**
   * `nextCursor` when the mailboxes come a page at a time: where the next page starts,
   * null after the last; `eager` when the rest is already here, only not yet checked.
   */
  | {
      readonly type: 'accounts-loaded';
      readonly accounts: readonly MailAccount[];
      readonly nextCursor?: string | null;
      readonly eager?: boolean;
    }
  /** A further page of mailboxes; any already listed (added here meanwhile) are not listed twice. */
  | { readonly type: 'accounts-appended'; readonly accounts: readonly MailAccount[] }
  | { readonly type: 'providers-loaded'; readonly providers: readonly MailProvider[] }
  | { readonly type: 'permissions-loaded'; readonly canManageAdministration: boolean }
  | { readonly type: 'load-failed'; readonly section: AccountListSection; readonly kind: string }
  | { readonly type: 'account-saved'; readonly account: MailAccount }
  | { readonly type: 'account-deleted'; readonly accountId: string }
  | { readonly type: 'provider-saved'; readonly provider: MailProvider }
  | { readonly type: 'provider-deleted'; readonly providerId: string }
  | { readonly type: 'provider-refused'; readonly providerId: string; readonly mailboxes: readonly string[] };

export function initialAccountListState(): AccountListState {
  return { accounts: { status: 'loading' }, providers: { status: 'loading' }, permissions: { status: 'loading' }, refusals: {} };
}

const loaded = <T>(items: readonly T[]): SectionLoad<T> => ({ status: 'ready', items });

/** Replaces the item with the same id, or appends it: a save shows without a reload. */
function upsert<T extends { readonly id: string }>(section: SectionLoad<T>, item: T): SectionLoad<T> {
  if (section.status !== 'ready') return section;
  const index = section.items.findIndex((existing) => existing.id === item.id);
  if (index < 0) return loaded([...section.items, item]);
  const items = section.items.slice();
  items[index] = item;
  return loaded(items);
}

function append<T extends { readonly id: string }>(section: SectionLoad<T>, more: readonly T[]): SectionLoad<T> {
  if (section.status !== 'ready' || more.length === 0) return section;
  const known = new Set(section.items.map((item) => item.id));
  return loaded([...section.items, ...more.filter((item) => !known.has(item.id))]);
}

function remove<T extends { readonly id: string }>(section: SectionLoad<T>, id: string): SectionLoad<T> {
  return section.status === 'ready' ? loaded(section.items.filter((item) => item.id !== id)) : section;
}

export function accountListReducer(state: AccountListState, action: AccountListAction): AccountListState {
  switch (action.type) {
    case 'load-started': {
      const next = { ...state };
      for (const section of action.sections) next[section] = { status: 'loading' };
      return next;
    }
    case 'accounts-loaded':
      // Fresh mailboxes are fresh facts: an old refusal no longer stands (the adapter will say again).
      return { ...state, accounts: loaded(action.accounts), refusals: {} };
    case 'accounts-appended':
      return { ...state, accounts: append(state.accounts, action.accounts) };
    case 'providers-loaded':
      return { ...state, providers: loaded(action.providers) };
    case 'permissions-loaded':
      return { ...state, permissions: loaded([action.canManageAdministration]) };
    case 'load-failed':
      return { ...state, [action.section]: { status: 'failed', kind: action.kind } };
    case 'account-saved': {
      // Only one mailbox is the default: the adapter cleared the others, so must the list.
      const accounts =
        action.account.isDefault && state.accounts.status === 'ready'
          ? loaded(state.accounts.items.map((a) => (a.isDefault && a.id !== action.account.id ? { ...a, isDefault: false } : a)))
          : state.accounts;
      return { ...state, accounts: upsert(accounts, action.account) };
    }
    case 'account-deleted': {
      const deleted = state.accounts.status === 'ready' ? state.accounts.items.find((a) => a.id === action.accountId) : undefined;
      const refusals: Record<string, readonly string[]> = {};
      for (const [providerId, mailboxes] of Object.entries(state.refusals)) {
        const left = mailboxes.filter((address) => address.toLowerCase() !== deleted?.email.toLowerCase());
        // A refusal that named no mailbox stands; one whose last named mailbox went does not.
        if (left.length > 0 || mailboxes.length === 0) refusals[providerId] = left;
      }
      return { ...state, accounts: remove(state.accounts, action.accountId), refusals };
    }
    case 'provider-saved':
      return { ...state, providers: upsert(state.providers, action.provider) };
    case 'provider-deleted': {
      const refusals = { ...state.refusals };
      delete refusals[action.providerId];
      return { ...state, providers: remove(state.providers, action.providerId), refusals };
    }
    case 'provider-refused':
      return { ...state, refusals: { ...state.refusals, [action.providerId]: [...action.mailboxes] } };
  }
}

/** What the element shows, derived from the state. */
export interface AccountListView {
  /** Nothing loaded at all: one error for the whole element, with Retry. */
  readonly failedKind: string | null;
  /** Whether the Mail providers section is shown: with CanManageAdministration (R1), or when the right could not be read. */
  readonly showProviders: boolean;
  /** The providers section's own state: the permissions failure, if any, else the providers load. */
  readonly providersLoad: SectionLoad<MailProvider>;
  /**
   * Whether provider controls (Add, Edit, Delete) may show (R1). Only `granted`
   * shows them: a pending or failed check fails closed, and the element says why.
   */
  readonly providerAccess: 'granted' | 'denied' | 'checking' | 'failed';
}

export function accountListView(state: AccountListState): AccountListView {
  const { accounts, providers, permissions } = state;
  const failedKind = accounts.status === 'failed' && providers.status === 'failed' ? accounts.kind : null;
  const showProviders = permissions.status === 'failed' || (permissions.status === 'ready' && permissions.items[0] === true);
  const providersLoad: SectionLoad<MailProvider> = permissions.status === 'failed' ? permissions : providers;
  const providerAccess =
    permissions.status === 'loading' ? 'checking' : permissions.status === 'failed' ? 'failed' : permissions.items[0] === true ? 'granted' : 'denied';
  return { failedKind, showProviders, providersLoad, providerAccess };
}

/** Providers by id, for naming each mailbox's provider. */
export function providersById(providers: readonly MailProvider[]): ReadonlyMap<string, MailProvider> {
  return new Map(providers.map((provider) => [provider.id, provider]));
}

/**
 * The mailboxes that narrow to `query`: by address or provider name, ignoring case
 * and surrounding spaces. An empty query keeps every mailbox (the same array).
 * One pass with no allocation per mailbox, so thousands filter as fast as a key repeats (B9).
 */
export function filterAccounts(
  accounts: readonly MailAccount[],
  providers: ReadonlyMap<string, Pick<MailProvider, 'name'>>,
  query: string,
): readonly MailAccount[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return accounts;
  // Provider names are few: decide each once, not once per mailbox.
  const matchingProviders = new Set<string>();
  for (const [id, provider] of providers) if (provider.name.toLowerCase().includes(needle)) matchingProviders.add(id);
  return accounts.filter((account) => matchingProviders.has(account.providerId) || account.email.toLowerCase().includes(needle));
}

/** The addresses of the mailboxes that use each provider, in list order. */
export function mailboxesByProvider(accounts: readonly MailAccount[]): ReadonlyMap<string, readonly string[]> {
  const usage = new Map<string, string[]>();
  for (const account of accounts) {
    const list = usage.get(account.providerId);
    if (list) list.push(account.email);
    else usage.set(account.providerId, [account.email]);
  }
  return usage;
}

/**
 * R15: whether a provider may be deleted, decided before any request. Refused while
 * a known mailbox uses it, or while the adapter's last `in-use` refusal stands;
 * `unknown` when the mailboxes did not load (the adapter then has the last word).
 */
export type ProviderDeleteCheck =
  { readonly allowed: true; readonly known: boolean } | { readonly allowed: false; readonly mailboxes: readonly string[] };

export function providerDeleteCheck(
  providerId: string,
  usage: ReadonlyMap<string, readonly string[]> | null,
  refusals: AccountListState['refusals'],
): ProviderDeleteCheck {
  const known = usage?.get(providerId) ?? [];
  const refused = refusals[providerId];
  // The common case (no refusal) hands back the index's own array: no copy per rendered row.
  if (refused === undefined) return known.length > 0 ? { allowed: false, mailboxes: known } : { allowed: true, known: usage !== null };
  const seen = lowerCased(known);
  return { allowed: false, mailboxes: [...known, ...refused.filter((address) => !seen.has(address.toLowerCase()))] };
}

const lowered = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The addresses lower-cased, once per array: a refusal re-checked on every render stays cheap. */
function lowerCased(addresses: readonly string[]): ReadonlySet<string> {
  let set = lowered.get(addresses);
  if (!set) {
    set = new Set(addresses.map((address) => address.toLowerCase()));
    lowered.set(addresses, set);
  }
  return set;
}

/** How many addresses a refusal names before "and N more": enough to act on, short enough to read. */
export const NAMED_MAILBOXES = 3;

/** The first few addresses, and how many are left unnamed. */
export function nameSome(mailboxes: readonly string[], limit = NAMED_MAILBOXES): { readonly named: readonly string[]; readonly more: number } {
  return { named: mailboxes.slice(0, limit), more: Math.max(0, mailboxes.length - limit) };
}

/**
 * Where focus goes after row `index` of `count` rows was removed: the row that took
 * its place, else the one before it, else nowhere (the caller's fallback, e.g. Add).
 */
export function indexAfterRemoval(index: number, count: number): number | null {
  if (count <= 0 || index < 0) return null;
  return Math.min(index, count - 1);
}
