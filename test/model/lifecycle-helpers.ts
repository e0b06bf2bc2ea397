import type { MailAccount } from '../../src/model/index.js';

/** A saved OAuth 2.0 mailbox of the `p-contoso` provider (see helpers.ts), connected. */
export function oauthAccount(overrides: Partial<MailAccount> = {}): MailAccount {
  return {
    id: 'mb-1',
    email: 'jdoe@contoso.com',
    providerId: 'p-contoso',
    login: 'jdoe@contoso.com',
    displayName: 'John Doe',
    loadEmails: true,
    sendEmails: true,
    isDefault: true,
    isShared: false,
    loadFrom: '2024-01-01',
    status: 'connected',
    auth: { method: 'oauth2', grantRef: 'grant-1', signedInAs: 'jdoe@contoso.com' },
    ...overrides,
  };
}

/** A saved Basic mailbox, connected, with a password stored. */
export function basicAccount(overrides: Partial<MailAccount> = {}): MailAccount {
  return oauthAccount({ id: 'mb-2', email: 'ann@contoso.com', login: 'ann@contoso.com', auth: { method: 'basic', hasPassword: true }, ...overrides });
}
