// The model entry must run on an integrator's server: Node, no DOM, no Lit.
// Runs against the *built* output, as a consumer would import it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = resolve(root, 'dist/model/index.js');

/** Every bare specifier imported by a module and the relative modules it pulls in. */
function bareImports(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  const found = [];
  for (const [, spec] of source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
    if (spec.startsWith('.')) found.push(...bareImports(resolve(dirname(file), spec), seen));
    else found.push(spec);
  }
  return found;
}

test('the model entry imports nothing but zod/mini', () => {
  const imports = new Set(bareImports(entry));
  assert.deepEqual(
    [...imports].filter((spec) => spec !== 'zod/mini'),
    [],
  );
});

test('the model entry runs without a DOM', async () => {
  assert.equal(typeof globalThis.document, 'undefined');
  const model = await import(entry);
  const result = model.validateProviderInput({
    type: 'exchange',
    name: 'Contoso',
    serviceAddress: 'https://Mail.Contoso.com/EWS/Exchange.asmx',
    loadEmails: true,
    sendEmails: false,
    loginFormat: 'email',
    auth: { method: 'oauth2', clientId: '0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0', clientSecret: { action: 'replace', value: 's3cret' } },
    domains: ['Contoso.com'],
  });
  assert.equal(result.ok, true);
  assert.equal(result.input.serviceAddress, 'mail.contoso.com');
  assert.equal(result.input.auth.clientId, '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0');
  assert.deepEqual(result.input.domains, ['contoso.com']);
  assert.equal(result.notes.serviceAddress, 'address-url-stripped');
});

test('the model entry reports field-keyed codes for a bad save', async () => {
  const model = await import(entry);
  const result = model.validateProviderInput({
    type: 'exchange',
    name: ' ',
    serviceAddress: '10.0.0.1',
    loadEmails: false,
    sendEmails: false,
    loginFormat: 'email',
    auth: { method: 'oauth2', clientId: 'not-a-guid', clientSecret: { action: 'keep' } },
    domains: [],
  });
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors, {
    name: { code: 'required' },
    serviceAddress: { code: 'address-ip-literal' },
    delivery: { code: 'delivery-none' },
    'auth.clientId': { code: 'client-id-not-guid' },
    'auth.clientSecret': { code: 'secret-required' },
  });
});

test('normalizeServiceAddress converts an IDN host to punycode in Node too', async () => {
  const { normalizeServiceAddress } = await import(entry);
  assert.deepEqual(normalizeServiceAddress('Почта.рф'), {
    ok: true,
    value: 'xn--80a1acny.xn--p1ai',
    host: 'xn--80a1acny.xn--p1ai',
    note: 'address-idn-converted',
  });
});

test('the model entry has what a server needs: validators, record builders and the error to answer with', async () => {
  const model = await import(entry);
  const input = {
    type: 'imap-smtp',
    name: 'Fabrikam Mail',
    incoming: { host: 'IMAP.fabrikam.com', port: 993, security: 'ssl' },
    outgoing: { host: 'smtp.fabrikam.com', port: 587, security: 'starttls' },
    loadEmails: true,
    sendEmails: false,
    loginFormat: 'email',
    auth: { method: 'basic' },
    domains: ['fabrikam.com'],
  };
  const valid = model.validateProviderInput(input);
  assert.equal(valid.ok, true);
  const provider = model.providerRecord(valid.input, 'p-1');
  assert.equal(provider.incoming.host, 'imap.fabrikam.com');

  const account = model.validateAccountInput(
    {
      email: 'lee@fabrikam.com',
      providerId: 'p-1',
      login: '',
      displayName: 'Lee',
      loadEmails: true,
      sendEmails: false,
      isDefault: true,
      isShared: false,
      loadFrom: null,
      auth: { method: 'basic', password: { action: 'replace', value: 'pw' } },
    },
    { provider },
  );
  assert.equal(account.ok, true);
  const stored = model.accountRecord(account.input, 'm-1', undefined);
  assert.deepEqual([stored.login, stored.status, stored.auth], ['lee@fabrikam.com', 'connected', { method: 'basic', hasPassword: true }]);
  assert.ok(!JSON.stringify(stored).includes('pw'), 'no password in the record');

  const check = model.validateConnectionCheckRequest(
    { providerId: 'p-1', email: 'lee@fabrikam.com', login: 'lee@fabrikam.com', auth: { method: 'oauth2', grantRef: 'g' } },
    { provider },
  );
  assert.equal(check.ok, false);
  const error = model.errorFromFieldErrors(check.errors);
  assert.ok(error instanceof model.MailSetupError);
  assert.deepEqual([error.kind, error.details.field], ['invalid', 'auth']);
});
