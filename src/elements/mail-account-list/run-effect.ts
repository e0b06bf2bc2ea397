import { listAccountPage } from '../../adapter/account-pages.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { ACCOUNT_PAGE_SIZE, deleteKey, type ListEffect, type ListFlowAction } from '../../flows/index.js';

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
        case 'accounts': {
          // A page at a time, whether or not the adapter pages: the first rows show without checking every mailbox first.
          const { items, nextCursor, whole } = await listAccountPage(adapter, null, ACCOUNT_PAGE_SIZE, options);
          return { type: 'section-loaded', request, update: { type: 'accounts-loaded', accounts: items, nextCursor, eager: whole } };
        }
        case 'providers':
          return { type: 'section-loaded', request, update: { type: 'providers-loaded', providers: await adapter.listProviders(options) } };
        case 'permissions': {
          const { canManageAdministration } = await adapter.getPermissions(options);
          return { type: 'section-loaded', request, update: { type: 'permissions-loaded', canManageAdministration } };
        }
      }
    // eslint-disable-next-line no-fallthrough -- every section returns above
    case 'page': {
      const { items, nextCursor } = await listAccountPage(adapter, effect.cursor, effect.limit, options);
      return { type: 'page-loaded', request, accounts: items, nextCursor };
    }
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
