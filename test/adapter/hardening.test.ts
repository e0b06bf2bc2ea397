// Issue 10, items 2, 3 and 4 for InMemoryAdapter: idempotent creates, record versions
// with stale-version conflicts, and storage that never loses data silently.
import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_KEY, InMemoryAdapter, MailSetupError } from '../../src/adapter/index.js';
import { MapStorage, exchangeInput, fabrikamAccount, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — idempotent creates (item 2)', () => {
  it('a create repeated with the same key returns the first record instead of a second one', async () => {
    const adapter = new InMemoryAdapter();
    const first = await adapter.saveProvider(exchangeInput(), { idempotencyKey: 'submit-1' });
    const again = await adapter.saveProvider(exchangeInput(), { idempotencyKey: 'submit-1' });
    expect(again).to.deep.equal(first);
    expect((await adapter.listProviders()).filter((p) => p.name === 'Adatum Exchange')).to.have.length(1);

    const account = await adapter.saveAccount(fabrikamAccount(), { idempotencyKey: 'submit-2' });
    expect(await adapter.saveAccount(fabrikamAccount(), { idempotencyKey: 'submit-2' })).to.deep.equal(account);
    expect((await adapter.listAccounts()).filter((a) => a.email === 'lee.gu@fabrikam.com')).to.have.length(1);
  });

  it('another key is another create; no key keeps the old behaviour', async () => {
    const adapter = new InMemoryAdapter({ data: 'empty' });
    await adapter.saveProvider(exchangeInput(), { idempotencyKey: 'a' });
    const other = await rejectionOf(adapter.saveProvider(exchangeInput(), { idempotencyKey: 'b' }));
    expect(other.kind).to.equal('conflict'); // a real second create: its domain is taken by the first
    await adapter.saveProvider(exchangeInput({ name: 'Second', domains: [] }));
    expect(await adapter.listProviders()).to.have.length(2);
  });

  it('a provider key does not replay a mailbox, and a replay still needs permission', async () => {
    const adapter = new InMemoryAdapter();
    await adapter.saveProvider(exchangeInput(), { idempotencyKey: 'same' });
    const account = await adapter.saveAccount(fabrikamAccount(), { idempotencyKey: 'same' });
    expect(account.email).to.equal('lee.gu@fabrikam.com');
    adapter.canManageAdministration = false;
    expect((await rejectionOf(adapter.saveProvider(exchangeInput(), { idempotencyKey: 'same' }))).kind).to.equal('forbidden');
  });
});

describe('InMemoryAdapter — versions (item 3)', () => {
  it('1 on create, one more on every update; seed records start at 1', async () => {
    const adapter = new InMemoryAdapter();
    expect((await adapter.listProviders()).map((p) => p.version)).to.deep.equal([1, 1, 1]);
    const created = await adapter.saveProvider(exchangeInput());
    expect(created.version).to.equal(1);
    const updated = await adapter.saveProvider({ ...exchangeInput({ name: 'Renamed' }), id: created.id, version: 1, auth: { method: 'basic' } });
    expect(updated.version).to.equal(2);
    const account = await adapter.saveAccount(fabrikamAccount());
    expect(account.version).to.equal(1);
    const again = await adapter.saveAccount({
      ...fabrikamAccount({ displayName: 'L. Gu' }),
      id: account.id,
      version: 1,
      auth: { method: 'basic', password: { action: 'keep' } },
    });
    expect(again.version).to.equal(2);
  });

  it('an update from a stale version is refused with conflict / stale-version, and nothing changes', async () => {
    const adapter = new InMemoryAdapter();
    const provider = (await adapter.listProviders()).find((p) => p.id === 'exchange-fabrikam')!;
    const input = {
      ...exchangeInput({ name: 'First editor', domains: ['fabrikam.com'], serviceAddress: 'mail.fabrikam.com' }),
      id: provider.id,
      version: 1,
      auth: { method: 'basic' as const },
    };
    await adapter.saveProvider(input);
    const error = await rejectionOf(adapter.saveProvider({ ...input, name: 'Second editor' }));
    expect(error.kind).to.equal('conflict');
    expect(error.details).to.include({ reason: 'stale-version', currentVersion: 2 });
    expect((await adapter.listProviders()).find((p) => p.id === provider.id)!.name).to.equal('First editor');

    const account = (await adapter.listAccounts())[0]!;
    const accountInput = {
      ...fabrikamAccount(),
      ...account,
      id: account.id,
      version: 7,
      auth: { method: 'oauth2' as const, grantRef: 'grant-alex-wilber' },
    };
    const stale = await rejectionOf(adapter.saveAccount(accountInput));
    expect(stale.details).to.include({ reason: 'stale-version', currentVersion: 1 });
  });

  it('a provider change that brings its mailboxes in line bumps their versions too', async () => {
    const adapter = new InMemoryAdapter();
    const m365 = (await adapter.listProviders()).find((p) => p.id === 'm365-contoso')!;
    await adapter.saveProvider({ ...exchangeInput(), ...m365, id: m365.id, auth: { method: 'basic' }, domains: m365.domains } as never);
    const versions = (await adapter.listAccounts()).map((a) => a.version);
    expect(versions).to.deep.equal([2, 2]);
  });
});

describe('InMemoryAdapter — storage that never loses data silently (item 4)', () => {
  const newer = JSON.stringify({ version: 99, providers: [{ id: 'from-the-future' }], accounts: [], somethingNew: true });
  const oneBadRow = JSON.stringify({ version: 1, providers: [{ id: 42 }], accounts: [] });

  for (const [what, text] of [
    ['a newer format', newer],
    ['one bad row', oneBadRow],
    ['text that is not JSON', '{not json'],
  ] as const) {
    it(`${what}: kept aside, reported to the host, and never overwritten`, async () => {
      const storage = new MapStorage();
      storage.setItem(DEFAULT_STORAGE_KEY, text);
      const reported: MailSetupError[] = [];
      const adapter = new InMemoryAdapter({ storage, onStorageError: (error) => reported.push(error) });
      expect(reported).to.have.length(1);
      expect(reported[0]).to.be.instanceOf(MailSetupError);
      expect(reported[0]!.details.reason).to.equal('storage-unreadable');
      await adapter.deleteAccount('mailbox-megan-bowen');
      const kept = [...storage.map.entries()].filter(([, value]) => value === text);
      expect(kept, 'the unreadable text survives the first write').to.have.length(1);
      expect(kept[0]![0]).to.not.equal(DEFAULT_STORAGE_KEY);
      expect(kept[0]![0]).to.include(DEFAULT_STORAGE_KEY);
    });
  }

  it('a save that storage refuses (quota) rejects, and the adapter keeps what was stored before', async () => {
    const storage = new MapStorage();
    const adapter = new InMemoryAdapter({ storage });
    await adapter.deleteAccount('mailbox-megan-bowen');
    storage.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const error = await rejectionOf(adapter.saveProvider(exchangeInput()));
    expect(error.kind).to.equal('unknown');
    expect(error.details.reason).to.equal('storage');
    expect((await adapter.listProviders()).map((p) => p.name)).not.to.include('Adatum Exchange');
    expect(await adapter.listAccounts()).to.have.length(1);
  });

  it("two tabs: each sees the other's writes, and neither overwrites the other's records", async () => {
    const storage = new MapStorage();
    const tabA = new InMemoryAdapter({ storage });
    const tabB = new InMemoryAdapter({ storage });
    const fromA = await tabA.saveProvider(exchangeInput());
    const fromB = await tabB.saveAccount(fabrikamAccount());
    expect((await tabB.listProviders()).map((p) => p.id)).to.include(fromA.id);
    const third = new InMemoryAdapter({ storage });
    expect((await third.listProviders()).map((p) => p.id)).to.include(fromA.id);
    expect((await third.listAccounts()).map((a) => a.id)).to.include(fromB.id);
  });

  it('two tabs editing one provider: the second save from the old version is a stale-version conflict', async () => {
    const storage = new MapStorage();
    const tabA = new InMemoryAdapter({ storage });
    const tabB = new InMemoryAdapter({ storage });
    const base = {
      ...exchangeInput({ serviceAddress: 'mail.fabrikam.com', domains: ['fabrikam.com'] }),
      id: 'exchange-fabrikam',
      version: 1,
      auth: { method: 'basic' as const },
    };
    await tabA.saveProvider({ ...base, name: 'Edited in A' });
    const error = await rejectionOf(tabB.saveProvider({ ...base, name: 'Edited in B' }));
    expect(error.details.reason).to.equal('stale-version');
    expect((await new InMemoryAdapter({ storage }).listProviders()).find((p) => p.id === 'exchange-fabrikam')!.name).to.equal('Edited in A');
  });

  it("picks up another tab's change from the storage event and tells subscribers", async () => {
    const storageKey = `mail-provider-elements:test-${Math.random()}`;
    const adapter = new InMemoryAdapter({ storage: window.localStorage, storageKey });
    try {
      let told = 0;
      adapter.subscribe(() => told++);
      const other = new InMemoryAdapter({ storage: window.localStorage, storageKey });
      await other.deleteAccount('mailbox-megan-bowen');
      other.dispose();
      window.dispatchEvent(
        new StorageEvent('storage', { key: storageKey, newValue: window.localStorage.getItem(storageKey), storageArea: window.localStorage }),
      );
      expect(told).to.equal(1);
      expect(await adapter.listAccounts()).to.have.length(1);
    } finally {
      adapter.dispose();
      window.localStorage.removeItem(storageKey);
    }
  });
});
