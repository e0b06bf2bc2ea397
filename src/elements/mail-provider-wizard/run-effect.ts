import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { reauthorizeMailbox } from '../../adapter/reauthorize.js';
import { MailSetupError } from '../../model/errors.js';
import type { WizardAction, WizardEffect } from '../../flows/index.js';
import { RetryKey } from '../internal/retry-key.js';

/**
 * The adapter work of one job the wizard's machine asked for; resolves with the
 * action that reports its outcome. Failures, time limits and stale answers are
 * the flow controller's business.
 */
export async function runWizardEffect(
  effect: WizardEffect,
  adapter: MailSetupAdapter,
  signal: AbortSignal,
  saveKey: RetryKey = new RetryKey(),
  /** Runs the check so the element can follow its stages; the adapter's plain call otherwise. */
  check: (payload: Extract<WizardEffect, { type: 'check' }>['payload'], signal: AbortSignal) => Promise<unknown> = (payload) =>
    adapter.checkConnection(payload, { signal }),
): Promise<WizardAction> {
  const options = { signal };
  switch (effect.type) {
    case 'lookup': {
      const [recognized, providers, permissions, sync, accounts] = await Promise.all([
        adapter.findProviderByDomain(effect.domain, options),
        adapter.listProviders(options),
        adapter.getPermissions(options),
        adapter.getSyncServiceStatus(options),
        // Only to offer re-authorising an address already added: a failure here must not stop adding one.
        adapter.listAccounts(options).catch(() => []),
      ]);
      return {
        type: 'lookup-succeeded',
        request: effect.request,
        recognized,
        providers,
        canManageAdministration: permissions.canManageAdministration,
        syncService: sync.state,
        accounts,
      };
    }
    case 'sign-in': {
      if (!adapter.signInWithOAuth) throw new MailSetupError('unknown', 'The adapter has no signInWithOAuth');
      const result = await adapter.signInWithOAuth(effect.payload, options);
      return { type: 'sign-in-succeeded', request: effect.request, grantRef: result.grantRef, signedInAs: result.signedInAs };
    }
    case 'check':
      await check(effect.payload, signal);
      return { type: 'check-succeeded', request: effect.request };
    case 'save': {
      const { payload, reauthorize } = effect;
      // A retry of the same Save sends the same key: a mailbox stored under a lost answer is not created twice.
      // A re-authorisation updates a mailbox that exists, so it needs none.
      const account = reauthorize
        ? await reauthorizeMailbox(adapter, reauthorize, { login: payload.login, auth: payload.auth }, options)
        : await adapter.saveAccount(payload, { signal, idempotencyKey: saveKey.for(payload) });
      return { type: 'save-succeeded', request: effect.request, account };
    }
    case 'sync':
      return { type: 'sync-rechecked', request: effect.request, syncService: (await adapter.getSyncServiceStatus(options)).state };
  }
}
