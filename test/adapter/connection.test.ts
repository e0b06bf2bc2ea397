import { expect } from '@open-wc/testing';
import { DEMO_WRONG_PASSWORD, InMemoryAdapter } from '../../src/adapter/index.js';
import type { ConnectionCheckRequest } from '../../src/model/index.js';
import { rejectionOf } from './helpers.js';

const basic = (overrides: Partial<ConnectionCheckRequest> = {}): ConnectionCheckRequest => ({
  providerId: 'exchange-fabrikam',
  email: 'lee.gu@fabrikam.com',
  login: 'lee.gu',
  auth: { method: 'basic', password: { action: 'replace', value: 'correct horse' } },
  ...overrides,
});

const oauth = (grantRef: string): ConnectionCheckRequest => ({
  providerId: 'm365-contoso',
  email: 'alex.wilber@contoso.com',
  login: 'alex.wilber@contoso.com',
  auth: { method: 'oauth2', grantRef },
});

describe('InMemoryAdapter — connection check (B1)', () => {
  it('succeeds with an ISO time', async () => {
    const result = await new InMemoryAdapter().checkConnection(basic());
    expect(Number.isNaN(Date.parse(result.checkedAt))).to.equal(false);
    expect(result.checkedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(await new InMemoryAdapter().checkConnection(oauth('grant-x'))).to.have.property('checkedAt');
  });

  it('rejects an unknown provider with `not-found`', async () => {
    expect((await rejectionOf(new InMemoryAdapter().checkConnection(basic({ providerId: 'nope' })))).kind).to.equal('not-found');
  });

  it('rejects an Exchange check with `sync-service` while the service is not ok (R2), IMAP is not affected', async () => {
    const adapter = new InMemoryAdapter({ syncService: 'unreachable' });
    expect((await rejectionOf(adapter.checkConnection(basic()))).kind).to.equal('sync-service');
    adapter.syncService = 'not-configured';
    expect((await rejectionOf(adapter.checkConnection(oauth('g')))).kind).to.equal('sync-service');
    expect(await adapter.checkConnection(basic({ providerId: 'imap-northwind', login: 'lee' }))).to.have.property('checkedAt');
    adapter.syncService = 'ok';
    expect(await adapter.checkConnection(basic())).to.have.property('checkedAt');
  });

  it(`rejects the demo's wrong password "${DEMO_WRONG_PASSWORD}" with \`auth-failed\``, async () => {
    const error = await rejectionOf(
      new InMemoryAdapter().checkConnection(basic({ auth: { method: 'basic', password: { action: 'replace', value: DEMO_WRONG_PASSWORD } } })),
    );
    expect(error.kind).to.equal('auth-failed');
    expect(error.details.field).to.equal('password');
  });

  it('`keep` works only with a stored password', async () => {
    const adapter = new InMemoryAdapter();
    const keep = { method: 'basic', password: { action: 'keep' } } as const;
    expect((await rejectionOf(adapter.checkConnection(basic({ auth: keep })))).kind).to.equal('auth-failed');
    // Alex is an OAuth mailbox: no password stored.
    expect((await rejectionOf(adapter.checkConnection(basic({ auth: keep, accountId: 'mailbox-alex-wilber' })))).kind).to.equal('auth-failed');
    expect((await rejectionOf(adapter.checkConnection(basic({ auth: keep, accountId: 'nope' })))).kind).to.equal('not-found');
    const saved = await adapter.saveAccount({
      email: 'lee.gu@fabrikam.com',
      providerId: 'exchange-fabrikam',
      login: 'lee.gu',
      displayName: '',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: null,
      auth: { method: 'basic', password: { action: 'replace', value: 'p' } },
    });
    expect(await adapter.checkConnection(basic({ auth: keep, accountId: saved.id }))).to.have.property('checkedAt');
  });

  it('rejects OAuth 2.0 without a grant with `auth-failed`', async () => {
    expect((await rejectionOf(new InMemoryAdapter().checkConnection(oauth('')))).kind).to.equal('auth-failed');
  });

  it('rejects a request whose method does not match the provider, or of the wrong shape, with `invalid`', async () => {
    const adapter = new InMemoryAdapter();
    expect((await rejectionOf(adapter.checkConnection({ ...oauth('g'), providerId: 'exchange-fabrikam' }))).kind).to.equal('invalid');
    expect((await rejectionOf(adapter.checkConnection({ providerId: 'exchange-fabrikam' } as never))).kind).to.equal('invalid');
    expect((await rejectionOf(adapter.checkConnection(null as never))).kind).to.equal('invalid');
  });
});

describe('InMemoryAdapter — OAuth 2.0 sign-in', () => {
  const request = { providerId: 'm365-contoso', email: 'Lidia@Contoso.com', login: 'Lidia@contoso.com' };

  it('signs in as the address with a new grant', async () => {
    const adapter = new InMemoryAdapter();
    const first = await adapter.signInWithOAuth(request);
    expect(first.signedInAs).to.equal('Lidia@contoso.com');
    expect(first.grantRef).to.match(/^grant-/);
    expect((await adapter.signInWithOAuth(request)).grantRef).not.to.equal(first.grantRef);
  });

  it('rejects `cancelled` when a cancel fault is injected (the user closed the page)', async () => {
    const adapter = new InMemoryAdapter();
    adapter.injectFault('signInWithOAuth', { type: 'reject', kind: 'cancelled' }, { times: 1 });
    expect((await rejectionOf(adapter.signInWithOAuth(request))).kind).to.equal('cancelled');
    expect(await adapter.signInWithOAuth(request)).to.have.property('grantRef');
  });

  it('refuses an unknown provider, a Basic one, or a bad address', async () => {
    const adapter = new InMemoryAdapter();
    expect((await rejectionOf(adapter.signInWithOAuth({ ...request, providerId: 'nope' }))).kind).to.equal('not-found');
    expect((await rejectionOf(adapter.signInWithOAuth({ ...request, providerId: 'exchange-fabrikam' }))).kind).to.equal('invalid');
    expect((await rejectionOf(adapter.signInWithOAuth({ ...request, email: 'nope' }))).kind).to.equal('invalid');
  });

  it('a grant from sign-in saves a connected mailbox', async () => {
    const adapter = new InMemoryAdapter();
    const grant = await adapter.signInWithOAuth(request);
    const account = await adapter.saveAccount({
      email: grant.signedInAs,
      providerId: 'm365-contoso',
      login: '',
      displayName: 'Lidia',
      loadEmails: true,
      sendEmails: true,
      isDefault: false,
      isShared: false,
      loadFrom: null,
      auth: { method: 'oauth2', grantRef: grant.grantRef },
    });
    expect(account.status).to.equal('connected');
    expect(account.auth).to.deep.equal({ method: 'oauth2', grantRef: grant.grantRef, signedInAs: 'Lidia@contoso.com' });
  });
});
