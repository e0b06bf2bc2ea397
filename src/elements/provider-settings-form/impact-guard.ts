import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailProvider, ProviderDraft } from '../../model/index.js';
import { confirmWithDialog } from '../internal/confirm.js';
import { impactDialog, type ImpactDialogContent } from '../internal/impact-dialog.js';
import { impactOfSave } from './impact-preview.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Apply on a stored provider (issue 11, item 2): before a change that affects
 * mailboxes is saved, the impact preview lists them and what happens to each.
 * The mailboxes are read when Apply is pressed, so the preview is as fresh as the save.
 */
export class ImpactGuard {
  /** The mailboxes are being read: the form is busy, as while saving. */
  previewing = false;
  /** The preview's content while it is asked. */
  private content: ImpactDialogContent | null = null;

  constructor(private readonly host: Host) {}

  /** Shows which mailboxes saving `draft` affects and how, when any; resolves whether to save. */
  async confirm(
    t: Messages,
    adapter: MailSetupAdapter,
    stored: readonly (MailProvider | null | undefined)[],
    draft: ProviderDraft,
    returnFocus: HTMLElement | null,
  ): Promise<boolean> {
    this.previewing = true;
    this.host.requestUpdate();
    try {
      this.content = await impactOfSave(t, adapter, stored, draft);
    } finally {
      this.previewing = false;
      this.host.requestUpdate();
    }
    if (this.content === null) return true;
    await this.host.updateComplete;
    const confirmed = await confirmWithDialog(this.host.renderRoot.querySelector<HTMLDialogElement>('#impact-dialog')!, returnFocus);
    this.content = null;
    this.host.requestUpdate();
    return confirmed;
  }

  /** The preview's modal dialog, empty while not asked. */
  render(t: Messages): TemplateResult {
    return impactDialog(t, this.content);
  }
}
