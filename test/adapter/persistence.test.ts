import { expect } from '@open-wc/testing';
import { DEFAULT_STORAGE_KEY, InMemoryAdapter } from '../../src/adapter/index.js';
import { MapStorage, exchangeInput, fabrikamAccount } from './helpers.js';

describe('InMemoryAdapter — persistence', () => {
  it("a second adapter on the same storage sees the first one's writes", async () => {
    const storage = new MapStorage();
    const first = new InMemoryAdapter({ storage });
    const provider = await first.saveProvider(exchangeInput());
    const account = await first.saveAccount(fabrikamAccount());
    await first.deleteAccount('mailbox-megan-bowen');

    const second = new InMemoryAdapter({ storage });
    expect(await second.listProviders()).to.deep.equal(await first.listProviders());
    expect((await second.listProviders()).map((p) => p.id)).to.include(provider.id);
    expect((await second.listAccounts()).map((a) => a.id)).to.deep.equal(['mailbox-alex-wilber', account.id]);
    expect([...storage.map.keys()]).to.deep.equal([DEFAULT_STORAGE_KEY]);
  });

  it('does not persist the switches, which belong to the host', async () => {
    const storage = new MapStorage();
    const first = new InMemoryAdapter({ storage, canManageAdministration: false, syncService: 'unreachable' });
    await first.deleteAccount('mailbox-megan-bowen');
    const second = new InMemoryAdapter({ storage });
    expect(second.canManageAdministration).to.equal(true);
    expect(second.syncService).to.equal('ok');
    expect(storage.map.get(DEFAULT_STORAGE_KEY)).not.to.include('canManageAdministration');
  });

  it('uses its own key', async () => {
    const storage = new MapStorage();
    await new InMemoryAdapter({ storage, storageKey: 'a' }).deleteAccount('mailbox-megan-bowen');
    expect(await new InMemoryAdapter({ storage, storageKey: 'b' }).listAccounts()).to.have.length(2);
    expect(await new InMemoryAdapter({ storage, storageKey: 'a' }).listAccounts()).to.have.length(1);
  });

  it('falls back to the initial data on corrupt or foreign stored data, without throwing', async () => {
    const corrupt = [
      '{not json',
      'null',
      '42',
      JSON.stringify({ version: 2, providers: [], accounts: [] }),
      JSON.stringify({ version: 1, providers: [{ id: 42 }], accounts: [] }),
      // a mailbox whose provider is missing
      JSON.stringify({
        version: 1,
        providers: [],
        accounts: [{ ...fabrikamAccount(), id: 'x', status: 'connected', auth: { method: 'basic', hasPassword: true } }],
      }),
    ];
    for (const text of corrupt) {
      const storage = new MapStorage();
      storage.setItem(DEFAULT_STORAGE_KEY, text);
      const adapter = new InMemoryAdapter({ storage });
      expect(await adapter.listProviders(), text).to.have.length(3);
    }
  });

  it('survives a storage that throws on every access', async () => {
    const broken = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const adapter = new InMemoryAdapter({ storage: broken });
    await adapter.deleteAccount('mailbox-megan-bowen');
    expect(await adapter.listAccounts()).to.have.length(1);
  });

  it('reset rewrites storage with the initial data', async () => {
    const storage = new MapStorage();
    const adapter = new InMemoryAdapter({ storage, data: 'empty' });
    await adapter.saveProvider(exchangeInput());
    adapter.reset();
    expect(await new InMemoryAdapter({ storage, data: 'empty' }).listProviders()).to.deep.equal([]);
    expect(await new InMemoryAdapter({ storage }).listProviders()).to.deep.equal([]);
  });

  it('works with window.localStorage', async () => {
    const storageKey = `mail-provider-elements:test-${Math.random()}`;
    try {
      const first = new InMemoryAdapter({ storage: window.localStorage, storageKey });
      await first.deleteAccount('mailbox-megan-bowen');
      const second = new InMemoryAdapter({ storage: window.localStorage, storageKey });
      expect((await second.listAccounts()).map((a) => a.id)).to.deep.equal(['mailbox-alex-wilber']);
    } finally {
      window.localStorage.removeItem(storageKey);
    }
  });
});
