import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { deleteKey, type ListEffect, type ListFlowAction } from '../../flows/index.js';

/**
 * The adapter work of one job the list's flow asked for; resolves with the action
 * that reports its outcome. Failures, time limits and stale answers are the flow
 * controller's business.
 */
export async function runListEffect(effect: ListEffect, adapter: MailSetupAdapter, signal: AbortSignal): Promise<ListFlowAction> {
  const options = { signal };
  const request = effect.request;
  switch (effect.type) {
    case 'load':
      switch (effect.section) {
        case 'accounts':
          return { type: 'section-loaded', request, update: { type: 'accounts-loaded', accounts: await adapter.listAccounts(options) } };
        case 'providers':
          return { type: 'section-loaded', request, update: { type: 'providers-loaded', providers: await adapter.listProviders(options) } };
        case 'permissions': {
          const { canManageAdministration } = await adapter.getPermissions(options);
          return { type: 'section-loaded', request, update: { type: 'permissions-loaded', canManageAdministration } };
        }
      }
    // eslint-disable-next-line no-fallthrough -- every section returns above
    case 'delete': {
      const target = effect.target;
      if (target.kind === 'account') await adapter.deleteAccount(target.account.id, options);
      else await adapter.deleteProvider(target.provider.id, options);
      return { type: 'delete-succeeded', key: deleteKey(target), request };
    }
    case 'save-settings':
      return { type: 'settings-saved', request, account: await adapter.saveAccount(effect.input, options) };
    case 'reload-settings': {
      const account = (await adapter.listAccounts(options)).find((a) => a.id === effect.accountId) ?? null;
      return { type: 'settings-reloaded', request, account };
    }
  }
}
