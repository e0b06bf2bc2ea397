// Issue 10 against RestAdapter (items 1, 2, 3, 5, 6, 7, 8): redirects refused,
// idempotency keys, versions and stale-version conflicts, ids that cannot change a
// URL, a cap on answer size, 429 with Retry-After, and server text scrubbed from
// messages. Loopback HTTP servers only; runs against the built output.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import * as restModule from '../../dist/adapter/rest-adapter.js';
import { PASSWORD, SECRET, exchangeInput, fabrikamCheck } from '../helpers/samples.mjs';
import { rejectionOf, serve, track } from './rest-harness.mjs';

const { RestAdapter } = restModule;

const TEST_TIMEOUT = { timeout: 20_000 };

/** A bare loopback server that records what reaches it: the "other site" a redirect points at. */
async function otherSite() {
  const hits = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      hits.push({ method: req.method, url: req.url, body });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const site = {
    url: `http://127.0.0.1:${server.address().port}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
  return track(site);
}

describe('item 1: redirects are refused, so a secret never follows one', TEST_TIMEOUT, () => {
  for (const status of [307, 308, 301, 302, 303]) {
    test(`a ${status} to another origin: nothing reaches it, and the call rejects saying why`, async () => {
      const server = await serve();
      const other = await otherSite();
      server.respondNext((_req, res) => {
        res.writeHead(status, { location: `${other.url}/steal` }).end();
      });
      const rest = new RestAdapter({ baseUrl: server.url });
      const error = await rejectionOf(rest.saveProvider(exchangeInput()));
      assert.equal(error.kind, 'unknown');
      assert.equal(error.details.reason, 'redirect');
      assert.match(error.message, /redirect/i);
      assert.deepEqual(other.hits, [], 'the other site saw no request');
    });
  }

  test('a host init cannot turn following back on', async () => {
    const server = await serve();
    const other = await otherSite();
    server.respondNext((_req, res) => res.writeHead(307, { location: `${other.url}/x` }).end());
    const rest = new RestAdapter({ baseUrl: server.url, init: { redirect: 'follow' } });
    assert.equal((await rejectionOf(rest.checkConnection(fabrikamCheck()))).details.reason, 'redirect');
    assert.deepEqual(other.hits, []);
  });
});

describe('item 2: creates carry the idempotency key', TEST_TIMEOUT, () => {
  test('Idempotency-Key goes out on a create, and the contract server returns the first record on a retry', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const first = await rest.saveProvider(exchangeInput(), { idempotencyKey: 'submit-7' });
    const retry = await rest.saveProvider(exchangeInput(), { idempotencyKey: 'submit-7' });
    assert.deepEqual(retry, first);
    assert.equal(server.exchanges[0].headers['idempotency-key'], 'submit-7');
    assert.equal((await rest.listProviders()).filter((p) => p.name === 'Adatum Exchange').length, 1);
  });

  test('a stored create whose answer came back malformed: the retry with the same key makes no duplicate', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    server.respondNext(async (req, res, body) => {
      // The backend stores the provider, then a proxy garbles the answer.
      await server.adapter.saveProvider(JSON.parse(body), { idempotencyKey: req.headers['idempotency-key'] });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"garbled":');
    });
    assert.equal((await rejectionOf(rest.saveProvider(exchangeInput(), { idempotencyKey: 'k' }))).kind, 'malformed');
    const retried = await rest.saveProvider(exchangeInput(), { idempotencyKey: 'k' });
    assert.equal((await rest.listProviders()).filter((p) => p.name === 'Adatum Exchange').length, 1);
    assert.equal(retried.name, 'Adatum Exchange');
  });

  test('no key, no header; updates never send one', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const created = await rest.saveProvider(exchangeInput());
    await rest.saveProvider({ ...exchangeInput(), id: created.id, auth: { method: 'basic' } }, { idempotencyKey: 'ignored' });
    assert.equal(server.exchanges[0].headers['idempotency-key'], undefined);
    assert.equal(server.exchanges[1].headers['idempotency-key'], undefined);
  });
});

describe('item 3: versions over REST', TEST_TIMEOUT, () => {
  test('the version goes in the body; a stale one comes back as conflict / stale-version with the current version', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    const created = await rest.saveProvider(exchangeInput());
    assert.equal(created.version, 1);
    const input = { ...exchangeInput(), id: created.id, version: 1, auth: { method: 'basic' } };
    assert.equal((await rest.saveProvider(input)).version, 2);
    assert.equal(JSON.parse(server.exchanges[1].requestBody).version, 1);
    const error = await rejectionOf(rest.saveProvider({ ...input, name: 'Late editor' }));
    assert.equal(server.exchanges[2].status, 409);
    assert.equal(error.kind, 'conflict');
    assert.equal(error.details.reason, 'stale-version');
    assert.equal(error.details.currentVersion, 2);
  });

  test('a bare 409 with reason stale-version and no kind is still a conflict with the reason kept', async () => {
    const server = await serve();
    server.respondNext((_req, res) =>
      res
        .writeHead(409, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'changed', details: { reason: 'stale-version', currentVersion: 4 } } })),
    );
    const error = await rejectionOf(new RestAdapter({ baseUrl: server.url }).saveAccount({ id: 'x', version: 3 }));
    assert.equal(error.kind, 'conflict');
    assert.deepEqual(error.details, { reason: 'stale-version', currentVersion: 4 });
  });
});

describe('item 5: ids never change a URL', TEST_TIMEOUT, () => {
  for (const id of ['', '.', '..', 42, null]) {
    test(`${JSON.stringify(id)} is refused before any request, for every method with an id`, async () => {
      const server = await serve();
      const rest = new RestAdapter({ baseUrl: server.url });
      assert.equal((await rejectionOf(rest.deleteProvider(id))).kind, 'not-found');
      assert.equal((await rejectionOf(rest.deleteAccount(id))).kind, 'not-found');
      if (typeof id === 'string' && id !== '') {
        assert.equal((await rejectionOf(rest.saveProvider({ ...exchangeInput(), id }))).kind, 'not-found');
        assert.equal((await rejectionOf(rest.saveAccount({ id }))).kind, 'not-found');
      }
      assert.deepEqual(server.exchanges, []);
    });
  }

  test('every other id is one encoded path segment', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url });
    for (const id of ['...', '.a', '%2e%2e', 'a/../b', '?x', '#y']) await rejectionOf(rest.deleteAccount(id));
    assert.deepEqual(
      server.exchanges.map((e) => e.url),
      ['...', '.a', '%252e%252e', 'a%2F..%2Fb', '%3Fx', '%23y'].map((segment) => `/api/mail/accounts/${segment}`),
    );
  });
});

describe('item 6: answers are read up to a limit', TEST_TIMEOUT, () => {
  test('the default limit is documented and a few MiB', () => {
    assert.equal(restModule.DEFAULT_MAX_RESPONSE_BYTES, 4 * 1024 * 1024);
  });

  for (const [what, status] of [
    ['a success', 200],
    ['an error page', 500],
  ]) {
    test(`${what} larger than maxResponseBytes is malformed, read no further, with or without Content-Length`, async () => {
      const server = await serve();
      const rest = new RestAdapter({ baseUrl: server.url, maxResponseBytes: 64 * 1024 });
      const chunk = 'x'.repeat(64 * 1024);
      for (const declared of [true, false]) {
        let sent = 0;
        server.respondNext((_req, res) => {
          res.writeHead(status, declared ? { 'content-length': String(chunk.length * 400) } : {});
          let stopped = false;
          res.on('close', () => (stopped = true));
          const pump = () => {
            while (!stopped && sent < 400 && res.write(chunk)) sent++;
            if (stopped) return;
            if (sent < 400) res.once('drain', pump);
            else res.end();
          };
          pump();
        });
        const error = await rejectionOf(rest.listProviders());
        assert.equal(error.kind, 'malformed');
        assert.match(error.message, /65536 bytes/);
        assert.ok(sent < 400, `the client stopped reading (${sent} of 400 chunks sent)`);
      }
    });
  }

  test('an answer within the limit is read whole, whatever its chunks', async () => {
    const server = await serve();
    const rest = new RestAdapter({ baseUrl: server.url, maxResponseBytes: 10_000 });
    assert.equal((await rest.listProviders()).length, 3);
  });
});

describe('item 7: 429 is rate-limited, with Retry-After', TEST_TIMEOUT, () => {
  for (const [header, expected] of [
    ['120', 120],
    ['0', 0],
    [undefined, undefined],
    ['soon', undefined],
    ['-5', undefined],
  ]) {
    test(`Retry-After ${JSON.stringify(header)} → retryAfterSeconds ${String(expected)}`, async () => {
      const server = await serve();
      server.respondNext((_req, res) => res.writeHead(429, header === undefined ? {} : { 'retry-after': header }).end('Too Many Requests'));
      const error = await rejectionOf(new RestAdapter({ baseUrl: server.url }).listProviders());
      assert.equal(error.kind, 'rate-limited');
      assert.equal(error.details.retryAfterSeconds, expected);
    });
  }

  test('an HTTP date is turned into seconds from now', async () => {
    const server = await serve();
    const when = new Date(Date.now() + 90_000).toUTCString();
    server.respondNext((_req, res) => res.writeHead(429, { 'retry-after': when }).end());
    const error = await rejectionOf(new RestAdapter({ baseUrl: server.url }).listProviders());
    assert.ok(error.details.retryAfterSeconds >= 85 && error.details.retryAfterSeconds <= 91, String(error.details.retryAfterSeconds));
  });

  test('a body that names rate-limited with retryAfterSeconds is kept, on any status', async () => {
    const server = await serve();
    server.respondNext((_req, res) =>
      res
        .writeHead(503, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { kind: 'rate-limited', message: 'slow down', details: { retryAfterSeconds: 30 } } })),
    );
    const error = await rejectionOf(new RestAdapter({ baseUrl: server.url }).listProviders());
    assert.equal(error.kind, 'rate-limited');
    assert.equal(error.details.retryAfterSeconds, 30);
  });
});

describe('item 8: server text in messages is only what is safe to log', TEST_TIMEOUT, () => {
  async function messageFor(serverMessage, call = (rest) => rest.checkConnection(fabrikamCheck())) {
    const server = await serve();
    server.respondNext((_req, res) =>
      res.writeHead(422, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { kind: 'auth-failed', message: serverMessage } })),
    );
    return (await rejectionOf(call(new RestAdapter({ baseUrl: server.url })))).message;
  }

  test('a secret the request carried and the server echoed never reaches the message', async () => {
    const message = await messageFor(`Login failed for lee.gu with password ${PASSWORD}`);
    assert.doesNotMatch(message, new RegExp(PASSWORD));
    assert.doesNotMatch(message, /lee\.gu/);
    assert.match(message, /Login failed/);
    const secretMessage = await messageFor(`bad client secret "${SECRET}"`, (rest) => rest.saveProvider(exchangeInput()));
    assert.doesNotMatch(secretMessage, new RegExp(SECRET));
  });

  test('credential-looking pairs and tokens are scrubbed even when the request did not carry them', async () => {
    const message = await messageFor('upstream said password=hunter2&token=abc123; Authorization: Bearer eyJhbGciOi.xyz');
    for (const leaked of ['hunter2', 'abc123', 'eyJhbGciOi']) assert.doesNotMatch(message, new RegExp(leaked));
  });

  test('markup and control characters are removed, and the length is bounded', async () => {
    const message = await messageFor(`<script>alert(1)</script><b>Mailbox</b> locked\u0000\u001b[31m\u202e ${'x'.repeat(1000)}`);
    assert.doesNotMatch(message, /[<>]/);
    assert.doesNotMatch(message, /script/);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(message, /[\u0000-\u001f\u202e]/);
    assert.match(message, /Mailbox locked/);
    assert.ok(message.length <= 300, `length ${message.length}`);
  });

  test('the status text is held to the same rules', async () => {
    const server = await serve();
    server.respondNext((_req, res) => {
      res.statusMessage = `Denied ${PASSWORD}`;
      res.writeHead(500).end();
    });
    const error = await rejectionOf(new RestAdapter({ baseUrl: server.url }).checkConnection(fabrikamCheck()));
    assert.doesNotMatch(error.message, new RegExp(PASSWORD));
  });
});
