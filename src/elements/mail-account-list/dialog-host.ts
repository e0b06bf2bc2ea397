import type { ReactiveControllerHost } from 'lit';
import { MailAccountDeleteEvent } from '../../events/account-events.js';
import { MailProviderDeleteEvent } from '../../events/provider-events.js';
import type { DeleteTarget } from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailProvider } from '../../model/index.js';
import { confirmWithDialog } from '../internal/confirm.js';
import { onDialogClosed } from '../internal/dialog-closed.js';
import type { DialogName } from './dialogs.js';
import { elementFor } from './lazy-elements.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly shadowRoot: ShadowRoot | null };

/**
 * The list's modal dialogs at run time: which one is open, opening it with focus
 * inside, giving focus back to what opened it, and the confirmation questions.
 */
export class ListDialogs {
  /** The open dialog: only its content is rendered, so each opening starts afresh. */
  open: DialogName | null = null;
  confirmText = '';
  /** Empty: the question offers only Cancel (a provider in use, R15). */
  confirmLabel = '';
  /** The mailboxes listed under the question: those that keep a provider from being deleted. */
  confirmList: readonly string[] = [];
  /** What focus returns to when the open dialog closes. */
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: Host,
    /** A dialog closed (Escape, Cancel, done): the element forgets its content. */
    private readonly closed: (name: DialogName) => void,
  ) {}

  element(name: DialogName | 'confirm'): HTMLDialogElement {
    return this.host.renderRoot.querySelector<HTMLDialogElement>(`#${name}-dialog`)!;
  }

  close(name: DialogName): void {
    this.element(name)?.close();
  }

  async show(name: DialogName, opener: HTMLElement): Promise<void> {
    await elementFor(name);
    this.opener = opener;
    this.open = name;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.element(name);
    // The element a dialog shows may have been fetched first: the list may be gone meanwhile.
    if (!dialog?.isConnected || dialog.open) return;
    dialog.showModal();
    onDialogClosed(dialog, () => this.onClose(name));
    // The modal dialog traps focus; put it inside when the browser found nothing to focus yet
    // (the wizard and the form render their fields after they load), then on the first field.
    const active = this.host.shadowRoot!.activeElement;
    if (active && active !== dialog && dialog.contains(active)) return;
    if (active !== dialog) dialog.focus();
    this.focusFirstControlWhenReady(dialog, dialog.querySelector('mail-provider-wizard, provider-settings-form'));
  }

  /** Asks `text`, with `label` on the confirming button; resolves true when confirmed. */
  async confirm(text: string, label: string, returnFocus: HTMLElement | null): Promise<boolean> {
    this.confirmText = text;
    this.confirmLabel = label;
    this.host.requestUpdate();
    await this.host.updateComplete;
    return confirmWithDialog(this.element('confirm'), returnFocus);
  }

  /**
   * Delete pressed on a provider that `mailboxes` still use (R15): the delete
   * preview (issue 11, item 2) says it cannot be deleted and lists them under
   * Affected mailboxes, with only Cancel. A refusal that named none says so in general terms.
   */
  async showDeleteBlocked(t: Messages, provider: MailProvider, mailboxes: readonly string[], button: HTMLElement): Promise<void> {
    const inUse = t.adapterErrors['in-use'];
    this.confirmList = mailboxes;
    const text = mailboxes.length === 0 ? `${inUse.title} ${inUse.action}` : t.list.providerInUse({ name: provider.name, count: mailboxes.length });
    await this.confirm(text, '', button);
    this.confirmList = [];
  }

  /** Delete pressed: asks, then lets the host veto with the cancelable intent event; resolves true to delete. */
  async confirmDelete(t: Messages, target: DeleteTarget, button: HTMLElement): Promise<boolean> {
    const question =
      target.kind === 'account'
        ? t.list.confirmDeleteAccount({ address: target.account.email })
        : t.list.confirmDeleteProvider({ name: target.provider.name });
    if (!(await this.confirm(question, t.common.delete, button))) return false;
    const intent = target.kind === 'account' ? new MailAccountDeleteEvent(target.account) : new MailProviderDeleteEvent(target.provider);
    this.host.dispatchEvent(intent);
    return !intent.defaultPrevented;
  }

  /**
   * Escape in a dialog with unsaved changes asks first, as Cancel does (B2). The
   * wizard handles Escape itself (asking first, then firing `mail-wizard-cancelled`);
   * this guards its dialog if an Escape reaches it anyway.
   */
  async guardEscape(event: Event, name: DialogName, settingsDirty: boolean, question: string, label: string): Promise<void> {
    if (!this.dirty(name, settingsDirty) || !event.cancelable) return;
    event.preventDefault();
    const active = this.host.shadowRoot!.activeElement as HTMLElement | null;
    if (await this.confirm(question, label, active)) this.close(name);
  }

  private dirty(name: DialogName, settingsDirty: boolean): boolean {
    if (name === 'settings') return settingsDirty;
    if (name === 'wizard') return this.host.renderRoot.querySelector('mail-provider-wizard')?.dirty === true;
    const form = this.host.renderRoot.querySelector('provider-settings-form');
    return form !== null && form.dirty && !form.readOnly;
  }

  /** Moves focus from the dialog to the first control `child` renders, unless the user moved it meanwhile. */
  private focusFirstControlWhenReady(dialog: HTMLDialogElement, child: Element | null): void {
    const root = child?.shadowRoot;
    if (!root) return;
    const settle = (): boolean => {
      if (!dialog.open || this.host.shadowRoot!.activeElement !== dialog) return true;
      // A form still loading shows its fields inert: wait until they can take focus.
      const control = root.querySelector<HTMLElement>(
        'form[part="form"]:not([inert]) input:checked:not(:disabled), form[part="form"]:not([inert]) :is(input, select, button):not(:disabled)',
      );
      control?.focus();
      return control !== null;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['inert'] });
    onDialogClosed(dialog, () => observer.disconnect());
  }

  private onClose(name: DialogName): void {
    this.open = null;
    this.host.requestUpdate();
    this.closed(name);
    const target = this.opener?.isConnected ? this.opener : this.host.renderRoot.querySelector<HTMLElement>('#add');
    this.opener = null;
    target?.focus();
  }
}
