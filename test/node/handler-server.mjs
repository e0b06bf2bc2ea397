// The same wire-level test server as rest-server.mjs (`exchanges`, `respondNext`,
// `adapter`), but answering with the reference backend: createMailSetupHandler on
// PGlite, served through its node:http helper. Each test starts from the demo data.
// One PGlite per test file: opening it is the slow part.

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { DEMO_WRONG_PASSWORD } from '../../dist/adapter/demo-connection-rules.js';
import { createDemoData } from '../../dist/adapter/in-memory-data.js';
import { MailSetupError } from '../../dist/model/errors.js';
import { MailAccountSchema, MailProviderSchema } from '../../dist/model/index.js';
import { KeyRing, SqlStore, createMailSetupHandler, migrate, openPglite, toNodeListener } from '../../dist/server/index.js';

const USER = 'test-user';
let database;

/** Opens the file's PGlite (slow the first time, seconds): call it before tests with short time limits start. */
export function warmUp() {
  database ??= openPglite().then(async (db) => {
    await migrate(db);
    return db;
  });
  return database;
}

async function freshStore() {
  const db = await warmUp();
  await db.query('truncate mail_setup_idempotency, mail_setup_grants, mail_setup_accounts, mail_setup_providers, mail_setup_settings cascade');
  const store = new SqlStore(db, new KeyRing([{ id: 'test', key: randomBytes(32) }]));
  await store.seed(createDemoData(), USER);
  return store;
}

/**
 * Options as startRestServer's: `adapter` (only its `canManageAdministration` and
 * `syncService` switches are read), `oauth`, `session`, `csrf`; and
 * `connectionChecker`, the handler's checker (default: the demo's password rule).
 */
export async function startHandlerServer(options = {}) {
  const store = await freshStore();
  const control = {
    canManageAdministration: options.adapter?.canManageAdministration ?? true,
    syncService: options.adapter?.syncService ?? 'ok',
    // What the store holds, in the contract's shapes (as the page would receive it).
    listProviders: async () => (await store.listProviders()).map((provider) => MailProviderSchema.parse(provider)),
    listAccounts: async () => (await store.listAccounts(USER)).map((account) => MailAccountSchema.parse(account)),
    // A write behind the HTTP layer's back (a test that garbles the answer of a stored create).
    saveProvider: async (input, options = {}) => MailProviderSchema.parse((await store.saveProvider(USER, input, options)).record),
  };
  const { session, csrf } = options;
  const handler = createMailSetupHandler({
    store,
    authenticate: (request) =>
      session && request.headers.get(session.header) !== session.value
        ? null
        : { userId: USER, canManageAdministration: control.canManageAdministration },
    csrf: csrf ? { header: csrf.header, verify: (token) => token === csrf.value } : false,
    syncServiceStatus: () => control.syncService,
    // The demo's rule instead of real servers: the contract suite is about the HTTP layer.
    connectionChecker:
      options.connectionChecker ??
      (async (target) => {
        if (target.password === DEMO_WRONG_PASSWORD) throw new MailSetupError('auth-failed', 'Wrong user name or password', { field: 'password' });
        return {};
      }),
    ...(options.oauth === false ? {} : { oauthSignIn: async ({ email }) => ({ signedInAs: email, tokens: null }) }),
  });
  const listener = toNodeListener(handler);
  const exchanges = [];
  const overrides = [];

  const server = createServer((req, res) => {
    const exchange = { method: req.method, url: req.url, headers: req.headers, requestBody: '', status: 0, responseBody: '', clientGone: false };
    exchanges.push(exchange);
    res.on('close', () => {
      if (!res.writableFinished) exchange.clientGone = true;
    });
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const capture = (chunk) => {
      if (typeof chunk === 'string' || chunk instanceof Uint8Array) exchange.responseBody += Buffer.from(chunk).toString('utf8');
    };
    res.write = (chunk, ...rest) => {
      capture(chunk);
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      exchange.status = res.statusCode;
      capture(chunk);
      return end(chunk, ...rest);
    };
    req.on('data', (chunk) => (exchange.requestBody += chunk.toString('utf8')));
    const override = overrides.shift();
    if (!override) return listener(req, res);
    req.on('end', () => void override(req, res, exchange.requestBody));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/api/mail`,
    origin: `http://127.0.0.1:${port}`,
    adapter: control,
    store,
    exchanges,
    respondNext(handler) {
      overrides.push(handler);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
