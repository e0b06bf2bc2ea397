import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  ConnectionCheckRequestSchema,
  ERROR_CODES,
  MailAccountSchema,
  MailProviderInputSchema,
  MailProviderSchema,
  NOTE_CODES,
  WARNING_CODES,
} from '../../src/model/index.js';
import { exchangeInput, exchangeProvider, imapProvider } from './helpers.js';

describe('message codes', () => {
  it('are unique, and errors, warnings and notes never share a code', () => {
    const all = [...ERROR_CODES, ...WARNING_CODES, ...NOTE_CODES];
    expect(new Set(all).size).to.equal(all.length);
  });

  it('are kebab-case identifiers, never English sentences', () => {
    for (const code of [...ERROR_CODES, ...WARNING_CODES, ...NOTE_CODES]) expect(code).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('MailProviderSchema (what an adapter returns)', () => {
  it('parses stored Exchange and IMAP/SMTP providers', () => {
    expect(MailProviderSchema.parse(exchangeProvider())).to.deep.equal(exchangeProvider());
    expect(MailProviderSchema.parse(imapProvider())).to.deep.equal(imapProvider());
  });

  it('never carries a client secret back to the page (B3)', () => {
    const withSecret = { ...exchangeProvider(), auth: { method: 'oauth2', clientId: 'c', hasClientSecret: true, clientSecret: 'leak' } };
    expect(JSON.stringify(MailProviderSchema.parse(withSecret))).not.to.include('leak');
  });

  it('rejects garbage', () => {
    expect(MailProviderSchema.safeParse({ ...exchangeProvider(), id: '' }).success).to.equal(false);
    expect(MailProviderSchema.safeParse({ ...exchangeProvider(), serviceAddress: '' }).success).to.equal(false);
    expect(MailProviderSchema.safeParse({ ...exchangeProvider(), auth: { method: 'oauth2', clientId: 'c' } }).success).to.equal(false);
    expect(MailProviderSchema.safeParse(null).success).to.equal(false);
  });
});

describe('MailProviderInputSchema (what a save sends)', () => {
  it('needs a non-empty replacement secret', () => {
    expect(MailProviderInputSchema.safeParse(exchangeInput()).success).to.equal(true);
    const empty = { ...exchangeInput(), auth: { method: 'oauth2', clientId: 'c', clientSecret: { action: 'replace', value: '' } } };
    expect(MailProviderInputSchema.safeParse(empty).success).to.equal(false);
  });
});

describe('MailAccountSchema (what an adapter returns)', () => {
  const account = {
    id: 'a1',
    email: 'jdoe@contoso.com',
    providerId: 'p1',
    login: 'jdoe@contoso.com',
    displayName: '',
    loadEmails: true,
    sendEmails: true,
    isDefault: true,
    isShared: false,
    loadFrom: '2024-01-31',
    status: 'connected',
    auth: { method: 'basic', hasPassword: true },
  };

  it('parses a stored mailbox, with or without a status reason', () => {
    expect(MailAccountSchema.parse(account)).to.deep.equal(account);
    const failing = { ...account, status: 'error', statusReason: 'auth-failed', auth: { method: 'oauth2', grantRef: null } };
    expect(MailAccountSchema.parse(failing)).to.deep.equal(failing);
  });

  it('never carries a password back to the page (B3)', () => {
    const withPassword = { ...account, auth: { method: 'basic', hasPassword: true, password: 'leak' } };
    expect(JSON.stringify(MailAccountSchema.parse(withPassword))).not.to.include('leak');
  });

  it('rejects an unknown status or a malformed date', () => {
    expect(MailAccountSchema.safeParse({ ...account, status: 'maybe' }).success).to.equal(false);
    expect(MailAccountSchema.safeParse({ ...account, loadFrom: '31.01.2024' }).success).to.equal(false);
  });
});

describe('ConnectionCheckRequestSchema (B1)', () => {
  it('takes a provider, an address, a login and credentials', () => {
    const request = {
      providerId: 'p1',
      email: 'jdoe@contoso.com',
      login: 'jdoe',
      auth: { method: 'basic', password: { action: 'keep' } },
      accountId: 'a1',
    };
    expect(ConnectionCheckRequestSchema.parse(request)).to.deep.equal(request);
    expect(ConnectionCheckRequestSchema.safeParse({ ...request, providerId: '' }).success).to.equal(false);
  });
});
