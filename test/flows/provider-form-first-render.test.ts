import { describe, it } from 'node:test';
import { expect } from 'chai';
import { initialProviderFormSession, providerFormSessionReducer, showsFieldsWhileLoading } from '../../src/flows/provider-form-session.js';
import { createDemoData } from '../../src/adapter/in-memory-data.js';

const configure = (source: Parameters<typeof providerFormSessionReducer>[1] & { type: 'configure' }) =>
  providerFormSessionReducer(initialProviderFormSession(), source);

describe('showsFieldsWhileLoading', () => {
  it('is true for a new provider and for one the host passed: the draft is known before the load', () => {
    expect(showsFieldsWhileLoading(initialProviderFormSession())).to.equal(true);
    const provider = createDemoData().providers[0]!;
    expect(showsFieldsWhileLoading(configure({ type: 'configure', source: provider, providerId: null, defaults: {} }))).to.equal(true);
    expect(showsFieldsWhileLoading(configure({ type: 'configure', source: provider, providerId: provider.id, defaults: {} }))).to.equal(true);
  });

  it('is false for a provider loaded by id: its fields are known only from the answer', () => {
    expect(showsFieldsWhileLoading(configure({ type: 'configure', source: null, providerId: 'exchange-fabrikam', defaults: {} }))).to.equal(false);
  });
});
