import type { TemplateResult } from 'lit';
import { isMailboxSettingsDirty, type ListFlowAction, type ListFlowState } from '../../flows/index.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailAccount } from '../../model/index.js';
import { LazyModule } from '../internal/lazy-module.js';
import type { ListDialogs } from './dialog-host.js';

/** What the settings dialog reads from and does to the list. */
export interface SettingsDialogHost {
  readonly dialogs: ListDialogs;
  readonly state: () => ListFlowState;
  readonly dispatch: (action: ListFlowAction) => void;
  /** Focuses the settings form's first field once the dialog is open. */
  readonly focusFirstField: () => void;
}

/**
 * A mailbox's settings (Edit, R3) in the list's dialog: the form's code is
 * fetched when Edit is first pressed, the draft and its save live in the list's
 * flow, and Cancel or Escape ask before unsaved changes are lost (B2).
 */
export class SettingsDialog {
  private readonly editor = new LazyModule(() => import('./settings-form.js'));

  constructor(private readonly host: SettingsDialogHost) {}

  /** Edit pressed: loads the form (once), then opens it on `account`. */
  async open(account: MailAccount, button: HTMLElement): Promise<void> {
    if (!(await this.editor.load())) return;
    this.host.dispatch({ type: 'settings-open', account });
    await this.host.dialogs.show('settings', button);
    this.host.focusFirstField();
  }

  /** Whether the open settings have unsaved changes. */
  dirty(): boolean {
    const settings = this.host.state().settings;
    return settings !== null && isMailboxSettingsDirty(settings);
  }

  /** Cancel pressed: asks first when there are unsaved changes, then closes. */
  async cancel(t: Messages, event: Event): Promise<void> {
    if (this.dirty() && !(await this.host.dialogs.confirm(t.common.discardChanges, t.common.discard, event.currentTarget as HTMLElement))) return;
    this.host.dialogs.close('settings');
  }

  /** The dialog's content while settings are open, after `announcer` (the page behind the modal dialog is inert). */
  render(t: Messages, announcer: TemplateResult): TemplateResult | null {
    const settings = this.host.state().settings;
    const editor = this.editor.loaded;
    if (!settings || !editor) return null;
    return editor.settingsDialogContent({
      t,
      state: settings,
      announcer,
      dispatch: (action) => this.host.dispatch({ type: 'settings-edit', action }),
      onSave: () => this.host.dispatch({ type: 'settings-submit' }),
      onReload: () => this.host.dispatch({ type: 'settings-reload' }),
      onCancel: (event) => void this.cancel(t, event),
    });
  }
}
