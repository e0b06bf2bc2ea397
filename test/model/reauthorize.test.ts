import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  ReauthorizeAccountRequestSchema,
  reauthorizationCheck,
  reauthorizationInput,
  reauthorizationProblem,
  validateAccountInput,
} from '../../src/model/index.js';
import { exchangeProvider } from './helpers.js';
import { basicAccount, oauthAccount } from './lifecycle-helpers.js';

describe('re-authorising a mailbox in place', () => {
  it('builds a save with the same id and every stored setting, and only the new credentials', () => {
    const account = oauthAccount({ displayName: 'Jo', isShared: true, loadFrom: '2023-05-01', sendEmails: false });
    const input = reauthorizationInput(account, { auth: { method: 'oauth2', grantRef: 'grant-2' } });
    expect(input).to.deep.equal({
      id: 'mb-1',
      email: 'jdoe@contoso.com',
      providerId: 'p-contoso',
      login: 'jdoe@contoso.com',
      displayName: 'Jo',
      loadEmails: true,
      sendEmails: false,
      isDefault: true,
      isShared: true,
      loadFrom: '2023-05-01',
      auth: { method: 'oauth2', grantRef: 'grant-2' },
    });
    expect(validateAccountInput(input, { provider: exchangeProvider() }).ok).to.equal(true);
    // The version it was read at goes along, so a settings change made meanwhile is a conflict, not lost.
    expect(reauthorizationInput({ ...account, version: 4 }, { auth: { method: 'oauth2', grantRef: 'g' } }).version).to.equal(4);
  });

  it('takes a new login when one is given', () => {
    const account = basicAccount();
    const request = { login: 'CONTOSO\\ann', auth: { method: 'basic' as const, password: { action: 'replace' as const, value: 'n3w' } } };
    expect(reauthorizationInput(account, request).login).to.equal('CONTOSO\\ann');
    expect(reauthorizationCheck(account, request)).to.deep.equal({
      providerId: 'p-contoso',
      email: 'ann@contoso.com',
      login: 'CONTOSO\\ann',
      auth: request.auth,
      accountId: 'mb-2',
    });
  });

  it('refuses a Basic re-authorisation that keeps the old password', () => {
    expect(reauthorizationProblem({ auth: { method: 'basic', password: { action: 'keep' } } })).to.equal('password');
    expect(reauthorizationProblem({ auth: { method: 'basic', password: { action: 'replace', value: 'x' } } })).to.equal(null);
    expect(reauthorizationProblem({ auth: { method: 'oauth2', grantRef: 'g' } })).to.equal(null);
  });

  it('has a request schema that needs an id and credentials', () => {
    expect(ReauthorizeAccountRequestSchema.safeParse({ id: 'mb-1', auth: { method: 'oauth2', grantRef: 'g' } }).success).to.equal(true);
    expect(ReauthorizeAccountRequestSchema.safeParse({ id: '', auth: { method: 'oauth2', grantRef: 'g' } }).success).to.equal(false);
    expect(ReauthorizeAccountRequestSchema.safeParse({ id: 'mb-1' }).success).to.equal(false);
  });
});
