import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  LOGIN_FORMATS,
  MAX_EMAIL_LENGTH,
  MAX_LOGIN_LENGTH,
  deriveLogin,
  forbiddenCharacters,
  isLoginEditable,
  parseEmail,
} from '../../src/model/index.js';
import { expectOk } from './helpers.js';

/** Valid addresses as fc.emailAddress() makes them, within the length limit parseEmail enforces. */
const validEmail = fc.emailAddress().filter((email) => email.length <= MAX_EMAIL_LENGTH);

describe('deriveLogin (R11)', () => {
  describe('"email" format: the whole address is the login', () => {
    it('gives the address', () => {
      expect(deriveLogin('example@google.com', 'email')).to.deep.equal({ ok: true, login: 'example@google.com' });
    });

    it('gives the canonical address: trimmed, domain lower-cased and in punycode', () => {
      expect(deriveLogin('  John@Contoso.COM ', 'email')).to.deep.equal({ ok: true, login: 'John@contoso.com' });
      expect(deriveLogin('иван@почта.рф', 'email')).to.deep.equal({ ok: true, login: 'иван@xn--80a1acny.xn--p1ai' });
    });

    it('ignores a manual login', () => {
      expect(deriveLogin('jdoe@contoso.com', 'email', 'someone-else')).to.deep.equal({ ok: true, login: 'jdoe@contoso.com' });
    });
  });

  describe('"mailbox-name" format: the part before "@"', () => {
    it("example@google.com → example (the page's own example)", () => {
      expect(deriveLogin('example@google.com', 'mailbox-name')).to.deep.equal({ ok: true, login: 'example' });
    });

    it('keeps the case of the local part', () => {
      expect(deriveLogin('John.Doe@Contoso.com', 'mailbox-name')).to.deep.equal({ ok: true, login: 'John.Doe' });
    });

    it('takes everything before the last "@" of a quoted local part', () => {
      expect(deriveLogin('"a@b"@contoso.com', 'mailbox-name')).to.deep.equal({ ok: true, login: '"a@b"' });
    });
  });

  describe('the derived formats need a valid address', () => {
    for (const format of ['email', 'mailbox-name'] as const) {
      it(`${format}: an empty address is required, an invalid one email-invalid`, () => {
        expect(deriveLogin('', format)).to.deep.equal({ ok: false, code: 'required' });
        expect(deriveLogin('   ', format)).to.deep.equal({ ok: false, code: 'required' });
        expect(deriveLogin('jdoe', format)).to.deep.equal({ ok: false, code: 'email-invalid' });
        expect(deriveLogin('jdoe@localhost', format)).to.deep.equal({ ok: false, code: 'email-invalid' });
      });
    }
  });

  describe('"manual" format: the user types the login', () => {
    it('gives the trimmed login, whatever the address', () => {
      expect(deriveLogin('jdoe@contoso.com', 'manual', '  CONTOSO\\jdoe ')).to.deep.equal({ ok: true, login: 'CONTOSO\\jdoe' });
      expect(deriveLogin('', 'manual', 'jdoe')).to.deep.equal({ ok: true, login: 'jdoe' });
      expect(deriveLogin('not an address', 'manual', 'jdoe')).to.deep.equal({ ok: true, login: 'jdoe' });
    });

    it('requires a login', () => {
      expect(deriveLogin('jdoe@contoso.com', 'manual')).to.deep.equal({ ok: false, code: 'login-required' });
      expect(deriveLogin('jdoe@contoso.com', 'manual', '')).to.deep.equal({ ok: false, code: 'login-required' });
      expect(deriveLogin('jdoe@contoso.com', 'manual', ' \t ')).to.deep.equal({ ok: false, code: 'login-required' });
    });

    it(`accepts ${MAX_LOGIN_LENGTH} characters and refuses more`, () => {
      expect(deriveLogin('', 'manual', 'a'.repeat(MAX_LOGIN_LENGTH)).ok).to.equal(true);
      expect(deriveLogin('', 'manual', 'a'.repeat(MAX_LOGIN_LENGTH + 1))).to.deep.equal({ ok: false, code: 'too-long' });
    });

    it('refuses control characters inside the login', () => {
      expect(deriveLogin('', 'manual', 'j\u0000doe')).to.deep.equal({ ok: false, code: 'text-control-characters' });
      expect(deriveLogin('', 'manual', 'j\u007fdoe')).to.deep.equal({ ok: false, code: 'text-control-characters' });
    });

    it('accepts spaces and non-ASCII inside the login', () => {
      expect(deriveLogin('', 'manual', 'John Doe')).to.deep.equal({ ok: true, login: 'John Doe' });
      expect(deriveLogin('', 'manual', 'Иван')).to.deep.equal({ ok: true, login: 'Иван' });
    });
  });

  describe('properties', () => {
    const format = fc.constantFrom(...LOGIN_FORMATS);
    const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

    it('never throws on any strings and any format', () => {
      fc.assert(
        fc.property(anyString, format, fc.option(anyString, { nil: undefined }), (email, fmt, manual) => {
          const result = deriveLogin(email, fmt, manual);
          if (result.ok) expect(result.login).to.be.a('string').and.not.equal('');
          else expect(result.code).to.be.a('string');
        }),
        { numRuns: 1000 },
      );
    });

    it('"email" yields the canonical address of a valid email', () => {
      fc.assert(
        fc.property(validEmail, fc.boolean(), (email, shout) => {
          const typed = shout ? ` ${email.slice(0, email.lastIndexOf('@'))}${email.slice(email.lastIndexOf('@')).toUpperCase()} ` : email;
          expect(deriveLogin(typed, 'email')).to.deep.equal({ ok: true, login: email });
          expect(deriveLogin(typed, 'email')).to.deep.equal({ ok: true, login: expectOk(parseEmail(typed)).email });
        }),
        { numRuns: 300 },
      );
    });

    it('"mailbox-name" yields the part before the last "@"', () => {
      fc.assert(
        fc.property(validEmail, (email) => {
          expect(deriveLogin(email, 'mailbox-name')).to.deep.equal({ ok: true, login: email.slice(0, email.lastIndexOf('@')) });
        }),
        { numRuns: 300 },
      );
    });

    it('"manual" yields the trimmed manual login, or login-required when there is none', () => {
      fc.assert(
        fc.property(validEmail, anyString, (email, manual) => {
          const result = deriveLogin(email, 'manual', manual);
          const trimmed = manual.trim();
          if (trimmed === '') expect(result).to.deep.equal({ ok: false, code: 'login-required' });
          else if (trimmed.length > MAX_LOGIN_LENGTH) expect(result).to.deep.equal({ ok: false, code: 'too-long' });
          else if (forbiddenCharacters(trimmed) !== null) expect(result).to.deep.equal({ ok: false, code: forbiddenCharacters(trimmed) });
          else expect(result).to.deep.equal({ ok: true, login: trimmed });
        }),
        { numRuns: 500 },
      );
    });

    it('"manual" is idempotent: deriving from the derived login gives the same login', () => {
      fc.assert(
        fc.property(anyString, anyString, (email, manual) => {
          const first = deriveLogin(email, 'manual', manual);
          if (!first.ok) return;
          expect(deriveLogin(email, 'manual', first.login)).to.deep.equal(first);
        }),
        { numRuns: 500 },
      );
    });

    it('"email" is idempotent: deriving from the derived login gives the same login', () => {
      fc.assert(
        fc.property(fc.oneof(validEmail, anyString), (email) => {
          const first = deriveLogin(email, 'email');
          if (!first.ok) return;
          expect(deriveLogin(first.login, 'email')).to.deep.equal(first);
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('isLoginEditable', () => {
  it('is true only for the manual format', () => {
    expect(isLoginEditable('manual')).to.equal(true);
    expect(isLoginEditable('email')).to.equal(false);
    expect(isLoginEditable('mailbox-name')).to.equal(false);
  });
});
