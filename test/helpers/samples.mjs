// The sample records every adapter, REST and server test builds on: valid saves
// for the demo data's providers, with secrets a test can search for in anything
// that must not carry them. Plain JavaScript, so Node's .mjs tests, tsx and the
// browser tests share this one copy (types in samples.d.mts).

/** A client secret no answer, event, log or storage may ever carry. */
export const SECRET = 'S3cr3t-value-never-returned';
/** A mailbox password no answer, event, log or storage may ever carry. */
export const PASSWORD = 'Pa55word-never-returned';

/** A valid new Exchange provider with OAuth 2.0 (its client secret is SECRET). */
export function exchangeInput(overrides = {}) {
  return {
    type: 'exchange',
    name: 'Adatum Exchange',
    serviceAddress: 'mail.adatum.com',
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    auth: { method: 'oauth2', clientId: '11111111-2222-4333-8444-555555555555', clientSecret: { action: 'replace', value: SECRET } },
    domains: ['adatum.com'],
    ...overrides,
  };
}

/** A valid new IMAP/SMTP provider with Basic. */
export function imapInput(overrides = {}) {
  return {
    type: 'imap-smtp',
    name: 'Litware Mail',
    incoming: { host: 'imap.litware.com', port: 993, security: 'ssl' },
    outgoing: { host: 'smtp.litware.com', port: 587, security: 'starttls' },
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    auth: { method: 'basic' },
    domains: ['litware.com'],
    ...overrides,
  };
}

/** A valid new mailbox for the demo's Fabrikam Exchange (Basic with PASSWORD, login = mailbox name). */
export function fabrikamAccount(overrides = {}) {
  return {
    email: 'lee.gu@fabrikam.com',
    providerId: 'exchange-fabrikam',
    login: 'lee.gu',
    displayName: 'Lee Gu',
    loadEmails: true,
    sendEmails: true,
    isDefault: false,
    isShared: false,
    loadFrom: null,
    auth: { method: 'basic', password: { action: 'replace', value: PASSWORD } },
    ...overrides,
  };
}

/** A valid new mailbox for the demo's Microsoft 365 provider (OAuth 2.0). */
export function contosoAccount(overrides = {}) {
  return {
    email: 'lidia.holloway@contoso.com',
    providerId: 'm365-contoso',
    login: 'lidia.holloway@contoso.com',
    displayName: 'Lidia Holloway',
    loadEmails: true,
    sendEmails: true,
    isDefault: false,
    isShared: false,
    loadFrom: '2025-01-01',
    auth: { method: 'oauth2', grantRef: 'grant-lidia' },
    ...overrides,
  };
}

/** A connection check of the Fabrikam mailbox with a password typed in (PASSWORD unless given). */
export function fabrikamCheck(password = PASSWORD) {
  return {
    providerId: 'exchange-fabrikam',
    email: 'lee.gu@fabrikam.com',
    login: 'lee.gu',
    auth: { method: 'basic', password: { action: 'replace', value: password } },
  };
}

/** The Application (client) ID of `storedExchange`. */
export const CLIENT_ID = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/** A stored Exchange provider as an adapter returns it: OAuth 2.0, its secret stored (never shown). */
export function storedExchange(overrides = {}) {
  return {
    id: 'p1',
    type: 'exchange',
    name: 'Contoso',
    serviceAddress: 'mail.contoso.com',
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    auth: { method: 'oauth2', clientId: CLIENT_ID, hasClientSecret: true },
    domains: ['contoso.com'],
    ...overrides,
  };
}
