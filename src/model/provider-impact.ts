import type { MailAccount } from './account.js';
import type { AccountStatusReason } from './account-attention.js';
import { deriveLogin } from './login.js';
import type { MailProvider, MailProviderInput } from './provider.js';

/**
 * What a provider change (or delete) does to the mailboxes that use it — the
 * one rule behind the impact preview the user confirms and the state an
 * adapter leaves the mailboxes in, so the two cannot disagree.
 */

/** One consequence for one mailbox. */
export type MailboxEffect =
  /** Its credentials no longer apply: it must sign in again (or take a new password). */
  | 'sign-in-again'
  /** Mail stops loading through it: the provider no longer loads. */
  | 'stops-loading'
  /** Mail stops being sent through it: the provider no longer sends. */
  | 'stops-sending'
  /** Its login changes to follow the provider's login format. */
  | 'login-changes'
  /** It keeps the provider from being deleted (R15): it must be deleted first. */
  | 'blocks-delete';

export interface MailboxImpact {
  readonly accountId: string;
  readonly email: string;
  /** In the order of `MailboxEffect` above; never empty. */
  readonly effects: readonly MailboxEffect[];
  /** For `sign-in-again`: the true reason the mailbox will show. */
  readonly reason?: AccountStatusReason;
  /** For `login-changes`: the login it will have. */
  readonly newLogin?: string;
}

type ProviderShape = MailProvider | MailProviderInput;

/** The hosts a provider's mailboxes connect to, lower case: what "the provider's address" means for credentials. */
function serverOf(provider: ProviderShape): string {
  const hosts = provider.type === 'exchange' ? [provider.serviceAddress] : [provider.incoming.host, provider.outgoing.host];
  return `${provider.type}:${hosts.map((host) => host.trim().toLowerCase().replace(/\.$/, '')).join(',')}`;
}

/** The reason a change takes a mailbox's credentials away, or null when they still apply. */
export function credentialChangeReason(before: ProviderShape, after: ProviderShape): AccountStatusReason | null {
  if (before.auth.method !== after.auth.method) return 'auth-method-changed';
  if (serverOf(before) !== serverOf(after)) return 'server-changed';
  return null;
}

/** The effects of `before` becoming `after` on one mailbox of that provider. */
function effectsOn(account: MailAccount, before: ProviderShape, after: ProviderShape): Omit<MailboxImpact, 'accountId' | 'email'> {
  const effects: MailboxEffect[] = [];
  // A mailbox already on the other method (an older store) is just as unable to sign in.
  const reason = account.auth.method !== after.auth.method ? 'auth-method-changed' : credentialChangeReason(before, after);
  if (reason) effects.push('sign-in-again');
  if (account.loadEmails && before.loadEmails && !after.loadEmails) effects.push('stops-loading');
  if (account.sendEmails && before.sendEmails && !after.sendEmails) effects.push('stops-sending');
  const derived = after.loginFormat === 'manual' ? null : deriveLogin(account.email, after.loginFormat);
  const newLogin = derived?.ok && derived.login !== account.login ? derived.login : undefined;
  if (newLogin !== undefined) effects.push('login-changes');
  return { effects, ...(reason ? { reason } : {}), ...(newLogin === undefined ? {} : { newLogin }) };
}

/**
 * The mailboxes of provider `before` that saving `after` affects, and how, in
 * the order given. Mailboxes of other providers and unaffected ones are left out:
 * an empty result means the change needs no confirmation.
 */
export function providerChangeImpact(before: MailProvider, after: ProviderShape, accounts: readonly MailAccount[]): MailboxImpact[] {
  const impacts: MailboxImpact[] = [];
  for (const account of accounts) {
    if (account.providerId !== before.id) continue;
    const impact = effectsOn(account, before, after);
    if (impact.effects.length > 0) impacts.push({ accountId: account.id, email: account.email, ...impact });
  }
  return impacts;
}

/** The mailboxes that keep `provider` from being deleted (R15): every one that uses it. */
export function providerDeleteImpact(provider: Pick<MailProvider, 'id'>, accounts: readonly MailAccount[]): MailboxImpact[] {
  return accounts
    .filter((account) => account.providerId === provider.id)
    .map((account) => ({ accountId: account.id, email: account.email, effects: ['blocks-delete'] }));
}

/**
 * A mailbox brought in line with its provider after `before` became `after`:
 * its login follows the login format (R11), it cannot load or send where the
 * provider does not, and credentials that no longer apply are dropped, with the
 * true reason, so it needs signing in again.
 */
export function applyProviderChange(account: MailAccount, before: MailProvider, after: MailProvider): MailAccount {
  const { reason, newLogin } = effectsOn(account, before, after);
  const next: MailAccount = {
    ...account,
    login: newLogin ?? account.login,
    loadEmails: account.loadEmails && after.loadEmails,
    sendEmails: account.sendEmails && after.sendEmails,
  };
  if (!reason) return next;
  return {
    ...next,
    status: 'needs-sign-in',
    statusReason: reason,
    auth: after.auth.method === 'basic' ? { method: 'basic', hasPassword: false } : { method: 'oauth2', grantRef: null },
  };
}
