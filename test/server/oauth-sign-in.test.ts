import { expect } from 'chai';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createDemoData } from '../../src/adapter/in-memory-data.js';
import { createMailSetupHandler } from '../../src/server/handler.js';
import { acquireAccessToken } from '../../src/server/probes/oauth.js';
import { openPglite, type SqlDatabase } from '../../src/server/store/sql.js';
import { SqlStore } from '../../src/server/store/sql-store.js';
import { makeCertificates, type TestCertificates } from './fixtures/certs.js';
import { startTokenEndpoint } from './fixtures/token-endpoint.js';
import { cleanDatabase, testKeys } from './helpers.js';

const ORIGIN = 'http://127.0.0.1:4000';
const CLIENT_ID = '8a1f6c2e-4b7d-4e3a-9c51-2f0d7b6e1a94';
const resolver = (host: string) =>
  host.endsWith('.test')
    ? Promise.resolve([{ address: '127.0.0.1', family: 4 }])
    : Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }));

let db: SqlDatabase;
let store: SqlStore;
let certs: TestCertificates;
let login: Awaited<ReturnType<typeof startTokenEndpoint>>;

before(async () => {
  [db, certs] = await Promise.all([openPglite(), makeCertificates()]);
  login = await startTokenEndpoint(certs.login);
});
after(async () => {
  await login.close();
  await db.close();
});
beforeEach(async () => {
  await cleanDatabase(db);
  store = new SqlStore(db, testKeys());
  await store.seed(createDemoData(), 'alice');
});

function handler() {
  const probes = { resolver, addressPolicy: { allowLoopback: true }, ca: [certs.ca] };
  return createMailSetupHandler({
    store,
    authenticate: (request) => ({ userId: request.headers.get('x-user') ?? 'alice', canManageAdministration: true }),
    oauth: { redirectUri: `${ORIGIN}/api/mail/oauth/callback`, authority: login.authority },
    probes,
  });
}

const get = (path: string, user = 'alice') => new Request(`${ORIGIN}/api/mail${path}`, { headers: { 'x-user': user } });

/** The outcome the popup page posts to its opener, and where. */
async function posted(response: Response): Promise<{ data: Record<string, unknown>; target: string }> {
  expect(response.headers.get('content-type')).to.match(/text\/html/);
  expect(response.headers.get('content-security-policy')).to.match(/^default-src 'none'; script-src 'sha256-/);
  const match = /var d=(.*?);if\(window\.opener\)\{window\.opener\.postMessage\(d,(".*?")\)/.exec(await response.text());
  return { data: JSON.parse(match![1]!) as Record<string, unknown>, target: JSON.parse(match![2]!) as string };
}

/** The nonce the authorize URL carries, if MSAL sent one (the id token must echo it). */
const nonceOf = (location: URL) => {
  const nonce = location.searchParams.get('nonce');
  return nonce === null ? {} : { nonce };
};

async function start(user = 'alice') {
  const response = await handler()(get('/oauth/start?providerId=m365-contoso&email=alex.wilber%40contoso.com', user));
  expect(response.status).to.equal(302);
  return new URL(response.headers.get('location')!);
}

describe('OAuth 2.0 sign-in: authorization code with PKCE', { timeout: 60_000 }, () => {
  it('start redirects to the authority with a S256 challenge, state and login hint; nothing secret in the URL', async () => {
    const location = await start();
    expect(location.origin + location.pathname).to.equal(`${login.authority}/oauth2/v2.0/authorize`);
    expect(location.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(location.searchParams.get('code_challenge')).to.match(/^[\w-]{43}$/);
    expect(location.searchParams.get('client_id')).to.equal(CLIENT_ID);
    expect(location.searchParams.get('redirect_uri')).to.equal(`${ORIGIN}/api/mail/oauth/callback`);
    expect(location.searchParams.get('login_hint')).to.equal('alex.wilber@contoso.com');
    expect(location.searchParams.get('scope')).to.include('offline_access');
    expect(location.href).to.not.match(/client_secret|code_verifier/);
  });

  it('the callback redeems the code with the verifier, stores the tokens encrypted and posts only a grantRef', async () => {
    const location = await start();
    const state = location.searchParams.get('state')!;
    login.issue('code-1', {
      challenge: location.searchParams.get('code_challenge')!,
      ...nonceOf(location),
      clientId: CLIENT_ID,
      username: 'alex.wilber@contoso.com',
    });
    const { data, target } = await posted(await handler()(get(`/oauth/callback?code=code-1&state=${state}`)));
    expect(target).to.equal(ORIGIN);
    expect(data).to.include({ type: 'mail-setup-oauth', signedInAs: 'alex.wilber@contoso.com' });
    expect(JSON.stringify(data)).to.not.match(/rt-valid|at-from-code/);
    const grant = await store.getGrant('alice', String(data.grantRef));
    expect(grant?.tokens?.msalCache).to.be.a('string').and.include('rt-valid');
    expect(JSON.stringify((await db.query('select * from mail_setup_grants')).rows)).to.not.include('rt-valid');

    // The grant then yields fresh tokens for checks (a silent refresh through MSAL's cache).
    const fresh = await acquireAccessToken(
      { clientId: CLIENT_ID, clientSecret: 'x' },
      grant!.tokens,
      ['https://outlook.office365.com/EWS.AccessAsUser.All'],
      { authority: login.authority },
      {
        resolver,
        policy: { allowLoopback: true },
        ca: [certs.ca],
        signal: new AbortController().signal,
      },
    );
    expect(fresh.accessToken).to.equal('at-fresh');

    // A state is used once.
    expect((await posted(await handler()(get(`/oauth/callback?code=code-1&state=${state}`)))).data.error).to.include({ kind: 'cancelled' });
  });

  it('a state started by another user, a declined consent, or a verifier that does not match fail without a grant', async () => {
    const bobs = await start('bob');
    expect((await posted(await handler()(get(`/oauth/callback?code=x&state=${bobs.searchParams.get('state')}`)))).data.error).to.include({
      kind: 'cancelled',
    });

    const declined = await start();
    const denial = await posted(
      await handler()(get(`/oauth/callback?error=access_denied&error_description=AADSTS65004&state=${declined.searchParams.get('state')}`)),
    );
    expect(denial.data.error).to.include({ kind: 'cancelled' });

    const mismatched = await start();
    login.issue('code-2', { challenge: 'not-the-challenge', clientId: CLIENT_ID, username: 'alex.wilber@contoso.com', ...nonceOf(mismatched) });
    const refused = await posted(await handler()(get(`/oauth/callback?code=code-2&state=${mismatched.searchParams.get('state')}`)));
    expect(refused.data.error).to.include({ kind: 'auth-failed', message: 'AADSTS501481' });
    expect((await db.query('select 1 from mail_setup_grants where tokens is not null')).rows).to.have.length(0);
  });
});
