import {
  DIAGNOSIS_CODES,
  normalizeDomain,
  findProviderForDomain,
  parseEmail,
  validateAccountInput,
  validateProviderInput,
  type CheckStage,
  type ConnectionCheckRequest,
  type DiagnosisCode,
  type MailAccount,
  type MailAccountInput,
  type MailProvider,
  type MailProviderInput,
  applyProviderChange,
  reauthorizationInput,
  reauthorizationProblem,
  type ReauthorizeAccountRequest,
} from '../model/index.js';
import { delay, untilAborted } from './abort.js';
import type {
  CallOptions,
  CheckConnectionOptions,
  ConnectionCheckResult,
  MailAccountPage,
  MailSetupAdapter,
  MailSetupChange,
  OAuthSignInRequest,
  OAuthSignInResult,
  Permissions,
  SyncServiceStatus,
} from './adapter.js';
import { MailSetupError, throwIfAborted } from './errors.js';
import { CHECK_FAILURE_SIMULATIONS, REALISTIC_STAGE_MS } from './check-simulations.js';
import { ChangeFeed } from './change-feed.js';
import { demoConnectionCheck } from './demo-connection-rules.js';
import { runStagedCheck } from './staged-check.js';
import { demoCheckFailure, demoSignInFailure, type DemoCheckOutcome, type DemoSignInOutcome } from './demo-outcomes.js';
import { createDemoData, createEmptyData, type InMemoryData } from './in-memory-data.js';
import { FaultTable, malformedValue, type AdapterMethod, type InMemoryFault } from './in-memory-faults.js';
import { IdempotencyKeys } from './in-memory-idempotency.js';
import { accountRecord, nextVersion, providerRecord } from './in-memory-records.js';
import { StorageLink, type InMemoryStorage } from './in-memory-storage.js';
import { errorFromFieldErrors } from './input-errors.js';

export { createDemoData, createEmptyData, type InMemoryData } from './in-memory-data.js';
export { DEMO_WRONG_PASSWORD } from './demo-connection-rules.js';
export { CHECK_FAILURE_SIMULATIONS, REALISTIC_STAGE_MS, type CheckFailureSimulation } from './check-simulations.js';
export { DEMO_CHECK_OUTCOMES, DEMO_SIGN_IN_OUTCOMES, type DemoCheckOutcome, type DemoSignInOutcome } from './demo-outcomes.js';
export type { AdapterMethod, InMemoryFault } from './in-memory-faults.js';
export type { InMemoryStorage } from './in-memory-storage.js';

/** Options of the in-memory adapter. */
export interface InMemoryAdapterOptions {
  /** The initial data: the demo seed (default), nothing, or your own. `reset()` returns to it. */
  data?: InMemoryData | 'demo' | 'empty';
  /** When set (e.g. `localStorage`), the data is loaded from it and every successful write is saved to it. */
  storage?: InMemoryStorage;
  /** The storage key. Default `mail-provider-elements:demo`. */
  storageKey?: string;
  /** Whether the user may add, edit and delete providers (R1). Default true. */
  canManageAdministration?: boolean;
  /** The Exchange Listener state to report and to enforce in connection checks (R2). Default `ok`. */
  syncService?: SyncServiceStatus['state'];
  /** How long every call waits before it answers, to show loading states. Default 0. */
  latencyMs?: number;
  /** What connection checks do. Default `succeeds` (the usual rules apply). */
  connectionCheck?: DemoCheckOutcome;
  /** What OAuth 2.0 sign-ins do. Default `succeeds`. */
  oauthSignIn?: DemoSignInOutcome;
  /**
   * How long each stage of a connection check takes, in milliseconds, on top of
   * `latencyMs`: `'realistic'` (REALISTIC_STAGE_MS, about 1.5 s in all) or your own. Default 0.
   */
  checkStageMs?: Partial<Record<CheckStage, number>> | 'realistic';
  /**
   * Told when storage lets the adapter down without failing a call: stored data it
   * cannot read (kept aside under `{storageKey}:unreadable`, `details.reason:
   * 'storage-unreadable'`) or a storage that cannot be read at all (`'storage'`,
   * the adapter then keeps its data in memory only). Default: `console.warn`.
   * A save that storage refuses is not reported here: that save rejects.
   */
  onStorageError?: (error: MailSetupError) => void;
}

/** One entry of the call log: which method, when (`Date.now()`). Never the arguments, which may hold secrets. */
export interface InMemoryCall {
  readonly method: AdapterMethod;
  readonly at: number;
}

/** The storage key the in-memory adapter uses unless told otherwise. */
export const DEFAULT_STORAGE_KEY = 'mail-provider-elements:demo';

/** The call log keeps the latest entries only, so a long demo session does not grow without bound. */
const MAX_CALLS = 1000;

/**
 * A complete adapter that keeps its data in memory, optionally persisted to Web
 * Storage: the embedded default for the demo, stories and tests.
 *
 * It keeps the whole adapter contract — permissions (R1), in-use deletes (R15),
 * domain conflicts, validation with the model's own rules, no secret ever stored
 * or returned (B3), copies in and out, `AbortSignal` — and adds switches and fault
 * injection to show every state the elements can be in.
 */
export class InMemoryAdapter implements MailSetupAdapter {
  /** Whether the user may add, edit and delete providers (R1). Settable at any time. */
  canManageAdministration: boolean;
  /** The Exchange Listener state (R2). Settable at any time. */
  syncService: SyncServiceStatus['state'];
  /** How long every call waits, in milliseconds. Settable at any time. */
  latencyMs: number;
  /** How long each connection-check stage takes, in milliseconds. Settable at any time. */
  checkStageMs: Partial<Record<CheckStage, number>>;
  /**
   * What every connection check does from now on: `succeeds` applies the usual
   * rules (see `checkConnection`); the others fail as a real server would — DNS
   * name not found, connection refused (`unreachable`), certificate expired
   * (`tls`), wrong password (`auth-failed`), no answer (`timeout`). Settable at any time.
   */
  connectionCheck: DemoCheckOutcome;
  /** What every OAuth 2.0 sign-in does from now on: succeed, be `cancelled` by the user, or fail (`auth-failed`). Settable at any time. */
  oauthSignIn: DemoSignInOutcome;

  readonly #options: InMemoryAdapterOptions;
  readonly #initial: InMemoryData;
  readonly #storageKey: string;
  readonly #faults = new FaultTable();
  readonly #changes = new ChangeFeed();
  readonly #storage: StorageLink | null;
  readonly #idempotency = new IdempotencyKeys();
  readonly #stopListening: () => void;
  #providers = new Map<string, MailProvider>();
  #accounts = new Map<string, MailAccount>();
  /** What storage holds, as of the last load or successful write: a failed write goes back to it. */
  #committed: InMemoryData = createEmptyData();
  #calls: InMemoryCall[] = [];
  #nextId = 1;

  /** Creates the adapter; never throws on bad stored data, which is ignored in favour of `data`. */
  constructor(options: InMemoryAdapterOptions = {}) {
    this.#options = { ...options }; // reset() must not see later changes to the caller's object
    this.#storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
    const data = options.data ?? 'demo';
    this.#initial = data === 'demo' ? createDemoData() : data === 'empty' ? createEmptyData() : structuredClone(data);
    this.canManageAdministration = options.canManageAdministration ?? true;
    this.syncService = options.syncService ?? 'ok';
    this.latencyMs = options.latencyMs ?? 0;
    this.checkStageMs = stageTimes(options.checkStageMs);
    this.connectionCheck = options.connectionCheck ?? 'succeeds';
    this.oauthSignIn = options.oauthSignIn ?? 'succeeds';
    this.#storage = options.storage ? new StorageLink(options.storage, this.#storageKey, options.onStorageError ?? warnStorageError) : null;
    const stored = this.#storage?.read();
    this.#load(stored && stored !== 'unchanged' ? stored : structuredClone(this.#initial));
    this.#stopListening = this.#listenToOtherTabs(options.storage);
  }

  /** Stops listening for other tabs' changes (the `storage` event). The adapter still works; call it when done with it. */
  dispose(): void {
    this.#stopListening();
  }

  /** The calls made so far, oldest first (the latest 1000). For tests: it holds no arguments, so no secrets. */
  get calls(): readonly InMemoryCall[] {
    return this.#calls.slice();
  }

  /** Forgets the call log. */
  clearCalls(): void {
    this.#calls = [];
  }

  /**
   * Makes calls fail: `method` (or every method with `'*'`) meets `fault` for the
   * next `options.times` calls (default: every call until `clearFaults`). The
   * latest matching fault wins. A fault is taken when the call starts; a `reject`
   * or `malformed` answer still waits `latencyMs`, as a real server would.
   */
  injectFault(method: AdapterMethod | '*', fault: InMemoryFault, options: { times?: number } = {}): void {
    this.#faults.add(method, fault, options.times ?? Infinity);
  }

  /**
   * Makes the next connection check fail the way a real server shows `code` (one of
   * the error translator's causes): at its stage, with its kind and server reply.
   */
  failNextCheck(code: DiagnosisCode): void {
    if (!(DIAGNOSIS_CODES as readonly string[]).includes(code)) throw new TypeError(`Unknown check failure: ${String(code)}`);
    this.#faults.add('checkConnection', { type: 'fail-stage', ...CHECK_FAILURE_SIMULATIONS[code] }, 1);
  }

  /** Removes every injected fault. */
  clearFaults(): void {
    this.#faults.clear();
  }

  /**
   * Back to how the constructor left things: the initial data (not what storage
   * held), the switches and latency from the options, and no faults. Storage is
   * rewritten and subscribers are told. The call log is kept.
   */
  reset(): void {
    this.canManageAdministration = this.#options.canManageAdministration ?? true;
    this.syncService = this.#options.syncService ?? 'ok';
    this.latencyMs = this.#options.latencyMs ?? 0;
    this.checkStageMs = stageTimes(this.#options.checkStageMs);
    this.connectionCheck = this.#options.connectionCheck ?? 'succeeds';
    this.oauthSignIn = this.#options.oauthSignIn ?? 'succeeds';
    this.#faults.clear();
    this.#load(structuredClone(this.#initial));
    this.#commit({ entity: 'all', op: 'reset' });
  }

  /**
   * Calls `listener` with what changed after every successful write and every
   * reset, so that every element on this adapter stays current. Returns the
   * function that unsubscribes.
   */
  subscribe(listener: (change: MailSetupChange) => void): () => void {
    return this.#changes.subscribe(listener);
  }

  /** What the user may do (R1), from the `canManageAdministration` switch. */
  getPermissions(options?: CallOptions): Promise<Permissions> {
    return this.#run('getPermissions', options, () => ({ canManageAdministration: this.canManageAdministration }));
  }

  /** The Exchange Listener state (R2), from the `syncService` switch. */
  getSyncServiceStatus(options?: CallOptions): Promise<SyncServiceStatus> {
    return this.#run('getSyncServiceStatus', options, () => ({ state: this.syncService }));
  }

  /** Every provider, in the order they were added. */
  listProviders(options?: CallOptions): Promise<MailProvider[]> {
    return this.#run('listProviders', options, () => structuredClone([...this.#providers.values()]));
  }

  /** The provider whose domains cover `domain` (R6), by the model's rule; null when none or the domain is not valid. */
  findProviderByDomain(domain: string, options?: CallOptions): Promise<MailProvider | null> {
    return this.#run('findProviderByDomain', options, () => {
      const normalized = normalizeDomain(typeof domain === 'string' ? domain : '');
      if (!normalized.ok) return null;
      const found = findProviderForDomain([...this.#providers.values()], normalized.host);
      return found ? structuredClone(found) : null;
    });
  }

  /**
   * Creates (no `id`) or updates a provider, storing the canonical input. Rejects
   * with `forbidden` (R1), `not-found`, `conflict` for a domain of another
   * provider, or `invalid`. A changed provider brings its mailboxes in line
   * (`applyProviderChange`): a switched authentication method or server leaves
   * them needing sign-in, with that as the reason.
   */
  saveProvider(input: MailProviderInput, options?: CallOptions): Promise<MailProvider> {
    input = snapshot(input);
    return this.#run('saveProvider', options, () => {
      this.#requireAdministration();
      const id = stringField(input, 'id');
      const replayed = id === undefined ? this.#idempotency.replay('provider', options?.idempotencyKey, this.#providers) : undefined;
      if (replayed) return structuredClone(replayed);
      const existing = id === undefined ? undefined : this.#providers.get(id);
      if (id !== undefined && !existing) throw notFound('provider', 'id');
      requireVersion(input, existing);
      const result = validateProviderInput(input, {
        otherProviders: [...this.#providers.values()],
        hasStoredSecret: existing?.auth.method === 'oauth2' && existing.auth.hasClientSecret,
      });
      if (!result.ok) throw errorFromFieldErrors(result.errors);
      const provider = providerRecord(result.input, id ?? this.#newId('provider', this.#providers), nextVersion(existing));
      this.#providers.set(provider.id, provider);
      const changed: string[] = [];
      if (existing) {
        for (const account of this.#accounts.values()) {
          if (account.providerId !== provider.id) continue;
          const next = applyProviderChange(account, existing, provider);
          if (JSON.stringify(next) === JSON.stringify(account)) continue;
          // A changed mailbox is an update like any other: an editor holding the old version must hear of it.
          this.#accounts.set(account.id, { ...next, version: nextVersion(account) });
          changed.push(account.id);
        }
      }
      this.#commit({ entity: 'provider', op: 'saved', id: provider.id });
      // Its mailboxes changed too (status, login, load/send): say so, so lists show it.
      for (const accountId of changed) this.#changes.emit({ entity: 'account', op: 'saved', id: accountId });
      if (id === undefined) this.#idempotency.remember('provider', options?.idempotencyKey, provider.id);
      return structuredClone(provider);
    });
  }

  /** Deletes a provider. Rejects with `forbidden` (R1), `not-found`, or `in-use` with the mailboxes' addresses (R15). */
  deleteProvider(id: string, options?: CallOptions): Promise<void> {
    return this.#run('deleteProvider', options, () => {
      this.#requireAdministration();
      const provider = this.#providers.get(id);
      if (!provider) throw notFound('provider', 'id');
      const mailboxes = [...this.#accounts.values()].filter((account) => account.providerId === id).map((account) => account.email);
      if (mailboxes.length > 0) {
        throw new MailSetupError('in-use', `Provider is used by ${mailboxes.length} mailbox(es)`, { providerName: provider.name, mailboxes });
      }
      this.#providers.delete(id);
      this.#commit({ entity: 'provider', op: 'deleted', id });
    });
  }

  /** Every mailbox, in the order they were added. */
  listAccounts(options?: CallOptions): Promise<MailAccount[]> {
    return this.#run('listAccounts', options, () => structuredClone([...this.#accounts.values()]));
  }

  /**
   * A page of mailboxes in the order `listAccounts` lists them. The cursor is the
   * index of the page's first mailbox; `limit` is clamped to 1–1000.
   */
  listAccountsPage(cursor: string | null, limit: number, options?: CallOptions): Promise<MailAccountPage> {
    return this.#run('listAccountsPage', options, () => {
      const start = cursor === null ? 0 : /^(0|[1-9]\d*)$/.test(cursor) ? Number(cursor) : -1;
      if (start < 0 || start > this.#accounts.size) throw new MailSetupError('invalid', `Unknown page cursor "${cursor}".`, { field: 'cursor' });
      const size = Math.min(1000, Math.max(1, Math.floor(limit) || 1));
      const items = structuredClone([...this.#accounts.values()].slice(start, start + size));
      const next = start + items.length;
      return { items, nextCursor: next < this.#accounts.size ? String(next) : null };
    });
  }

  /**
   * Creates (no `id`) or updates a mailbox, validated against its provider.
   * Rejects with `not-found` (mailbox or provider), `conflict` for an address
   * already added, or `invalid`. Only one mailbox is the default.
   */
  saveAccount(input: MailAccountInput, options?: CallOptions): Promise<MailAccount> {
    input = snapshot(input);
    return this.#run('saveAccount', options, () => {
      const id = stringField(input, 'id');
      const replayed = id === undefined ? this.#idempotency.replay('account', options?.idempotencyKey, this.#accounts) : undefined;
      if (replayed) return structuredClone(replayed);
      const account = this.#storeAccount(input);
      if (id === undefined) this.#idempotency.remember('account', options?.idempotencyKey, account.id);
      return account;
    });
  }

  /**
   * Re-authorises a mailbox in place: the new credentials (and login, if given)
   * with every other setting as stored; the id stays and the status becomes
   * `connected`. Rejects with `not-found`, or `invalid` when the method is not the
   * provider's (field `auth`) or a Basic password is `keep` (field `password`).
   */
  reauthorizeAccount(request: ReauthorizeAccountRequest, options?: CallOptions): Promise<MailAccount> {
    request = snapshot(request);
    return this.#run('reauthorizeAccount', options, () => {
      const account = this.#accounts.get(stringField(request, 'id') ?? '');
      if (!account) throw notFound('mailbox', 'id');
      if (reauthorizationProblem(request)) throw new MailSetupError('invalid', 'A new password is required', { field: 'password' });
      return this.#storeAccount(reauthorizationInput(account, request), { reauthorized: true });
    });
  }

  /** Validates and stores a mailbox save; a re-authorisation always leaves it connected. */
  #storeAccount(input: MailAccountInput, { reauthorized = false } = {}): MailAccount {
    const id = stringField(input, 'id');
    const existing = id === undefined ? undefined : this.#accounts.get(id);
    if (id !== undefined && !existing) throw notFound('mailbox', 'id');
    requireVersion(input, existing);
    const providerId = stringField(input, 'providerId');
    const provider = providerId === undefined ? undefined : this.#providers.get(providerId);
    if (providerId !== undefined && !provider) throw notFound('provider', 'providerId');
    const result = validateAccountInput(input, {
      ...(provider ? { provider } : {}),
      hasStoredPassword: existing?.auth.method === 'basic' && existing.auth.hasPassword,
    });
    if (!result.ok) throw errorFromFieldErrors(result.errors);
    const email = result.input.email.toLowerCase();
    if ([...this.#accounts.values()].some((account) => account.id !== id && account.email.toLowerCase() === email)) {
      throw new MailSetupError('conflict', 'This mailbox is already added', { field: 'email' });
    }
    let account = accountRecord(result.input, id ?? this.#newId('mailbox', this.#accounts), existing);
    if (reauthorized) {
      account = { ...account, status: 'connected' };
      delete account.statusReason;
    }
    if (account.isDefault) {
      for (const other of this.#accounts.values()) {
        if (other.isDefault && other.id !== account.id) this.#accounts.set(other.id, { ...other, isDefault: false, version: nextVersion(other) });
      }
    }
    this.#accounts.set(account.id, account);
    this.#commit({ entity: 'account', op: 'saved', id: account.id });
    return structuredClone(account);
  }

  /** Deletes a mailbox; `not-found` for an unknown id. */
  deleteAccount(id: string, options?: CallOptions): Promise<void> {
    return this.#run('deleteAccount', options, () => {
      if (!this.#accounts.delete(id)) throw notFound('mailbox', 'id');
      this.#commit({ entity: 'account', op: 'deleted', id });
    });
  }

  /**
   * A simulated connection check (B1), after `latencyMs`: `not-found` for an
   * unknown provider, then the rules of `demoConnectionCheck` (the password
   * `wrong` fails, the sync-service switch is enforced for Exchange), then the
   * `connectionCheck` switch. It runs the stages that apply, each taking
   * `checkStageMs`, and reports them through `options.onStage`; a failure carries
   * `details.stage`. `failNextCheck` and the `fail-stage` and staged `hang` faults
   * replay real servers' failures.
   */
  checkConnection(request: ConnectionCheckRequest, options?: CheckConnectionOptions): Promise<ConnectionCheckResult> {
    request = snapshot(request);
    return this.#run('checkConnection', options, (fault) => {
      const provider = this.#providerOf(request);
      const context = { provider, syncService: this.syncService, findAccount: (id: string) => this.#accounts.get(id) };
      let verdict: MailSetupError | undefined;
      try {
        demoConnectionCheck(request, context);
      } catch (error) {
        verdict = MailSetupError.from(error);
        // A request that is not a check at all (bad shape, unknown mailbox) fails before any stage.
        if (verdict.kind === 'invalid' || verdict.kind === 'not-found') throw verdict;
      }
      // The demo's "Next connection check" switch: a real server's failure, when the rules found none.
      verdict ??= demoCheckFailure(this.connectionCheck) ?? undefined;
      const accountId = stringField(request, 'accountId');
      const account = accountId === undefined ? undefined : this.#accounts.get(accountId);
      return runStagedCheck({
        provider,
        ...(account ? { account } : {}),
        ...(verdict ? { verdict } : {}),
        ...(fault?.type === 'fail-stage'
          ? { fault: { fail: fault } }
          : fault?.type === 'hang' && fault.stage
            ? { fault: { hangAt: fault.stage } }
            : {}),
        stageMs: this.checkStageMs,
        ...(options?.signal ? { signal: options.signal } : {}),
        ...(options?.onStage ? { onStage: options.onStage } : {}),
      });
    });
  }

  /**
   * A simulated OAuth 2.0 sign-in, after `latencyMs`: succeeds as the given
   * address with a new grant reference, unless the `oauthSignIn` switch says it
   * is `cancelled` (the user closed the sign-in page) or `fails`. Rejects with `not-found` for an unknown
   * provider and `invalid` for one that does not use OAuth 2.0 or a bad address.
   */
  signInWithOAuth(request: OAuthSignInRequest, options?: CallOptions): Promise<OAuthSignInResult> {
    request = snapshot(request);
    return this.#run('signInWithOAuth', options, () => {
      const provider = this.#providerOf(request);
      if (provider.auth.method !== 'oauth2') throw new MailSetupError('invalid', 'The provider does not use OAuth 2.0', { field: 'providerId' });
      const email = parseEmail(stringField(request, 'email') ?? '');
      if (!email.ok) throw new MailSetupError('invalid', 'Invalid email address', { field: 'email' });
      const failure = demoSignInFailure(this.oauthSignIn);
      if (failure) throw failure;
      return { grantRef: this.#newId('grant'), signedInAs: email.email };
    });
  }

  /**
   * The frame of every call: log it, honour the signal, apply an injected fault,
   * wait the latency, then do the work. Every write is one synchronous step (so it
   * is never half done when a signal fires); only the connection check, which
   * writes nothing, runs on over time.
   */
  async #run<T>(method: AdapterMethod, options: CallOptions | undefined, work: (fault?: InMemoryFault) => T | Promise<T>): Promise<T> {
    const signal = options?.signal;
    this.#calls.push({ method, at: Date.now() });
    if (this.#calls.length > MAX_CALLS) this.#calls.splice(0, this.#calls.length - MAX_CALLS);
    throwIfAborted(signal);
    const fault = this.#faults.take(method);
    if (fault?.type === 'hang' && fault.stage === undefined) return untilAborted(signal);
    await delay(this.latencyMs, signal);
    throwIfAborted(signal);
    if (fault?.type === 'reject') throw new MailSetupError(fault.kind, `Injected fault: ${fault.kind}`, fault.details ?? {});
    if (fault?.type === 'malformed') return malformedValue(method) as T;
    // Another tab may have written since: work on what storage holds now, so versions catch a conflicting write.
    this.#pickUpStoredChanges();
    return work(fault);
  }

  /** Loads what another tab (or adapter) stored since this one last read or wrote, and tells subscribers. */
  #pickUpStoredChanges(): boolean {
    const stored = this.#storage?.read();
    if (!stored || stored === 'unchanged') return false;
    this.#load(stored);
    // Which records another tab changed is not known here: tell subscribers everything may have.
    this.#changes.emit({ entity: 'all', op: 'reset' });
    return true;
  }

  /** Follows the `storage` event, which a browser fires in every other tab that shares the storage. */
  #listenToOtherTabs(storage: InMemoryStorage | undefined): () => void {
    if (!storage || typeof globalThis.addEventListener !== 'function') return () => undefined;
    const onStorage = (event: Event) => {
      const { key, storageArea } = event as StorageEvent;
      if (storageArea !== storage || (key !== null && key !== this.#storageKey)) return;
      this.#pickUpStoredChanges();
    };
    globalThis.addEventListener('storage', onStorage);
    return () => globalThis.removeEventListener('storage', onStorage);
  }

  /** The provider a request names: `invalid` without a provider id, `not-found` for an unknown one. */
  #providerOf(request: unknown): MailProvider {
    const id = stringField(request, 'providerId');
    if (id === undefined) throw new MailSetupError('invalid', 'A provider id is required', { field: 'providerId' });
    const provider = this.#providers.get(id);
    if (!provider) throw notFound('provider', 'providerId');
    return provider;
  }

  #requireAdministration(): void {
    if (!this.canManageAdministration) {
      throw new MailSetupError('forbidden', 'Managing providers needs CanManageAdministration');
    }
  }

  #load(data: InMemoryData): void {
    this.#providers = new Map(data.providers.map((provider) => [provider.id, provider]));
    this.#accounts = new Map(data.accounts.map((account) => [account.id, account]));
    this.#committed = data;
  }

  /**
   * Saves to storage, then tells subscribers; a subscriber that throws is reported,
   * and cannot undo the write. When storage refuses the write (quota), the change is
   * undone in memory too and the call rejects: a save is never reported as done
   * when it was not kept.
   */
  #commit(change: MailSetupChange): void {
    const data = { providers: [...this.#providers.values()], accounts: [...this.#accounts.values()] };
    try {
      this.#storage?.write(data);
    } catch (error) {
      this.#load(this.#committed);
      throw error;
    }
    this.#committed = data;
    this.#changes.emit(change);
  }

  /**
   * A new id. `crypto.randomUUID` exists only in secure contexts, and a demo may be
   * served over plain http on a LAN; the counter fallback skips ids already taken
   * (say, by data loaded from storage).
   */
  #newId(prefix: string, taken?: ReadonlyMap<string, unknown>): string {
    if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return `${prefix}-${crypto.randomUUID()}`;
    let id: string;
    do id = `${prefix}-${this.#nextId++}`;
    while (taken?.has(id));
    return id;
  }
}

/**
 * A copy of an input taken when the call starts, so a caller changing its object
 * while the call waits cannot change what is stored. An input that cannot be
 * cloned (it holds a function) is used as it is: validation refuses it anyway.
 */
function snapshot<T>(input: T): T {
  try {
    return structuredClone(input);
  } catch {
    return input;
  }
}

/** A string property of an input of unknown shape, or undefined: inputs are checked, not trusted. */
function stringField(input: unknown, key: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function stageTimes(option: InMemoryAdapterOptions['checkStageMs']): Partial<Record<CheckStage, number>> {
  return option === 'realistic' ? { ...REALISTIC_STAGE_MS } : { ...(option ?? {}) };
}

/**
 * Refuses an update whose `version` is not the stored one: the record was changed
 * elsewhere since the edit started. An input without a version is not checked.
 */
function requireVersion(input: unknown, existing: { readonly version?: number | undefined } | undefined): void {
  if (existing === undefined || typeof input !== 'object' || input === null) return;
  const version = (input as { version?: unknown }).version;
  const current = existing.version ?? 1;
  if (version === undefined || version === current) return;
  throw new MailSetupError('conflict', 'The record was changed elsewhere since this edit started', {
    reason: 'stale-version',
    currentVersion: current,
  });
}

function notFound(what: 'provider' | 'mailbox', field: string): MailSetupError {
  return new MailSetupError('not-found', `No such ${what}`, { field });
}

/** The default `onStorageError`: a warning for the developer, which never carries data (the messages name keys only). */
function warnStorageError(error: MailSetupError): void {
  console.warn(`InMemoryAdapter: ${error.message}`);
}
