import { MailSetupError, findProviderForDomain, normalizeDomain, parseEmail } from '../model/index.js';
import { handleConnectionCheck, type ConnectionChecker } from './checks.js';
import { developmentState, handleDevelopmentState } from './development.js';
import {
  DEFAULT_CSRF,
  authenticateRequest,
  checkCsrf,
  checkOrigin,
  isLoopbackHost,
  requireAdministration,
  type Authenticate,
  type CsrfOptions,
  type MailSetupUser,
} from './guard.js';
import { HttpError, errorResponse, json, noContent, readJsonObject } from './http.js';
import { finishSignIn, startSignIn, type OAuthSignInOptions } from './oauth-sign-in.js';
import { discover } from './probes/discovery.js';
import { createConnectionChecker, type ConnectionCheckerOptions } from './probes/checker.js';
import type { MailStore } from './store/store.js';

export type SyncServiceState = 'ok' | 'not-configured' | 'unreachable';

/** The host's OAuth 2.0 sign-in for `POST {base}/oauth/sign-in`: who signed in, and the tokens to keep (encrypted). */
export type OAuthSignIn = (
  request: { readonly providerId: string; readonly email: string; readonly login: string; readonly request: Request; readonly user: MailSetupUser },
  options: { readonly signal: AbortSignal },
) => Promise<{ readonly signedInAs: string; readonly tokens: Record<string, unknown> | null }>;

export interface MailSetupHandlerOptions {
  /** Where everything is kept: `openStore(…)`. */
  readonly store: MailStore;
  /** The host's session check. Required unless `development`. */
  readonly authenticate?: Authenticate;
  /**
   * Development mode: without `authenticate` every request is a development user
   * whose right and Exchange Listener state `PUT {base}/development` sets, and only
   * requests to a loopback Host are answered. Never in production.
   */
  readonly development?: boolean;
  /** The path the contract starts at. Default `/api/mail`. */
  readonly basePath?: string;
  /** Origins besides the request's own that may call (a page on another origin, a proxy's public origin). */
  readonly allowedOrigins?: readonly string[];
  /** The CSRF header writes must carry. Default `{ header: 'x-csrf-token' }`; `false` only for bearer-token sessions. */
  readonly csrf?: CsrfOptions | false;
  /** The Exchange Listener state (R2). Default: `not-configured` (the development state in development mode). */
  readonly syncServiceStatus?: (request: Request, user: MailSetupUser) => SyncServiceState | Promise<SyncServiceState>;
  /** Runs connection checks. Default: the real staged probes (DNS, TCP, TLS, IMAP, SMTP, EWS, OAuth) under `probes`. */
  readonly connectionChecker?: ConnectionChecker;
  /** Options of the default checker: address policy, time limits, resolver, OAuth authority. */
  readonly probes?: ConnectionCheckerOptions;
  /** The whole check's time limit. Default 20000 ms (below RestAdapter's 30 s). */
  readonly checkTimeoutMs?: number;
  /** The largest request body read. Default 64 KiB; larger is `413`. */
  readonly maxBodyBytes?: number;
  /**
   * OAuth 2.0 sign-in in a popup (authorization code + PKCE through MSAL):
   * `GET {base}/oauth/start` and `GET {base}/oauth/callback`; the page uses
   * `RestAdapter`'s `oauth: 'popup'`. `redirectUri` is the callback's public URL.
   */
  readonly oauth?: OAuthSignInOptions;
  /** Implements `POST {base}/oauth/sign-in` the host's own way; without it that endpoint answers `501`. */
  readonly oauthSignIn?: OAuthSignIn;
  /** Told about unexpected failures (answered `500 unknown`). Default: one line on stderr, without the request. */
  readonly onError?: (error: unknown) => void;
}

export type MailSetupHandler = (request: Request) => Promise<Response>;

const ID_MAX = 200;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The REST contract of docs/rest-contract.md as a Fetch-API handler: mount it in
 * `node:http` (`toNodeListener`), Express, Fastify, Hono or a Next.js route.
 * Throws when there is no `authenticate` hook outside development mode.
 */
export function createMailSetupHandler(options: MailSetupHandlerOptions): MailSetupHandler {
  if (!options.authenticate && !options.development) {
    throw new Error('createMailSetupHandler: pass `authenticate` (or `development: true` on a developer machine)');
  }
  const { store } = options;
  const base = (options.basePath ?? '/api/mail').replace(/\/+$/, '');
  const csrf = options.csrf ?? DEFAULT_CSRF;
  const allowedOrigins = options.allowedOrigins ?? [];
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const checker = options.connectionChecker ?? createConnectionChecker(options.probes);
  const onError =
    options.onError ?? ((error: unknown) => console.error(`mail-setup: internal error: ${error instanceof Error ? error.name : typeof error}`));
  const developmentOnly = options.development === true && !options.authenticate;
  const authenticate: Authenticate = options.authenticate ?? (async () => ({ userId: 'developer', ...(await developmentState(store)) }));
  const syncState = async (request: Request, user: MailSetupUser): Promise<SyncServiceState> => {
    if (options.syncServiceStatus) return options.syncServiceStatus(request, user);
    return developmentOnly ? (await developmentState(store)).syncService : 'not-configured';
  };

  return async function handleMailSetup(request: Request): Promise<Response> {
    try {
      const url = new URL(request.url);
      if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) throw new HttpError(404, 'not-found', 'Not found');
      if (options.development && !isLoopbackHost(request.headers.get('host') ?? url.host)) {
        throw new HttpError(403, 'forbidden', 'Development mode answers loopback only');
      }
      checkOrigin(request, allowedOrigins);
      const user = await authenticateRequest(request, authenticate);
      await checkCsrf(request, csrf, user);
      const segments = pathSegments(url.pathname.slice(base.length));
      return await route(request, segments, user);
    } catch (error) {
      if (!(error instanceof MailSetupError)) onError(error);
      return errorResponse(error);
    }
  };

  async function route(request: Request, segments: string[], user: MailSetupUser): Promise<Response> {
    const { method } = request;
    const [collection = '', id = '', extra = ''] = segments;
    const body = () => readJsonObject(request, maxBodyBytes);
    const one = segments.length === 1;

    if (one && method === 'GET' && collection === 'permissions') return json({ canManageAdministration: user.canManageAdministration });
    if (one && method === 'GET' && collection === 'sync-service') return json({ state: await syncState(request, user) });
    if (collection === 'providers') {
      if (one && method === 'GET') return json(await store.listProviders());
      if (segments.length === 3 && id === 'by-domain' && method === 'GET') {
        const domain = normalizeDomain(extra);
        return json(domain.ok ? findProviderForDomain(await store.listProviders(), domain.host) : null);
      }
      if (one && method === 'POST') {
        requireAdministration(user);
        const input = await body();
        if (input.id !== undefined) throw new HttpError(422, 'invalid', 'A new record has no id', { field: 'id' });
        const saved = await store.saveProvider(user.userId, input, idempotency(request));
        return json(saved.record, saved.created ? 201 : 200, saved.replayed ? { 'idempotent-replayed': 'true' } : {});
      }
      if (segments.length === 2 && method === 'PUT') {
        requireAdministration(user);
        const input = await body();
        sameId(input, id);
        return json((await store.saveProvider(user.userId, input, { id: checkedId(id) })).record);
      }
      if (segments.length === 2 && method === 'DELETE') {
        requireAdministration(user);
        await store.deleteProvider(checkedId(id));
        return noContent();
      }
    }
    if (collection === 'accounts') {
      if (one && method === 'GET') return json(await store.listAccounts(user.userId));
      if (one && method === 'POST') {
        const input = await body();
        if (input.id !== undefined) throw new HttpError(422, 'invalid', 'A new record has no id', { field: 'id' });
        const saved = await store.saveAccount(user.userId, input, idempotency(request));
        return json(saved.record, saved.created ? 201 : 200, saved.replayed ? { 'idempotent-replayed': 'true' } : {});
      }
      if (segments.length === 2 && method === 'PUT') {
        const input = await body();
        sameId(input, id);
        return json((await store.saveAccount(user.userId, input, { id: checkedId(id) })).record);
      }
      if (segments.length === 2 && method === 'DELETE') {
        await store.deleteAccount(user.userId, checkedId(id));
        return noContent();
      }
    }
    if (one && method === 'POST' && collection === 'connection-checks') {
      return handleConnectionCheck(request, user, {
        store,
        checker,
        syncState: () => syncState(request, user),
        timeoutMs: options.checkTimeoutMs ?? 20_000,
        maxBodyBytes,
      });
    }
    if (segments.length === 2 && method === 'POST' && collection === 'oauth' && id === 'sign-in') return signIn(request, user);
    if (segments.length === 2 && method === 'GET' && collection === 'oauth' && options.oauth && (id === 'start' || id === 'callback')) {
      const context = { store, options: options.oauth, probes: options.probes ?? {}, allowedOrigins };
      return id === 'start' ? startSignIn(request, user, context) : finishSignIn(request, user, context);
    }
    if (segments.length === 2 && method === 'GET' && collection === 'discovery') {
      // For an administrator's new provider: it makes outbound requests, so not for everyone.
      requireAdministration(user);
      const domain = normalizeDomain(id);
      if (!domain.ok) throw new HttpError(422, 'invalid', 'Not a domain', { field: 'domain' });
      const probes = options.probes ?? {};
      const suggestions = await discover(domain.host, {
        ...(probes.resolver ? { resolver: probes.resolver } : {}),
        ...(probes.addressPolicy ? { addressPolicy: probes.addressPolicy } : {}),
        ...(probes.ca ? { ca: probes.ca } : {}),
        ...(probes.discovery ?? {}),
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(options.checkTimeoutMs ?? 20_000)]),
      });
      return json({ domain: domain.host, suggestions });
    }
    if (one && collection === 'development' && developmentOnly) return handleDevelopmentState(request, store, () => body());
    throw new HttpError(404, 'not-found', 'Not found');
  }

  async function signIn(request: Request, user: MailSetupUser): Promise<Response> {
    if (!options.oauthSignIn) throw new HttpError(501, 'unknown', 'OAuth sign-in is not implemented');
    const input = await readJsonObject(request, maxBodyBytes);
    const providerId = typeof input.providerId === 'string' ? input.providerId : '';
    const provider = providerId === '' ? null : await store.getProvider(providerId);
    if (!provider) throw new MailSetupError('not-found', 'No such provider', { field: 'providerId' });
    if (provider.auth.method !== 'oauth2') throw new MailSetupError('invalid', 'The provider does not use OAuth 2.0', { field: 'providerId' });
    const email = parseEmail(typeof input.email === 'string' ? input.email : '');
    if (!email.ok) throw new MailSetupError('invalid', 'Invalid email address', { field: 'email' });
    const login = typeof input.login === 'string' ? input.login : email.email;
    const result = await options.oauthSignIn({ providerId, email: email.email, login, request, user }, { signal: request.signal });
    const grantRef = await store.createGrant(user.userId, providerId, result.signedInAs, result.tokens);
    return json({ grantRef, signedInAs: result.signedInAs });
  }
}

/** Path segments after the base, percent-decoded one by one (so `%2F` stays inside its segment). */
function pathSegments(rest: string): string[] {
  try {
    return rest
      .split('/')
      .slice(1)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    throw new HttpError(404, 'not-found', 'Not found');
  }
}

/** Ids are opaque, but never empty, `.`, `..` or absurdly long: those are `not-found` before any lookup. */
function checkedId(id: string): string {
  if (id === '' || id === '.' || id === '..' || id.length > ID_MAX) throw new MailSetupError('not-found', 'No such record', { field: 'id' });
  return id;
}

function sameId(input: Record<string, unknown>, id: string): void {
  if (input.id !== undefined && input.id !== id)
    throw new HttpError(422, 'invalid', 'The id in the body is not the one in the path', { field: 'id' });
}

function idempotency(request: Request): { idempotencyKey?: string } {
  const key = request.headers.get('idempotency-key');
  if (key === null) return {};
  if (!IDEMPOTENCY_KEY.test(key))
    throw new HttpError(422, 'invalid', 'Idempotency-Key is 1–255 visible ASCII characters', { field: 'idempotencyKey' });
  return { idempotencyKey: key };
}
