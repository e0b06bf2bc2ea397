import { expect } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import { exchangeInput, imapInput, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — providers', () => {
  it('creates a provider with a generated id and stores the canonical input', async () => {
    const adapter = new InMemoryAdapter();
    const saved = await adapter.saveProvider(
      exchangeInput({
        name: '  Adatum  ',
        serviceAddress: 'HTTPS://Mail.Adatum.com/EWS/Exchange.asmx',
        domains: ['@Adatum.COM', 'eu.adatum.com'],
        auth: { method: 'oauth2', clientId: '{11111111-2222-4333-8444-55555555AAAA}', clientSecret: { action: 'replace', value: 'x' } },
      }),
    );
    expect(saved.id).to.be.a('string').and.not.equal('');
    expect(saved).to.deep.include({ type: 'exchange', name: 'Adatum', serviceAddress: 'mail.adatum.com', domains: ['adatum.com', 'eu.adatum.com'] });
    expect(saved.auth).to.deep.equal({ method: 'oauth2', clientId: '11111111-2222-4333-8444-55555555aaaa', hasClientSecret: true });
    expect(await adapter.listProviders()).to.deep.include(saved);
  });

  it('gives every new provider its own id', async () => {
    const adapter = new InMemoryAdapter({ data: 'empty' });
    const a = await adapter.saveProvider(exchangeInput());
    const b = await adapter.saveProvider(imapInput());
    expect(a.id).not.to.equal(b.id);
    expect(await adapter.listProviders()).to.have.length(2);
  });

  it('numbers new ids past the ones taken when crypto.randomUUID is missing (plain http)', async () => {
    const adapter = new InMemoryAdapter({
      data: {
        providers: [
          {
            id: 'provider-1',
            type: 'exchange',
            name: 'One',
            serviceAddress: 'one.example.com',
            loadEmails: true,
            sendEmails: true,
            loginFormat: 'email',
            auth: { method: 'basic' },
            domains: [],
          },
        ],
        accounts: [],
      },
    });
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const saved = await adapter.saveProvider(exchangeInput());
      expect(saved.id).to.equal('provider-2');
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(crypto.randomUUID).to.be.a('function');
  });

  it('updates a provider by id', async () => {
    const adapter = new InMemoryAdapter();
    const saved = await adapter.saveProvider(
      imapInput({ id: 'imap-northwind', name: 'Northwind (new)', domains: ['northwindtraders.com'], loginFormat: 'manual' }),
    );
    expect(saved).to.deep.include({ id: 'imap-northwind', name: 'Northwind (new)' });
    const providers = await adapter.listProviders();
    expect(providers).to.have.length(3);
    expect(providers.find((p) => p.id === 'imap-northwind')!.name).to.equal('Northwind (new)');
  });

  it('rejects an unknown id with `not-found`', async () => {
    const adapter = new InMemoryAdapter();
    expect((await rejectionOf(adapter.saveProvider(exchangeInput({ id: 'nope' })))).kind).to.equal('not-found');
    expect((await rejectionOf(adapter.deleteProvider('nope'))).kind).to.equal('not-found');
  });

  it('rejects a domain of another provider with `conflict`, naming the domain and the provider', async () => {
    const adapter = new InMemoryAdapter();
    const error = await rejectionOf(adapter.saveProvider(exchangeInput({ domains: ['adatum.com', 'Fabrikam.com'] })));
    expect(error.kind).to.equal('conflict');
    expect(error.details).to.include({ field: 'domains.1', domain: 'fabrikam.com', providerName: 'Fabrikam Exchange' });
    expect(await adapter.listProviders()).to.have.length(3);
  });

  it('lets a provider keep its own domains when it is saved again', async () => {
    const adapter = new InMemoryAdapter();
    const saved = await adapter.saveProvider({ ...exchangeInput(), id: 'exchange-fabrikam', domains: ['fabrikam.com'], auth: { method: 'basic' } });
    expect(saved.domains).to.deep.equal(['fabrikam.com']);
  });

  it('rejects other invalid input with `invalid`, naming the first field and listing all', async () => {
    const adapter = new InMemoryAdapter();
    const error = await rejectionOf(adapter.saveProvider(exchangeInput({ serviceAddress: 'not a host', loadEmails: false, sendEmails: false })));
    expect(error.kind).to.equal('invalid');
    expect(error.details.field).to.equal('serviceAddress');
    expect(error.details.fieldErrors).to.have.keys(['serviceAddress', 'delivery']);
  });

  it('calls a taken domain mixed with other errors `invalid`, not `conflict`', async () => {
    const error = await rejectionOf(new InMemoryAdapter().saveProvider(exchangeInput({ name: '  ', domains: ['fabrikam.com'] })));
    expect(error.kind).to.equal('invalid');
    expect(error.details.fieldErrors).to.include.keys('name', 'domains.0');
  });

  it('rejects input of the wrong shape with `invalid` instead of throwing', async () => {
    const adapter = new InMemoryAdapter();
    for (const garbage of [null, 42, 'x', {}, { type: 'pop3' }]) {
      expect((await rejectionOf(adapter.saveProvider(garbage as never))).kind).to.equal('invalid');
    }
    expect(await adapter.listProviders()).to.have.length(3);
  });

  it('refuses to delete a provider in use, listing its mailboxes (R15)', async () => {
    const adapter = new InMemoryAdapter();
    const error = await rejectionOf(adapter.deleteProvider('m365-contoso'));
    expect(error.kind).to.equal('in-use');
    expect(error.details.mailboxes).to.have.members(['alex.wilber@contoso.com', 'megan.bowen@contoso.com']);
    expect(error.details.providerName).to.equal('Microsoft 365 (Contoso)');
    expect((await adapter.listProviders()).map((p) => p.id)).to.include('m365-contoso');
  });

  it('deletes the provider once its mailboxes are deleted (R15)', async () => {
    const adapter = new InMemoryAdapter();
    await adapter.deleteAccount('mailbox-alex-wilber');
    expect((await rejectionOf(adapter.deleteProvider('m365-contoso'))).details.mailboxes).to.deep.equal(['megan.bowen@contoso.com']);
    await adapter.deleteAccount('mailbox-megan-bowen');
    await adapter.deleteProvider('m365-contoso');
    expect((await adapter.listProviders()).map((p) => p.id)).to.deep.equal(['exchange-fabrikam', 'imap-northwind']);
  });

  it('finds a provider by domain (R6): exact, subdomain, any case; null otherwise', async () => {
    const adapter = new InMemoryAdapter();
    expect((await adapter.findProviderByDomain('contoso.onmicrosoft.com'))!.id).to.equal('m365-contoso');
    expect((await adapter.findProviderByDomain(' Fabrikam.COM. '))!.id).to.equal('exchange-fabrikam');
    expect((await adapter.findProviderByDomain('eu.northwindtraders.com'))!.id).to.equal('imap-northwind');
    expect(await adapter.findProviderByDomain('example.org')).to.equal(null);
    expect(await adapter.findProviderByDomain('not a domain')).to.equal(null);
    expect(await adapter.findProviderByDomain('')).to.equal(null);
  });

  it('brings mailboxes in line when their provider changes', async () => {
    const adapter = new InMemoryAdapter();
    await adapter.saveProvider({
      id: 'm365-contoso',
      type: 'exchange',
      name: 'Microsoft 365 (Contoso)',
      serviceAddress: 'outlook.office365.com',
      loadEmails: true,
      sendEmails: false,
      loginFormat: 'mailbox-name',
      auth: { method: 'basic' },
      domains: ['contoso.com'],
    });
    const alex = (await adapter.listAccounts()).find((a) => a.id === 'mailbox-alex-wilber')!;
    expect(alex).to.deep.include({ login: 'alex.wilber', sendEmails: false, status: 'needs-sign-in' });
    expect(alex.auth).to.deep.equal({ method: 'basic', hasPassword: false });
  });
});
