import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailSetupError } from '../../model/errors.js';
import type { WizardAction, WizardEffect } from '../../flows/index.js';

const FAILED = {
  lookup: 'lookup-failed',
  'sign-in': 'sign-in-failed',
  check: 'check-failed',
  save: 'save-failed',
} as const;

/**
 * Runs one adapter call the wizard's machine asked for and resolves with the
 * action that reports its outcome; never rejects. `abort` stops it (Back, Cancel
 * check); a check also stops after `checkTimeoutMs`, reported as a timeout.
 */
export async function runWizardEffect(
  adapter: MailSetupAdapter | undefined,
  effect: WizardEffect,
  abort: AbortController,
  checkTimeoutMs: number,
): Promise<WizardAction> {
  const options = { signal: abort.signal };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    if (!adapter) throw new MailSetupError('unknown', 'No adapter');
    switch (effect.type) {
      case 'lookup': {
        const [recognized, providers, permissions, sync] = await Promise.all([
          adapter.findProviderByDomain(effect.domain, options),
          adapter.listProviders(options),
          adapter.getPermissions(options),
          adapter.getSyncServiceStatus(options),
        ]);
        return {
          type: 'lookup-succeeded',
          request: effect.request,
          recognized,
          providers,
          canManageAdministration: permissions.canManageAdministration,
          syncService: sync.state,
        };
      }
      case 'sign-in': {
        if (!adapter.signInWithOAuth) throw new MailSetupError('unknown', 'The adapter has no signInWithOAuth');
        const result = await adapter.signInWithOAuth(effect.payload, options);
        return { type: 'sign-in-succeeded', request: effect.request, grantRef: result.grantRef, signedInAs: result.signedInAs };
      }
      case 'check':
        // A TimeoutError reason makes the adapter layer report `timeout`, not `aborted`.
        timer = setTimeout(() => abort.abort(new DOMException('The connection check took too long', 'TimeoutError')), checkTimeoutMs);
        await adapter.checkConnection(effect.payload, options);
        return { type: 'check-succeeded', request: effect.request };
      case 'save':
        return { type: 'save-succeeded', request: effect.request, account: await adapter.saveAccount(effect.payload, options) };
    }
  } catch (error) {
    return { type: FAILED[effect.type], request: effect.request, kind: MailSetupError.from(error).kind };
  } finally {
    clearTimeout(timer);
  }
}
