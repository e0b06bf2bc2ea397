// Issue 10, items 10 and 11: characters no name, address or login may hold; invalid
// punycode; recognition that ignores stored domains which are not host names.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  deriveLogin,
  findProviderForDomain,
  findProviderForEmail,
  normalizeDomain,
  normalizeHostName,
  normalizeServiceAddress,
  parseEmail,
  validateAccountInput,
  validateProviderInput,
} from '../../src/model/index.js';
import { accountInput, exchangeInput, expectFail, expectOk } from './helpers.js';

const CONTROL = ['\u0000', '\u0007', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u009f'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u180e'];

const groups = [
  ['text-control-characters', CONTROL],
  ['text-bidi-controls', BIDI],
  ['text-invisible-characters', ZERO_WIDTH],
] as const;

const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;

describe('item 10: control, bidi and zero-width characters are refused with their own codes', () => {
  for (const [code, chars] of groups) {
    for (const char of chars) {
      it(`${hex(char)} → ${code} in a provider name, a local part, a login and a display name`, () => {
        const provider = expectFail(validateProviderInput(exchangeInput({ name: `Contoso${char}Mail` })));
        expect(provider.errors.name).to.deep.equal({ code });

        expect(parseEmail(`jd${char}oe@contoso.com`)).to.deep.equal({ ok: false, code });

        expect(deriveLogin('jdoe@contoso.com', 'manual', `CONTOSO\\jd${char}oe`)).to.deep.equal({ ok: false, code });

        const account = expectFail(validateAccountInput(accountInput({ displayName: `John${char}Doe` })));
        expect(account.errors.displayName).to.deep.equal({ code });
      });
    }
  }

  it('a mailbox whose email carries a bidi override gets the code on the email field', () => {
    const account = expectFail(validateAccountInput(accountInput({ email: 'jdoe\u202e@contoso.com' })));
    expect(account.errors.email).to.deep.equal({ code: 'text-bidi-controls' });
  });

  it('ordinary international text stays valid', () => {
    expect(expectOk(validateProviderInput(exchangeInput({ name: 'Почта Contoso — Zürich 東京' }))).input.name).to.equal(
      'Почта Contoso — Zürich 東京',
    );
    expect(expectOk(parseEmail('jörg.müller@contoso.com')).localPart).to.equal('jörg.müller');
    expect(expectOk(validateAccountInput(accountInput({ displayName: 'Иван Петров 👩‍💻' }))).input.displayName).to.equal('Иван Петров 👩‍💻');
  });
});

describe('item 10: punycode labels must be valid', () => {
  for (const name of ['xn--zz.example', 'mail.xn--.example', 'xn--a.example', 'xn--bcher-kva9.example', 'xn--ls8h-.example', 'xn--abc-.example']) {
    it(`${name} → address-punycode-invalid`, () => {
      expect(normalizeHostName(name)).to.deep.equal({ ok: false, code: 'address-punycode-invalid' });
      expect(normalizeServiceAddress(name)).to.deep.equal({ ok: false, code: 'address-punycode-invalid' });
      expect(normalizeDomain(name)).to.deep.equal({ ok: false, code: 'address-punycode-invalid' });
      expect(parseEmail(`jdoe@${name}`).ok).to.equal(false);
    });
  }

  it('a punycode label that decodes to upper case or to plain ASCII is not canonical and is refused', () => {
    // "xn--bcher-kva" is bücher; "xn--Bcher-kva" differs only in case and is the same label, lower-cased.
    expect(expectOk(normalizeHostName('xn--Bcher-KVA.example')).host).to.equal('xn--bcher-kva.example');
    // xn--abc- decodes to "abc", which never needs punycode.
    expect(normalizeHostName('xn--abc-.example')).to.deep.equal({ ok: false, code: 'address-punycode-invalid' });
  });

  it('valid punycode stays valid and round-trips to the same ASCII', () => {
    expect(expectOk(normalizeHostName('xn--bcher-kva.example')).host).to.equal('xn--bcher-kva.example');
    expect(expectOk(normalizeHostName('xn--80a1acny.xn--p1ai')).host).to.equal('xn--80a1acny.xn--p1ai');
    expect(expectOk(normalizeHostName('bücher.example')).host).to.equal('xn--bcher-kva.example');
  });
});

describe('item 11: recognition ignores stored domains that are not host names', () => {
  const broken = { id: 'broken', domains: ['COM '] };
  const spaces = { id: 'spaces', domains: ['con toso.com', '', '.', 'xn--zz.com'] };
  const good = { id: 'good', domains: ['fabrikam.com'] };

  it('"COM " does not capture every .com address', () => {
    expect(findProviderForDomain([broken], 'contoso.com')).to.equal(null);
    expect(findProviderForEmail([broken, good], 'jdoe@contoso.com')).to.equal(null);
    expect(findProviderForEmail([broken, good], 'jdoe@fabrikam.com')).to.equal(good);
  });

  it('no invalid stored domain matches anything, even exactly', () => {
    expect(findProviderForDomain([spaces], 'con toso.com')).to.equal(null);
    expect(findProviderForDomain([spaces], 'xn--zz.com')).to.equal(null);
    expect(findProviderForDomain([spaces], 'contoso.com')).to.equal(null);
  });
});
