import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  applyProviderChange,
  credentialChangeReason,
  providerChangeImpact,
  providerDeleteImpact,
  type ExchangeProvider,
  type MailProvider,
} from '../../src/model/index.js';
import { exchangeProvider, imapProvider } from './helpers.js';
import { basicAccount, oauthAccount } from './lifecycle-helpers.js';

const before = exchangeProvider() as ExchangeProvider;
const alex = oauthAccount({ id: 'a', email: 'alex@contoso.com', login: 'alex@contoso.com' });
const megan = oauthAccount({ id: 'm', email: 'megan@contoso.com', login: 'megan@contoso.com', sendEmails: false, isDefault: false });
const other = oauthAccount({ id: 'o', email: 'o@fabrikam.com', providerId: 'p-fabrikam' });
const accounts = [alex, megan, other];

describe('providerChangeImpact: which mailboxes a provider change affects, and how', () => {
  it('needs no confirmation for a change that affects no mailbox', () => {
    expect(providerChangeImpact(before, { ...before, name: 'Renamed', domains: ['x.com'] }, accounts)).to.deep.equal([]);
  });

  it('switching to Basic and unticking Send emails: sign in again (auth method changed), stops sending where it sent', () => {
    const after: MailProvider = { ...before, auth: { method: 'basic' }, sendEmails: false };
    expect(providerChangeImpact(before, after, accounts)).to.deep.equal([
      { accountId: 'a', email: 'alex@contoso.com', effects: ['sign-in-again', 'stops-sending'], reason: 'auth-method-changed' },
      { accountId: 'm', email: 'megan@contoso.com', effects: ['sign-in-again'], reason: 'auth-method-changed' },
    ]);
  });

  it('a new server address means signing in again; letter case and a final dot do not', () => {
    expect(credentialChangeReason(before, { ...before, serviceAddress: 'MAIL.contoso.com.' })).to.equal(null);
    expect(credentialChangeReason(before, { ...before, serviceAddress: 'mail2.contoso.com' })).to.equal('server-changed');
    const imap = imapProvider() as Extract<MailProvider, { type: 'imap-smtp' }>;
    expect(credentialChangeReason(imap, { ...imap, outgoing: { ...imap.outgoing, host: 'smtp2.fabrikam.com' } })).to.equal('server-changed');
    expect(credentialChangeReason(imap, { ...imap, incoming: { ...imap.incoming, port: 143, security: 'starttls' } })).to.equal(null);
  });

  it('turning Load emails off stops loading; a login format change says the new login', () => {
    const after: MailProvider = { ...before, loadEmails: false, loginFormat: 'mailbox-name' };
    expect(providerChangeImpact(before, after, [alex])).to.deep.equal([
      { accountId: 'a', email: 'alex@contoso.com', effects: ['stops-loading', 'login-changes'], newLogin: 'alex' },
    ]);
  });

  it('lists every mailbox of a provider as blocking its delete (R15), and none of another provider', () => {
    expect(providerDeleteImpact(before, accounts).map((impact) => [impact.accountId, impact.effects])).to.deep.equal([
      ['a', ['blocks-delete']],
      ['m', ['blocks-delete']],
    ]);
    expect(providerDeleteImpact({ id: 'nobody' }, accounts)).to.deep.equal([]);
  });
});

describe('applyProviderChange: the state an adapter leaves a mailbox in', () => {
  it('drops credentials with the true reason when the method changes, and keeps id and settings', () => {
    const after: MailProvider = { ...before, auth: { method: 'basic' }, sendEmails: false };
    expect(applyProviderChange(alex, before, after)).to.deep.equal({
      ...alex,
      sendEmails: false,
      status: 'needs-sign-in',
      statusReason: 'auth-method-changed',
      auth: { method: 'basic', hasPassword: false },
    });
  });

  it('a changed server asks for a new OAuth grant', () => {
    const next = applyProviderChange(alex, before, { ...before, serviceAddress: 'outlook.office365.com' });
    expect(next).to.deep.include({ status: 'needs-sign-in', statusReason: 'server-changed', auth: { method: 'oauth2', grantRef: null } });
  });

  it('leaves status and credentials alone when they still apply', () => {
    const ann = basicAccount({ providerId: 'p-fabrikam', email: 'ann@fabrikam.com', login: 'ann', sendEmails: false });
    const imap = imapProvider();
    expect(applyProviderChange(ann, imap, { ...imap, name: 'New name' })).to.deep.equal(ann);
  });

  it('treats a mailbox still on the old method as needing sign-in', () => {
    const stale = basicAccount();
    expect(applyProviderChange(stale, before, before)).to.deep.include({ status: 'needs-sign-in', statusReason: 'auth-method-changed' });
  });
});
