import { expect } from 'chai';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createDemoData } from '../../src/adapter/in-memory-data.js';
import { MailSetupError } from '../../src/model/index.js';
import type { CheckStageReport } from '../../src/server/probes/stages.js';
import { createMailSetupHandler, type MailSetupHandlerOptions } from '../../src/server/handler.js';
import { listen } from '../../src/server/node-http.js';
import { openPglite, type SqlDatabase } from '../../src/server/store/sql.js';
import { SqlStore } from '../../src/server/store/sql-store.js';
import { PASSWORD, fabrikamAccount as account } from '../helpers/samples.mjs';
import { cleanDatabase, testKeys } from './helpers.js';

const BASE = 'http://127.0.0.1:4000/api/mail';

let db: SqlDatabase;
let store: SqlStore;
before(async () => {
  db = await openPglite();
});
after(() => db.close());
beforeEach(async () => {
  await cleanDatabase(db);
  store = new SqlStore(db, testKeys());
  await store.seed(createDemoData(), 'alice');
});

const users: Record<string, { userId: string; canManageAdministration: boolean }> = {
  alice: { userId: 'alice', canManageAdministration: true },
  bob: { userId: 'bob', canManageAdministration: false },
};

function handler(options: Partial<MailSetupHandlerOptions> = {}) {
  return createMailSetupHandler({
    store,
    authenticate: (request) => users[request.headers.get('x-user') ?? ''] ?? null,
    syncServiceStatus: () => 'ok',
    connectionChecker: () => Promise.resolve({}),
    ...options,
  });
}

function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; user?: string } = {}) {
  const headers: Record<string, string> = { 'x-user': init.user ?? 'alice', 'x-csrf-token': 't', ...init.headers };
  if (init.body !== undefined) headers['content-type'] ??= 'application/json';
  return new Request(`${BASE}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
}

describe('createMailSetupHandler', { timeout: 60_000 }, () => {
  it('refuses to start without an authenticate hook unless in development mode', () => {
    expect(() => createMailSetupHandler({ store })).to.throw(/authenticate/);
    expect(() => createMailSetupHandler({ store, development: true })).to.not.throw();
  });

  it('answers 401 without a session, and provider writes need CanManageAdministration (R1)', async () => {
    const handle = handler();
    expect((await handle(call('/providers', { user: 'nobody' }))).status).to.equal(401);
    const refused = await handle(call('/providers/imap-northwind', { method: 'DELETE', user: 'bob' }));
    expect(refused.status).to.equal(403);
    expect(await refused.json()).to.deep.include({
      error: { kind: 'forbidden', message: 'Managing providers needs CanManageAdministration', details: {} },
    });
    expect(await (await handle(call('/permissions', { user: 'bob' }))).json()).to.deep.equal({ canManageAdministration: false });
    expect((await handle(call('/discovery/example.com', { user: 'bob' }))).status).to.equal(403);
    expect((await handle(call('/providers/imap-northwind', { method: 'DELETE' }))).status).to.equal(204);
  });

  it('refuses cross-site requests and writes without the CSRF header', async () => {
    const handle = handler({ allowedOrigins: ['https://crm.example.com'] });
    expect((await handle(call('/providers', { headers: { origin: 'https://evil.example' } }))).status).to.equal(403);
    expect((await handle(call('/providers', { headers: { origin: 'null' } }))).status).to.equal(403);
    expect((await handle(call('/providers', { headers: { 'sec-fetch-site': 'cross-site' } }))).status).to.equal(403);
    expect((await handle(call('/providers', { headers: { origin: 'http://127.0.0.1:4000' } }))).status).to.equal(200);
    expect((await handle(call('/providers', { headers: { origin: 'https://crm.example.com' } }))).status).to.equal(200);
    const noToken = await handle(call('/accounts/mailbox-alex-wilber', { method: 'DELETE', headers: { 'x-csrf-token': '' } }));
    expect(noToken.status).to.equal(403);
    const verified = handler({ csrf: { header: 'x-csrf-token', verify: (token) => token === 'right' } });
    expect((await verified(call('/accounts/mailbox-alex-wilber', { method: 'DELETE', headers: { 'x-csrf-token': 'wrong' } }))).status).to.equal(403);
    expect((await verified(call('/accounts/mailbox-alex-wilber', { method: 'DELETE', headers: { 'x-csrf-token': 'right' } }))).status).to.equal(204);
  });

  it('415 for a body that is not JSON, 413 past the cap, 400 for JSON that is not an object', async () => {
    const handle = handler({ maxBodyBytes: 2048 });
    expect((await handle(call('/accounts', { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } }))).status).to.equal(415);
    expect((await handle(call('/accounts', { method: 'POST', body: { pad: 'x'.repeat(5000) } }))).status).to.equal(413);
    expect((await handle(call('/accounts', { method: 'POST', body: '[1]' }))).status).to.equal(400);
  });

  it('answers versions, refuses a stale update with conflict, and replays an idempotent create', async () => {
    const handle = handler();
    const created = await handle(call('/accounts', { method: 'POST', body: account(), headers: { 'idempotency-key': 'submit-1' } }));
    expect(created.status).to.equal(201);
    const first = (await created.json()) as { id: string; version: number };
    expect(first.version).to.equal(1);
    const again = await handle(call('/accounts', { method: 'POST', body: account(), headers: { 'idempotency-key': 'submit-1' } }));
    expect(again.status).to.equal(200);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    expect(((await again.json()) as { id: string }).id).to.equal(first.id);
    expect((await handle(call('/accounts', { method: 'POST', body: account(), headers: { 'idempotency-key': 'bad key' } }))).status).to.equal(422);

    const keep = { method: 'basic', password: { action: 'keep' } } as const;
    const update = await handle(call(`/accounts/${first.id}`, { method: 'PUT', body: account({ displayName: 'A', auth: keep, version: 1 }) }));
    expect(((await update.json()) as { version: number }).version).to.equal(2);
    const stale = await handle(call(`/accounts/${first.id}`, { method: 'PUT', body: account({ displayName: 'B', auth: keep, version: 1 }) }));
    expect(stale.status).to.equal(409);
    expect(((await stale.json()) as { error: { details: unknown } }).error.details).to.deep.equal({ reason: 'stale-version', currentVersion: 2 });
  });

  it('scopes mailboxes to their user and never answers a password', async () => {
    const handle = handler();
    const created = (await (await handle(call('/accounts', { method: 'POST', body: account() }))).json()) as { id: string };
    expect(await (await handle(call('/accounts', { user: 'bob' }))).json()).to.deep.equal([]);
    expect((await handle(call(`/accounts/${created.id}`, { method: 'DELETE', user: 'bob' }))).status).to.equal(404);
    expect((await handle(call(`/accounts/${created.id}`, { method: 'PUT', user: 'bob', body: account() }))).status).to.equal(404);
    const answers = await Promise.all([handle(call('/accounts')), handle(call('/providers'))].map(async (response) => (await response).text()));
    expect(answers.join()).to.not.include(PASSWORD);
    expect((await handle(call('/accounts/..', { method: 'DELETE' }))).status).to.equal(404);
  });

  it("streams a staged check as NDJSON, and a failure keeps the server's words but never the password", async () => {
    const stage = (name: CheckStageReport['stage'], state: CheckStageReport['state']): CheckStageReport => ({
      stage: name,
      state,
      at: new Date().toISOString(),
    });
    const handle = handler({
      connectionChecker: (target, { onStage }) => {
        onStage(stage('resolve', 'passed'));
        if (target.password === 'wrong') {
          return Promise.reject(
            new MailSetupError('auth-failed', 'refused', {
              stage: 'authenticate',
              rawCode: '535 5.7.3',
              serverReply: '535 5.7.3 Authentication unsuccessful',
            } as never),
          );
        }
        return Promise.resolve({ stages: [stage('resolve', 'passed')] });
      },
    });
    const check = (password: string) =>
      call('/connection-checks', {
        method: 'POST',
        headers: { accept: 'application/x-ndjson' },
        body: {
          providerId: 'exchange-fabrikam',
          email: 'lee.gu@fabrikam.com',
          login: 'lee.gu',
          auth: { method: 'basic', password: { action: 'replace', value: password } },
        },
      });
    const ok = await handle(check(PASSWORD));
    expect(ok.headers.get('content-type')).to.match(/application\/x-ndjson/);
    const lines = (await ok.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; stages?: unknown[] });
    expect(lines.map((line) => line.type)).to.deep.equal(['stage', 'result']);
    expect(lines[1]!.stages).to.have.length(1);
    const failed = (await (await handle(check('wrong'))).text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(failed.at(-1)).to.deep.include({ type: 'error', kind: 'auth-failed' });
    expect(failed.at(-1)!.details).to.deep.include({ rawCode: '535 5.7.3', stage: 'authenticate' });

    const plain = await handle(
      call('/connection-checks', {
        method: 'POST',
        body: {
          providerId: 'exchange-fabrikam',
          email: 'lee.gu@fabrikam.com',
          login: 'lee.gu',
          auth: { method: 'basic', password: { action: 'keep' } },
          accountId: 'nope',
        },
      }),
    );
    expect(plain.status).to.equal(404);
    expect(JSON.stringify(await plain.json())).to.not.include(PASSWORD);
  });

  it('stops a check when the client goes away', async () => {
    let aborted: Promise<void> | undefined;
    const handle = handler({
      connectionChecker: (_target, { signal }) => {
        aborted = new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true }));
      },
    });
    const served = await listen(handle);
    try {
      const controller = new AbortController();
      const pending = fetch(`${served.url}/api/mail/connection-checks`, {
        method: 'POST',
        signal: controller.signal,
        headers: { 'x-user': 'alice', 'x-csrf-token': 't', 'content-type': 'application/json', accept: 'application/x-ndjson' },
        body: JSON.stringify({
          providerId: 'imap-northwind',
          email: 'a@northwindtraders.com',
          login: 'a',
          auth: { method: 'basic', password: { action: 'replace', value: 'p' } },
        }),
      }).catch(() => undefined);
      while (!aborted) await new Promise((resolve) => setTimeout(resolve, 10));
      controller.abort();
      await pending;
      await aborted;
    } finally {
      await served.close();
    }
  });

  it('an invalid_grant from the identity provider leaves the mailbox needing sign-in', async () => {
    const grant = await store.createGrant('alice', 'm365-contoso', 'alex.wilber@contoso.com', { refreshToken: 'expired' });
    await store.saveAccount(
      'alice',
      {
        ...account({ email: 'alex.wilber@contoso.com', providerId: 'm365-contoso', login: 'alex.wilber@contoso.com' }),
        auth: { method: 'oauth2', grantRef: grant },
      },
      { id: 'mailbox-alex-wilber' },
    );
    const handle = handler({
      connectionChecker: () =>
        Promise.reject(new MailSetupError('auth-failed', 'refused', { stage: 'authenticate', rawCode: 'invalid_grant' } as never)),
    });
    const response = await handle(
      call('/connection-checks', {
        method: 'POST',
        body: {
          providerId: 'm365-contoso',
          email: 'alex.wilber@contoso.com',
          login: 'alex.wilber@contoso.com',
          auth: { method: 'oauth2', grantRef: grant },
        },
      }),
    );
    expect(response.status).to.equal(422);
    const [alex] = await store.listAccounts('alice');
    expect(alex).to.include({ status: 'needs-sign-in' });
  });

  it('development mode: loopback Host only, and its switches live in the database', async () => {
    const handle = createMailSetupHandler({ store, development: true, connectionChecker: () => Promise.resolve({}) });
    const request = (path: string, init: RequestInit = {}, host = '127.0.0.1:4000') =>
      handle(
        new Request(`http://${host}/api/mail${path}`, {
          ...init,
          headers: { 'x-csrf-token': 't', 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
        }),
      );
    expect((await request('/permissions', {}, 'crm.example.com')).status).to.equal(403);
    expect(await (await request('/permissions')).json()).to.deep.equal({ canManageAdministration: true });
    await request('/development', { method: 'PUT', body: JSON.stringify({ canManageAdministration: false, syncService: 'unreachable' }) });
    expect(await (await request('/permissions')).json()).to.deep.equal({ canManageAdministration: false });
    expect(await (await request('/sync-service')).json()).to.deep.equal({ state: 'unreachable' });
    expect((await request('/development', { method: 'PUT', body: JSON.stringify({ syncService: 'maybe' }) })).status).to.equal(422);
    const refused = await listen(handle, { development: true, host: '0.0.0.0' }).then(
      () => 'listened',
      (error: Error) => error.message,
    );
    expect(refused).to.match(/loopback only/);
  });
});
