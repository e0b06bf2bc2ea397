import { expect } from '@open-wc/testing';
import { InMemoryAdapter } from '../../src/adapter/index.js';
import { contosoAccount, fabrikamAccount, rejectionOf } from './helpers.js';

describe('InMemoryAdapter — mailboxes', () => {
  it('lists the demo mailboxes', async () => {
    const accounts = await new InMemoryAdapter().listAccounts();
    expect(accounts.map((a) => a.email)).to.deep.equal(['alex.wilber@contoso.com', 'megan.bowen@contoso.com']);
  });

  it('creates a Basic mailbox: connected, password flagged, login derived by the provider (R11)', async () => {
    const adapter = new InMemoryAdapter();
    const saved = await adapter.saveAccount(fabrikamAccount({ email: ' Lee.Gu@FABRIKAM.com ', login: 'ignored' }));
    expect(saved).to.deep.include({ email: 'Lee.Gu@fabrikam.com', login: 'Lee.Gu', status: 'connected', providerId: 'exchange-fabrikam' });
    expect(saved.auth).to.deep.equal({ method: 'basic', hasPassword: true });
    expect(saved.id).to.be.a('string').and.not.equal('');
    expect(await adapter.listAccounts()).to.deep.include(saved);
  });

  it('creates an OAuth 2.0 mailbox: connected, with the grant and who signed in', async () => {
    const saved = await new InMemoryAdapter().saveAccount(contosoAccount());
    expect(saved.status).to.equal('connected');
    expect(saved.auth).to.deep.equal({ method: 'oauth2', grantRef: 'grant-lidia', signedInAs: 'lidia.holloway@contoso.com' });
  });

  it('rejects an unknown provider or mailbox id with `not-found`', async () => {
    const adapter = new InMemoryAdapter();
    const provider = await rejectionOf(adapter.saveAccount(fabrikamAccount({ providerId: 'nope' })));
    expect(provider.kind).to.equal('not-found');
    expect(provider.details.field).to.equal('providerId');
    expect((await rejectionOf(adapter.saveAccount(fabrikamAccount({ id: 'nope' })))).kind).to.equal('not-found');
    expect((await rejectionOf(adapter.deleteAccount('nope'))).kind).to.equal('not-found');
  });

  it('validates against the provider: auth method, delivery, address, password', async () => {
    const adapter = new InMemoryAdapter();
    const wrongMethod = await rejectionOf(adapter.saveAccount(fabrikamAccount({ auth: { method: 'oauth2', grantRef: 'g' } })));
    expect(wrongMethod).to.deep.include({ kind: 'invalid' });
    expect(wrongMethod.details.field).to.equal('auth');
    expect((await rejectionOf(adapter.saveAccount(fabrikamAccount({ email: 'not-an-address' })))).details.field).to.equal('email');
    const keepNothing = await rejectionOf(adapter.saveAccount(fabrikamAccount({ auth: { method: 'basic', password: { action: 'keep' } } })));
    expect(keepNothing.details.field).to.equal('password');
    expect((await rejectionOf(adapter.saveAccount({ nope: true } as never))).kind).to.equal('invalid');
    expect(await adapter.listAccounts()).to.have.length(2);
  });

  it('refuses a mailbox that is already added with `conflict`', async () => {
    const error = await rejectionOf(new InMemoryAdapter().saveAccount(contosoAccount({ email: 'Alex.Wilber@contoso.com', login: '' })));
    expect(error.kind).to.equal('conflict');
    expect(error.details.field).to.equal('email');
  });

  it('updates a mailbox, keeping its stored password and status', async () => {
    const adapter = new InMemoryAdapter();
    const created = await adapter.saveAccount(fabrikamAccount());
    const updated = await adapter.saveAccount(
      fabrikamAccount({ id: created.id, displayName: 'Lee', auth: { method: 'basic', password: { action: 'keep' } } }),
    );
    expect(updated).to.deep.include({ id: created.id, displayName: 'Lee', status: 'connected' });
    expect(updated.auth).to.deep.equal({ method: 'basic', hasPassword: true });
    expect(await adapter.listAccounts()).to.have.length(3);
  });

  it('a new sign-in reconnects a mailbox that needed one', async () => {
    const adapter = new InMemoryAdapter();
    const [, megan] = await adapter.listAccounts();
    const same = await adapter.saveAccount({ ...megan!, auth: { method: 'oauth2', grantRef: 'grant-megan-bowen' } });
    expect(same.status).to.equal('needs-sign-in');
    const renewed = await adapter.saveAccount({ ...megan!, version: same.version, auth: { method: 'oauth2', grantRef: 'grant-new' } });
    expect(renewed.status).to.equal('connected');
    expect(renewed).not.to.have.property('statusReason');
  });

  it('keeps one default mailbox', async () => {
    const adapter = new InMemoryAdapter();
    const saved = await adapter.saveAccount(fabrikamAccount({ isDefault: true }));
    const defaults = (await adapter.listAccounts()).filter((a) => a.isDefault).map((a) => a.id);
    expect(defaults).to.deep.equal([saved.id]);
  });

  it('deletes a mailbox', async () => {
    const adapter = new InMemoryAdapter();
    await adapter.deleteAccount('mailbox-megan-bowen');
    expect((await adapter.listAccounts()).map((a) => a.id)).to.deep.equal(['mailbox-alex-wilber']);
  });
});
