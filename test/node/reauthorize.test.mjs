// Re-authorising a mailbox in place (issue 11, item 1) and provider changes that
// affect mailboxes (item 2), through InMemoryAdapter and through RestAdapter
// against the loopback contract server. Runs against the built output.

import assert from 'node:assert/strict';
import { after, afterEach, describe, test } from 'node:test';
import { MailSetupError } from '../../dist/model/errors.js';
import { InMemoryAdapter } from '../../dist/adapter/in-memory-adapter.js';
import { RestAdapter } from '../../dist/adapter/rest-adapter.js';
import { reauthorizeMailbox } from '../../dist/adapter/reauthorize.js';
import { withValidation } from '../../dist/adapter/validating-adapter.js';
import { startRestServer } from './rest-server.mjs';

const NEW_PASSWORD = 'N3w-pa55word-never-returned';
const servers = [];
afterEach(() => Promise.all(servers.splice(0).map((server) => server.close())));
after(() => Promise.all(servers.splice(0).map((server) => server.close())));

/** Each way of reaching the in-memory store: directly, and over HTTP. */
const ways = {
  InMemoryAdapter: async () => {
    const store = new InMemoryAdapter();
    return { adapter: store, store };
  },
  'RestAdapter (loopback)': async () => {
    const server = await startRestServer();
    servers.push(server);
    return { adapter: new RestAdapter({ baseUrl: server.url, oauth: true, reauthorize: true }), store: server.adapter, server };
  },
};

async function rejectionOf(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof MailSetupError, `expected a MailSetupError, got ${String(error)}`);
    return error;
  }
  return assert.fail('expected a rejection');
}

/** A mailbox with every setting away from its default, so a lost setting shows. */
async function seedBasicMailbox(store) {
  return store.saveAccount({
    email: 'pat@fabrikam.com',
    providerId: 'exchange-fabrikam',
    login: 'pat',
    displayName: 'Pat Smith',
    loadEmails: true,
    sendEmails: false,
    isDefault: false,
    isShared: true,
    loadFrom: '2023-02-01',
    auth: { method: 'basic', password: { action: 'replace', value: 'old-password' } },
  });
}

for (const [name, make] of Object.entries(ways)) {
  describe(`re-authorise in place — ${name}`, { timeout: 10_000 }, () => {
    test('Sign in again: a new grant, same id and settings, status back to connected without a reason', async () => {
      const { adapter, store } = await make();
      const [, megan] = await store.listAccounts();
      assert.equal(megan.status, 'needs-sign-in');
      const grant = await adapter.signInWithOAuth({ providerId: megan.providerId, email: megan.email, login: megan.login });
      const renewed = await adapter.reauthorizeAccount({ id: megan.id, auth: { method: 'oauth2', grantRef: grant.grantRef } });
      const settingsOf = (account) =>
        Object.fromEntries(Object.entries(account).filter(([key]) => !['status', 'statusReason', 'auth', 'version'].includes(key)));
      const { status, auth } = renewed;
      assert.deepEqual(settingsOf(renewed), settingsOf(megan));
      assert.equal(status, 'connected');
      assert.equal('statusReason' in renewed, false);
      assert.deepEqual(auth, { method: 'oauth2', grantRef: grant.grantRef, signedInAs: megan.email });
      assert.equal((await store.listAccounts()).length, 2, 'no second mailbox');
    });

    test('Change password: the new password is stored as a flag only; a login may change, the rest stays', async () => {
      const { adapter, store, server } = await make();
      const pat = await seedBasicMailbox(store);
      const renewed = await adapter.reauthorizeAccount({
        id: pat.id,
        auth: { method: 'basic', password: { action: 'replace', value: NEW_PASSWORD } },
      });
      assert.deepEqual(renewed, { ...pat, status: 'connected', version: pat.version + 1 });
      assert.ok(!JSON.stringify(await store.listAccounts()).includes(NEW_PASSWORD));
      if (server) {
        const exchange = server.exchanges.at(-1);
        assert.equal(exchange.method, 'PUT');
        assert.match(exchange.url, /\/accounts\/[^/]+\/credentials$/);
        assert.ok(!exchange.responseBody.includes(NEW_PASSWORD), 'the answer never carries the password');
      }
    });

    test('refuses keep for a Basic password, the wrong method, and an unknown id', async () => {
      const { adapter, store } = await make();
      const pat = await seedBasicMailbox(store);
      const keep = await rejectionOf(adapter.reauthorizeAccount({ id: pat.id, auth: { method: 'basic', password: { action: 'keep' } } }));
      assert.equal(keep.kind, 'invalid');
      assert.equal(keep.details.field, 'password');
      const wrong = await rejectionOf(adapter.reauthorizeAccount({ id: pat.id, auth: { method: 'oauth2', grantRef: 'g' } }));
      assert.equal(wrong.kind, 'invalid');
      const missing = await rejectionOf(adapter.reauthorizeAccount({ id: 'no-such-mailbox', auth: { method: 'oauth2', grantRef: 'g' } }));
      assert.equal(missing.kind, 'not-found');
      assert.equal((await store.listAccounts()).find((a) => a.id === pat.id).status, 'connected');
    });

    test('reauthorizeMailbox uses the adapter method, or saveAccount with the stored settings for an adapter without it', async () => {
      const { adapter, store } = await make();
      const [, megan] = await store.listAccounts();
      const rest = Object.fromEntries(
        [
          'getPermissions',
          'getSyncServiceStatus',
          'listProviders',
          'findProviderByDomain',
          'saveProvider',
          'deleteProvider',
          'listAccounts',
          'saveAccount',
          'deleteAccount',
          'checkConnection',
        ].map((method) => [method, adapter[method].bind(adapter)]),
      );
      const withoutMethod = withValidation(rest);
      assert.equal(typeof withoutMethod.reauthorizeAccount, 'undefined');
      const viaSave = await reauthorizeMailbox(withoutMethod, megan, { auth: { method: 'oauth2', grantRef: 'grant-via-save' } });
      assert.equal(viaSave.id, megan.id);
      assert.equal(viaSave.status, 'connected');
      assert.equal(viaSave.loadFrom, megan.loadFrom);
      const viaMethod = await reauthorizeMailbox(
        withValidation(adapter),
        { ...viaSave, displayName: 'stale copy' },
        { auth: { method: 'oauth2', grantRef: 'grant-3' } },
      );
      assert.equal(viaMethod.displayName, megan.displayName, 'only credentials travel: a stale copy of the settings cannot overwrite them');
    });

    test('a provider switched to Basic with Send emails off: its mailboxes need sign-in because the method changed', async () => {
      const { adapter, store } = await make();
      const m365 = (await store.listProviders()).find((p) => p.id === 'm365-contoso');
      await adapter.saveProvider({ ...m365, sendEmails: false, auth: { method: 'basic' } });
      const mailboxes = (await store.listAccounts()).filter((a) => a.providerId === 'm365-contoso');
      assert.deepEqual(
        mailboxes.map((a) => [a.email, a.status, a.statusReason, a.sendEmails, a.auth]),
        [
          ['alex.wilber@contoso.com', 'needs-sign-in', 'auth-method-changed', false, { method: 'basic', hasPassword: false }],
          ['megan.bowen@contoso.com', 'needs-sign-in', 'auth-method-changed', false, { method: 'basic', hasPassword: false }],
        ],
      );
    });
  });
}

describe('RestAdapter without `reauthorize: true`', () => {
  test('has no reauthorizeAccount, so the elements re-authorise with a full PUT of the stored settings', async () => {
    const server = await startRestServer();
    servers.push(server);
    const adapter = new RestAdapter({ baseUrl: server.url });
    assert.equal(adapter.reauthorizeAccount, undefined);
    const [, megan] = await adapter.listAccounts();
    const renewed = await reauthorizeMailbox(withValidation(adapter), megan, { auth: { method: 'oauth2', grantRef: 'grant-put' } });
    assert.equal(renewed.id, megan.id);
    assert.equal(renewed.status, 'connected');
    assert.match(server.exchanges.at(-1).url, /\/accounts\/[^/]+$/);
  });
});

describe('InMemoryAdapter demo switches (item 11)', () => {
  test('connectionCheck makes every check fail the chosen way until set back; reset restores it', async () => {
    const store = new InMemoryAdapter();
    const request = {
      providerId: 'imap-northwind',
      email: 'a@northwindtraders.com',
      login: 'a',
      auth: { method: 'basic', password: { action: 'replace', value: 'x' } },
    };
    const expected = {
      'dns-not-found': 'unreachable',
      'connection-refused': 'unreachable',
      'tls-expired': 'tls',
      'wrong-password': 'auth-failed',
      timeout: 'timeout',
    };
    for (const [outcome, kind] of Object.entries(expected)) {
      store.connectionCheck = outcome;
      assert.equal((await rejectionOf(store.checkConnection(request))).kind, kind, outcome);
    }
    store.connectionCheck = 'succeeds';
    assert.ok((await store.checkConnection(request)).checkedAt);
    store.connectionCheck = 'tls-expired';
    store.reset();
    assert.equal(store.connectionCheck, 'succeeds');
  });

  test('oauthSignIn: cancelled and fails reject with cancelled and auth-failed', async () => {
    const store = new InMemoryAdapter({ oauthSignIn: 'cancelled' });
    const request = { providerId: 'm365-contoso', email: 'x@contoso.com', login: 'x@contoso.com' };
    assert.equal((await rejectionOf(store.signInWithOAuth(request))).kind, 'cancelled');
    store.oauthSignIn = 'fails';
    assert.equal((await rejectionOf(store.signInWithOAuth(request))).kind, 'auth-failed');
    store.oauthSignIn = 'succeeds';
    assert.ok((await store.signInWithOAuth(request)).grantRef);
  });
});
