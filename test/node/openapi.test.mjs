// dist/openapi.json (generated from the zod schemas by scripts/openapi.mjs) must
// describe what RestAdapter really sends and accepts. The built adapter talks to
// the contract server on loopback; every request and answer on the wire is then
// validated against the document's operation for that method and path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { RestAdapter } from '../../dist/adapter/rest-adapter.js';
import { MailSetupError } from '../../dist/model/errors.js';
import { startRestServer } from './rest-server.mjs';

const document = JSON.parse(readFileSync(new URL('../../dist/openapi.json', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'openapi', components: document.components });
/** The schema with its `#/components/…` refs pointing into the document registered above. */
function rebase(schema) {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
}

/** Every operation: method, path pattern, the operation object. */
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`),
    op,
  })),
);

function operationFor(method, path) {
  const found = operations.filter((candidate) => candidate.method === method && candidate.pattern.test(path));
  assert.equal(found.length, 1, `exactly one operation for ${method} ${path}`);
  return found[0];
}

function assertValid(schema, value, what) {
  const validate = ajv.compile(rebase(schema));
  assert.ok(validate(value), `${what}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`);
}

const SECRET = 'never-in-a-response';

test('the document is OpenAPI 3.1, at the package version, and exported', () => {
  assert.equal(document.openapi, '3.1.0');
  assert.equal(document.info.version, pkg.version);
  assert.equal(pkg.exports['./openapi.json'], './dist/openapi.json');
});

test('every request RestAdapter sends and every answer it accepts matches the document', async () => {
  const server = await startRestServer();
  const adapter = new RestAdapter({ baseUrl: server.url, oauth: true });
  const calls = []; // [adapter method, exchange count before the call]
  async function call(method, ...args) {
    calls.push([method, server.exchanges.length]);
    try {
      return await adapter[method](...args);
    } catch (error) {
      assert.ok(error instanceof MailSetupError, `${method} rejects with a MailSetupError`);
      return error;
    }
  }
  try {
    await call('getPermissions');
    await call('getSyncServiceStatus');
    await call('listProviders');
    await call('findProviderByDomain', 'Contoso.com');
    await call('findProviderByDomain', 'unknown.example');
    const provider = await call('saveProvider', {
      type: 'imap-smtp',
      name: 'Adatum Mail',
      incoming: { host: 'imap.adatum.com', port: 993, security: 'ssl' },
      outgoing: { host: 'smtp.adatum.com', port: 587, security: 'starttls' },
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      auth: { method: 'oauth2', clientId: 'adatum-client', clientSecret: { action: 'replace', value: SECRET } },
      domains: ['adatum.com'],
    });
    assert.equal(provider.name, 'Adatum Mail');
    await call('saveProvider', {
      ...provider,
      id: provider.id,
      auth: { method: 'basic' },
      incoming: provider.incoming,
      outgoing: provider.outgoing,
      domains: ['adatum.com'],
    });
    const conflict = await call('saveProvider', { ...provider, id: undefined, name: 'Copy', auth: { method: 'basic' }, domains: ['contoso.com'] });
    assert.equal(conflict.kind, 'conflict');
    const invalid = await call('saveProvider', {
      ...provider,
      id: undefined,
      name: ' ',
      auth: { method: 'basic' },
      domains: [],
      loadEmails: false,
      sendEmails: false,
    });
    assert.equal(invalid.kind, 'invalid');
    const inUse = await call('deleteProvider', 'm365-contoso');
    assert.equal(inUse.kind, 'in-use');
    await call('listAccounts');
    const account = await call('saveAccount', {
      email: 'lee@adatum.com',
      providerId: provider.id,
      login: 'lee@adatum.com',
      displayName: 'Lee',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: '2024-01-01',
      auth: { method: 'basic', password: { action: 'replace', value: SECRET } },
    });
    assert.equal(account.email, 'lee@adatum.com');
    await call('saveAccount', { ...account, auth: { method: 'basic', password: { action: 'keep' } } });
    await call('checkConnection', {
      providerId: provider.id,
      email: 'lee@adatum.com',
      login: 'lee@adatum.com',
      auth: { method: 'basic', password: { action: 'replace', value: SECRET } },
    });
    const refused = await call('checkConnection', {
      providerId: provider.id,
      email: 'lee@adatum.com',
      login: 'lee@adatum.com',
      auth: { method: 'basic', password: { action: 'replace', value: 'wrong' } },
    });
    assert.equal(refused.kind, 'auth-failed');
    await call('signInWithOAuth', { providerId: 'm365-contoso', email: 'alex.wilber@contoso.com', login: 'alex.wilber@contoso.com' });
    await call('deleteAccount', account.id);
    await call('deleteProvider', provider.id);
    const gone = await call('deleteAccount', account.id);
    assert.equal(gone.kind, 'not-found');
  } finally {
    await server.close();
  }

  const base = new URL(server.url).pathname.replace(/\/$/, '');
  const seen = new Set();
  calls.forEach(([method, start], index) => {
    const end = calls[index + 1]?.[1] ?? server.exchanges.length;
    for (const exchange of server.exchanges.slice(start, end)) {
      const path = decodeURIComponent(new URL(exchange.url, 'http://127.0.0.1').pathname.slice(base.length));
      const { op, path: template, method: verb } = operationFor(exchange.method, path);
      const what = `${verb} ${template} (${method})`;
      seen.add(op.operationId);
      assert.equal(op['x-adapter-method'], method, `${what} is documented as serving ${method}`);
      if (op.requestBody) assertValid(op.requestBody.content['application/json'].schema, JSON.parse(exchange.requestBody), `${what} request`);
      else assert.equal(exchange.requestBody, '', `${what} sends no body`);
      const success = exchange.status >= 200 && exchange.status < 300;
      const documented = success ? Object.entries(op.responses).find(([status]) => status.startsWith('2'))?.[1] : op.responses.default;
      assert.ok(documented, `${what} documents a ${success ? 'success' : 'error'} answer`);
      const schema = documented.content?.['application/json']?.schema;
      if (schema) assertValid(schema, JSON.parse(exchange.responseBody), `${what} answer ${exchange.status}`);
      assert.ok(!exchange.responseBody.includes(SECRET), `${what} answer carries no secret`);
    }
  });
  assert.deepEqual([...seen].sort(), operations.map(({ op }) => op.operationId).sort(), 'every documented operation was exercised');
});

test('the document refuses what the adapter refuses', () => {
  const provider = document.components.schemas.MailProvider;
  const stored = {
    id: 'p',
    type: 'exchange',
    name: 'X',
    serviceAddress: 'mail.x.com',
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    auth: { method: 'basic' },
    domains: [],
  };
  assertValid(provider, stored, 'a stored provider');
  const validate = ajv.compile(rebase(provider));
  const withoutId = { ...stored };
  delete withoutId.id;
  assert.equal(validate(withoutId), false, 'a provider without id');
  const account = ajv.compile(rebase(document.components.schemas.MailAccountInput));
  assert.equal(
    account({
      email: 'a@b.c',
      providerId: 'p',
      login: 'a',
      displayName: '',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: '1 May',
      auth: { method: 'oauth2', grantRef: 'g' },
    }),
    false,
    'a loadFrom that is not YYYY-MM-DD',
  );
});
