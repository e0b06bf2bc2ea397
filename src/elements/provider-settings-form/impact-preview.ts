import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { Messages } from '../../i18n/messages.js';
import { draftToInput, providerChangeImpact, type MailProvider, type ProviderDraft } from '../../model/index.js';
import type { ImpactDialogContent } from '../internal/impact-dialog.js';

/**
 * What saving `draft` over the stored provider with its id (found in `stored`)
 * would do to the mailboxes that use it, as the impact preview shows it; null when
 * no mailbox is affected (a new provider, a rename) and Apply needs no
 * confirmation. Reads the mailboxes through the adapter, so the preview is as
 * fresh as the save. Never rejects: when the mailboxes cannot be read, the save
 * speaks for itself.
 */
export async function impactOfSave(
  t: Messages,
  adapter: MailSetupAdapter,
  stored: readonly (MailProvider | null | undefined)[],
  draft: ProviderDraft,
): Promise<ImpactDialogContent | null> {
  const before = draft.id === undefined ? undefined : stored.find((provider) => provider?.id === draft.id);
  if (!before) return null;
  const accounts = await adapter.listAccounts().catch(() => []);
  const impacts = providerChangeImpact(before, draftToInput(draft), accounts);
  if (impacts.length === 0) return null;
  return {
    title: t.lifecycle.impact.changeTitle({ name: before.name }),
    intro: t.lifecycle.impact.changeIntro({ count: impacts.length }),
    impacts,
    confirmLabel: t.common.apply,
  };
}
