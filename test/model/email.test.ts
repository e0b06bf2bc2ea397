import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { MAX_EMAIL_LENGTH, MAX_LOCAL_PART, domainOf, parseEmail } from '../../src/model/index.js';
import { expectOk } from './helpers.js';

describe('parseEmail', () => {
  describe('accepts', () => {
    it('a plain address, split into local part and domain', () => {
      expect(parseEmail('jdoe@contoso.com')).to.deep.equal({
        ok: true,
        email: 'jdoe@contoso.com',
        localPart: 'jdoe',
        domain: 'contoso.com',
      });
    });

    it('trims surrounding whitespace', () => {
      expect(expectOk(parseEmail('  jdoe@contoso.com\t')).email).to.equal('jdoe@contoso.com');
    });

    it('lower-cases the domain but keeps the local part as typed (local parts are case-sensitive)', () => {
      const result = expectOk(parseEmail('John.Doe@Contoso.COM'));
      expect(result.email).to.equal('John.Doe@contoso.com');
      expect(result.localPart).to.equal('John.Doe');
      expect(result.domain).to.equal('contoso.com');
    });

    it('drops a trailing dot of the domain', () => {
      expect(expectOk(parseEmail('jdoe@contoso.com.')).email).to.equal('jdoe@contoso.com');
    });

    it('converts an internationalised domain to punycode and keeps a non-ASCII local part', () => {
      expect(parseEmail('иван@почта.рф')).to.deep.equal({
        ok: true,
        email: 'иван@xn--80a1acny.xn--p1ai',
        localPart: 'иван',
        domain: 'xn--80a1acny.xn--p1ai',
      });
    });

    it('the special characters RFC 5322 allows in a dot-atom', () => {
      const local = "a!#$%&'*+/=?^_`{|}~-z.x";
      expect(expectOk(parseEmail(`${local}@contoso.com`)).localPart).to.equal(local);
    });

    it('a quoted local part, which may hold "@", spaces and escapes; the split is at the last "@"', () => {
      expect(expectOk(parseEmail('"a@b"@contoso.com')).localPart).to.equal('"a@b"');
      expect(expectOk(parseEmail('"john doe"@contoso.com')).localPart).to.equal('"john doe"');
      expect(expectOk(parseEmail('"a\\"b"@contoso.com')).localPart).to.equal('"a\\"b"');
      expect(expectOk(parseEmail('"..a.."@contoso.com')).localPart).to.equal('"..a.."');
    });

    it(`a local part of exactly ${MAX_LOCAL_PART} characters`, () => {
      expect(parseEmail(`${'a'.repeat(MAX_LOCAL_PART)}@contoso.com`).ok).to.equal(true);
    });

    it(`an address of exactly ${MAX_EMAIL_LENGTH} characters`, () => {
      const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`; // 187
      const email = `${'a'.repeat(MAX_EMAIL_LENGTH - domain.length - 1)}@${domain}`;
      expect(email.length).to.equal(MAX_EMAIL_LENGTH);
      expect(expectOk(parseEmail(email)).email).to.equal(email);
    });
  });

  describe('rejects', () => {
    it('an empty value as required', () => {
      expect(parseEmail('')).to.deep.equal({ ok: false, code: 'required' });
      expect(parseEmail(' \t ')).to.deep.equal({ ok: false, code: 'required' });
    });

    const invalid: readonly string[] = [
      'contoso.com',
      '@contoso.com',
      'jdoe@',
      'jdoe@@contoso.com',
      'a@b@contoso.com',
      'john doe@contoso.com',
      '.jdoe@contoso.com',
      'jdoe.@contoso.com',
      'j..doe@contoso.com',
      'j(doe)@contoso.com',
      'j,doe@contoso.com',
      'j:doe@contoso.com',
      'j;doe@contoso.com',
      'j<doe>@contoso.com',
      'j[doe]@contoso.com',
      'j\\doe@contoso.com',
      'j"doe@contoso.com',
      '"unterminated@contoso.com',
      '"a"b"@contoso.com',
      `${'a'.repeat(MAX_LOCAL_PART + 1)}@contoso.com`,
      'jdoe@localhost',
      'jdoe@10.0.0.1',
      'jdoe@[10.0.0.1]',
      'jdoe@[::1]',
      'jdoe@contoso.com:25',
      'jdoe@contoso..com',
      'jdoe@-contoso.com',
      'jdoe@con toso.com',
      'jdoe@contoso_mail.com',
      // the IDN path must not let URL syntax through: the URL parser would cut at "/" and accept "bü.com"
      'jdoe@bü.com/x',
      'jdoe@bü.com?x',
      'jdoe@bü.com#x',
      'jdoe@ü%2ecom',
    ];
    for (const input of invalid) {
      it(`${JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}…` : input)} as email-invalid`, () => {
        expect(parseEmail(input)).to.deep.equal({ ok: false, code: 'email-invalid' });
      });
    }

    for (const input of ['jdoe\t@contoso.com', 'j\u0000doe@contoso.com', '"a\u0001"@contoso.com']) {
      it(`${JSON.stringify(input)} as text-control-characters`, () => {
        expect(parseEmail(input)).to.deep.equal({ ok: false, code: 'text-control-characters' });
      });
    }

    it(`an address longer than ${MAX_EMAIL_LENGTH} characters, counted on the canonical form`, () => {
      const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.com`; // 188
      const email = `${'a'.repeat(MAX_LOCAL_PART)}@${domain}`;
      expect(email.length).to.equal(MAX_EMAIL_LENGTH + 1);
      expect(parseEmail(email)).to.deep.equal({ ok: false, code: 'email-invalid' });
      // the same length with a trailing dot that canonicalisation removes is fine
      const shorter = `${'a'.repeat(MAX_LOCAL_PART - 1)}@${domain}.`;
      expect(expectOk(parseEmail(shorter)).email.length).to.equal(MAX_EMAIL_LENGTH);
    });
  });

  describe('properties', () => {
    it('never throws on any string', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (input) => {
          const result = parseEmail(input);
          if (!result.ok) expect(['required', 'email-invalid']).to.include(result.code);
        }),
        { numRuns: 1000 },
      );
    });

    it('accepts every fc.emailAddress() that fits the length limit, unchanged', () => {
      fc.assert(
        fc.property(fc.emailAddress(), (email) => {
          const result = parseEmail(email);
          if (email.length > MAX_EMAIL_LENGTH) {
            expect(result).to.deep.equal({ ok: false, code: 'email-invalid' });
            return;
          }
          const ok = expectOk(result);
          expect(ok.email).to.equal(email);
          expect(ok.localPart).to.equal(email.slice(0, email.lastIndexOf('@')));
          expect(ok.domain).to.equal(email.slice(email.lastIndexOf('@') + 1));
        }),
        { numRuns: 500 },
      );
    });

    it('an ok result is canonical: local part + "@" + domain, and parsing it again gives the same', () => {
      const input = fc.oneof(
        fc.emailAddress(),
        fc.emailAddress().map((e) => ` ${e.toUpperCase()}. `),
        fc.string({ unit: fc.constantFrom('a', 'Б', '@', '.', '"', ' ', 'ü', '\\', '-') }),
      );
      fc.assert(
        fc.property(input, (raw) => {
          const first = parseEmail(raw);
          if (!first.ok) return;
          expect(first.email).to.equal(`${first.localPart}@${first.domain}`);
          expect(first.domain).to.match(/^[a-z0-9.-]+$/);
          expect(parseEmail(first.email)).to.deep.equal(first);
        }),
        { numRuns: 500 },
      );
    });
  });
});

describe('domainOf', () => {
  it('gives the canonical domain of a valid address', () => {
    expect(domainOf('jdoe@Contoso.COM')).to.equal('contoso.com');
    expect(domainOf('иван@почта.рф')).to.equal('xn--80a1acny.xn--p1ai');
  });

  it('gives null for an invalid or empty address', () => {
    expect(domainOf('')).to.equal(null);
    expect(domainOf('contoso.com')).to.equal(null);
    expect(domainOf('jdoe@localhost')).to.equal(null);
  });
});
