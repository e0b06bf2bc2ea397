import { reauthorizationInput, type MailAccount, type ReauthorizeAccountRequest } from '../model/index.js';
import type { CallOptions, MailSetupAdapter } from './adapter.js';

/**
 * Re-authorises `account` in place through whichever way the adapter offers:
 * its own `reauthorizeAccount` (only the credentials travel), or else
 * `saveAccount` with the stored settings and the new credentials.
 */
export function reauthorizeMailbox(
  adapter: MailSetupAdapter,
  account: MailAccount,
  request: Pick<ReauthorizeAccountRequest, 'login' | 'auth'>,
  options?: CallOptions,
): Promise<MailAccount> {
  const full: ReauthorizeAccountRequest = { id: account.id, auth: request.auth, ...(request.login === undefined ? {} : { login: request.login }) };
  if (typeof adapter.reauthorizeAccount === 'function') return adapter.reauthorizeAccount(full, options);
  return adapter.saveAccount(reauthorizationInput(account, request), options);
}
