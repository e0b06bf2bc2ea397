import { describe, it } from 'node:test';
import { expect } from 'chai';
import { validateConnectionCheckRequest } from '../../src/model/index.js';
import { expectFail, expectOk } from './helpers.js';

const request = (overrides: Record<string, unknown> = {}) => ({
  providerId: 'p-fabrikam',
  email: ' Lee.Gu@Fabrikam.com ',
  login: ' lee.gu ',
  auth: { method: 'basic', password: { action: 'replace', value: 'pw' } },
  ...overrides,
});

describe('validateConnectionCheckRequest (B1)', () => {
  it('accepts a well-formed request and returns it canonical', () => {
    const { request: checked } = expectOk(validateConnectionCheckRequest(request(), { provider: { auth: { method: 'basic' } } }));
    expect(checked.email).to.equal('Lee.Gu@fabrikam.com'); // the domain is lower-cased; the local part is the mailbox's own
    expect(checked.login).to.equal('lee.gu');
  });

  it('refuses a method the provider does not use, and `keep` with nothing stored', () => {
    const { errors } = expectFail(
      validateConnectionCheckRequest(request({ auth: { method: 'basic', password: { action: 'keep' } } }), {
        provider: { auth: { method: 'oauth2', clientId: 'c', hasClientSecret: true } },
      }),
    );
    expect(errors).to.deep.equal({ auth: { code: 'option-invalid' }, password: { code: 'secret-required' } });
  });

  it('accepts `keep` when re-checking a saved mailbox, unless the server knows no password is stored', () => {
    expectOk(validateConnectionCheckRequest(request({ accountId: 'm-1', auth: { method: 'basic', password: { action: 'keep' } } })));
    const { errors } = expectFail(
      validateConnectionCheckRequest(request({ accountId: 'm-1', auth: { method: 'basic', password: { action: 'keep' } } }), {
        hasStoredPassword: false,
      }),
    );
    expect(errors).to.deep.equal({ password: { code: 'secret-required' } });
  });

  it('reports every error of a request of the wrong shape', () => {
    const { errors } = expectFail(validateConnectionCheckRequest(request({ providerId: '', email: 'nope', login: '  ' })));
    expect(errors).to.deep.equal({ providerId: { code: 'required' }, email: { code: 'email-invalid' }, login: { code: 'login-required' } });
  });
});
