// A request of the wrong shape still gets every field's error (docs/rest-contract.md:
// `fieldErrors` lists all of them), not only the shape's.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateAccountInput, validateProviderInput } from '../../src/model/index.js';
import { fabrikamAccount } from '../helpers/samples.mjs';
import { exchangeInput, expectFail, imapInput } from './helpers.js';

const account = (overrides: Record<string, unknown> = {}) => ({ ...fabrikamAccount({ providerId: 'p-fabrikam' }), ...overrides });

describe('validation of a request whose shape is wrong', () => {
  it('reports the rule errors of the well-shaped provider fields next to the shape errors', () => {
    const { errors } = expectFail(
      validateProviderInput({ ...exchangeInput(), name: ' ', loadEmails: 'yes', domains: ['contoso.com', 'Contoso.com'] }),
    );
    expect(errors).to.deep.equal({
      loadEmails: { code: 'option-invalid' },
      name: { code: 'required' },
      'domains.1': { code: 'domain-duplicate', params: { domain: 'contoso.com' } },
      domains: { code: 'domain-duplicate', params: { domain: 'contoso.com' } },
    });
  });

  it('reports a missing field together with a broken rule elsewhere', () => {
    const withoutAddress = {
      ...exchangeInput({ auth: { method: 'oauth2', clientId: 'nope', clientSecret: { action: 'keep' } } }),
      serviceAddress: undefined,
    };
    const { errors } = expectFail(validateProviderInput(withoutAddress));
    expect(errors).to.deep.equal({
      serviceAddress: { code: 'required' },
      'auth.clientId': { code: 'client-id-not-guid' },
      'auth.clientSecret': { code: 'secret-required' },
    });
  });

  it('keeps a broken endpoint to its shape error, without a second error inside it', () => {
    const { errors } = expectFail(
      validateProviderInput({
        ...imapInput(),
        incoming: { host: 'imap.fabrikam.com', port: 0, security: 'ssl' },
        loadEmails: false,
        sendEmails: false,
      }),
    );
    expect(errors).to.deep.equal({ 'incoming.port': { code: 'port-invalid' }, delivery: { code: 'delivery-none' } });
    const missing = expectFail(validateProviderInput({ ...imapInput(), outgoing: undefined, name: '' }));
    expect(missing.errors).to.deep.equal({ outgoing: { code: 'required' }, name: { code: 'required' } });
  });

  it('gives only the shape errors when the type, which decides the other fields, is unknown', () => {
    const { errors } = expectFail(validateProviderInput({ ...exchangeInput(), type: 'pop3', name: ' ' }));
    expect(Object.keys(errors)).to.deep.equal(['type']);
  });

  it('never throws on values that are not data', () => {
    expect(expectFail(validateProviderInput({ ...exchangeInput(), name: () => 'x' })).errors).to.have.property('name');
    expect(expectFail(validateProviderInput(null)).errors).to.not.deep.equal({});
    expect(expectFail(validateAccountInput([])).errors).to.not.deep.equal({});
  });

  it('reports every mailbox error: a bad address next to a flag of the wrong type', () => {
    const { errors } = expectFail(validateAccountInput(account({ email: 'not-an-address', isDefault: 'yes', loadFrom: '2024-02-30' })));
    expect(errors).to.have.all.keys('isDefault', 'email', 'loadFrom');
    expect(errors.isDefault).to.deep.equal({ code: 'option-invalid' });
  });

  it('reports the password rule next to a broken field of a mailbox', () => {
    const { errors } = expectFail(validateAccountInput(account({ displayName: 7, auth: { method: 'basic', password: { action: 'keep' } } })));
    expect(errors).to.deep.equal({ displayName: { code: 'option-invalid' }, password: { code: 'secret-required' } });
  });
});
