import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  MAX_HOST_LENGTH,
  MAX_LABEL_LENGTH,
  normalizeDomain,
  normalizeHostName,
  normalizeServiceAddress,
  type ServiceAddressResult,
} from '../../src/model/index.js';
import { expectOk } from './helpers.js';

const OK_VALUE = /^[a-z0-9.-]+(:\d{1,5})?$/;

/** Every invariant an accepted address must satisfy. */
function expectCanonical(result: Extract<ServiceAddressResult, { ok: true }>): void {
  expect(result.value).to.match(OK_VALUE);
  expect(result.host.length).to.be.at.most(MAX_HOST_LENGTH);
  for (const label of result.host.split('.')) {
    expect(label.length).to.be.within(1, MAX_LABEL_LENGTH);
  }
  expect(result.value).to.equal(result.port === undefined ? result.host : `${result.host}:${result.port}`);
  if (result.port !== undefined) expect(result.port).to.be.within(1, 65535);
}

/** Characters that make the normaliser take its interesting paths. */
const trickyChar = fc.constantFrom(
  ...'aAzZ09.-:/@[]%?#\\_ \t'.split(''),
  'ü',
  'р',
  'ф',
  '\u3002', // ideographic full stop
  '\uff0e', // fullwidth full stop
  '\uff0f', // fullwidth solidus
  '\u00a0',
  '\u200b',
  'https://',
  'xn--',
  '0x',
  '.com',
);
const trickyString = fc.string({ unit: trickyChar, maxLength: 30 });
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme-composite' }),
  trickyString,
);

function label(length: number, char = 'a'): string {
  return char.repeat(length);
}

describe('normalizeServiceAddress (R9, B4)', () => {
  describe('accepts a host name', () => {
    it('keeps a canonical name as it is, with no note and no port', () => {
      const result = expectOk(normalizeServiceAddress('mail.contoso.com'));
      expect(result).to.deep.equal({ ok: true, value: 'mail.contoso.com', host: 'mail.contoso.com' });
      expect('port' in result).to.equal(false);
      expect('note' in result).to.equal(false);
    });

    it('trims surrounding whitespace without a note', () => {
      const result = expectOk(normalizeServiceAddress('  \tmail.contoso.com \n'));
      expect(result.value).to.equal('mail.contoso.com');
      expect(result.note).to.equal(undefined);
    });

    it('lower-cases, with an address-normalized note', () => {
      const result = expectOk(normalizeServiceAddress('Mail.CONTOSO.com'));
      expect(result.value).to.equal('mail.contoso.com');
      expect(result.note).to.equal('address-normalized');
    });

    it('drops one trailing dot, with an address-normalized note', () => {
      const result = expectOk(normalizeServiceAddress('mail.contoso.com.'));
      expect(result.value).to.equal('mail.contoso.com');
      expect(result.note).to.equal('address-normalized');
    });

    it('accepts hyphens inside labels and digits anywhere but the top-level label', () => {
      expect(expectOk(normalizeServiceAddress('ex-01.mail-eu.contoso.com')).value).to.equal('ex-01.mail-eu.contoso.com');
      expect(expectOk(normalizeServiceAddress('365.contoso.com')).value).to.equal('365.contoso.com');
    });
  });

  describe('strips a pasted URL down to its host (B4)', () => {
    it('turns the EWS URL into the host, with an address-url-stripped note', () => {
      expect(normalizeServiceAddress('https://Mail.Contoso.com/EWS/Exchange.asmx')).to.deep.equal({
        ok: true,
        value: 'mail.contoso.com',
        host: 'mail.contoso.com',
        note: 'address-url-stripped',
      });
    });

    for (const input of [
      'http://mail.contoso.com',
      'HTTPS://mail.contoso.com',
      'ews+https://mail.contoso.com',
      'https://mail.contoso.com/',
      'mail.contoso.com/owa',
      'mail.contoso.com?x=1',
      'mail.contoso.com#inbox',
      'mail.contoso.com\\EWS',
      'https://mail.contoso.com/EWS/Exchange.asmx?x=1&y=2#frag',
    ]) {
      it(`strips scheme, path, query and fragment from ${JSON.stringify(input)}`, () => {
        const result = expectOk(normalizeServiceAddress(input));
        expect(result.value).to.equal('mail.contoso.com');
        expect(result.note).to.equal('address-url-stripped');
      });
    }

    it('drops user info and never keeps a password typed into the address', () => {
      const result = expectOk(normalizeServiceAddress('https://admin:Secret!@mail.contoso.com/owa'));
      expect(result.value).to.equal('mail.contoso.com');
      expect(result.note).to.equal('address-url-stripped');
      expect(JSON.stringify(result)).not.to.include('Secret');
      expect(JSON.stringify(result)).not.to.include('admin');
    });

    it('drops user info without a scheme, splitting at the last @', () => {
      const result = expectOk(normalizeServiceAddress('a@b@mail.contoso.com'));
      expect(result.value).to.equal('mail.contoso.com');
      expect(result.note).to.equal('address-url-stripped');
    });

    it('keeps the port of a pasted URL', () => {
      const result = expectOk(normalizeServiceAddress('https://mail.contoso.com:8443/ews'));
      expect(result).to.deep.equal({
        ok: true,
        value: 'mail.contoso.com:8443',
        host: 'mail.contoso.com',
        port: 8443,
        note: 'address-url-stripped',
      });
    });

    it('says url-stripped rather than idn-converted when both happened', () => {
      const result = expectOk(normalizeServiceAddress('https://почта.рф/owa'));
      expect(result.value).to.equal('xn--80a1acny.xn--p1ai');
      expect(result.note).to.equal('address-url-stripped');
    });
  });

  describe('converts internationalised names to punycode', () => {
    it('converts почта.рф, with an address-idn-converted note', () => {
      expect(normalizeServiceAddress('почта.рф')).to.deep.equal({
        ok: true,
        value: 'xn--80a1acny.xn--p1ai',
        host: 'xn--80a1acny.xn--p1ai',
        note: 'address-idn-converted',
      });
    });

    it('lower-cases before converting (ПОЧТА.РФ is почта.рф)', () => {
      expect(expectOk(normalizeServiceAddress('ПОЧТА.РФ')).value).to.equal('xn--80a1acny.xn--p1ai');
    });

    it('converts a mixed name and keeps a port', () => {
      const result = expectOk(normalizeServiceAddress('mail.bücher.example:993'));
      expect(result.value).to.equal('mail.xn--bcher-kva.example:993');
      expect(result.port).to.equal(993);
      expect(result.note).to.equal('address-idn-converted');
    });

    it('maps full-width letters and dots the way browsers do', () => {
      expect(expectOk(normalizeServiceAddress('ｍａｉｌ．contoso。com')).value).to.equal('mail.contoso.com');
    });

    it('drops the trailing dot of an internationalised name', () => {
      expect(expectOk(normalizeServiceAddress('почта.рф.')).value).to.equal('xn--80a1acny.xn--p1ai');
    });

    it('rejects characters the IDN conversion refuses', () => {
      expect(normalizeServiceAddress('mail.\ufffd.com')).to.deep.equal({ ok: false, code: 'address-bad-characters' });
      expect(normalizeServiceAddress('\ud800.contoso.com')).to.deep.equal({ ok: false, code: 'address-bad-characters' });
      expect(normalizeServiceAddress('ü\uff0fx.com')).to.deep.equal({ ok: false, code: 'address-bad-characters' });
    });
  });

  describe('host:port', () => {
    for (const [input, port] of [
      ['mail.contoso.com:993', 993],
      ['mail.contoso.com:1', 1],
      ['mail.contoso.com:65535', 65535],
    ] as const) {
      it(`accepts ${input}`, () => {
        const result = expectOk(normalizeServiceAddress(input));
        expect(result).to.deep.equal({ ok: true, value: input, host: 'mail.contoso.com', port });
      });
    }

    it('drops leading zeros of a port, with a note', () => {
      const result = expectOk(normalizeServiceAddress('mail.contoso.com:00443'));
      expect(result.value).to.equal('mail.contoso.com:443');
      expect(result.port).to.equal(443);
      expect(result.note).to.equal('address-normalized');
    });

    it('handles a trailing dot before the port', () => {
      expect(expectOk(normalizeServiceAddress('mail.contoso.com.:443')).value).to.equal('mail.contoso.com:443');
    });

    for (const input of [
      'mail.contoso.com:',
      'mail.contoso.com:0',
      'mail.contoso.com:00000',
      'mail.contoso.com:65536',
      'mail.contoso.com:99999',
      'mail.contoso.com:123456',
      'mail.contoso.com:-1',
      'mail.contoso.com:abc',
      'mail.contoso.com:443:443',
      'mail.contoso.com:１２３',
      'https://mail.contoso.com:0/ews',
    ]) {
      it(`rejects the port of ${JSON.stringify(input)} with port-invalid`, () => {
        expect(normalizeServiceAddress(input)).to.deep.equal({ ok: false, code: 'port-invalid' });
      });
    }
  });

  describe('rejects what is not a host name', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['', 'required'],
      ['   ', 'required'],
      ['\t\n', 'required'],
      ['https://', 'address-invalid'],
      ['https:///ews', 'address-invalid'],
      ['mail.contoso.com@', 'address-invalid'],
      [':443', 'address-invalid'],
      ['/ews', 'address-invalid'],
      ['mail contoso.com', 'address-spaces'],
      ['mail.contoso.com:44 3', 'address-spaces'],
      ['mail.contoso\t.com', 'address-spaces'],
      ['mail.contoso\u00a0.com', 'address-spaces'],
      ['mail\u3000contoso.com', 'address-spaces'],
      ['mail\u2028contoso.com', 'address-spaces'],
      ['mail\u0001.contoso.com', 'address-spaces'],
      ['mail\u007f.contoso.com', 'address-spaces'],
      ['mail..contoso.com', 'address-empty-label'],
      ['.contoso.com', 'address-empty-label'],
      ['mail.contoso.com..', 'address-empty-label'],
      ['.', 'required'],
      [`${label(64)}.com`, 'address-label-too-long'],
      [`mail.${label(64, 'b')}.com`, 'address-label-too-long'],
      [[label(63), label(63, 'b'), label(63, 'c'), label(62, 'd')].join('.'), 'address-too-long'],
      ['10.0.0.5', 'address-ip-literal'],
      ['10.0.0.5:443', 'address-ip-literal'],
      ['https://192.168.1.10/EWS/Exchange.asmx', 'address-ip-literal'],
      ['999.999.999.999', 'address-ip-literal'],
      ['127.1', 'address-ip-literal'],
      ['mail.123', 'address-ip-literal'],
      ['1.2.3.0x4', 'address-ip-literal'],
      ['mail.0x1F', 'address-ip-literal'],
      ['[::1]', 'address-ip-literal'],
      ['[::1]:443', 'address-ip-literal'],
      ['https://[2001:db8::1]:8443/ews', 'address-ip-literal'],
      ['2001:db8::1', 'address-ip-literal'],
      ['::1', 'address-ip-literal'],
      ['::', 'address-ip-literal'],
      ['fe80::1', 'address-ip-literal'],
      ['::ffff:10.0.0.1', 'address-ip-literal'],
      ['localhost', 'address-needs-domain'],
      ['EXCHANGE01', 'address-needs-domain'],
      ['https://exchange/ews', 'address-needs-domain'],
      ['почта', 'address-needs-domain'],
      ['mail_server.contoso.com', 'address-bad-characters'],
      ['mail!.contoso.com', 'address-bad-characters'],
      ['mail.contoso.com"', 'address-bad-characters'],
      ['mail%2econtoso.com', 'address-bad-characters'],
      ['-mail.contoso.com', 'address-bad-characters'],
      ['mail-.contoso.com', 'address-bad-characters'],
      ['mail.-contoso.com', 'address-bad-characters'],
      ['mail.contoso.com-', 'address-bad-characters'],
    ];
    for (const [input, code] of cases) {
      it(`${JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}…` : input)} → ${code}`, () => {
        expect(normalizeServiceAddress(input)).to.deep.equal({ ok: false, code });
      });
    }
  });

  describe('length limits at the boundary', () => {
    it('accepts labels of exactly 63 and a name of exactly 253 characters', () => {
      const name = [label(63), label(63, 'b'), label(63, 'c'), label(61, 'd')].join('.');
      expect(name.length).to.equal(253);
      expect(expectOk(normalizeServiceAddress(name)).value).to.equal(name);
    });

    it('rejects a name of 254 characters', () => {
      const name = [label(63), label(63, 'b'), label(63, 'c'), label(62, 'd')].join('.');
      expect(name.length).to.equal(254);
      expect(normalizeServiceAddress(name)).to.deep.equal({ ok: false, code: 'address-too-long' });
    });

    it('does not count a trailing dot against the limit', () => {
      const name = [label(63), label(63, 'b'), label(63, 'c'), label(61, 'd')].join('.');
      expect(expectOk(normalizeServiceAddress(`${name}.`)).value).to.equal(name);
    });

    it('checks label lengths after IDN conversion', () => {
      // 60 × "ü" is far longer than 63 characters in punycode.
      expect(normalizeServiceAddress(`${'ü'.repeat(60)}.com`)).to.deep.equal({ ok: false, code: 'address-label-too-long' });
    });
  });

  describe('properties', () => {
    it('never throws on any string', () => {
      fc.assert(
        fc.property(anyString, (input) => {
          const result = normalizeServiceAddress(input);
          expect(result.ok === true || typeof result.code === 'string').to.equal(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('an ok result only holds a lower-case ASCII host[:port] within the length limits', () => {
      fc.assert(
        fc.property(fc.oneof(anyString, fc.domain(), fc.webUrl()), (input) => {
          const result = normalizeServiceAddress(input);
          if (result.ok) expectCanonical(result);
        }),
        { numRuns: 1000 },
      );
    });

    it('is idempotent: normalising an ok value gives the same value and no note', () => {
      fc.assert(
        fc.property(fc.oneof(anyString, fc.domain(), fc.webUrl({ authoritySettings: { withPort: true } })), (input) => {
          const first = normalizeServiceAddress(input);
          if (!first.ok) return;
          const second = expectOk(normalizeServiceAddress(first.value));
          expect(second.value).to.equal(first.value);
          expect(second.host).to.equal(first.host);
          expect(second.port).to.equal(first.port);
          expect(second.note).to.equal(undefined);
        }),
        { numRuns: 1000 },
      );
    });

    it('accepts every fc.domain() within 253 characters and returns it unchanged, with no note', () => {
      // fc.domain() yields lower-case labels of [a-z0-9-] with an alphabetic top-level label;
      // at larger sizes it can exceed 253 characters, which must then be address-too-long.
      fc.assert(
        fc.property(fc.domain({ size: 'medium' }), (domain) => {
          const result = normalizeServiceAddress(domain);
          if (domain.length > MAX_HOST_LENGTH) {
            expect(result).to.deep.equal({ ok: false, code: 'address-too-long' });
          } else {
            expect(result).to.deep.equal({ ok: true, value: domain, host: domain });
          }
        }),
        { numRuns: 500 },
      );
    });

    it('accepts an upper-cased fc.domain() with a trailing dot and a port, and notes the change', () => {
      fc.assert(
        fc.property(fc.domain(), fc.integer({ min: 1, max: 65535 }), (domain, port) => {
          const result = expectOk(normalizeServiceAddress(`${domain.toUpperCase()}.:${port}`));
          expect(result.value).to.equal(`${domain}:${port}`);
          expect(result.port).to.equal(port);
          expect(result.note).to.equal('address-normalized');
        }),
      );
    });

    it('reduces any fc.webUrl() to its host (and port), with an address-url-stripped note', () => {
      fc.assert(
        fc.property(
          fc.webUrl({
            authoritySettings: { withPort: true, withUserInfo: true },
            withQueryParameters: true,
            withFragments: true,
          }),
          (url) => {
            const authority = url.slice(url.indexOf('//') + 2).split(/[/?#]/)[0]!;
            const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
            const [host, portText] = hostPort.split(':') as [string, string | undefined];
            const port = portText === undefined ? undefined : Number(portText);
            const result = normalizeServiceAddress(url);
            if (port === 0) {
              expect(result).to.deep.equal({ ok: false, code: 'port-invalid' });
              return;
            }
            const ok = expectOk(result);
            expect(ok.host).to.equal(host.toLowerCase());
            expect(ok.port).to.equal(port);
            expect(ok.note).to.equal('address-url-stripped');
          },
        ),
        { numRuns: 500 },
      );
    });

    it('accepts a name iff every label is 1–63 characters and the whole is at most 253', () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 70 }), { minLength: 2, maxLength: 6 }), (lengths) => {
          const name = `${lengths.map((n) => label(n)).join('.')}.com`;
          const result = normalizeServiceAddress(name);
          if (lengths.some((n) => n === 0)) expect(result).to.deep.equal({ ok: false, code: 'address-empty-label' });
          else if (lengths.some((n) => n > MAX_LABEL_LENGTH)) expect(result).to.deep.equal({ ok: false, code: 'address-label-too-long' });
          else if (name.length > MAX_HOST_LENGTH) expect(result).to.deep.equal({ ok: false, code: 'address-too-long' });
          else expect(expectOk(result).value).to.equal(name);
        }),
      );
    });

    it('rejects every IPv4 address, with or without a port or scheme, as an IP literal', () => {
      fc.assert(
        fc.property(fc.ipV4(), fc.constantFrom('', ':443', '/ews'), fc.constantFrom('', 'https://'), (ip, suffix, scheme) => {
          expect(normalizeServiceAddress(`${scheme}${ip}${suffix}`)).to.deep.equal({ ok: false, code: 'address-ip-literal' });
        }),
      );
    });

    it('never accepts the other notations browsers read as IPv4 (0x7f.1, 127.1, 2130706433 …)', () => {
      fc.assert(
        fc.property(fc.ipV4Extended(), (ip) => {
          expect(normalizeServiceAddress(ip).ok).to.equal(false);
        }),
      );
    });

    it('rejects every IPv6 address, bare or bracketed, as an IP literal', () => {
      fc.assert(
        fc.property(fc.ipV6(), fc.constantFrom('%s', '[%s]', '[%s]:443', 'https://[%s]/ews'), (ip, template) => {
          expect(normalizeServiceAddress(template.replace('%s', ip))).to.deep.equal({ ok: false, code: 'address-ip-literal' });
        }),
      );
    });
  });
});

describe('normalizeHostName', () => {
  it('returns the canonical host and whether IDN conversion happened', () => {
    expect(normalizeHostName('Mail.Contoso.com.')).to.deep.equal({ ok: true, host: 'mail.contoso.com', idn: false });
    expect(normalizeHostName('почта.рф')).to.deep.equal({ ok: true, host: 'xn--80a1acny.xn--p1ai', idn: true });
  });

  it('refuses a port: a bare host name has none', () => {
    expect(normalizeHostName('mail.contoso.com:443')).to.deep.equal({ ok: false, code: 'port-invalid' });
  });

  it('requires a value', () => {
    expect(normalizeHostName('')).to.deep.equal({ ok: false, code: 'required' });
    expect(normalizeHostName('.')).to.deep.equal({ ok: false, code: 'required' });
  });

  // The URL parser behind IDN conversion would cut the name at these characters (or
  // percent-decode them) and accept what is left; a host name never contains them.
  for (const input of ['bü.com/x', 'bü.com?x', 'bü.com#x', 'bü.com\\x', 'ü%2ecom', 'ü.com@x.com', 'ü_x.com', 'ü!.com']) {
    it(`rejects URL syntax in an internationalised name: ${JSON.stringify(input)}`, () => {
      expect(normalizeHostName(input)).to.deep.equal({ ok: false, code: 'address-bad-characters' });
    });
  }

  it('rejects a name the IDN conversion turns into an IP address or a numeric top-level label', () => {
    expect(normalizeHostName('１２７.０.０.１')).to.deep.equal({ ok: false, code: 'address-ip-literal' });
    expect(normalizeHostName('ü.123').ok).to.equal(false);
  });
});

describe('normalizeDomain (R6)', () => {
  it('canonicalises a domain: trims, lower-cases, drops a trailing dot', () => {
    expect(normalizeDomain('  Contoso.COM. ')).to.deep.equal({ ok: true, host: 'contoso.com', idn: false });
  });

  it('accepts a leading @ (people paste "@contoso.com")', () => {
    expect(normalizeDomain('@contoso.com')).to.deep.equal({ ok: true, host: 'contoso.com', idn: false });
    expect(normalizeDomain(' @Contoso.com')).to.deep.equal({ ok: true, host: 'contoso.com', idn: false });
  });

  it('converts an internationalised domain to punycode', () => {
    expect(normalizeDomain('почта.рф')).to.deep.equal({ ok: true, host: 'xn--80a1acny.xn--p1ai', idn: true });
  });

  it('requires a value', () => {
    expect(normalizeDomain('')).to.deep.equal({ ok: false, code: 'required' });
    expect(normalizeDomain('  @ ')).to.deep.equal({ ok: false, code: 'required' });
  });

  for (const input of [
    'https://contoso.com',
    'contoso.com/x',
    'contoso.com:443',
    'user@contoso.com',
    'contoso.com?x',
    'contoso.com#x',
    'contoso\\com',
  ]) {
    it(`rejects URL or address parts: ${JSON.stringify(input)}`, () => {
      expect(normalizeDomain(input)).to.deep.equal({ ok: false, code: 'domain-invalid' });
    });
  }

  it('applies the host-name rules', () => {
    expect(normalizeDomain('localhost')).to.deep.equal({ ok: false, code: 'address-needs-domain' });
    expect(normalizeDomain('10.0.0.1')).to.deep.equal({ ok: false, code: 'address-ip-literal' });
    expect(normalizeDomain('con toso.com')).to.deep.equal({ ok: false, code: 'address-spaces' });
    expect(normalizeDomain('ü%2ecom')).to.deep.equal({ ok: false, code: 'address-bad-characters' });
  });

  it('never throws, and an accepted domain is canonical and stable', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.domain()), (input) => {
        const result = normalizeDomain(input);
        if (!result.ok) return;
        expect(result.host).to.match(/^[a-z0-9.-]+$/);
        expect(normalizeDomain(result.host)).to.deep.equal({ ok: true, host: result.host, idn: false });
      }),
      { numRuns: 500 },
    );
  });
});
