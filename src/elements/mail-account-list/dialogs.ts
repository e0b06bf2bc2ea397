import { html, nothing, type TemplateResult } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import type { MailAccountCreatedEvent, MailAccountUpdatedEvent } from '../../events/account-events.js';
import type { MailProviderSavedEvent } from '../../events/provider-events.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailProvider } from '../../model/index.js';

export type DialogName = 'wizard' | 'provider' | 'settings' | 'check';

/** Everything the list's dialogs need from the element. */
export interface DialogsContext {
  readonly t: Messages;
  /** The open dialog: only its content is rendered, so each opening starts afresh. */
  readonly open: DialogName | null;
  /** Passed on as set on the list; when unset, the wizard and the form find the provided one. */
  readonly adapter: MailSetupAdapter | undefined;
  readonly locale: string | undefined;
  /** The provider being edited; null for a new one. */
  readonly editingProvider: MailProvider | null;
  readonly settingsForm: TemplateResult | null;
  /** The Check connection dialog's content (B1). */
  readonly checkContent: TemplateResult | typeof nothing;
  readonly confirmText: string;
  /** The confirming button's label; empty when nothing may go ahead (a provider in use, R15). */
  readonly confirmLabel: string;
  /** The mailboxes that keep a provider from being deleted, listed under the question (the delete preview). */
  readonly confirmList: readonly string[];
  /** Escape reached a dialog: the element asks first when there are unsaved changes. */
  readonly onCancel: (event: Event, dialog: DialogName) => void;
  readonly onAccountCreated: (event: MailAccountCreatedEvent) => void;
  /** The wizard re-authorised a mailbox in place. */
  readonly onAccountUpdated: (event: MailAccountUpdatedEvent) => void;
  /** The wizard's accessible name: Add mail account, or the re-authorisation's title. */
  readonly wizardTitle: string;
  readonly onProviderSaved: (event: MailProviderSavedEvent, dialog: DialogName) => void;
  /** The wizard or the form was cancelled by the user: close its dialog. */
  readonly onDone: (dialog: DialogName) => void;
}

/**
 * The list's modal dialogs: the wizard (Add), the provider form (Add provider,
 * Edit), the mailbox settings (Edit) and the confirmation (a delete, or the delete
 * preview of a provider in use). Native `<dialog>`s
 * opened with `showModal()`: the browser traps focus and makes the page inert.
 */
export function dialogs(c: DialogsContext): TemplateResult {
  const t = c.t;
  const providerTitle = c.editingProvider ? t.form.titleEdit({ name: c.editingProvider.name }) : t.form.titleNew;
  return html`
    <dialog
      part="dialog"
      id="wizard-dialog"
      tabindex="-1"
      aria-label=${c.wizardTitle}
      @cancel=${(e: Event) => c.onCancel(e, 'wizard')}
      @mail-account-created=${c.onAccountCreated}
      @mail-account-updated=${c.onAccountUpdated}
      @mail-wizard-cancelled=${() => c.onDone('wizard')}
      @mail-wizard-done=${() => c.onDone('wizard')}
      @mail-provider-saved=${(e: MailProviderSavedEvent) => c.onProviderSaved(e, 'wizard')}
    >
      ${c.open === 'wizard' ? html`<mail-provider-wizard .adapter=${c.adapter} .locale=${c.locale}></mail-provider-wizard>` : nothing}
    </dialog>
    <dialog
      part="dialog"
      id="provider-dialog"
      tabindex="-1"
      aria-label=${providerTitle}
      @cancel=${(e: Event) => c.onCancel(e, 'provider')}
      @mail-provider-saved=${(e: MailProviderSavedEvent) => c.onProviderSaved(e, 'provider')}
      @mail-provider-form-cancelled=${() => c.onDone('provider')}
    >
      ${
        c.open === 'provider'
          ? html`<provider-settings-form .adapter=${c.adapter} .provider=${c.editingProvider} .locale=${c.locale}></provider-settings-form>`
          : nothing
      }
    </dialog>
    <dialog part="dialog" id="settings-dialog" tabindex="-1" aria-labelledby="settings-title" @cancel=${(e: Event) => c.onCancel(e, 'settings')}>
      ${c.open === 'settings' ? (c.settingsForm ?? nothing) : nothing}
    </dialog>
    <dialog part="dialog" id="check-dialog" tabindex="-1" aria-labelledby="check-title">${c.open === 'check' ? c.checkContent : nothing}</dialog>
    <dialog part="dialog" class="confirm" id="confirm-dialog" aria-labelledby="confirm-text">
      <form method="dialog">
        <p id="confirm-text">${c.confirmText}</p>
        ${
          c.confirmList.length === 0
            ? nothing
            : html`<ul part="impact-list" class="impact-list" aria-label=${t.lifecycle.impact.listLabel}>
                ${c.confirmList.map((address) => html`<li><strong>${address}</strong>: ${t.lifecycle.impact.effects['blocks-delete']({ login: '' })}</li>`)}
              </ul>`
        }
        <div part="actions" class="actions">
          ${c.confirmLabel ? html`<button part="button danger-button" class="danger" value="confirm">${c.confirmLabel}</button>` : nothing}
          <button part="button primary-button" class="primary" value="cancel">${t.common.cancel}</button>
        </div>
      </form>
    </dialog>
  `;
}
