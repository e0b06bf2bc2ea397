import { expect } from 'chai';
import { createServer as createTlsServer } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { CheckTarget } from '../../src/server/checks.js';
import { classifyAddress, isAddressAllowed } from '../../src/server/probes/address-policy.js';
import { createConnectionChecker, type ConnectionCheckerOptions } from '../../src/server/probes/checker.js';
import { resolveHost, type Resolver } from '../../src/server/probes/network.js';
import type { CheckStageReport } from '../../src/server/probes/stages.js';
import type { StoredProvider } from '../../src/server/store/store.js';
import { makeCertificates, type TestCertificates } from './fixtures/certs.js';
import { startHttpsServer } from './fixtures/https-server.js';
import { startImapServer, type ImapScript } from './fixtures/imap-server.js';
import { startTokenEndpoint } from './fixtures/token-endpoint.js';

/** Every test name resolves to loopback: nothing leaves 127.0.0.0/8. */
const resolver: Resolver = (host) => {
  if (host.endsWith('.test')) return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
  return Promise.reject(Object.assign(new Error(`queryA ENOTFOUND ${host}`), { code: 'ENOTFOUND' }));
};
const PASSWORD = 'imap-and-smtp-password';

let certs: TestCertificates;
before(async () => {
  certs = await makeCertificates();
});

const options = (extra: Partial<ConnectionCheckerOptions> = {}): ConnectionCheckerOptions => ({
  resolver,
  addressPolicy: { allowLoopback: true },
  stageTimeoutMs: 3000,
  ca: [certs.ca],
  ...extra,
});

function imapSmtp(incoming: number, outgoing: number, overrides: Record<string, unknown> = {}): StoredProvider {
  return {
    id: 'p',
    version: 1,
    type: 'imap-smtp',
    name: 'Test',
    incoming: { host: 'mail.test', port: incoming, security: 'none' },
    outgoing: { host: 'mail.test', port: outgoing, security: 'none' },
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'manual',
    auth: { method: 'basic' },
    domains: ['example.test'],
    ...overrides,
  } as StoredProvider;
}

const target = (provider: StoredProvider, extra: Partial<CheckTarget> = {}): CheckTarget => ({
  provider,
  email: 'lee@example.test',
  login: 'lee',
  password: PASSWORD,
  ...extra,
});

/** Runs a check; resolves its outcome (result or error) and every stage report it emitted. */
async function check(checkTarget: CheckTarget, checkerOptions = options(), signal = new AbortController().signal) {
  const reports: CheckStageReport[] = [];
  try {
    const result = await createConnectionChecker(checkerOptions)(checkTarget, { signal, onStage: (report) => reports.push(report) });
    return { ok: true as const, result, reports };
  } catch (error) {
    return { ok: false as const, error: error as { kind: string; message: string; details: Record<string, unknown> }, reports };
  }
}

const finals = (reports: CheckStageReport[]) =>
  reports.filter((report) => !['waiting', 'running'].includes(report.state)).map((report) => `${report.stage}:${report.state}`);

describe('address policy', () => {
  it('classifies loopback, private, reserved and public addresses, IPv4 inside IPv6 as IPv4', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.2'].map(classifyAddress)).to.deep.equal(['loopback', 'loopback', 'loopback']);
    expect(['10.1.2.3', '172.20.0.1', '192.168.1.1', '100.64.0.1', 'fd00::1'].map(classifyAddress)).to.deep.equal(Array(5).fill('private'));
    expect(['169.254.169.254', '0.0.0.0', '224.0.0.1', 'fe80::1', '::', 'nonsense'].map(classifyAddress)).to.deep.equal(Array(6).fill('reserved'));
    expect(['52.96.0.1', '2603:1036::1'].map(classifyAddress)).to.deep.equal(['public', 'public']);
  });

  it('refuses loopback and private targets unless allowed, and link-local always', async () => {
    const to =
      (address: string): Resolver =>
      () =>
        Promise.resolve([{ address, family: 4 }]);
    const refused = async (address: string, policy = {}) => {
      try {
        await resolveHost('mail.test', { resolver: to(address), policy });
        return 'allowed';
      } catch (error) {
        return (error as { details: { rawCode: string } }).details.rawCode;
      }
    };
    expect(await refused('127.0.0.1')).to.equal('ADDRESS_NOT_ALLOWED');
    expect(await refused('10.0.0.5')).to.equal('ADDRESS_NOT_ALLOWED');
    expect(await refused('127.0.0.1', { allowLoopback: true })).to.equal('allowed');
    expect(await refused('10.0.0.5', { allowPrivate: true })).to.equal('allowed');
    expect(await refused('10.0.0.5', { allowLoopback: true })).to.equal('ADDRESS_NOT_ALLOWED');
    expect(await refused('169.254.169.254', { allowLoopback: true, allowPrivate: true })).to.equal('ADDRESS_NOT_ALLOWED');
    expect(isAddressAllowed('52.96.0.1')).to.equal(true);
  });

  it('a whole check against a loopback server stops at resolve by default', async () => {
    const outcome = await check(target(imapSmtp(1, 1)), options({ addressPolicy: {} }));
    expect(outcome.ok).to.equal(false);
    expect(outcome.ok || outcome.error.details).to.include({ stage: 'resolve', rawCode: 'ADDRESS_NOT_ALLOWED' });
    expect(finals(outcome.reports)).to.deep.equal(['resolve:failed']);
  });
});

describe('DNS and TCP stages', () => {
  it('a name that does not resolve fails the resolve stage with ENOTFOUND', async () => {
    const outcome = await check(target(imapSmtp(1, 1, { incoming: { host: 'nowhere.invalid', port: 1, security: 'none' } })));
    expect(outcome.ok || [outcome.error.kind, outcome.error.details.stage, outcome.error.details.rawCode]).to.deep.equal([
      'unreachable',
      'resolve',
      'ENOTFOUND',
    ]);
  });

  it('a port nothing listens on fails the connect stage with ECONNREFUSED', async () => {
    const closed = createTlsServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const outcome = await check(target(imapSmtp(port, port)));
    expect(outcome.ok || [outcome.error.kind, outcome.error.details.stage, outcome.error.details.rawCode]).to.deep.equal([
      'unreachable',
      'connect',
      'ECONNREFUSED',
    ]);
  });
});

describe('TLS stage', () => {
  async function tlsCheck(pems: { key: string; cert: string }) {
    const server = createTlsServer(pems, (socket) => socket.end());
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // No IMAP behind it: the check passes TLS, then fails to log in.
      return await check(target(imapSmtp(port, port, { incoming: { host: 'mail.test', port, security: 'ssl' } })), options({ stageTimeoutMs: 1500 }));
    } finally {
      server.close();
    }
  }

  it('a trusted certificate for the host passes, reporting subject, issuer and expiry', async () => {
    const outcome = await tlsCheck(certs.valid);
    const tls = outcome.reports.find((report) => report.stage === 'tls' && report.state === 'passed');
    expect(tls?.detail?.certificate).to.include({ subject: 'CN=mail.test', issuer: 'CN=Mail Setup Test CA' });
    expect(Date.parse(tls!.detail!.certificate!.validTo)).to.be.greaterThan(Date.now());
  });

  for (const [name, key, code] of [
    ['self-signed', 'selfSigned', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['expired', 'expired', 'CERT_HAS_EXPIRED'],
    ['for another host', 'wrongHost', 'ERR_TLS_CERT_ALTNAME_INVALID'],
  ] as const) {
    it(`a ${name} certificate fails the tls stage with ${code} and the certificate`, async () => {
      const outcome = await tlsCheck(certs[key]);
      expect(outcome.ok).to.equal(false);
      if (outcome.ok) return;
      expect([outcome.error.kind, outcome.error.details.stage, outcome.error.details.rawCode]).to.deep.equal(['tls', 'tls', code]);
      expect(outcome.reports.find((report) => report.state === 'failed')?.detail?.certificate?.subject).to.match(/^CN=/);
    });
  }
});

describe('IMAP stages (scripted server)', () => {
  async function imapCheck(script: ImapScript, extra: Partial<ConnectionCheckerOptions> = {}, signal?: AbortSignal) {
    const server = await startImapServer(script);
    try {
      return { ...(await check(target(imapSmtp(server.port, 1, { sendEmails: false })), options(extra), signal)), commands: server.commands };
    } finally {
      await server.close();
    }
  }

  it('LOGIN ok and INBOX opened: every stage passes or is skipped', async () => {
    const outcome = await imapCheck('ok');
    expect(outcome.ok).to.equal(true);
    expect(finals(outcome.reports)).to.deep.equal([
      'resolve:passed',
      'connect:passed',
      'tls:skipped',
      'authenticate:passed',
      'mailbox:passed',
      'send:skipped',
    ]);
    expect(outcome.ok && outcome.result.stages).to.have.length(6);
    expect(outcome.commands).to.include.members(['LOGIN', 'EXAMINE']);
  });

  it("LOGIN failed: auth-failed at authenticate with the server's words, never the password", async () => {
    const outcome = await imapCheck('login-fails');
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect([outcome.error.kind, outcome.error.details.stage]).to.deep.equal(['auth-failed', 'authenticate']);
    expect(outcome.error.details.serverReply).to.match(/LOGIN failed/);
    expect(JSON.stringify([outcome.error.message, outcome.error.details, outcome.reports])).to.not.include(PASSWORD);
  });

  it('"User is authenticated but not connected" is forbidden at the mailbox stage, not a wrong password', async () => {
    const outcome = await imapCheck('not-connected');
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect([outcome.error.kind, outcome.error.details.stage]).to.deep.equal(['forbidden', 'mailbox']);
    expect(outcome.error.details.serverReply).to.match(/User is authenticated but not connected/);
  });

  it('a server that never greets hits the stage time limit', async () => {
    const outcome = await imapCheck('silent', { stageTimeoutMs: 400 });
    expect(outcome.ok || [outcome.error.kind, outcome.error.details.stage]).to.deep.equal(['timeout', 'authenticate']);
  });

  it('the whole check stops when its signal fires (the client went away)', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('client gone')), 200);
    const started = Date.now();
    const outcome = await imapCheck('silent', { stageTimeoutMs: 10_000 }, controller.signal);
    expect(outcome.ok).to.equal(false);
    expect(Date.now() - started).to.be.lessThan(3000);
    expect(outcome.reports.some((report) => report.stage === 'mailbox' && report.state === 'passed')).to.equal(false);
  });
});

describe('SMTP stage (smtp-server + nodemailer verify)', () => {
  const REPLIES: Record<string, [number, string]> = {
    'bad-password': [535, '5.7.3 Authentication unsuccessful'],
    'smtp-auth-disabled': [535, '5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'],
    'basic-off': [550, '5.7.30 Basic authentication is not supported for Client Submission.'],
  };
  let server: SMTPServer;
  let port = 0;
  before(async () => {
    server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth, _session, callback) {
        const reply = REPLIES[auth.username ?? ''];
        if (!reply) return callback(null, { user: auth.username });
        return callback(Object.assign(new Error(reply[1]), { responseCode: reply[0] }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const smtpOnly = () => imapSmtp(1, port, { loadEmails: false });

  it('AUTH accepted: the check passes through SMTP alone when the provider does not load mail', async () => {
    const outcome = await check(target(smtpOnly()));
    expect(outcome.ok).to.equal(true);
    expect(finals(outcome.reports)).to.deep.equal([
      'resolve:passed',
      'connect:passed',
      'tls:skipped',
      'authenticate:passed',
      'mailbox:skipped',
      'send:skipped',
    ]);
  });

  for (const [login, rawCode] of [
    ['bad-password', '535 5.7.3'],
    ['smtp-auth-disabled', '535 5.7.139'],
    ['basic-off', '550 5.7.30'],
  ] as const) {
    it(`AUTH refused with ${rawCode}: auth-failed with the raw code and reply`, async () => {
      const outcome = await check(target(smtpOnly(), { login }));
      expect(outcome.ok).to.equal(false);
      if (outcome.ok) return;
      expect([outcome.error.kind, outcome.error.details.rawCode]).to.deep.equal(['auth-failed', rawCode]);
      expect(outcome.error.details.serverReply).to.equal(`${rawCode.slice(0, 3)} ${REPLIES[login]![1]}`);
      expect(JSON.stringify(outcome)).to.not.include(PASSWORD);
    });
  }

  it('IMAP then SMTP: the send stage runs after the mailbox stage', async () => {
    const imap = await startImapServer('ok');
    try {
      const outcome = await check(target(imapSmtp(imap.port, port), { login: 'basic-off' }));
      expect(finals(outcome.reports)).to.deep.equal([
        'resolve:passed',
        'connect:passed',
        'tls:skipped',
        'authenticate:passed',
        'mailbox:passed',
        'send:failed',
      ]);
    } finally {
      await imap.close();
    }
  });
});

describe('Exchange (EWS GetFolder over HTTPS) and OAuth 2.0 (MSAL)', () => {
  const exchange = (port: number, auth: StoredProvider['auth'] = { method: 'basic' }): StoredProvider =>
    ({
      id: 'x',
      version: 1,
      type: 'exchange',
      name: 'Ex',
      serviceAddress: `mail.test:${port}`,
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      auth,
      domains: ['example.test'],
    }) as StoredProvider;
  const seen: string[] = [];
  let ews: { port: number; close: () => Promise<void> };
  let login: Awaited<ReturnType<typeof startTokenEndpoint>>;

  before(async () => {
    ews = await startHttpsServer(certs.valid, (req, body, res) => {
      const authorization = req.headers.authorization ?? '';
      seen.push(authorization.split(' ')[0] ?? '');
      const ok = authorization === `Basic ${Buffer.from(`lee:${PASSWORD}`).toString('base64')}` || authorization === 'Bearer at-fresh';
      if (!ok)
        return void res
          .writeHead(401, {
            'www-authenticate': 'Basic realm="mail.test"',
            'x-ms-diagnostics': '2000000;reason="The user name or password is incorrect."',
          })
          .end();
      const missing = body.includes('ghost@example.test');
      const envelope = missing
        ? '<m:GetFolderResponseMessage ResponseClass="Error"><m:MessageText>The SMTP address has no mailbox associated with it.</m:MessageText><m:ResponseCode>ErrorNonExistentMailbox</m:ResponseCode></m:GetFolderResponseMessage>'
        : '<m:GetFolderResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode></m:GetFolderResponseMessage>';
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(`<s:Envelope><s:Body><m:GetFolderResponse>${envelope}</m:GetFolderResponse></s:Body></s:Envelope>`);
    });
    login = await startTokenEndpoint(certs.login);
  });
  after(async () => {
    await ews.close();
    await login.close();
  });

  it('Basic: a GetFolder of the inbox passes authenticate and mailbox', async () => {
    const outcome = await check(target(exchange(ews.port)));
    expect(outcome.ok).to.equal(true);
    expect(finals(outcome.reports)).to.deep.equal([
      'resolve:passed',
      'connect:passed',
      'tls:passed',
      'authenticate:passed',
      'mailbox:passed',
      'send:skipped',
    ]);
  });

  it("Basic refused (401): auth-failed with Exchange's diagnostics", async () => {
    const outcome = await check(target(exchange(ews.port), { password: 'nope' }));
    expect(outcome.ok || [outcome.error.kind, outcome.error.details.stage, outcome.error.details.rawCode]).to.deep.equal([
      'auth-failed',
      'authenticate',
      'HTTP 401',
    ]);
    expect(outcome.ok || outcome.error.details.serverReply).to.match(/user name or password is incorrect/);
  });

  it('a mailbox that does not exist is forbidden at the mailbox stage with the EWS response code', async () => {
    const outcome = await check(target(exchange(ews.port), { email: 'ghost@example.test' }));
    expect(outcome.ok || [outcome.error.kind, outcome.error.details.stage, outcome.error.details.rawCode]).to.deep.equal([
      'forbidden',
      'mailbox',
      'ErrorNonExistentMailbox',
    ]);
  });

  const oauth = { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', hasClientSecret: true } as const;
  const oauthTarget = (refreshToken: string): CheckTarget => ({
    provider: exchange(ews.port, oauth),
    email: 'lee@example.test',
    login: 'lee',
    oauth: { grantRef: 'g', tokens: { refreshToken }, clientSecret: 'app-secret' },
  });
  const loginOptions = () => options({ oauth: { authority: login.authority } });

  it('OAuth: MSAL refreshes the token at the configured authority and EWS accepts the bearer token', async () => {
    const outcome = await check(oauthTarget('rt-valid'), loginOptions());
    expect(outcome.ok ? 'ok' : outcome.error).to.equal('ok');
    expect(seen.at(-1)).to.equal('Bearer');
    expect(login.requests).to.include('POST /organizations/oauth2/v2.0/token');
  });

  for (const [token, rawCode] of [
    ['rt-bad-secret', 'AADSTS7000215'],
    ['rt-expired-secret', 'AADSTS7000222'],
    ['rt-expired', 'invalid_grant'],
  ] as const) {
    it(`OAuth refused (${rawCode}): auth-failed at authenticate with Entra ID's code and text`, async () => {
      const outcome = await check(oauthTarget(token), loginOptions());
      expect(outcome.ok).to.equal(false);
      if (outcome.ok) return;
      expect([outcome.error.kind, outcome.error.details.stage, outcome.error.details.rawCode]).to.deep.equal([
        'auth-failed',
        'authenticate',
        rawCode,
      ]);
      expect(outcome.error.details.serverReply).to.match(/^AADSTS\d+: /);
      expect(JSON.stringify(outcome)).to.not.include('app-secret');
    });
  }
});
