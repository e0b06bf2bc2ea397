import { describe, it } from 'node:test';
import { expect } from 'chai';
import { ACCOUNT_STATUS_REASONS, accountAttention, isAccountStatusReason, offersReauthorize, reauthorizeActionFor } from '../../src/model/index.js';
import { basicAccount, oauthAccount } from './lifecycle-helpers.js';

describe('accountAttention: why a row needs attention', () => {
  it('is null for a connected mailbox that holds credentials', () => {
    expect(accountAttention(oauthAccount())).to.equal(null);
    expect(accountAttention(basicAccount())).to.equal(null);
  });

  it('gives each recorded status reason back as it is, with the action that fixes it', () => {
    for (const reason of ACCOUNT_STATUS_REASONS) {
      const account = oauthAccount({ status: 'needs-sign-in', statusReason: reason, auth: { method: 'oauth2', grantRef: 'g' } });
      expect(accountAttention(account), reason).to.deep.equal({ reason, isStatusReason: true, action: 'sign-in-again' });
    }
    expect(accountAttention(basicAccount({ status: 'needs-sign-in', statusReason: 'password-rejected' }))).to.deep.equal({
      reason: 'password-rejected',
      isStatusReason: true,
      action: 'change-password',
    });
  });

  it('reads the older error kind auth-failed as what it means for the method', () => {
    expect(accountAttention(oauthAccount({ status: 'needs-sign-in', statusReason: 'auth-failed' }))?.reason).to.equal('grant-revoked');
    expect(accountAttention(basicAccount({ status: 'error', statusReason: 'auth-failed' }))).to.deep.include({
      reason: 'password-rejected',
      action: 'change-password',
    });
  });

  it('says credentials are missing when none are stored, whatever else was recorded', () => {
    const noGrant = oauthAccount({ auth: { method: 'oauth2', grantRef: null } });
    expect(accountAttention(noGrant)).to.deep.equal({ reason: 'credentials-missing', isStatusReason: true, action: 'sign-in-again' });
    const noPassword = basicAccount({ status: 'error', statusReason: 'tls', auth: { method: 'basic', hasPassword: false } });
    expect(accountAttention(noPassword)?.reason).to.equal('credentials-missing');
    expect(accountAttention(basicAccount({ status: 'needs-sign-in' }))?.reason).to.equal('credentials-missing');
  });

  it('keeps a failure that new credentials do not fix as its error kind, with no action', () => {
    expect(accountAttention(oauthAccount({ status: 'error', statusReason: 'tls' }))).to.deep.equal({
      reason: 'tls',
      isStatusReason: false,
      action: null,
    });
    expect(accountAttention(oauthAccount({ status: 'error' }))).to.deep.equal({ reason: 'unknown', isStatusReason: false, action: null });
  });

  it('offers Change password or Sign in again only to a mailbox that needs new credentials', () => {
    expect(offersReauthorize(basicAccount())).to.equal(null);
    expect(offersReauthorize(basicAccount({ status: 'needs-sign-in', statusReason: 'password-rejected' }))).to.equal('change-password');
    expect(offersReauthorize(oauthAccount({ status: 'error', statusReason: 'tls' }))).to.equal(null);
    expect(offersReauthorize(oauthAccount())).to.equal(null);
    expect(offersReauthorize(oauthAccount({ status: 'needs-sign-in', statusReason: 'grant-expired' }))).to.equal('sign-in-again');
    expect(reauthorizeActionFor(basicAccount())).to.equal('change-password');
    expect(isAccountStatusReason('grant-expired')).to.equal(true);
    expect(isAccountStatusReason('auth-failed')).to.equal(false);
  });
});
