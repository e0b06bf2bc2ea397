import { expect } from '@open-wc/testing';
import { InMemoryAdapter, withValidation } from '../../src/adapter/index.js';
import { PASSWORD, SECRET, exchangeInput, fabrikamAccount, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — secrets (B3)', () => {
  it('never returns, stores or logs a secret it was given', async () => {
    const storage = new Map<string, string>();
    const adapter = new InMemoryAdapter({
      storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
    });
    const results: unknown[] = [];
    const provider = await adapter.saveProvider(exchangeInput());
    results.push(provider, await adapter.listProviders(), await adapter.findProviderByDomain('adatum.com'));
    const account = await adapter.saveAccount(fabrikamAccount());
    results.push(account, await adapter.listAccounts());
    results.push(
      await adapter.checkConnection({
        providerId: 'exchange-fabrikam',
        email: 'lee.gu@fabrikam.com',
        login: 'lee.gu',
        auth: { method: 'basic', password: { action: 'replace', value: PASSWORD } },
      }),
    );
    const failure = await rejectionOf(adapter.saveProvider(exchangeInput({ name: '' })));
    results.push(failure.message, failure.details);
    const everything = JSON.stringify([results, [...storage.values()], adapter.calls]);
    expect(everything).not.to.include(SECRET);
    expect(everything).not.to.include(PASSWORD);
  });

  it('`replace` sets the client secret flag; `keep` keeps it; `keep` with none stored is refused', async () => {
    const adapter = new InMemoryAdapter();
    const created = await adapter.saveProvider(exchangeInput());
    expect(created.auth).to.deep.include({ hasClientSecret: true });
    const kept = await adapter.saveProvider(
      exchangeInput({
        id: created.id,
        auth: { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: { action: 'keep' } },
      }),
    );
    expect(kept.auth).to.deep.include({ hasClientSecret: true });

    // Fabrikam uses Basic: there is no stored secret to keep when it switches to OAuth 2.0.
    const error = await rejectionOf(
      adapter.saveProvider({
        ...exchangeInput({ domains: ['fabrikam.com'] }),
        id: 'exchange-fabrikam',
        auth: { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: { action: 'keep' } },
      }),
    );
    expect(error.kind).to.equal('invalid');
    expect(error.details.field).to.equal('auth.clientSecret');
  });

  it('`replace` sets the password flag; `keep` keeps it', async () => {
    const adapter = new InMemoryAdapter();
    const created = await adapter.saveAccount(fabrikamAccount());
    expect(created.auth).to.deep.equal({ method: 'basic', hasPassword: true });
    const kept = await adapter.saveAccount(fabrikamAccount({ id: created.id, auth: { method: 'basic', password: { action: 'keep' } } }));
    expect(kept.auth).to.deep.equal({ method: 'basic', hasPassword: true });
  });

  it('withValidation drops a secret a careless adapter echoes back', async () => {
    const inner = new InMemoryAdapter();
    const leaky = Object.assign(Object.create(inner) as InMemoryAdapter, {
      listProviders: async () => (await inner.listProviders()).map((p) => ({ ...p, auth: { ...p.auth, clientSecret: SECRET } })),
    });
    const providers = await withValidation(leaky).listProviders();
    expect(providers).to.have.length(3);
    expect(JSON.stringify(providers)).not.to.include(SECRET);
  });
});
