import { describe, it } from 'node:test';
import { expect } from 'chai';
import { filterProviders, providerMatches } from '../../src/flows/provider-filter.js';
import { createDemoData } from '../../src/adapter/in-memory-data.js';

const providers = createDemoData().providers;
const names = (list: readonly { name: string }[]) => list.map((p) => p.name);

describe('filterProviders', () => {
  it('returns the same array for a blank query', () => {
    expect(filterProviders(providers, '')).to.equal(providers);
    expect(filterProviders(providers, '   ')).to.equal(providers);
  });

  it('matches part of the name, case-insensitively', () => {
    expect(names(filterProviders(providers, 'fabrikam'))).to.deep.equal(providers.filter((p) => /fabrikam/i.test(p.name)).map((p) => p.name));
    expect(filterProviders(providers, 'FABRIKAM').length).to.be.greaterThan(0);
  });

  it('matches the service address or incoming host, and the recognition domains', () => {
    const first = providers[0]!;
    expect(providerMatches(first, first.domains[0]!.toUpperCase())).to.equal(true);
    expect(providerMatches(first, 'office365')).to.equal(first.type === 'exchange' && first.serviceAddress.includes('office365'));
    const imap = providers.find((p) => p.type === 'imap-smtp')!;
    expect(providerMatches(imap, imap.incoming.host)).to.equal(true);
  });

  it('matches nothing for text no provider has', () => {
    expect(filterProviders(providers, 'no-such-provider-anywhere')).to.deep.equal([]);
  });
});
