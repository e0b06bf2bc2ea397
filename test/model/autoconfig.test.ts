import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { autoconfigOfProvider, importAutoconfig, parseAutoconfig, writeAutoconfig, type AutoconfigFile } from '../../src/model/index.js';
import { parseXml, XmlError } from '../../src/model/xml-lite.js';
import { diagnosticsEn } from '../../src/i18n/diagnostics/en.js';
import { diagnosticsRu } from '../../src/i18n/diagnostics/ru.js';
import { exchangeInput, expectFail, expectOk, imapInput } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/autoconfig-${name}.xml`, import.meta.url), 'utf8');

describe('parseAutoconfig on real files’ structure', () => {
  it('reads the Microsoft 365 file: Exchange, IMAP, POP3 and SMTP, all OAuth2', () => {
    const { file } = expectOk(parseAutoconfig(fixture('microsoft365')));
    expect(file.id).to.equal('office365.com');
    expect(file.displayName).to.equal('Microsoft 365');
    expect(file.domains).to.deep.equal(['office365.com', 'contoso.onmicrosoft.com']);
    expect(file.incoming.map((server) => `${server.type} ${server.hostname}:${server.port} ${server.socketType}`)).to.deep.equal([
      'exchange outlook.office365.com:443 SSL',
      'imap outlook.office365.com:993 SSL',
      'pop3 outlook.office365.com:995 SSL',
    ]);
    expect(file.outgoing).to.deep.equal([
      { type: 'smtp', hostname: 'smtp.office365.com', port: 587, socketType: 'STARTTLS', authentication: ['OAuth2'], username: '%EMAILADDRESS%' },
    ]);
  });

  it('imports Microsoft 365 as Exchange or as IMAP/SMTP, as the form prefers', () => {
    const asExchange = expectOk(importAutoconfig(fixture('microsoft365'), 'exchange'));
    expect(asExchange.draft).to.deep.equal({
      type: 'exchange',
      name: 'Microsoft 365',
      serviceAddress: 'outlook.office365.com',
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'email',
      authMethod: 'oauth2',
      domains: ['office365.com', 'contoso.onmicrosoft.com'],
    });
    const asImap = expectOk(importAutoconfig(fixture('microsoft365'), 'imap-smtp'));
    expect(asImap.draft).to.deep.include({ type: 'imap-smtp', authMethod: 'oauth2', loadEmails: true, sendEmails: true });
    expect(asImap.draft.incoming).to.deep.equal({ host: 'outlook.office365.com', port: '993', security: 'ssl' });
    expect(asImap.draft.outgoing).to.deep.equal({ host: 'smtp.office365.com', port: '587', security: 'starttls' });
    expect(asImap.notes).to.deep.equal(['autoconfig-pop3-ignored', 'autoconfig-chose-first']);
    // Without a preference the file's order (its provider's preference) decides.
    expect(expectOk(importAutoconfig(fixture('microsoft365'))).draft.type).to.equal('exchange');
  });

  it('reads a Gmail-like file: several authentications, entities in attributes, comments', () => {
    const { file } = expectOk(parseAutoconfig(fixture('gmail-like')));
    expect(file.domains).to.deep.equal(['gmail.com', 'googlemail.com', 'google.com']);
    expect(file.incoming[0]!.authentication).to.deep.equal(['OAuth2', 'password-cleartext']);
    const imported = expectOk(importAutoconfig(fixture('gmail-like')));
    expect(imported.draft).to.deep.include({ type: 'imap-smtp', authMethod: 'oauth2', loginFormat: 'email', name: 'Google Mail' });
    expect(imported.draft.outgoing).to.deep.equal({ host: 'smtp.gmail.com', port: '465', security: 'ssl' });
  });

  it('imports the first IMAP of several incoming servers, the first SMTP, and says so', () => {
    const imported = expectOk(importAutoconfig(fixture('several-incoming')));
    expect(imported.draft).to.deep.include({ type: 'imap-smtp', authMethod: 'basic', loginFormat: 'mailbox-name', name: 'Example ISP & Co' });
    expect(imported.draft.incoming).to.deep.equal({ host: 'imap.example-isp.net', port: '993', security: 'ssl' });
    expect(imported.draft.outgoing).to.deep.equal({ host: 'smtp.example-isp.net', port: '587', security: 'starttls' });
    expect(imported.notes).to.deep.equal(['autoconfig-pop3-ignored', 'autoconfig-chose-first']);
  });

  it('imports an SMTP-only file as a sending-only provider, and a fixed user name as a manual login', () => {
    const smtpOnly = `<clientConfig version="1.1"><emailProvider id="x.org"><domain>x.org</domain>
      <outgoingServer type="smtp"><hostname>smtp.x.org</hostname><port>25</port><socketType>plain</socketType>
      <authentication>NTLM</authentication><username>relay</username></outgoingServer></emailProvider></clientConfig>`;
    const imported = expectOk(importAutoconfig(smtpOnly));
    expect(imported.draft).to.deep.include({ type: 'imap-smtp', loadEmails: false, sendEmails: true, loginFormat: 'manual', authMethod: 'basic' });
    expect(imported.draft.outgoing).to.deep.equal({ host: 'smtp.x.org', port: '25', security: 'none' });
    expect(imported.notes).to.deep.equal(['autoconfig-auth-unsupported']);
  });
});

describe('parseAutoconfig refuses bad and hostile input with a clear code', () => {
  const cases: [string, string, string][] = [
    [
      'a billion laughs',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><clientConfig>&lol2;</clientConfig>',
      'xml-doctype',
    ],
    ['an external entity', '<!DOCTYPE x SYSTEM "file:///etc/passwd"><clientConfig/>', 'xml-doctype'],
    ['an undeclared entity', '<clientConfig><emailProvider id="a">&xxe;</emailProvider></clientConfig>', 'xml-entity'],
    ['an oversized file', `<clientConfig>${' '.repeat(70_000)}</clientConfig>`, 'xml-too-large'],
    ['deep nesting', `${'<a>'.repeat(40)}${'</a>'.repeat(40)}`, 'xml-too-deep'],
    ['too many elements', `<clientConfig>${'<domain>x</domain>'.repeat(3000)}</clientConfig>`, 'xml-too-many-elements'],
    ['unclosed tags', '<clientConfig><emailProvider>', 'xml-malformed'],
    ['mismatched tags', '<clientConfig></emailProvider>', 'xml-malformed'],
    ['text after the root', '<clientConfig/>trailing', 'xml-malformed'],
    ['a bare ampersand', '<clientConfig>a & b</clientConfig>', 'xml-malformed'],
    ['not XML', 'hostname=imap.example.com', 'xml-malformed'],
    ['another XML format', '<Autodiscover><Response/></Autodiscover>', 'autoconfig-not-autoconfig'],
    [
      'a server without a port',
      '<clientConfig><emailProvider><incomingServer type="imap"><hostname>h.example</hostname><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>',
      'autoconfig-bad-server',
    ],
    [
      'a server with a bad socket type',
      '<clientConfig><emailProvider><outgoingServer type="smtp"><hostname>h.example</hostname><port>25</port><socketType>TLS</socketType></outgoingServer></emailProvider></clientConfig>',
      'autoconfig-bad-server',
    ],
    [
      'a POP3-only file',
      '<clientConfig><emailProvider><incomingServer type="pop3"><hostname>h.example</hostname><port>995</port><socketType>SSL</socketType></incomingServer></emailProvider></clientConfig>',
      'autoconfig-no-server',
    ],
  ];
  for (const [what, source, code] of cases) {
    it(`${what} → ${code}, with text in en and ru`, () => {
      const result = expectFail(importAutoconfig(source));
      expect(result.code).to.equal(code);
      expect(result.message).to.be.a('string').and.not.equal('');
      expect(diagnosticsEn.autoconfigErrors[result.code]).to.be.a('string').and.not.equal('');
      expect(diagnosticsRu.autoconfigErrors[result.code]).to.match(/[а-яё]/i);
    });
  }

  it('decodes the predefined entities and character references, and CDATA as text', () => {
    const root = parseXml('<a t="&lt;&#x41;&#66;&quot;">x &amp; y<![CDATA[<z>&amp;]]></a>');
    expect(root.attributes.t).to.equal('<AB"');
    expect(root.text).to.equal('x & y<z>&amp;');
    expect(() => parseXml('<a>&#0;</a>')).to.throw(XmlError);
    expect(() => parseXml('<a b="1" b="2"/>')).to.throw(XmlError);
  });
});

describe('writeAutoconfig', () => {
  it('exports an IMAP/SMTP provider and reads back the same settings', () => {
    const provider = imapInput({ name: 'Fabrikam <Mail> & "Co"', domains: ['fabrikam.com', 'fabrikam.net'], loginFormat: 'mailbox-name' });
    const xml = writeAutoconfig(autoconfigOfProvider(provider));
    const imported = expectOk(importAutoconfig(xml));
    expect(imported.draft).to.deep.equal({
      type: 'imap-smtp',
      name: 'Fabrikam <Mail> & "Co"',
      loadEmails: true,
      sendEmails: true,
      loginFormat: 'mailbox-name',
      authMethod: 'basic',
      domains: ['fabrikam.com', 'fabrikam.net'],
      incoming: { host: provider.incoming.host, port: String(provider.incoming.port), security: provider.incoming.security },
      outgoing: { host: provider.outgoing.host, port: String(provider.outgoing.port), security: provider.outgoing.security },
    });
    expect(imported.notes).to.deep.equal([]);
  });

  it('exports Exchange with its EWS URL, and never the client secret', () => {
    const provider = exchangeInput({ serviceAddress: 'mail.contoso.com:8443', loginFormat: 'manual' });
    const xml = writeAutoconfig(autoconfigOfProvider(provider));
    expect(xml)
      .to.include('<incomingServer type="exchange">')
      .and.include('<port>8443</port>')
      .and.include('https://mail.contoso.com:8443/EWS/Exchange.asmx');
    expect(xml).to.include('<authentication>OAuth2</authentication>');
    expect(xml).to.not.include('<username>');
    if (provider.auth.method === 'oauth2' && provider.auth.clientSecret.action === 'replace')
      expect(xml).to.not.include(provider.auth.clientSecret.value);
    const imported = expectOk(importAutoconfig(xml));
    expect(imported.draft).to.deep.include({
      type: 'exchange',
      serviceAddress: 'mail.contoso.com:8443',
      loginFormat: 'manual',
      authMethod: 'oauth2',
    });
  });

  it('round-trips a parsed file', () => {
    const { file } = expectOk(parseAutoconfig(fixture('several-incoming')));
    const again = expectOk(parseAutoconfig(writeAutoconfig(file)));
    const strip = (value: AutoconfigFile) => ({ ...value });
    expect(strip(again.file)).to.deep.equal(strip(file));
  });
});
