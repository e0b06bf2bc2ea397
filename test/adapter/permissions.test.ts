import { expect } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import { exchangeInput, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — permissions (R1) and sync service (R2)', () => {
  it('reports CanManageAdministration, true by default', async () => {
    expect(await new InMemoryAdapter().getPermissions()).to.deep.equal({ canManageAdministration: true });
    expect(await new InMemoryAdapter({ canManageAdministration: false }).getPermissions()).to.deep.equal({ canManageAdministration: false });
  });

  it('refuses provider writes with `forbidden` without the permission, and changes nothing', async () => {
    const adapter = new InMemoryAdapter({ canManageAdministration: false });
    const before = await adapter.listProviders();
    expect((await rejectionOf(adapter.saveProvider(exchangeInput()))).kind).to.equal('forbidden');
    const [first] = before;
    expect((await rejectionOf(adapter.saveProvider({ ...exchangeInput(), id: first!.id }))).kind).to.equal('forbidden');
    expect((await rejectionOf(adapter.deleteProvider('imap-northwind'))).kind).to.equal('forbidden');
    expect(await adapter.listProviders()).to.deep.equal(before);
  });

  it('still lets a user without the permission read providers and add a mailbox with an existing one', async () => {
    const adapter = new InMemoryAdapter({ canManageAdministration: false });
    expect(await adapter.listProviders()).to.have.length(3);
    expect(await adapter.findProviderByDomain('contoso.com')).to.include({ id: 'm365-contoso' });
    const saved = await adapter.saveAccount({
      email: 'pat@northwindtraders.com',
      providerId: 'imap-northwind',
      login: 'pat',
      displayName: 'Pat',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: null,
      auth: { method: 'basic', password: { action: 'replace', value: 'x' } },
    });
    expect(saved.providerId).to.equal('imap-northwind');
  });

  it('follows the switch when it is flipped at run time', async () => {
    const adapter = new InMemoryAdapter();
    adapter.canManageAdministration = false;
    expect((await adapter.getPermissions()).canManageAdministration).to.equal(false);
    expect((await rejectionOf(adapter.deleteProvider('imap-northwind'))).kind).to.equal('forbidden');
    adapter.canManageAdministration = true;
    await adapter.deleteProvider('imap-northwind');
    expect((await adapter.listProviders()).map((p) => p.id)).not.to.include('imap-northwind');
  });

  it('reports the sync service state, `ok` by default, settable', async () => {
    const adapter = new InMemoryAdapter();
    expect(await adapter.getSyncServiceStatus()).to.deep.equal({ state: 'ok' });
    adapter.syncService = 'unreachable';
    expect(await adapter.getSyncServiceStatus()).to.deep.equal({ state: 'unreachable' });
    expect(await new InMemoryAdapter({ syncService: 'not-configured' }).getSyncServiceStatus()).to.deep.equal({ state: 'not-configured' });
  });
});
