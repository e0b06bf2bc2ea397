import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { findProviderForDomain, findProviderForEmail } from '../../src/model/index.js';

interface P {
  readonly name: string;
  domains: string[];
}

const contoso: P = { name: 'contoso', domains: ['contoso.com'] };
const mailContoso: P = { name: 'mail.contoso', domains: ['mail.contoso.com'] };
const fabrikam: P = { name: 'fabrikam', domains: ['fabrikam.com', 'Fabrikam.ORG'] };
const providers: P[] = [contoso, mailContoso, fabrikam];

describe('findProviderForEmail (R6)', () => {
  it('finds the provider by an exact domain', () => {
    expect(findProviderForEmail(providers, 'jdoe@contoso.com')).to.equal(contoso);
    expect(findProviderForEmail(providers, 'jdoe@fabrikam.com')).to.equal(fabrikam);
  });

  it('looks at every domain of a provider', () => {
    expect(findProviderForEmail(providers, 'jdoe@fabrikam.org')).to.equal(fabrikam);
  });

  it('is case-insensitive on both sides', () => {
    expect(findProviderForEmail(providers, 'JDoe@CONTOSO.COM')).to.equal(contoso);
    expect(findProviderForEmail(providers, 'jdoe@FABRIKAM.org')).to.equal(fabrikam);
  });

  it('covers subdomains of a provider domain', () => {
    expect(findProviderForEmail(providers, 'jdoe@eu.contoso.com')).to.equal(contoso);
    expect(findProviderForEmail(providers, 'jdoe@a.b.c.fabrikam.org')).to.equal(fabrikam);
  });

  it('prefers the longest matching suffix, in any provider order', () => {
    expect(findProviderForEmail(providers, 'jdoe@eu.mail.contoso.com')).to.equal(mailContoso);
    expect(findProviderForEmail([...providers].reverse(), 'jdoe@eu.mail.contoso.com')).to.equal(mailContoso);
  });

  it('prefers an exact match over a suffix match, in any provider order', () => {
    expect(findProviderForEmail(providers, 'jdoe@mail.contoso.com')).to.equal(mailContoso);
    expect(findProviderForEmail([...providers].reverse(), 'jdoe@mail.contoso.com')).to.equal(mailContoso);
  });

  it('matches only at a label boundary: notcontoso.com is not contoso.com', () => {
    expect(findProviderForEmail(providers, 'jdoe@notcontoso.com')).to.equal(null);
    expect(findProviderForEmail(providers, 'jdoe@eu.notcontoso.com')).to.equal(null);
    expect(findProviderForEmail(providers, 'jdoe@xmail.contoso.com')).to.equal(contoso);
  });

  it('does not match a provider domain that merely starts the address domain', () => {
    expect(findProviderForEmail(providers, 'jdoe@contoso.com.evil.net')).to.equal(null);
    expect(findProviderForEmail(providers, 'jdoe@contoso.co')).to.equal(null);
    expect(findProviderForEmail(providers, 'jdoe@com')).to.equal(null);
  });

  it('returns null for an unknown domain or no providers', () => {
    expect(findProviderForEmail(providers, 'jdoe@northwind.com')).to.equal(null);
    expect(findProviderForEmail([], 'jdoe@contoso.com')).to.equal(null);
  });

  it('returns null for an invalid or empty address', () => {
    expect(findProviderForEmail(providers, '')).to.equal(null);
    expect(findProviderForEmail(providers, 'contoso.com')).to.equal(null);
    expect(findProviderForEmail(providers, '@contoso.com')).to.equal(null);
    expect(findProviderForEmail(providers, 'jdoe@contoso.com:25')).to.equal(null);
  });

  it('compares internationalised domains in punycode, however either side is written', () => {
    const stored: P = { name: 'pochta', domains: ['xn--80a1acny.xn--p1ai'] };
    const unicode: P = { name: 'pochta-unicode', domains: ['Почта.РФ'] };
    expect(findProviderForEmail([stored], 'ivan@почта.рф')).to.equal(stored);
    expect(findProviderForEmail([stored], 'ivan@xn--80a1acny.xn--p1ai')).to.equal(stored);
    expect(findProviderForEmail([unicode], 'ivan@почта.рф')).to.equal(unicode);
    expect(findProviderForEmail([unicode], 'ivan@mail.почта.рф')).to.equal(unicode);
  });

  it('matches a stored domain written with a trailing dot, "@" or spaces', () => {
    const sloppy: P = { name: 'sloppy', domains: [' @Northwind.com. '] };
    expect(findProviderForEmail([sloppy], 'jdoe@northwind.com')).to.equal(sloppy);
    expect(findProviderForEmail([sloppy], 'jdoe@eu.northwind.com')).to.equal(sloppy);
  });

  it('ignores stored domains that are empty', () => {
    expect(findProviderForEmail([{ name: 'empty', domains: ['', '  '] }], 'jdoe@contoso.com')).to.equal(null);
  });

  describe('properties', () => {
    const labelArb = fc.stringMatching(/^[a-z0-9]{1,10}$/);

    it('a provider domain covers itself and every subdomain', () => {
      fc.assert(
        fc.property(fc.domain(), fc.array(labelArb, { maxLength: 3 }), (domain, subs) => {
          const provider: P = { name: 'p', domains: [domain] };
          const host = [...subs, domain].join('.');
          if (host.length > 180) return;
          expect(findProviderForEmail([provider], `u@${host}`)).to.equal(provider);
          expect(findProviderForEmail([provider], `u@${host.toUpperCase()}`)).to.equal(provider);
        }),
      );
    });

    it('never matches across a label boundary', () => {
      fc.assert(
        fc.property(fc.domain(), labelArb, (domain, prefix) => {
          const provider: P = { name: 'p', domains: [domain] };
          expect(findProviderForEmail([provider], `u@${prefix}${domain}`)).to.equal(null);
        }),
      );
    });

    it('the longest matching suffix wins, whatever the order of providers', () => {
      // providers for base, l1.base, l2.l1.base, …, listed in any order
      const chains = fc
        .tuple(fc.domain(), fc.array(labelArb, { minLength: 1, maxLength: 4 }))
        .map(([base, labels]) => labels.reduce<string[]>((acc, l) => [...acc, `${l}.${acc[acc.length - 1]!}`], [base]))
        .filter((chain) => chain[chain.length - 1]!.length <= 180);
      const scenario = chains.chain((chain) => {
        const list: P[] = chain.map((d, i) => ({ name: `p${i}`, domains: [d] }));
        return fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
      });
      fc.assert(
        fc.property(scenario, ([list, shuffled]) => {
          const deepest = list[list.length - 1]!;
          expect(findProviderForEmail(shuffled, `u@x.${deepest.domains[0]!}`)).to.equal(deepest);
          expect(findProviderForEmail(shuffled, `u@${deepest.domains[0]!}`)).to.equal(deepest);
          expect(findProviderForEmail(shuffled, `u@${list[0]!.domains[0]!}`)).to.equal(list[0]);
        }),
      );
    });

    it('never throws on any address', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), (email) => {
          const found = findProviderForEmail(providers, email);
          expect(found === null || providers.includes(found)).to.equal(true);
        }),
      );
    });
  });
});

describe('findProviderForDomain', () => {
  it('matches a canonical domain like findProviderForEmail', () => {
    expect(findProviderForDomain(providers, 'contoso.com')).to.equal(contoso);
    expect(findProviderForDomain(providers, 'eu.mail.contoso.com')).to.equal(mailContoso);
    expect(findProviderForDomain(providers, 'notcontoso.com')).to.equal(null);
  });

  it('tolerates a domain that is not canonical', () => {
    expect(findProviderForDomain(providers, 'EU.Contoso.com.')).to.equal(contoso);
  });

  it('keeps the first provider when two claim the same domain exactly', () => {
    const twin: P = { name: 'twin', domains: ['contoso.com'] };
    expect(findProviderForDomain([contoso, twin], 'contoso.com')).to.equal(contoso);
  });
});
