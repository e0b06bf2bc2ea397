import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { ProviderFormEffect, ProviderFormSessionAction } from '../../flows/provider-form-session.js';

/**
 * The adapter work of one job the form's session asked for (load, save, reload);
 * resolves with the action that reports its outcome. Failures, time limits and
 * stale answers are the flow controller's business.
 */
export async function runProviderFormEffect(
  effect: ProviderFormEffect,
  adapter: MailSetupAdapter,
  signal: AbortSignal,
): Promise<ProviderFormSessionAction> {
  if (effect.type === 'save') {
    const options = effect.idempotencyKey === null ? { signal } : { signal, idempotencyKey: effect.idempotencyKey };
    return { type: 'save-succeeded', request: effect.request, provider: await adapter.saveProvider(effect.input, options) };
  }
  if (effect.type === 'reload') {
    const providers = await adapter.listProviders({ signal });
    return { type: 'reloaded', request: effect.request, provider: providers.find((p) => p.id === effect.id) ?? null };
  }
  const [permissions, sync, providers] = await Promise.all([
    adapter.getPermissions({ signal }),
    adapter.getSyncServiceStatus({ signal }),
    adapter.listProviders({ signal }),
  ]);
  return {
    type: 'loaded',
    request: effect.request,
    canManageAdministration: permissions.canManageAdministration,
    syncState: sync.state,
    providers,
  };
}
