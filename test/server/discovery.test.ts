import { expect } from 'chai';
import { after, before, describe, it } from 'node:test';
import { discover, readAutoconfig } from '../../src/server/probes/discovery.js';
import { makeCertificates } from './fixtures/certs.js';
import { startHttpsServer } from './fixtures/https-server.js';

// Thunderbird's format, as an ISP publishes it (two incoming servers: the IMAP one is taken).
const CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.test">
    <domain>example.test</domain>
    <incomingServer type="pop3"><hostname>pop.example.test</hostname><port>995</port><socketType>SSL</socketType></incomingServer>
    <incomingServer type="imap">
      <hostname>IMAP.example.test</hostname><port>993</port><socketType>SSL</socketType>
      <authentication>password-cleartext</authentication><username>%EMAILADDRESS%</username>
    </incomingServer>
    <outgoingServer type="smtp"><hostname>smtp.example.test</hostname><port>587</port><socketType>STARTTLS</socketType></outgoingServer>
  </emailProvider>
</clientConfig>`;

const names = (host: string) =>
  host.endsWith('.test')
    ? Promise.resolve([{ address: '127.0.0.1', family: 4 }])
    : Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' }));

describe('discovery for unknown domains', { timeout: 30_000 }, () => {
  let server: Awaited<ReturnType<typeof startHttpsServer>>;
  let ca = '';
  const seen: string[] = [];
  before(async () => {
    const certs = await makeCertificates('autoconfig.example.test');
    ca = certs.ca;
    server = await startHttpsServer(certs.valid, (req, _body, res) => {
      seen.push(`${req.headers.host} ${req.url}`);
      if (req.url === '/mail/config-v1.1.xml') return void res.writeHead(200, { 'content-type': 'text/xml' }).end(CONFIG);
      res.writeHead(404).end();
    });
  });
  after(() => server.close());

  it('reads the IMAP and SMTP servers of an autoconfig file, and refuses a DTD', () => {
    expect(readAutoconfig(CONFIG)).to.deep.equal({
      type: 'imap-smtp',
      incoming: { host: 'imap.example.test', port: 993, security: 'ssl' },
      outgoing: { host: 'smtp.example.test', port: 587, security: 'starttls' },
      loadEmails: true,
      sendEmails: true,
    });
    expect(readAutoconfig(`<!DOCTYPE x [<!ENTITY a "b">]>${CONFIG}`)).to.equal(null);
  });

  it('names each source: autoconfig, SRV (RFC 6186) and an Exchange Online MX', async () => {
    const dns = {
      resolveSrv: (name: string) =>
        Promise.resolve(
          name === '_imaps._tcp.example.test'
            ? [{ name: 'mail.example.test', port: 993, priority: 0, weight: 1 }]
            : name === '_submission._tcp.example.test'
              ? [{ name: 'mail.example.test', port: 587, priority: 0, weight: 1 }]
              : [{ name: '.', port: 0, priority: 0, weight: 0 }],
        ),
      resolveMx: () => Promise.resolve([{ exchange: 'example-test.mail.protection.outlook.com', priority: 0 }]),
    };
    const suggestions = await discover('example.test', {
      resolver: names,
      addressPolicy: { allowLoopback: true },
      ca: [ca],
      dns,
      httpsPort: server.port,
    });
    expect(suggestions.map((suggestion) => suggestion.source)).to.deep.equal(['autoconfig', 'srv', 'mx']);
    expect(suggestions[0]!.from).to.equal(`https://autoconfig.example.test:${server.port}/mail/config-v1.1.xml`);
    expect(suggestions[1]!.provider).to.deep.include({ incoming: { host: 'mail.example.test', port: 993, security: 'ssl' } });
    expect(suggestions[2]!.provider).to.deep.include({ type: 'exchange', serviceAddress: 'outlook.office365.com' });
    expect(seen).to.include(`autoconfig.example.test:${server.port} /mail/config-v1.1.xml`);
  });

  it('obeys the address policy: nothing fetched from loopback unless allowed', async () => {
    const before = seen.length;
    const none = { resolveSrv: () => Promise.resolve([]), resolveMx: () => Promise.resolve([]) };
    expect(await discover('example.test', { resolver: names, ca: [ca], dns: none, httpsPort: server.port })).to.deep.equal([]);
    expect(seen.length).to.equal(before);
  });
});
