import type { AccountAuth, MailAccount, MailAccountInput } from './account.js';
import type { MailProvider, MailProviderInput, ProviderAuth } from './provider.js';

/*
 * How a validated save becomes a stored record — the in-memory adapter's rules,
 * exported from the model entry so a server stores exactly what the UI expects
 * (docs/rest-contract.md, "From a save to a stored record"). Records are built field by field,
 * never by spreading the input, so a secret value in the input (client secret,
 * password) cannot reach the store — only the fact that one is set (B3).
 */

/** The version a record gets when it is saved over `existing` (1 for a new one; records stored without one count as 1). */
export function nextVersion(existing: { readonly version?: number | undefined } | undefined): number {
  return existing === undefined ? 1 : (existing.version ?? 1) + 1;
}

/** The provider to store for a valid, canonical input. */
export function providerRecord(input: MailProviderInput, id: string, version: number): MailProvider {
  // A valid oauth2 input either replaces the secret or keeps a stored one (the
  // validator refuses `keep` with nothing stored), so a secret is set either way.
  const auth: ProviderAuth =
    input.auth.method === 'oauth2' ? { method: 'oauth2', clientId: input.auth.clientId, hasClientSecret: true } : { method: 'basic' };
  const common = {
    id,
    version,
    name: input.name,
    loadEmails: input.loadEmails,
    sendEmails: input.sendEmails,
    loginFormat: input.loginFormat,
    auth,
    domains: [...input.domains],
  };
  if (input.type === 'exchange') return { ...common, type: 'exchange', serviceAddress: input.serviceAddress };
  return {
    ...common,
    type: 'imap-smtp',
    incoming: { host: input.incoming.host, port: input.incoming.port, security: input.incoming.security },
    outgoing: { host: input.outgoing.host, port: input.outgoing.port, security: input.outgoing.security },
  };
}

/**
 * The mailbox to store for a valid, canonical input. A new mailbox, or one whose
 * credentials were just replaced, is `connected` (the wizard runs a connection
 * check before it saves); otherwise the stored status stands. An OAuth 2.0
 * mailbox is `signedInAs` its own address.
 */
export function accountRecord(input: MailAccountInput, id: string, existing: MailAccount | undefined): MailAccount {
  const auth: AccountAuth =
    input.auth.method === 'basic'
      ? { method: 'basic', hasPassword: true }
      : { method: 'oauth2', grantRef: input.auth.grantRef, signedInAs: input.email };
  const credentialsChanged =
    existing === undefined ||
    existing.auth.method !== input.auth.method ||
    (input.auth.method === 'basic'
      ? input.auth.password.action === 'replace'
      : existing.auth.method === 'oauth2' && existing.auth.grantRef !== input.auth.grantRef);
  // Save anyway (B1): saved without a passing check, so not yet seen to work.
  const status = input.unverified
    ? { status: 'unverified' as const }
    : credentialsChanged
      ? { status: 'connected' as const }
      : { status: existing.status, ...(existing.statusReason === undefined ? {} : { statusReason: existing.statusReason }) };
  return {
    id,
    version: nextVersion(existing),
    email: input.email,
    providerId: input.providerId,
    login: input.login,
    displayName: input.displayName,
    loadEmails: input.loadEmails,
    sendEmails: input.sendEmails,
    isDefault: input.isDefault,
    isShared: input.isShared,
    loadFrom: input.loadFrom,
    ...status,
    auth,
  };
}
