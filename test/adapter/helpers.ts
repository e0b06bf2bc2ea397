import { expect } from '@open-wc/testing';
import { MailSetupError, type InMemoryStorage } from '../../src/adapter/index.js';
import type { MailAccountInput, MailProviderInput } from '../../src/model/index.js';

/** A Storage stand-in backed by a Map, so tests never share state through localStorage. */
export class MapStorage implements InMemoryStorage {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

/** The MailSetupError a promise rejects with; fails the test when it resolves or rejects with something else. */
export async function rejectionOf(promise: Promise<unknown>): Promise<MailSetupError> {
  let settled: unknown;
  try {
    settled = await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(MailSetupError);
    return error as MailSetupError;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(settled)}`);
}

export const SECRET = 'S3cr3t-value-never-returned';
export const PASSWORD = 'Pa55word-never-returned';

/** A valid new Exchange provider with OAuth 2.0. */
export function exchangeInput(overrides: Partial<Extract<MailProviderInput, { type: 'exchange' }>> = {}): MailProviderInput {
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
export function imapInput(overrides: Partial<Extract<MailProviderInput, { type: 'imap-smtp' }>> = {}): MailProviderInput {
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

/** A valid new mailbox for the demo's Fabrikam Exchange (Basic, login = mailbox name). */
export function fabrikamAccount(overrides: Partial<MailAccountInput> = {}): MailAccountInput {
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
export function contosoAccount(overrides: Partial<MailAccountInput> = {}): MailAccountInput {
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
