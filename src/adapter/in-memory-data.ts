import * as z from 'zod/mini';
import { MailAccountSchema, MailProviderSchema, type MailAccount, type MailProvider } from '../model/index.js';

/** Everything the in-memory adapter stores. Providers and mailboxes only: never a secret (B3). */
export interface InMemoryData {
  providers: MailProvider[];
  accounts: MailAccount[];
}

const InMemoryDataSchema = z.object({
  providers: z.array(MailProviderSchema),
  accounts: z.array(MailAccountSchema),
});

/**
 * Parses data of unknown origin (storage written by an older version, a hand
 * edit). Beyond the schemas it checks what the store relies on: unique ids, and
 * every mailbox pointing at a provider. Returns null instead of throwing.
 */
export function parseInMemoryData(value: unknown): InMemoryData | null {
  const parsed = InMemoryDataSchema.safeParse(value);
  if (!parsed.success) return null;
  const { providers, accounts } = parsed.data;
  const providerIds = new Set(providers.map((provider) => provider.id));
  const accountIds = new Set(accounts.map((account) => account.id));
  if (providerIds.size !== providers.length || accountIds.size !== accounts.length) return null;
  if (accounts.some((account) => !providerIds.has(account.providerId))) return null;
  return parsed.data;
}

/** A store with no providers and no mailboxes. */
export function createEmptyData(): InMemoryData {
  return { providers: [], accounts: [] };
}

/**
 * The demo seed: one provider of each kind the page describes (Microsoft 365 with
 * OAuth 2.0, on-premises Exchange with Basic, IMAP/SMTP), and two Microsoft 365
 * mailboxes, one of which needs signing in again. Fresh objects on every call.
 */
export function createDemoData(): InMemoryData {
  return {
    providers: [
      {
        id: 'm365-contoso',
        version: 1,
        type: 'exchange',
        name: 'Microsoft 365 (Contoso)',
        serviceAddress: 'outlook.office365.com',
        loadEmails: true,
        sendEmails: true,
        loginFormat: 'email',
        auth: { method: 'oauth2', clientId: '8a1f6c2e-4b7d-4e3a-9c51-2f0d7b6e1a94', hasClientSecret: true },
        domains: ['contoso.com', 'contoso.onmicrosoft.com'],
      },
      {
        id: 'exchange-fabrikam',
        version: 1,
        type: 'exchange',
        name: 'Fabrikam Exchange',
        serviceAddress: 'mail.fabrikam.com',
        loadEmails: true,
        sendEmails: true,
        loginFormat: 'mailbox-name',
        auth: { method: 'basic' },
        domains: ['fabrikam.com'],
      },
      {
        id: 'imap-northwind',
        version: 1,
        type: 'imap-smtp',
        name: 'Northwind Mail',
        incoming: { host: 'imap.northwindtraders.com', port: 993, security: 'ssl' },
        outgoing: { host: 'smtp.northwindtraders.com', port: 587, security: 'starttls' },
        loadEmails: true,
        sendEmails: true,
        loginFormat: 'manual',
        auth: { method: 'basic' },
        domains: ['northwindtraders.com'],
      },
    ],
    accounts: [
      {
        id: 'mailbox-alex-wilber',
        version: 1,
        email: 'alex.wilber@contoso.com',
        providerId: 'm365-contoso',
        login: 'alex.wilber@contoso.com',
        displayName: 'Alex Wilber',
        loadEmails: true,
        sendEmails: true,
        isDefault: true,
        isShared: false,
        loadFrom: '2024-01-01',
        status: 'connected',
        auth: { method: 'oauth2', grantRef: 'grant-alex-wilber', signedInAs: 'alex.wilber@contoso.com' },
      },
      {
        id: 'mailbox-megan-bowen',
        version: 1,
        email: 'megan.bowen@contoso.com',
        providerId: 'm365-contoso',
        login: 'megan.bowen@contoso.com',
        displayName: 'Megan Bowen',
        loadEmails: true,
        sendEmails: true,
        isDefault: false,
        isShared: true,
        loadFrom: '2024-06-01',
        status: 'needs-sign-in',
        // The grant was revoked: the list says so and offers Sign in again.
        statusReason: 'grant-revoked',
        auth: { method: 'oauth2', grantRef: 'grant-megan-bowen', signedInAs: 'megan.bowen@contoso.com' },
      },
    ],
  };
}
