import * as z from 'zod/mini';
import {
  MailAccountSchema,
  MailProviderSchema,
  normalizeDomain,
  type ConnectionCheckRequest,
  type MailAccount,
  type MailAccountInput,
  type MailProvider,
  type MailProviderInput,
  type ReauthorizeAccountRequest,
} from '../model/index.js';
import { raceAbort } from './abort.js';
import type * as Contract from './adapter.js';
import type { CallOptions, MailSetupAdapter, MailSetupChange } from './adapter.js';
import { ChangeFeed } from './change-feed.js';
import { MailSetupError, abortError, throwIfAborted } from './errors.js';
import type { AdapterMethod } from './in-memory-faults.js';
import { signInWithPopup } from './oauth-popup.js';
import { errorFromResponse } from './rest-errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES, readLimitedText, redirectError, requirePathId, retryAfterSeconds } from './rest-guards.js';
import { carriedStrings } from './rest-message.js';
import { linkSignals } from './rest-signal.js';
import { NDJSON, isNdjson, readCheckStream } from './rest-stream.js';
import { ConnectionCheckResultSchema, OAuthSignInResultSchema, PermissionsSchema, SyncServiceStatusSchema } from './schemas.js';

export { RestResponseError } from './rest-errors.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './rest-guards.js';

/** What `RestAdapter` sends with every request besides method, body and signal: headers, credentials, mode… */
export type RestRequestInit = RequestInit | (() => RequestInit | Promise<RequestInit>);

/** Options of the REST adapter. */
export interface RestAdapterOptions {
  /**
   * Where the contract's paths start, e.g. `https://crm.example.com/api/mail` or,
   * in a page, `/api/mail` (resolved against the page's base URL). Paths are
   * appended to it: `{baseUrl}/providers`. It must be http(s) and carry no user
   * name or password; a query string is kept on every request.
   */
  baseUrl: string | URL;
  /** The `fetch` to use; defaults to the global one, looked up at each call. Wrap it to watch for 401s, add tracing, etc. */
  fetch?: typeof fetch;
  /**
   * Merged into every request: headers (a CSRF token, an `Authorization`),
   * `credentials` (`'include'` for a backend on another origin), `mode`, `cache`…
   * A function is called before every request, so a token can be fresh; it may be
   * async. `method`, `body` and `signal` are the adapter's own and are ignored
   * here, as are the headers `Accept` and `Content-Type`.
   */
  init?: RestRequestInit;
  /**
   * How long a call may take, in milliseconds, from the start of the request to
   * the end of the answer's body, before it rejects with kind `timeout`.
   * Default 30000; 0 or `Infinity` for no limit (the caller's signal still works).
   */
  timeoutMs?: number;
  /**
   * The most bytes read from any one answer, success or error, before the call
   * rejects with kind `malformed` and the rest of the answer is not read. Default
   * `DEFAULT_MAX_RESPONSE_BYTES` (4 MiB); 0 or `Infinity` for no limit.
   */
  maxResponseBytes?: number;
  /**
   * Whether the backend implements `PUT {baseUrl}/accounts/{id}/credentials`
   * (re-authorise in place). Only then does the adapter have `reauthorizeAccount`;
   * without it the elements re-authorise with `PUT {baseUrl}/accounts/{id}` and the
   * stored settings. Default false.
   */
  reauthorize?: boolean;
  /**
   * Whether the backend implements a sign-in. `true`: `POST {baseUrl}/oauth/sign-in`.
   * `'popup'`: the page opens `{baseUrl}/oauth/start` in a popup and waits for the
   * backend's callback page to post a grant (mail-provider-elements/server does
   * this, with authorization code and PKCE). Only then does the adapter have
   * `signInWithOAuth`; without it, the elements offer no Sign in button of their
   * own. Default false.
   */
  oauth?: boolean | 'popup';
}

/** The time limit of a call unless `timeoutMs` says otherwise. */
export const DEFAULT_REST_TIMEOUT_MS = 30_000;

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

const ProviderListSchema = z.array(MailProviderSchema);
const AccountListSchema = z.array(MailAccountSchema);
const ProviderOrNullSchema = z.nullable(MailProviderSchema);

/**
 * A `MailSetupAdapter` that talks JSON over `fetch` to a backend implementing the
 * REST contract of `docs/rest-contract.md`.
 *
 * - Every call passes its `AbortSignal` on to `fetch`, combined with the time
 *   limit: a caller's abort rejects with kind `aborted`, the time limit with `timeout`.
 * - Every answer is parsed with the model's schemas: an answer that is not JSON or
 *   not of the contract's shape rejects with `malformed`, and fields the schemas do
 *   not know (a secret a careless backend echoed) are dropped (B3).
 * - A status that is not a success rejects with the kind the error body names, or
 *   else the one its status stands for (see `kindForStatus`); a request that never
 *   got an answer rejects with `unreachable`. The HTTP status is the error's
 *   `cause` (a `RestResponseError`).
 * - Secrets travel only in request bodies, never in a URL; ids and domains are the
 *   only values in paths. The adapter never logs.
 *
 * It enforces nothing: permissions and secrets are the backend's job.
 */
export class RestAdapter implements MailSetupAdapter {
  /**
   * Runs the OAuth 2.0 sign-in through `POST {baseUrl}/oauth/sign-in`. Present only
   * when the adapter was made with `oauth: true`. A subclass may define its own
   * (to open the identity provider's page, say) instead.
   */
  declare readonly signInWithOAuth?: (request: Contract.OAuthSignInRequest, options?: CallOptions) => Promise<Contract.OAuthSignInResult>;

  /**
   * Re-authorises a mailbox in place through `PUT {baseUrl}/accounts/{id}/credentials`,
   * with `{ login?, auth }` as the body (same id, same settings, status back to
   * `connected`); rejects with `not-found`, `invalid` (details.field). Present only
   * when the adapter was made with `reauthorize: true`.
   */
  declare readonly reauthorizeAccount?: (request: ReauthorizeAccountRequest, options?: CallOptions) => Promise<MailAccount>;

  /** The resolved base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The time limit of every call, in milliseconds; 0 or `Infinity` for none. */
  readonly timeoutMs: number;
  /** The most bytes read from one answer; 0 or `Infinity` for no limit. */
  readonly maxResponseBytes: number;

  readonly #base: URL;
  readonly #fetch: typeof fetch | undefined;
  readonly #init: RestRequestInit | undefined;
  readonly #changes = new ChangeFeed();

  /** Makes the adapter. Throws a TypeError for a base URL that cannot be resolved, is not http(s) or carries credentials. */
  constructor(options: RestAdapterOptions) {
    this.#base = resolveBaseUrl(options.baseUrl);
    this.baseUrl = this.#base.href.replace(/\/$/, '');
    this.#fetch = options.fetch;
    this.#init = options.init;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
    this.maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (options.reauthorize === true) {
      this.reauthorizeAccount = (request, callOptions) => this.#reauthorizeAccount(request, callOptions);
    }
    if (options.oauth === true) {
      this.signInWithOAuth = (request, callOptions) => this.#signInWithOAuth(request, callOptions);
    } else if (options.oauth === 'popup') {
      this.signInWithOAuth = (request, callOptions) => signInWithPopup(this.baseUrl, request, callOptions);
    }
  }

  /**
   * Calls `listener` after every write made through this adapter object (there
   * is no push from the backend: another user's change shows on the next load or
   * `refresh()`). Returns the function that unsubscribes.
   */
  subscribe(listener: (change: MailSetupChange) => void): () => void {
    return this.#changes.subscribe(listener);
  }

  /** `GET {baseUrl}/permissions`: what the user may do (R1). */
  getPermissions(options?: CallOptions): Promise<Contract.Permissions> {
    return this.#call('getPermissions', 'GET', ['permissions'], undefined, PermissionsSchema, options);
  }

  /** `GET {baseUrl}/sync-service`: the Exchange Listener state (R2). */
  getSyncServiceStatus(options?: CallOptions): Promise<Contract.SyncServiceStatus> {
    return this.#call('getSyncServiceStatus', 'GET', ['sync-service'], undefined, SyncServiceStatusSchema, options);
  }

  /** `GET {baseUrl}/providers`: every provider. */
  listProviders(options?: CallOptions): Promise<MailProvider[]> {
    return this.#call('listProviders', 'GET', ['providers'], undefined, ProviderListSchema, options);
  }

  /**
   * `GET {baseUrl}/providers/by-domain/{domain}`: the provider whose recognition
   * domains cover `domain` (R6), or null (the backend answers `200 null`). The
   * domain is sent in its canonical form (lower case, punycode); one that is not a
   * valid domain resolves with null without a request.
   */
  async findProviderByDomain(domain: string, options?: CallOptions): Promise<MailProvider | null> {
    throwIfAborted(options?.signal);
    const normalized = normalizeDomain(typeof domain === 'string' ? domain : '');
    if (!normalized.ok) return null;
    return this.#call('findProviderByDomain', 'GET', ['providers', 'by-domain', normalized.host], undefined, ProviderOrNullSchema, options);
  }

  /**
   * `POST {baseUrl}/providers` (no `id`) or `PUT {baseUrl}/providers/{id}`, with the
   * input as the body. Rejects as the backend says: `forbidden` (R1), `not-found`,
   * `conflict` (details.domain, details.providerName), `invalid` (details.fieldErrors).
   */
  saveProvider(input: MailProviderInput, options?: CallOptions): Promise<MailProvider> {
    return this.#save('saveProvider', 'provider', input, MailProviderSchema, options);
  }

  /**
   * `DELETE {baseUrl}/providers/{id}`. Rejects with `in-use` (details.mailboxes)
   * while mailboxes use the provider (R15), `forbidden` (R1), `not-found`.
   */
  async deleteProvider(id: string, options?: CallOptions): Promise<void> {
    await this.#call('deleteProvider', 'DELETE', ['providers', requirePathId(id, 'provider')], undefined, null, options);
    this.#changes.emit({ entity: 'provider', op: 'deleted', id });
  }

  /** `GET {baseUrl}/accounts`: the current user's mailboxes. */
  listAccounts(options?: CallOptions): Promise<MailAccount[]> {
    return this.#call('listAccounts', 'GET', ['accounts'], undefined, AccountListSchema, options);
  }

  /**
   * `POST {baseUrl}/accounts` (no `id`) or `PUT {baseUrl}/accounts/{id}`, with the
   * input as the body. Rejects with `not-found`, `conflict` (an address already
   * added), `invalid`.
   */
  saveAccount(input: MailAccountInput, options?: CallOptions): Promise<MailAccount> {
    return this.#save('saveAccount', 'account', input, MailAccountSchema, options);
  }

  /** A create (`POST {baseUrl}/{collection}`) or an update (`PUT {baseUrl}/{collection}/{id}`), told to subscribers once it went through. */
  async #save<T extends { id: string }>(
    operation: 'saveProvider' | 'saveAccount',
    entity: 'provider' | 'account',
    input: unknown,
    schema: z.ZodMiniType<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const body = serialize(input);
    const id = idOf(input);
    const collection = entity === 'provider' ? 'providers' : 'accounts';
    const segments = id === undefined ? [collection] : [collection, requirePathId(id, entity === 'provider' ? 'provider' : 'mailbox')];
    const saved = await this.#call(operation, id === undefined ? 'POST' : 'PUT', segments, body, schema, options);
    this.#changes.emit({ entity, op: 'saved', id: saved.id });
    return saved;
  }

  async #reauthorizeAccount(request: ReauthorizeAccountRequest, options?: CallOptions): Promise<MailAccount> {
    const id = requirePathId(typeof request === 'object' && request !== null ? request.id : undefined, 'mailbox');
    const body = serialize({ ...(request.login === undefined ? {} : { login: request.login }), auth: request.auth });
    const saved = await this.#call('reauthorizeAccount', 'PUT', ['accounts', id, 'credentials'], body, MailAccountSchema, options);
    this.#changes.emit({ entity: 'account', op: 'saved', id: saved.id });
    return saved;
  }

  /** `DELETE {baseUrl}/accounts/{id}`. Rejects with `not-found` for an unknown id. */
  async deleteAccount(id: string, options?: CallOptions): Promise<void> {
    await this.#call('deleteAccount', 'DELETE', ['accounts', requirePathId(id, 'mailbox')], undefined, null, options);
    this.#changes.emit({ entity: 'account', op: 'deleted', id });
  }

  /**
   * `POST {baseUrl}/connection-checks`, with the request as the body (B1). Rejects
   * with the kind the backend names: `unreachable`, `tls`, `auth-failed`,
   * `forbidden`, `sync-service`, `timeout`; a failed check's `details.stage`,
   * `rawCode` and `serverReply` are kept, scrubbed of anything the request carried.
   * With `options.onStage` it asks for the stream (`Accept: application/x-ndjson`)
   * and reports each stage line as it arrives; a backend that answers plain JSON
   * still works, without stage reports.
   */
  async checkConnection(request: ConnectionCheckRequest, options?: Contract.CheckConnectionOptions): Promise<Contract.ConnectionCheckResult> {
    const body = serialize(request);
    const onStage = options?.onStage;
    const stream: StreamReading<Contract.ConnectionCheckResult> | undefined =
      typeof onStage === 'function'
        ? {
            accept: `${NDJSON}, application/json;q=0.9`,
            read: (answer, carried) => readCheckStream(answer, { operation: 'checkConnection', maxBytes: this.maxResponseBytes, carried, onStage }),
          }
        : undefined;
    return this.#call('checkConnection', 'POST', ['connection-checks'], body, ConnectionCheckResultSchema, options, stream);
  }

  async #signInWithOAuth(request: Contract.OAuthSignInRequest, options?: CallOptions): Promise<Contract.OAuthSignInResult> {
    const body = serialize(request);
    return this.#call('signInWithOAuth', 'POST', ['oauth', 'sign-in'], body, OAuthSignInResultSchema, options);
  }

  /**
   * One request: resolve `init`, fetch under the linked signal, read the whole
   * body, then turn the answer into a value (`schema`, or nothing for a delete)
   * or a MailSetupError. Every failure is classified once, at the end.
   */
  async #call<T>(
    operation: AdapterMethod,
    method: HttpMethod,
    segments: readonly string[],
    body: string | undefined,
    schema: z.ZodMiniType<T> | null,
    options: CallOptions | undefined,
    stream?: StreamReading<T>,
  ): Promise<T> {
    const caller = options?.signal;
    throwIfAborted(caller);
    const link = linkSignals(caller, this.timeoutMs);
    // A signal that fired decides the kind, whatever the error it caused looks like.
    const stopped = (error: unknown): MailSetupError | undefined => {
      if (caller?.aborted) return abortError(caller);
      if (link.timedOut()) {
        return new MailSetupError('timeout', `${operation}: no answer within ${this.timeoutMs} ms`, {}, { cause: error });
      }
      return undefined;
    };
    try {
      const extra = await raceAbort(this.#resolveInit(), link.signal);
      const request = requestInit(extra, method, body, link.signal, createKey(operation, method, options), stream?.accept);
      const url = this.#url(segments);
      const doFetch = this.#fetch ?? globalFetch;
      const carried = carriedStrings(body, segments);
      let response: Response;
      let text: string;
      try {
        response = await doFetch(url, request);
        const redirected = redirectError(operation, response);
        if (redirected) {
          await response.body?.cancel().catch(() => undefined);
          throw redirected;
        }
        if (stream && response.ok && response.body && isNdjson(response)) return await stream.read(response.body, carried);
        text = await readLimitedText(response, this.maxResponseBytes, operation);
      } catch (error) {
        if (error instanceof MailSetupError) throw error;
        throw stopped(error) ?? new MailSetupError('unreachable', `${operation}: the backend could not be reached`, {}, { cause: error });
      }
      if (!response.ok) {
        throw errorFromResponse(operation, response.status, response.statusText, text, {
          carried,
          retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')),
        });
      }
      return schema === null ? (undefined as T) : parseAnswer(operation, text, schema);
    } catch (error) {
      throw stopped(error) ?? MailSetupError.from(error);
    } finally {
      link.dispose();
    }
  }

  async #resolveInit(): Promise<RequestInit> {
    const init = this.#init;
    const value = typeof init === 'function' ? await init() : init;
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object') throw new TypeError('RestAdapter: init must be a RequestInit object');
    return value;
  }

  /** The URL of a contract path: each segment percent-encoded and appended to the base path. */
  #url(segments: readonly string[]): string {
    const url = new URL(this.#base.href);
    url.pathname = `${this.#base.pathname.replace(/\/+$/, '')}/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
    return url.href;
  }
}

/** How a call that may be answered with a stream reads it: what it asks for, and the reader of a streamed answer. */
interface StreamReading<T> {
  readonly accept: string;
  readonly read: (body: ReadableStream<Uint8Array>, carried: readonly string[]) => Promise<T>;
}

/** The global `fetch`, looked up at each call so a polyfill or a test's stand-in installed later is used. */
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

/**
 * The request: the host's init, then the adapter's method, JSON headers, body,
 * signal and the idempotency key of a create. Redirects are never followed,
 * whatever the init says (`redirectError`).
 */
function requestInit(
  extra: RequestInit,
  method: HttpMethod,
  body: string | undefined,
  signal: AbortSignal | undefined,
  idempotencyKey: string | undefined,
  accept = 'application/json',
): RequestInit {
  const headers = new Headers(extra.headers);
  headers.set('Accept', accept);
  if (body === undefined) headers.delete('Content-Type');
  else headers.set('Content-Type', 'application/json');
  if (idempotencyKey === undefined) headers.delete('Idempotency-Key');
  else headers.set('Idempotency-Key', idempotencyKey);
  return { ...extra, method, headers, body: body ?? null, signal: signal ?? null, redirect: 'manual' };
}

/** The `Idempotency-Key` of a create (a POST of a provider or mailbox), when the caller gave one. */
function createKey(operation: AdapterMethod, method: HttpMethod, options: CallOptions | undefined): string | undefined {
  const key = options?.idempotencyKey;
  const create = method === 'POST' && (operation === 'saveProvider' || operation === 'saveAccount');
  return create && typeof key === 'string' && key !== '' ? key : undefined;
}

/** A 2xx answer's body as a value of `schema`; `malformed` when it is not JSON or not of that shape. */
function parseAnswer<T>(operation: string, text: string, schema: z.ZodMiniType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // No cause: a syntax error quotes the body, and the body is not ours to put in logs.
    throw new MailSetupError('malformed', `${operation}: the answer is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    // Paths only, never values: a broken backend might echo a secret.
    const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))].slice(0, 5).join(', ');
    throw new MailSetupError('malformed', `${operation}: the answer is malformed at ${paths}`, {}, { cause: parsed.error });
  }
  return parsed.data;
}

/** The JSON body of a save or check, taken when the call starts (later changes to the object do not count). */
function serialize(input: unknown): string {
  let body: string | undefined;
  try {
    body = JSON.stringify(input);
  } catch (error) {
    throw new MailSetupError('invalid', 'The input cannot be sent as JSON', {}, { cause: error });
  }
  if (body === undefined) throw new MailSetupError('invalid', 'The input cannot be sent as JSON');
  return body;
}

/** The `id` of an input, when it is a non-empty string: an update. */
function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Resolves the base URL: absolute, or relative to the page when there is one.
 * Refuses what is not http(s) and URLs with credentials, which would put a secret
 * in every request's URL.
 */
function resolveBaseUrl(baseUrl: string | URL): URL {
  const href = baseUrl instanceof URL ? baseUrl.href : String(baseUrl);
  const pageBase = typeof document !== 'undefined' ? document.baseURI : typeof location !== 'undefined' ? location.href : undefined;
  let url: URL;
  try {
    url = pageBase === undefined ? new URL(href) : new URL(href, pageBase);
  } catch {
    throw new TypeError('RestAdapter: baseUrl must be an absolute URL, or relative to the page');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError('RestAdapter: baseUrl must be an http or https URL');
  if (url.username !== '' || url.password !== '') throw new TypeError('RestAdapter: baseUrl must not carry a user name or password');
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}
