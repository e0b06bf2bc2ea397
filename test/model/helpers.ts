// Shared builders and narrowing helpers for the model tests (not a test file itself).
import { expect } from 'chai';
import type { MailAccountInput, MailProvider, MailProviderInput } from '../../src/model/index.js';

/** Asserts `ok: true` and narrows, so a failing test prints the whole result. */
export function expectOk<T extends { readonly ok: boolean }>(result: T): Extract<T, { ok: true }> {
  expect(result.ok, JSON.stringify(result)).to.equal(true);
  return result as Extract<T, { ok: true }>;
}

/** Asserts `ok: false` and narrows. */
export function expectFail<T extends { readonly ok: boolean }>(result: T): Extract<T, { ok: false }> {
  expect(result.ok, JSON.stringify(result)).to.equal(false);
  return result as Extract<T, { ok: false }>;
}

export const GUID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

type ExchangeInput = Extract<MailProviderInput, { type: 'exchange' }>;
type ImapInput = Extract<MailProviderInput, { type: 'imap-smtp' }>;

/** A valid new Exchange provider (OAuth 2.0). */
export function exchangeInput(overrides: Partial<ExchangeInput> = {}): ExchangeInput {
  return {
    type: 'exchange',
    name: 'Contoso Exchange',
    serviceAddress: 'mail.contoso.com',
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    auth: { method: 'oauth2', clientId: GUID, clientSecret: { action: 'replace', value: 's3cret' } },
    domains: ['contoso.com'],
    ...overrides,
  };
}

/** A valid new IMAP/SMTP provider (Basic) on a non-Microsoft host. */
export function imapInput(overrides: Partial<ImapInput> = {}): ImapInput {
  return {
    type: 'imap-smtp',
    name: 'Fabrikam Mail',
    incoming: { host: 'imap.fabrikam.com', port: 993, security: 'ssl' },
    outgoing: { host: 'smtp.fabrikam.com', port: 587, security: 'starttls' },
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'mailbox-name',
    auth: { method: 'basic' },
    domains: ['fabrikam.com'],
    ...overrides,
  };
}

export function exchangeProvider(overrides: Partial<Extract<MailProvider, { type: 'exchange' }>> = {}): MailProvider {
  return {
    id: 'p-contoso',
    type: 'exchange',
    name: 'Contoso Exchange',
    serviceAddress: 'mail.contoso.com',
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    auth: { method: 'oauth2', clientId: GUID, hasClientSecret: true },
    domains: ['contoso.com'],
    ...overrides,
  };
}

export function imapProvider(overrides: Partial<Extract<MailProvider, { type: 'imap-smtp' }>> = {}): MailProvider {
  return {
    id: 'p-fabrikam',
    type: 'imap-smtp',
    name: 'Fabrikam Mail',
    incoming: { host: 'imap.fabrikam.com', port: 993, security: 'ssl' },
    outgoing: { host: 'smtp.fabrikam.com', port: 465, security: 'ssl' },
    loadEmails: true,
    sendEmails: false,
    loginFormat: 'mailbox-name',
    auth: { method: 'basic' },
    domains: ['fabrikam.com'],
    ...overrides,
  };
}

/** A valid new mailbox with Basic authentication. */
export function accountInput(overrides: Partial<MailAccountInput> = {}): MailAccountInput {
  return {
    email: 'jdoe@contoso.com',
    providerId: 'p-contoso',
    login: 'jdoe@contoso.com',
    displayName: 'John Doe',
    loadEmails: true,
    sendEmails: true,
    isDefault: false,
    isShared: false,
    loadFrom: null,
    auth: { method: 'basic', password: { action: 'replace', value: 'pa55word' } },
    ...overrides,
  };
}
