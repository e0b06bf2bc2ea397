import { expect } from 'chai';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createDemoData } from '../../src/adapter/in-memory-data.js';
import { KeyRing } from '../../src/server/keys.js';
import { migrate } from '../../src/server/store/migrations.js';
import type { SqlDatabase } from '../../src/server/store/sql.js';
import { SqlStore } from '../../src/server/store/sql-store.js';
import { PASSWORD, SECRET, exchangeInput as exchange, fabrikamAccount as mailbox } from '../helpers/samples.mjs';
import { cleanDatabase, databases, rejection, testKeys } from './helpers.js';

for (const database of databases()) {
  describe(`SqlStore on ${database.name}`, { timeout: 60_000 }, () => {
    let db: SqlDatabase;
    let keys: KeyRing;
    let store: SqlStore;

    before(async () => {
      db = await database.open();
    });
    after(() => db.close());
    beforeEach(async () => {
      await cleanDatabase(db);
      keys = testKeys();
      store = new SqlStore(db, keys);
      await store.seed(createDemoData(), 'alice');
    });

    it('applies each migration once, however often it is asked', async () => {
      expect(await migrate(db)).to.deep.equal([]);
      const { rows } = await db.query<{ version: number }>('select version from mail_setup_migrations');
      expect(rows.map((row) => Number(row.version)).sort()).to.deep.equal([1, 2]);
    });

    it('seeds an empty store once, with version 1 records in order', async () => {
      const demo = createDemoData();
      expect(await store.seed(demo, 'alice')).to.equal(false);
      expect(await store.listProviders()).to.deep.equal(demo.providers.map((provider) => ({ ...provider, version: 1 })));
      expect(await store.listAccounts('alice')).to.deep.equal(demo.accounts.map((account) => ({ ...account, version: 1 })));
      expect(await store.listAccounts('bob')).to.deep.equal([]);
    });

    it('counts versions and refuses a stale update with conflict and the current version', async () => {
      const { record } = await store.saveProvider('alice', exchange());
      expect(record.version).to.equal(1);
      const keep = { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: { action: 'keep' } } as const;
      const second = await store.saveProvider('alice', exchange({ name: 'A', auth: keep, version: 1 }), { id: record.id });
      expect(second.record.version).to.equal(2);
      const stale = await rejection(store.saveProvider('alice', exchange({ name: 'B', auth: keep, version: 1 }), { id: record.id }));
      expect(stale.kind).to.equal('conflict');
      expect(stale.details).to.include({ reason: 'stale-version', currentVersion: 2 });
      expect((await store.getProvider(record.id))?.name).to.equal('A');
      const unchecked = await store.saveProvider('alice', exchange({ name: 'C', auth: keep }), { id: record.id });
      expect(unchecked.record.version).to.equal(3);
      expect((await rejection(store.saveProvider('alice', exchange({ version: 0 }), { id: record.id }))).kind).to.equal('invalid');
    });

    it('a create repeated with the same idempotency key returns the first record', async () => {
      const first = await store.saveProvider('alice', exchange(), { idempotencyKey: 'submit-1' });
      const again = await store.saveProvider('alice', exchange(), { idempotencyKey: 'submit-1' });
      expect(again.record.id).to.equal(first.record.id);
      expect(again).to.include({ created: false, replayed: true });
      expect((await store.listProviders()).length).to.equal(4);
      const account = await store.saveAccount('alice', mailbox(), { idempotencyKey: 'submit-1' });
      const replay = await store.saveAccount('alice', mailbox(), { idempotencyKey: 'submit-1' });
      expect(replay.record.id).to.equal(account.record.id);
      // Keys belong to their user: Bob's same key is a new create.
      const bob = await store.saveAccount('bob', mailbox(), { idempotencyKey: 'submit-1' });
      expect(bob.record.id).to.not.equal(account.record.id);
    });

    it('parallel creates with one key make one record; parallel updates from one version make one change', async () => {
      const creates = await Promise.allSettled(Array.from({ length: 12 }, () => store.saveAccount('alice', mailbox(), { idempotencyKey: 'k' })));
      const ids = new Set(creates.map((result) => (result.status === 'fulfilled' ? result.value.record.id : 'failed')));
      expect([...ids])
        .to.have.length(1)
        .and.not.include('failed');
      const [id] = ids as Set<string>;
      const keep = { method: 'basic', password: { action: 'keep' } } as const;
      const updates = await Promise.allSettled(
        Array.from({ length: 12 }, (_, index) =>
          store.saveAccount('alice', mailbox({ displayName: `Lee ${index}`, auth: keep, version: 1 }), { id: id! }),
        ),
      );
      expect(updates.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      for (const result of updates) if (result.status === 'rejected') expect((result.reason as { kind: string }).kind).to.equal('conflict');
      expect((await store.listAccounts('alice')).find((account) => account.id === id)?.version).to.equal(2);
    });

    it('keeps secrets encrypted at rest, bound to their row, and readable after a key rotation', async () => {
      const { record } = await store.saveProvider('alice', exchange());
      const account = await store.saveAccount('alice', mailbox());
      const dump =
        JSON.stringify((await db.query('select * from mail_setup_providers')).rows) +
        JSON.stringify((await db.query('select * from mail_setup_accounts')).rows);
      expect(dump).to.not.include(SECRET).and.not.include(PASSWORD);
      expect(await store.providerSecret(record.id)).to.equal(SECRET);
      expect((await store.accountWithPassword('alice', account.record.id))?.password).to.equal(PASSWORD);
      expect(await store.accountWithPassword('bob', account.record.id)).to.equal(null);

      const rotated = new SqlStore(
        db,
        new KeyRing([{ id: 'k2', key: Buffer.alloc(32, 7) }, ...[keys].map(() => ({ id: 'k1', key: Buffer.alloc(0) }))].slice(0, 1)),
      );
      await rejection(rotated.providerSecret(record.id)); // a ring without the old key cannot read it

      const { rows } = await db.query<{ client_secret: string }>('select client_secret from mail_setup_providers where id = $1', [record.id]);
      await db.query('update mail_setup_providers set client_secret = $1 where id = $2', [rows[0]!.client_secret, 'm365-contoso']);
      await rejection(store.providerSecret('m365-contoso')); // a ciphertext moved to another row does not decrypt
    });

    it('scopes mailboxes to their user: another user cannot see, change or delete them', async () => {
      const { record } = await store.saveAccount('alice', mailbox());
      expect((await store.listAccounts('bob')).map((account) => account.id)).to.deep.equal([]);
      expect((await rejection(store.saveAccount('bob', mailbox({ displayName: 'x' }), { id: record.id }))).kind).to.equal('not-found');
      expect((await rejection(store.deleteAccount('bob', record.id))).kind).to.equal('not-found');
      expect((await rejection(store.saveAccount('alice', mailbox({ email: 'LEE.GU@fabrikam.com' })))).details).to.include({ field: 'email' });
      await store.saveAccount('bob', mailbox()); // the same address for another user is fine
      await store.deleteAccount('alice', record.id);
    });

    it("one default mailbox per user; provider changes bring every user's mailboxes in line", async () => {
      const bob = await store.saveAccount('bob', mailbox({ isDefault: true }));
      await store.saveAccount('alice', mailbox({ isDefault: true }));
      const alice = await store.listAccounts('alice');
      expect(alice.filter((account) => account.isDefault)).to.have.length(1);
      expect(alice.find((account) => account.id === 'mailbox-alex-wilber')?.version).to.equal(2);
      expect((await store.listAccounts('bob'))[0]?.isDefault).to.equal(true);

      const fabrikam = (await store.getProvider('exchange-fabrikam'))!;
      const { record } = await store.saveProvider(
        'alice',
        {
          ...fabrikam,
          sendEmails: false,
          auth: { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: { action: 'replace', value: SECRET } },
        },
        { id: fabrikam.id },
      );
      expect(record.sendEmails).to.equal(false);
      const [after] = await store.listAccounts('bob');
      expect(after).to.include({ id: bob.record.id, sendEmails: false, status: 'needs-sign-in', version: 2 });
      expect((await store.accountWithPassword('bob', bob.record.id))?.password).to.equal(null);
    });

    it("refuses to delete a provider in use, naming every user's mailboxes", async () => {
      await store.saveAccount('bob', mailbox());
      const error = await rejection(store.deleteProvider('exchange-fabrikam'));
      expect(error.kind).to.equal('in-use');
      expect(error.details).to.deep.equal({ providerName: 'Fabrikam Exchange', mailboxes: ['lee.gu@fabrikam.com'] });
      await store.deleteProvider('imap-northwind');
      expect((await rejection(store.deleteProvider('imap-northwind'))).kind).to.equal('not-found');
    });

    it('a domain of another provider is a conflict, decided inside the write', async () => {
      const results = await Promise.allSettled([
        store.saveProvider('alice', exchange({ name: 'One', domains: ['shared.example'] })),
        store.saveProvider('alice', exchange({ name: 'Two', domains: ['shared.example'] })),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      const failure = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(failure.reason).to.include({ kind: 'conflict' });
    });

    it('grants: per user, tokens encrypted, and a revoked grant leaves its mailboxes needing sign-in', async () => {
      const ref = await store.createGrant('alice', 'm365-contoso', 'lidia@contoso.com', { refreshToken: 'rt-secret' });
      expect(await store.getGrant('bob', ref)).to.equal(null);
      expect((await store.getGrant('alice', ref))?.tokens).to.deep.equal({ refreshToken: 'rt-secret' });
      expect(JSON.stringify((await db.query('select * from mail_setup_grants')).rows)).to.not.include('rt-secret');
      const account = await store.saveAccount('alice', {
        ...mailbox({ email: 'lidia@contoso.com', providerId: 'm365-contoso', login: 'lidia@contoso.com' }),
        auth: { method: 'oauth2', grantRef: ref },
      });
      expect(account.record.auth).to.deep.equal({ method: 'oauth2', grantRef: ref, signedInAs: 'lidia@contoso.com' });
      expect(
        (
          await rejection(
            store.saveAccount('bob', {
              ...mailbox({ email: 'x@contoso.com', providerId: 'm365-contoso', login: 'x@contoso.com' }),
              auth: { method: 'oauth2', grantRef: ref },
            }),
          )
        ).kind,
      ).to.equal('invalid');
      await store.revokeGrant('alice', ref);
      expect((await store.getGrant('alice', ref))?.tokens).to.equal(null);
      expect((await store.listAccounts('alice')).find((entry) => entry.id === account.record.id)).to.include({ status: 'needs-sign-in', version: 2 });
    });

    it('settings are shared through the database', async () => {
      expect(await store.getSetting('x')).to.equal(undefined);
      await store.setSetting('x', { state: 'ok' });
      await store.setSetting('x', { state: 'unreachable' });
      expect(await new SqlStore(db, keys).getSetting('x')).to.deep.equal({ state: 'unreachable' });
    });
  });
}
