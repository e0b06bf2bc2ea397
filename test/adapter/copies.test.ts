import { expect } from '@open-wc/testing';
import { InMemoryAdapter, type InMemoryData } from '../../src/adapter/index.js';
import { exchangeInput, fabrikamAccount } from './helpers.js';

describe('InMemoryAdapter — copies in and out', () => {
  it('a caller changing a result changes nothing stored', async () => {
    const adapter = new InMemoryAdapter();
    const snapshot = JSON.stringify([await adapter.listProviders(), await adapter.listAccounts()]);

    const providers = await adapter.listProviders();
    providers[0]!.name = 'Changed';
    providers[0]!.domains.push('evil.com');
    providers.pop();
    const found = (await adapter.findProviderByDomain('fabrikam.com'))!;
    found.domains.length = 0;
    const accounts = await adapter.listAccounts();
    accounts[0]!.email = 'changed@example.com';
    (accounts[1]!.auth as { grantRef: string | null }).grantRef = 'stolen';

    expect(JSON.stringify([await adapter.listProviders(), await adapter.listAccounts()])).to.equal(snapshot);
  });

  it('a caller changing a saved result or its input afterwards changes nothing stored', async () => {
    const adapter = new InMemoryAdapter();
    const input = exchangeInput();
    const saved = await adapter.saveProvider(input);
    input.domains.push('later.com');
    input.name = 'Later';
    saved.domains.push('evil.com');
    const stored = (await adapter.listProviders()).find((p) => p.id === saved.id)!;
    expect(stored.name).to.equal('Adatum Exchange');
    expect(stored.domains).to.deep.equal(['adatum.com']);

    const accountInput = fabrikamAccount();
    const account = await adapter.saveAccount(accountInput);
    accountInput.displayName = 'Later';
    account.displayName = 'Changed';
    expect((await adapter.listAccounts()).find((a) => a.id === account.id)!.displayName).to.equal('Lee Gu');
  });

  it('an input changed while the call waits changes nothing stored', async () => {
    const adapter = new InMemoryAdapter({ latencyMs: 20 });
    const input = exchangeInput();
    const pending = adapter.saveProvider(input);
    input.name = 'Changed meanwhile';
    input.domains.push('meanwhile.com');
    const saved = await pending;
    expect(saved.name).to.equal('Adatum Exchange');
    expect(saved.domains).to.deep.equal(['adatum.com']);
  });

  it('data handed to the constructor is copied', async () => {
    const data: InMemoryData = { providers: [], accounts: [] };
    const adapter = new InMemoryAdapter({ data });
    data.providers.push({
      id: 'x',
      type: 'exchange',
      name: 'X',
      serviceAddress: 'x.example.com',
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      auth: { method: 'basic' },
      domains: [],
    });
    expect(await adapter.listProviders()).to.deep.equal([]);
  });

  it('createDemoData gives fresh objects each time', async () => {
    const { createDemoData } = await import('../../src/adapter/index.js');
    const a = createDemoData();
    a.providers[0]!.name = 'Changed';
    expect(createDemoData().providers[0]!.name).to.equal('Microsoft 365 (Contoso)');
  });
});
