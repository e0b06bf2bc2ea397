// A small, faithful implementation of docs/rest-contract.md on Node's `http`, on
// loopback only. The data and the rules are the built InMemoryAdapter's: the HTTP
// layer only routes, parses and maps errors, which shows the contract maps 1:1
// onto the MailSetupAdapter interface.

import { createServer } from 'node:http';
import { MailSetupError } from '../../dist/model/errors.js';
import { InMemoryAdapter } from '../../dist/adapter/in-memory-adapter.js';

/** The status the contract recommends for each error kind (the body's `kind` is what counts). */
export const STATUS_FOR_KIND = {
  invalid: 422,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'in-use': 409,
  'auth-failed': 422,
  cancelled: 422,
  tls: 502,
  unreachable: 502,
  'sync-service': 503,
  timeout: 504,
  malformed: 502,
  'rate-limited': 429,
  unknown: 500,
};

class HttpError extends Error {
  constructor(status, kind, message, details = {}) {
    super(message);
    this.status = status;
    this.kind = kind;
    this.details = details;
  }
}

/**
 * Starts the contract on 127.0.0.1, on a free port.
 *
 * Options:
 * - `adapter`: the InMemoryAdapter behind it (default: the demo data).
 * - `base`: the base path (default `/api/mail`).
 * - `oauth`: whether `POST /oauth/sign-in` is implemented (default true; otherwise 501).
 * - `session`: `{ header, value }` a request must carry, else 401 with a plain-text body,
 *   as a host's session middleware answers.
 * - `csrf`: `{ header, value }` every write must carry, else 403 with a contract error body.
 *
 * Returns `{ url, adapter, exchanges, respondNext, close }`. `exchanges` logs every
 * request and answer as seen on the wire: method, url, headers, request body, status,
 * response body, and whether the client went away before the answer was complete.
 * `respondNext(handler)` lets the next request be answered by `handler(req, res, body)` instead.
 */
export async function startRestServer(options = {}) {
  const adapter = options.adapter ?? new InMemoryAdapter();
  const base = options.base ?? '/api/mail';
  const oauth = options.oauth ?? true;
  const exchanges = [];
  const overrides = [];

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req, res) {
    const exchange = {
      method: req.method,
      url: req.url,
      headers: req.headers,
      requestBody: '',
      status: 0,
      responseBody: '',
      clientGone: false,
    };
    exchanges.push(exchange);
    res.on('close', () => {
      if (!res.writableFinished) exchange.clientGone = true;
    });
    const originalEnd = res.end.bind(res);
    res.end = (chunk, ...rest) => {
      exchange.status = res.statusCode;
      if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) exchange.responseBody += String(chunk);
      return originalEnd(chunk, ...rest);
    };
    try {
      exchange.requestBody = await readBody(req);
      const override = overrides.shift();
      if (override) {
        await override(req, res, exchange.requestBody);
        return;
      }
      const value = await route(req, exchange.requestBody);
      if (value === NO_CONTENT) {
        res.writeHead(204, { 'cache-control': 'no-store' }).end();
      } else {
        const status = req.method === 'POST' && value.created ? 201 : 200;
        sendJson(res, status, value.body);
      }
    } catch (error) {
      if (error instanceof HttpError && error.kind === undefined) {
        res.writeHead(error.status, { 'content-type': 'text/plain' }).end(error.message);
        return;
      }
      const failure =
        error instanceof HttpError
          ? error
          : error instanceof MailSetupError
            ? new HttpError(STATUS_FOR_KIND[error.kind] ?? 500, error.kind, error.message, error.details)
            : new HttpError(500, 'unknown', 'Internal error');
      sendJson(res, failure.status, { error: { kind: failure.kind, message: failure.message, details: failure.details } });
    }
  }

  const NO_CONTENT = Symbol('no content');
  const ok = (body, created = false) => ({ body, created });

  async function route(req, rawBody) {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname !== base && !url.pathname.startsWith(`${base}/`)) throw new HttpError(404, undefined, 'Not Found');
    if (options.session && req.headers[options.session.header] !== options.session.value) {
      throw new HttpError(401, undefined, 'Unauthorized: please sign in');
    }
    if (options.csrf && req.method !== 'GET' && req.headers[options.csrf.header] !== options.csrf.value) {
      throw new HttpError(403, 'forbidden', 'CSRF token missing or wrong');
    }
    const segments = url.pathname
      .slice(base.length + 1)
      .split('/')
      .map(decodeURIComponent);
    const [collection, id, extra] = segments;
    const method = req.method;
    const body = () => parseJson(req, rawBody);

    if (segments.length === 1 && method === 'GET' && collection === 'permissions') return ok(await adapter.getPermissions());
    if (segments.length === 1 && method === 'GET' && collection === 'sync-service') return ok(await adapter.getSyncServiceStatus());
    if (collection === 'providers' || collection === 'accounts') {
      // A create's Idempotency-Key makes a retry return the first record (docs/rest-contract.md).
      const key = req.headers['idempotency-key'];
      const options = method === 'POST' && typeof key === 'string' ? { idempotencyKey: key } : {};
      const save = collection === 'providers' ? (input) => adapter.saveProvider(input, options) : (input) => adapter.saveAccount(input, options);
      const remove = collection === 'providers' ? (key) => adapter.deleteProvider(key) : (key) => adapter.deleteAccount(key);
      if (segments.length === 1 && method === 'GET') {
        return ok(collection === 'providers' ? await adapter.listProviders() : await adapter.listAccounts());
      }
      if (segments.length === 1 && method === 'POST') {
        const input = body();
        if (input.id !== undefined) throw new HttpError(422, 'invalid', 'A new record has no id', { field: 'id' });
        return ok(await save(input), true);
      }
      if (collection === 'providers' && segments.length === 3 && id === 'by-domain' && method === 'GET') {
        return ok(await adapter.findProviderByDomain(extra));
      }
      if (segments.length === 2 && method === 'PUT') {
        const input = body();
        if (input.id !== undefined && input.id !== id)
          throw new HttpError(422, 'invalid', 'The id in the body is not the one in the path', { field: 'id' });
        return ok(await save({ ...input, id }));
      }
      if (segments.length === 2 && method === 'DELETE') {
        await remove(id);
        return NO_CONTENT;
      }
    }
    if (collection === 'accounts' && segments.length === 3 && extra === 'credentials' && method === 'PUT') {
      const input = body();
      return ok(await adapter.reauthorizeAccount({ ...(input.login === undefined ? {} : { login: input.login }), auth: input.auth, id }));
    }
    if (segments.length === 1 && method === 'POST' && collection === 'connection-checks') return ok(await adapter.checkConnection(body()));
    if (segments.length === 2 && method === 'POST' && collection === 'oauth' && id === 'sign-in') {
      if (!oauth) throw new HttpError(501, 'unknown', 'OAuth sign-in is not implemented');
      return ok(await adapter.signInWithOAuth(body()));
    }
    throw new HttpError(404, undefined, 'Not Found');
  }

  function parseJson(req, rawBody) {
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'invalid', 'Send JSON');
    }
    try {
      const value = JSON.parse(rawBody);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
      return value;
    } catch {
      throw new HttpError(400, 'invalid', 'The body is not a JSON object');
    }
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}${base}`,
    origin: `http://127.0.0.1:${port}`,
    adapter,
    exchanges,
    /** Answers the next request with `handler(req, res, body)` instead of the contract. */
    respondNext(handler) {
      overrides.push(handler);
    },
    /** Closes every connection and the server. */
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(value));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Waits `ms`, or less when the client goes away first (so a test never leaves a timer behind). */
export function holdUntilGone(res, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
