// RestAdapter against a real HTTP server on loopback that implements
// docs/rest-contract.md in memory (rest-server.mjs). Runs against the *built*
// output, as a consumer would import it: run `npm run build` first.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { InMemoryAdapter } from '../../dist/adapter/in-memory-adapter.js';
import { DEFAULT_REST_TIMEOUT_MS, RestAdapter, RestResponseError } from '../../dist/adapter/rest-adapter.js';
import { kindForStatus } from '../../dist/adapter/rest-errors.js';
import { linkSignals } from '../../dist/adapter/rest-signal.js';
import { PASSWORD, SECRET, exchangeInput, fabrikamAccount, fabrikamCheck } from '../helpers/samples.mjs';
import { rejectionOf, serve } from './rest-harness.mjs';
import { holdUntilGone } from './rest-server.mjs';

const TEST_TIMEOUT = { timeout: 10_000 };

/** The path (and query) of a logged request, relative to the server. */
const pathsOf = (server) => server.exchanges.map((exchange) => `${exchange.method} ${exchange.url}`);

describe('RestAdapter — every method against the contract', TEST_TIMEOUT, () => {
  test('getPermissions and getSyncServiceStatus read what the backend says (R1, R2)', async () => {
    const server = await serve({ adapter: new InMemoryAdapter({ canManageAdministration: false, syncService: 'not-configured' }) });
    const rest = new RestAdapter({ baseUrl: server.url });
    assert.deepEqual(await rest.getPermissions(), { canManageAdministration: false });
    assert.deepEqual(await rest.getSyncServiceStatus(), { state: 'not-configured' });
    assert.deepEqual(pathsOf(server), ['GET /api/mail/permissions', 'GET /api/mail/sync-service']);
    assert.equal(server.exchanges[0].headers.accept, 'application/json');
  });

  test('listProviders and listAccounts return what the in-memory adapter holds, 1:1', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    assert.deepEqual(await rest.listProviders(), await server.adapter.listProviders());
    assert.deepEqual(await rest.listAccounts(), await server.adapter.listAccounts());
  });

  test('findProviderByDomain: a match, `200 null` for none, the canonical domain in the path (R6)', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const found = await rest.findProviderByDomain(' Contoso.COM ');
    assert.equal(found?.id, 'm365-contoso');
    assert.equal(await rest.findProviderByDomain('unknown.example'), null);
    assert.equal(await rest.findProviderByDomain('bücher.example'), null);
    assert.deepEqual(pathsOf(server), [
      'GET /api/mail/providers/by-domain/contoso.com',
      'GET /api/mail/providers/by-domain/unknown.example',
      'GET /api/mail/providers/by-domain/xn--bcher-kva.example',
    ]);
    assert.equal(server.exchanges[1].status, 200);
    assert.equal(server.exchanges[1].responseBody, 'null');
  });

  test('findProviderByDomain: a domain that is not one resolves null without a request', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    assert.equal(await rest.findProviderByDomain(''), null);
    assert.equal(await rest.findProviderByDomain('a/b'), null);
    assert.equal(await rest.findProviderByDomain(undefined), null);
    assert.deepEqual(server.exchanges, []);
  });

  test('saveProvider: POST creates (201), PUT with `keep` updates, the secret is only a flag', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const created = await rest.saveProvider(exchangeInput());
    assert.match(created.id, /^provider-/);
    assert.deepEqual(created.auth, { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', hasClientSecret: true });
    assert.equal(server.exchanges[0].status, 201);

    const kept = await rest.saveProvider(
      exchangeInput({
        id: created.id,
        name: 'Adatum',
        auth: { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: { action: 'keep' } },
      }),
    );
    assert.equal(kept.name, 'Adatum');
    assert.equal(kept.auth.hasClientSecret, true);
    assert.deepEqual(pathsOf(server), ['POST /api/mail/providers', `PUT /api/mail/providers/${created.id}`]);
    assert.equal(server.exchanges[1].headers['content-type'], 'application/json');
    assert.deepEqual(await rest.listProviders(), await server.adapter.listProviders());
  });

  test('deleteProvider: 204, resolves with nothing, and the provider is gone', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    assert.equal(await rest.deleteProvider('imap-northwind'), undefined);
    assert.equal(server.exchanges[0].status, 204);
    assert.deepEqual(pathsOf(server), ['DELETE /api/mail/providers/imap-northwind']);
    assert.ok(!(await server.adapter.listProviders()).some((provider) => provider.id === 'imap-northwind'));
  });

  test('saveAccount creates and updates (password `keep`); deleteAccount deletes', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const created = await rest.saveAccount(fabrikamAccount());
    assert.deepEqual(created.auth, { method: 'basic', hasPassword: true });
    const updated = await rest.saveAccount(
      fabrikamAccount({ id: created.id, displayName: 'Lee', auth: { method: 'basic', password: { action: 'keep' } } }),
    );
    assert.equal(updated.displayName, 'Lee');
    assert.deepEqual(updated.auth, { method: 'basic', hasPassword: true });
    assert.deepEqual(await rest.listAccounts(), await server.adapter.listAccounts());
    assert.equal(await rest.deleteAccount(created.id), undefined);
    assert.deepEqual(pathsOf(server), [
      'POST /api/mail/accounts',
      `PUT /api/mail/accounts/${created.id}`,
      'GET /api/mail/accounts',
      `DELETE /api/mail/accounts/${created.id}`,
    ]);
    assert.equal((await server.adapter.listAccounts()).length, 2);
  });

  test('checkConnection: success gives checkedAt; failures carry the part that failed (B1)', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const result = await rest.checkConnection(fabrikamCheck());
    assert.ok(!Number.isNaN(Date.parse(result.checkedAt)));
    assert.deepEqual(pathsOf(server), ['POST /api/mail/connection-checks']);

    const wrong = await rejectionOf(rest.checkConnection(fabrikamCheck('wrong')));
    assert.equal(wrong.kind, 'auth-failed');
    assert.equal(wrong.details.field, 'password');
    assert.equal(server.exchanges[1].status, 422);

    server.adapter.syncService = 'unreachable';
    const sync = await rejectionOf(rest.checkConnection(fabrikamCheck()));
    assert.equal(sync.kind, 'sync-service');
    assert.equal(server.exchanges[2].status, 503);
  });

  test('signInWithOAuth exists only with `oauth: true`, and then posts to /oauth/sign-in', async () => {
    const server = await serve();
    const without = new RestAdapter({ baseUrl: server.url });
    assert.equal('signInWithOAuth' in without, false);
    assert.equal(new RestAdapter({ baseUrl: server.url, oauth: false }).signInWithOAuth, undefined);

    const rest = new RestAdapter({ baseUrl: server.url, oauth: true });
    assert.equal(typeof rest.signInWithOAuth, 'function');
    const result = await rest.signInWithOAuth({ providerId: 'm365-contoso', email: 'lidia@contoso.com', login: 'lidia@contoso.com' });
    assert.equal(result.signedInAs, 'lidia@contoso.com');
    assert.match(result.grantRef, /^grant-/);
    assert.deepEqual(pathsOf(server), ['POST /api/mail/oauth/sign-in']);
  });

  test('signInWithOAuth against a backend without it: 501 → unknown', async () => {
    const server = await serve({ oauth: false });
    const rest = new RestAdapter({ baseUrl: server.url, oauth: true });
    const error = await rejectionOf(rest.signInWithOAuth({ providerId: 'm365-contoso', email: 'a@contoso.com', login: 'a@contoso.com' }));
    assert.equal(error.kind, 'unknown');
    assert.equal(error.cause.status, 501);
  });

  test('the main entry exports it (checked in the built files, without loading the elements)', () => {
    const entry = readFileSync(new URL('../../dist/index.js', import.meta.url), 'utf8');
    assert.match(entry, /from "\.\/adapter\/rest-adapter\.js"/);
    const exported =
      /export \{([^}]*)\}/
        .exec(entry)?.[1]
        .split(',')
        .map((name) => name.trim()) ?? [];
    for (const name of ['RestAdapter', 'RestResponseError', 'DEFAULT_REST_TIMEOUT_MS']) assert.ok(exported.includes(name), name);
    const types = readFileSync(new URL('../../dist/adapter/index.d.ts', import.meta.url), 'utf8');
    assert.match(types, /RestAdapter,[^}]*type RestAdapterOptions/);
    assert.equal(new RestAdapter({ baseUrl: 'http://127.0.0.1:9/api' }).timeoutMs, DEFAULT_REST_TIMEOUT_MS);
    assert.equal(DEFAULT_REST_TIMEOUT_MS, 30_000);
  });
});

describe("RestAdapter — the backend's rules come back as typed errors", TEST_TIMEOUT, () => {
  test('forbidden (403) without CanManageAdministration (R1)', async () => {
    const server = await serve({ adapter: new InMemoryAdapter({ canManageAdministration: false }) });
    const rest = new RestAdapter({ baseUrl: server.url });
    const error = await rejectionOf(rest.saveProvider(exchangeInput()));
    assert.equal(error.kind, 'forbidden');
    assert.equal(error.cause.status, 403);
    assert.equal((await rejectionOf(rest.deleteProvider('imap-northwind'))).kind, 'forbidden');
  });

  test('in-use (409) with the mailboxes that use the provider (R15)', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const direct = await rejectionOf(new InMemoryAdapter().deleteProvider('m365-contoso'));
    const error = await rejectionOf(rest.deleteProvider('m365-contoso'));
    assert.equal(error.kind, 'in-use');
    assert.equal(server.exchanges[0].status, 409);
    assert.deepEqual(error.details, direct.details);
    assert.deepEqual(error.details.mailboxes, ['alex.wilber@contoso.com', 'megan.bowen@contoso.com']);
  });

  test('conflict (409) with field, domain and providerName for a domain of another provider', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const error = await rejectionOf(rest.saveProvider(exchangeInput({ domains: ['adatum.com', 'fabrikam.com'] })));
    assert.equal(error.kind, 'conflict');
    assert.equal(error.details.field, 'domains.1');
    assert.equal(error.details.domain, 'fabrikam.com');
    assert.ok(error.details.providerName);
    assert.equal(server.exchanges[0].status, 409);
  });

  test('invalid (422) with every field error, as the model keys them', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const input = exchangeInput({ serviceAddress: 'https://', loadEmails: false, sendEmails: false });
    const direct = await rejectionOf(new InMemoryAdapter().saveProvider(input));
    const error = await rejectionOf(rest.saveProvider(input));
    assert.equal(error.kind, 'invalid');
    assert.equal(server.exchanges[0].status, 422);
    assert.deepEqual(error.details, direct.details);
    assert.equal(error.details.field, 'serviceAddress');
    assert.deepEqual(Object.keys(error.details.fieldErrors), ['serviceAddress', 'delivery']);
  });

  test('not-found (404) for unknown ids; ids are percent-encoded in paths; an empty id sends nothing', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    assert.equal((await rejectionOf(rest.deleteAccount('no such/id?x=1'))).kind, 'not-found');
    assert.equal((await rejectionOf(rest.saveProvider(exchangeInput({ id: 'nope' })))).kind, 'not-found');
    assert.deepEqual(pathsOf(server), ['DELETE /api/mail/accounts/no%20such%2Fid%3Fx%3D1', 'PUT /api/mail/providers/nope']);
    assert.equal((await rejectionOf(rest.deleteProvider(''))).kind, 'not-found');
    assert.equal((await rejectionOf(rest.deleteAccount(undefined))).kind, 'not-found');
    assert.equal(server.exchanges.length, 2);
  });
});

describe('RestAdapter — status codes and bodies → error kinds', TEST_TIMEOUT, () => {
  /** Answers the next request with `status` and `body` (an object is sent as JSON). */
  function answer(server, status, body, headers = {}) {
    server.respondNext((_req, res) => {
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      const type = typeof body === 'string' ? 'text/html' : 'application/json';
      res.writeHead(status, { 'content-type': type, ...headers }).end(text);
    });
  }

  const STATUS_TABLE = [
    [400, 'invalid'],
    [401, 'forbidden'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [405, 'unknown'],
    [408, 'timeout'],
    [409, 'conflict'],
    [410, 'unknown'],
    [422, 'invalid'],
    [429, 'rate-limited'],
    [500, 'unknown'],
    [501, 'unknown'],
    [502, 'unreachable'],
    [503, 'unreachable'],
    [504, 'timeout'],
  ];

  test('a status without a contract error body maps by the table, and the status is the cause', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    for (const [status, kind] of STATUS_TABLE) {
      answer(server, status, '<html><body>Proxy says no</body></html>');
      const error = await rejectionOf(rest.listProviders());
      assert.equal(error.kind, kind, `HTTP ${status}`);
      assert.ok(error.cause instanceof RestResponseError, `HTTP ${status} keeps its status`);
      assert.equal(error.cause.status, status);
      assert.doesNotMatch(error.message, /Proxy says no/, 'a non-contract body never reaches the message');
      assert.match(error.message, new RegExp(`HTTP ${status}`));
    }
  });

  test('kindForStatus is the same table; 409 on a provider delete is in-use', () => {
    for (const [status, kind] of STATUS_TABLE) assert.equal(kindForStatus(status, 'listProviders'), kind, `HTTP ${status}`);
    assert.equal(kindForStatus(409, 'deleteProvider'), 'in-use');
    assert.equal(kindForStatus(409, 'deleteAccount'), 'conflict');
  });

  test('409 is conflict or in-use as the body says; without a body, in-use for a provider delete', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    answer(server, 409, { error: { kind: 'in-use', message: 'Used', details: { mailboxes: ['a@b.com'] } } });
    const inUse = await rejectionOf(rest.deleteProvider('x'));
    assert.equal(inUse.kind, 'in-use');
    assert.deepEqual(inUse.details, { mailboxes: ['a@b.com'] });

    answer(server, 409, { error: { kind: 'conflict', message: 'Taken', details: { field: 'domains.0', domain: 'b.com', providerName: 'B' } } });
    const conflict = await rejectionOf(rest.saveProvider(exchangeInput()));
    assert.equal(conflict.kind, 'conflict');
    assert.deepEqual(conflict.details, { field: 'domains.0', domain: 'b.com', providerName: 'B' });

    answer(server, 409, undefined);
    assert.equal((await rejectionOf(rest.deleteProvider('x'))).kind, 'in-use');
    answer(server, 409, undefined);
    assert.equal((await rejectionOf(rest.saveAccount(fabrikamAccount()))).kind, 'conflict');
  });

  test("an error body's own kind wins over the status; its message is kept", async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    answer(server, 400, { error: { kind: 'tls', message: 'Certificate expired' } });
    const tls = await rejectionOf(rest.checkConnection(fabrikamCheck()));
    assert.equal(tls.kind, 'tls');
    assert.match(tls.message, /^checkConnection: Certificate expired \(HTTP 400\)$/);

    answer(server, 500, { error: { kind: 'sync-service', message: 'Exchange Listener is down' } });
    assert.equal((await rejectionOf(rest.checkConnection(fabrikamCheck()))).kind, 'sync-service');

    answer(server, 401, { error: { kind: 'auth-failed', message: 'Wrong password' } });
    assert.equal((await rejectionOf(rest.checkConnection(fabrikamCheck()))).kind, 'auth-failed');
  });

  test('an unknown kind, or `aborted`, in the body is ignored: the status decides', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    answer(server, 503, { error: { kind: 'exploded', message: 'x' } });
    assert.equal((await rejectionOf(rest.listAccounts())).kind, 'unreachable');
    answer(server, 500, { error: { kind: 'aborted' } });
    assert.equal((await rejectionOf(rest.listAccounts())).kind, 'unknown');
    answer(server, 403, { kind: 'not-found' }); // not the contract's envelope
    assert.equal((await rejectionOf(rest.listAccounts())).kind, 'forbidden');
  });

  test('details keep only the known fields of the right shape', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    answer(server, 422, {
      error: {
        kind: 'invalid',
        message: 'm',
        details: {
          field: 'name',
          domain: 42,
          mailboxes: 'not-a-list',
          clientSecret: SECRET,
          fieldErrors: { name: { code: 'required' }, port: { code: 'not-a-code' }, host: { code: 'too-long', params: { max: 5 } } },
        },
      },
    });
    const error = await rejectionOf(rest.saveProvider(exchangeInput()));
    assert.deepEqual(error.details, { field: 'name', fieldErrors: { name: { code: 'required' }, host: { code: 'too-long', params: { max: 5 } } } });
  });

  test('a success whose body is not JSON, is empty, or breaks the schema → malformed', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    answer(server, 200, '<html>login page</html>');
    const html = await rejectionOf(rest.getPermissions());
    assert.equal(html.kind, 'malformed');
    assert.doesNotMatch(html.message, /login page/);

    answer(server, 204, undefined);
    assert.equal((await rejectionOf(rest.getSyncServiceStatus())).kind, 'malformed');

    answer(server, 200, { canManageAdministration: 'yes' });
    const shape = await rejectionOf(rest.getPermissions());
    assert.equal(shape.kind, 'malformed');
    assert.match(shape.message, /canManageAdministration/);

    answer(server, 200, [{ id: 42 }]);
    assert.equal((await rejectionOf(rest.listProviders())).kind, 'malformed');
    answer(server, 200, { state: 'fine' });
    assert.equal((await rejectionOf(rest.getSyncServiceStatus())).kind, 'malformed');
    answer(server, 200, { checkedAt: 'yesterday' });
    assert.equal((await rejectionOf(rest.checkConnection(fabrikamCheck()))).kind, 'malformed');
    answer(server, 201, {});
    assert.equal((await rejectionOf(rest.saveAccount(fabrikamAccount()))).kind, 'malformed');
  });

  test('a delete ignores whatever body a success carries', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    answer(server, 200, 'not json at all');
    assert.equal(await rest.deleteAccount('mailbox-alex-wilber'), undefined);
  });
});

describe('RestAdapter — the network, aborts and time limits', TEST_TIMEOUT, () => {
  test('nothing listening → unreachable', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    await server.close();
    const error = await rejectionOf(rest.listProviders());
    assert.equal(error.kind, 'unreachable');
    assert.ok(!(error.cause instanceof RestResponseError));
  });

  test('a connection dropped mid-answer → unreachable', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    server.respondNext((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('[{"id":');
      setTimeout(() => res.socket.destroy(), 20);
    });
    assert.equal((await rejectionOf(rest.listProviders())).kind, 'unreachable');
  });

  test('the caller aborts mid-request → aborted, and the server sees the client go', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    let arrived;
    const arrival = new Promise((resolve) => (arrived = resolve));
    server.respondNext(async (_req, res) => {
      arrived();
      await holdUntilGone(res, 5000);
    });
    const controller = new AbortController();
    const call = rest.listProviders({ signal: controller.signal });
    await arrival;
    controller.abort();
    const error = await rejectionOf(call);
    assert.equal(error.kind, 'aborted');
    await waitFor(() => server.exchanges[0].clientGone);
  });

  test('the caller aborts while the body is still arriving → aborted', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const controller = new AbortController();
    server.respondNext(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      setTimeout(() => controller.abort(), 20);
      await holdUntilGone(res, 5000);
    });
    assert.equal((await rejectionOf(rest.listProviders({ signal: controller.signal }))).kind, 'aborted');
  });

  test('a signal that already fired rejects aborted without a request', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const error = await rejectionOf(rest.saveAccount(fabrikamAccount(), { signal: AbortSignal.abort() }));
    assert.equal(error.kind, 'aborted');
    assert.equal((await rejectionOf(rest.findProviderByDomain('contoso.com', { signal: AbortSignal.abort() }))).kind, 'aborted');
    assert.deepEqual(server.exchanges, []);
  });

  test('no answer within timeoutMs → timeout, and the request is cancelled', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url, timeoutMs: 100 });
    server.respondNext((_req, res) => holdUntilGone(res, 5000));
    const started = Date.now();
    const error = await rejectionOf(rest.checkConnection(fabrikamCheck(), { signal: new AbortController().signal }));
    assert.equal(error.kind, 'timeout');
    assert.ok(Date.now() - started < 3000);
    assert.ok(!(error.cause instanceof RestResponseError));
    await waitFor(() => server.exchanges[0].clientGone);
  });

  test('the time limit covers a body that stalls after the headers', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url, timeoutMs: 150 });
    server.respondNext(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"canManage');
      await holdUntilGone(res, 5000);
    });
    assert.equal((await rejectionOf(rest.getPermissions())).kind, 'timeout');
  });

  test("a caller's own AbortSignal.timeout surfaces as timeout, as everywhere in the library", async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url, timeoutMs: 0 });
    server.respondNext((_req, res) => holdUntilGone(res, 5000));
    assert.equal((await rejectionOf(rest.listAccounts({ signal: AbortSignal.timeout(80) }))).kind, 'timeout');
  });

  test('without AbortSignal.any and AbortSignal.timeout, the manual combination behaves the same', async () => {
    const server = await serve();
    const { any, timeout } = AbortSignal;
    delete AbortSignal.any;
    delete AbortSignal.timeout;
    try {
      const rest = new RestAdapter({ baseUrl: server.url, timeoutMs: 100 });
      server.respondNext((_req, res) => holdUntilGone(res, 5000));
      assert.equal((await rejectionOf(rest.listProviders({ signal: new AbortController().signal }))).kind, 'timeout');

      const controller = new AbortController();
      server.respondNext((_req, res) => {
        controller.abort();
        return holdUntilGone(res, 5000);
      });
      assert.equal((await rejectionOf(rest.listProviders({ signal: controller.signal }))).kind, 'aborted');
      assert.deepEqual(await rest.getPermissions(), { canManageAdministration: true });
    } finally {
      AbortSignal.any = any;
      AbortSignal.timeout = timeout;
    }
  });

  test("linkSignals: the fallback forwards the caller's abort, times out, and cleans up", async () => {
    const caller = new AbortController();
    const linked = linkSignals(caller.signal, 10_000, {});
    caller.abort(new Error('stop'));
    assert.equal(linked.signal.aborted, true);
    assert.equal(linked.signal.reason.message, 'stop');
    assert.equal(linked.timedOut(), false);
    linked.dispose();

    const timed = linkSignals(undefined, 20, {});
    await waitFor(() => timed.signal.aborted);
    assert.equal(timed.timedOut(), true);
    assert.equal(timed.signal.reason.name, 'TimeoutError');
    timed.dispose();

    const none = linkSignals(caller.signal, 0);
    assert.equal(none.signal, caller.signal);
    assert.equal(linkSignals(undefined, Infinity).signal, undefined);
  });
});

describe('RestAdapter — init, fetch and the base URL', TEST_TIMEOUT, () => {
  test('init headers reach the server; a session (401) or CSRF (403) failure is forbidden', async () => {
    const server = await serve({ session: { header: 'authorization', value: 'Bearer t0ken' }, csrf: { header: 'x-csrf-token', value: 'c5rf' } });
    const bare = new RestAdapter({ baseUrl: server.url });
    const session = await rejectionOf(bare.getPermissions());
    assert.equal(session.kind, 'forbidden');
    assert.equal(session.cause.status, 401, 'the host can tell an expired session from a missing permission');

    const noCsrf = new RestAdapter({ baseUrl: server.url, init: { headers: { Authorization: 'Bearer t0ken' } } });
    assert.deepEqual(await noCsrf.getPermissions(), { canManageAdministration: true });
    const csrf = await rejectionOf(noCsrf.deleteAccount('mailbox-alex-wilber'));
    assert.equal(csrf.kind, 'forbidden');
    assert.equal(csrf.cause.status, 403);

    const rest = new RestAdapter({ baseUrl: server.url, init: { headers: { Authorization: 'Bearer t0ken', 'X-CSRF-Token': 'c5rf' } } });
    assert.equal(await rest.deleteAccount('mailbox-alex-wilber'), undefined);
    assert.equal(server.exchanges.at(-1).headers['x-csrf-token'], 'c5rf');
  });

  test('an init function is called before every request, may be async, and cannot override method, body or JSON headers', async () => {
    const server = await serve();
    let calls = 0;
    const rest = new RestAdapter({
      baseUrl: server.url,
      init: async () => {
        calls += 1;
        await new Promise((resolve) => setTimeout(resolve, 1));
        return { method: 'DELETE', body: 'x', headers: { 'X-CSRF-Token': `token-${calls}`, 'Content-Type': 'text/plain', Accept: 'text/html' } };
      },
    });
    await rest.getPermissions();
    await rest.saveAccount(fabrikamAccount());
    assert.equal(calls, 2);
    const [get, post] = server.exchanges;
    assert.equal(get.method, 'GET');
    assert.equal(get.headers['x-csrf-token'], 'token-1');
    assert.equal(get.headers['content-type'], undefined);
    assert.equal(get.requestBody, '');
    assert.equal(post.method, 'POST');
    assert.equal(post.headers['x-csrf-token'], 'token-2');
    assert.equal(post.headers['content-type'], 'application/json');
    assert.equal(post.headers.accept, 'application/json');
  });

  test('credentials and the rest of init reach fetch; a custom fetch is called unbound', async () => {
    const server = await serve();
    const seen = [];
    const rest = new RestAdapter({
      baseUrl: server.url,
      init: { credentials: 'include', mode: 'cors', headers: new Headers({ 'X-Requested-With': 'mail-provider-elements' }) },
      fetch: function (url, init) {
        seen.push({ self: this, url, init });
        return fetch(url, init);
      },
    });
    await rest.listProviders();
    assert.equal(seen.length, 1);
    assert.equal(seen[0].self, undefined);
    assert.equal(seen[0].url, `${server.url}/providers`);
    assert.equal(seen[0].init.credentials, 'include');
    assert.equal(seen[0].init.mode, 'cors');
    assert.ok(seen[0].init.signal instanceof AbortSignal);
    assert.equal(server.exchanges[0].headers['x-requested-with'], 'mail-provider-elements');
  });

  test('an init that throws rejects with unknown; one that never settles still honours the signal', async () => {
    const server = await serve();
    const throwing = new RestAdapter({
      baseUrl: server.url,
      init: () => {
        throw new Error('no token');
      },
    });
    assert.equal((await rejectionOf(throwing.listProviders())).kind, 'unknown');
    const hanging = new RestAdapter({ baseUrl: server.url, init: () => new Promise(() => undefined), timeoutMs: 50 });
    assert.equal((await rejectionOf(hanging.listProviders())).kind, 'timeout');
    assert.deepEqual(server.exchanges, []);
  });

  test('the base URL: a trailing slash, a URL object and a query string all work; bad ones throw', async () => {
    const server = await serve();
    assert.equal(new RestAdapter({ baseUrl: `${server.url}/` }).baseUrl, server.url);
    await new RestAdapter({ baseUrl: new URL(`${server.url}///`) }).getPermissions();
    await new RestAdapter({ baseUrl: `${server.url}?tenant=adatum#x` }).getSyncServiceStatus();
    assert.deepEqual(pathsOf(server), ['GET /api/mail/permissions', 'GET /api/mail/sync-service?tenant=adatum']);

    assert.throws(() => new RestAdapter({ baseUrl: '/api/mail' }), TypeError, 'relative, with no page to resolve against');
    assert.throws(() => new RestAdapter({ baseUrl: 'ftp://127.0.0.1/api' }), TypeError);
    assert.throws(() => new RestAdapter({ baseUrl: 'http://user:pass@127.0.0.1/api' }), TypeError);
  });

  test('the body is taken when the call starts: later changes to the input are not sent', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const input = fabrikamAccount();
    const call = rest.saveAccount(input);
    input.displayName = 'Changed';
    assert.equal((await call).displayName, 'Lee Gu');
    const cyclic = fabrikamAccount();
    cyclic.self = cyclic;
    assert.equal((await rejectionOf(rest.saveAccount(cyclic))).kind, 'invalid');
  });
});

describe('RestAdapter — secrets (B3)', TEST_TIMEOUT, () => {
  test('secrets travel only in request bodies: never in a URL, never in an answer', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url, oauth: true });
    const results = [];
    const provider = await rest.saveProvider(exchangeInput());
    results.push(provider, await rest.listProviders(), await rest.findProviderByDomain('adatum.com'));
    const account = await rest.saveAccount(fabrikamAccount());
    results.push(account, await rest.listAccounts());
    results.push(await rest.checkConnection(fabrikamCheck()));
    results.push(
      await rest.saveAccount(fabrikamAccount({ id: account.id, auth: { method: 'basic', password: { action: 'replace', value: `${PASSWORD}-2` } } })),
    );
    const failure = await rejectionOf(rest.saveProvider(exchangeInput({ name: '' })));
    results.push(failure.message, failure.details);

    const urls = server.exchanges.map((exchange) => exchange.url).join('\n');
    const answers = server.exchanges.map((exchange) => exchange.responseBody).join('\n');
    const requests = server.exchanges.map((exchange) => exchange.requestBody).join('\n');
    for (const secret of [SECRET, PASSWORD]) {
      assert.ok(!urls.includes(secret), 'no secret in a URL');
      assert.ok(!answers.includes(secret), 'no secret in an answer');
      assert.ok(requests.includes(secret), 'the secret did travel, in a request body');
      assert.ok(!JSON.stringify(results).includes(secret), 'no secret in what the adapter returned');
    }
  });

  test('a secret a careless backend echoes is dropped by the schemas', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const leaky = (await server.adapter.listProviders()).map((provider) => ({
      ...provider,
      clientSecret: SECRET,
      auth: { ...provider.auth, clientSecret: SECRET },
    }));
    server.respondNext((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(leaky)));
    const providers = await rest.listProviders();
    assert.equal(providers.length, 3);
    assert.ok(!JSON.stringify(providers).includes(SECRET));
  });
});

/** Polls `condition` every 10 ms for up to 2 s. */
async function waitFor(condition) {
  const until = Date.now() + 2000;
  while (!condition()) {
    if (Date.now() > until) assert.fail('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
