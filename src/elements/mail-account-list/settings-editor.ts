import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailSetupError } from '../../model/errors.js';
import {
  MAILBOX_SETTINGS_FIELDS,
  initialMailboxSettingsState,
  isMailboxSettingsDirty,
  mailboxSettingsReducer,
  mailboxSettingsView,
  type MailboxSettingsAction,
  type MailboxSettingsField,
  type MailboxSettingsState,
} from '../../flows/mailbox-settings.js';
import type { Messages } from '../../i18n/messages.js';
import { firstErrorField, type MailAccount, type MailProvider } from '../../model/index.js';
import { settingsFieldId, settingsForm } from './settings-form.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the editor needs from the list. */
export interface SettingsEditorOptions {
  readonly adapter: () => MailSetupAdapter | undefined;
  readonly t: () => Messages;
  /** Aborts when the list is disconnected. */
  readonly signal: () => AbortSignal;
  /** Asks "discard changes?"; resolves true to discard. */
  readonly confirmDiscard: (returnFocus: HTMLElement | null) => Promise<boolean>;
  /** The adapter saved the mailbox: show it and tell the host. */
  readonly saved: (account: MailAccount) => void;
  /** Closes the dialog the form is in. */
  readonly close: () => void;
}

/**
 * The mailbox settings form's state and behaviour (the flow in
 * flows/mailbox-settings.ts, run against the adapter): validation with the model's
 * rule, focus on the first invalid field, nothing lost on a failed save (B2), and
 * the stored password kept, never re-sent (B3).
 */
export class SettingsEditor implements ReactiveController {
  private readonly host: Host;
  private readonly options: SettingsEditorOptions;
  private state: MailboxSettingsState | null = null;
  private summary = '';
  private rendering = false;

  constructor(host: Host, options: SettingsEditorOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether the user changed anything since the form opened. */
  get dirty(): boolean {
    return this.state !== null && isMailboxSettingsDirty(this.state);
  }

  /** Starts editing `account`, with its provider (when known) deciding what may be chosen. */
  open(account: MailAccount, provider: MailProvider | null): void {
    this.state = initialMailboxSettingsState(account, provider);
    this.summary = '';
    this.host.requestUpdate();
  }

  /** Forgets the form (its dialog closed). */
  clear(): void {
    this.state = null;
    this.host.requestUpdate();
  }

  /** Puts focus on the first field. */
  focusFirstField(): void {
    this.control('displayName')?.focus();
  }

  hostUpdate(): void {
    this.rendering = true;
  }

  hostUpdated(): void {
    this.rendering = false;
  }

  /** The form, or null when nothing is being edited. */
  render(): TemplateResult | null {
    const state = this.state;
    if (!state) return null;
    return settingsForm({
      t: this.options.t(),
      state,
      view: mailboxSettingsView(state),
      summary: this.summary,
      dispatch: (action) => this.dispatch(action),
      onSubmit: (event) => void this.submit(event),
      onReload: () => void this.reload(),
      onCancel: (event) => void this.cancel(event),
    });
  }

  private dispatch(action: MailboxSettingsAction): void {
    // A focused field that a render removes fires `blur` mid-render; apply that after it.
    if (this.rendering) {
      queueMicrotask(() => this.dispatch(action));
      return;
    }
    if (!this.state) return;
    this.state = mailboxSettingsReducer(this.state, action);
    this.host.requestUpdate();
  }

  private control(field: MailboxSettingsField): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${settingsFieldId(field)}`);
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.options.adapter();
    const current = this.state;
    if (!adapter || !current || current.status === 'saving') return;
    const view = mailboxSettingsView(current);
    if (view.blocked) {
      this.host.renderRoot.querySelector<HTMLElement>('#settings-blocked')?.focus();
      return;
    }
    if (!view.valid) {
      this.dispatch({ type: 'submit-invalid' });
      await this.host.updateComplete;
      this.focusFirstInvalid();
      return;
    }
    this.summary = '';
    this.dispatch({ type: 'save-started' });
    let saved: MailAccount;
    try {
      saved = await adapter.saveAccount(view.input, { signal: this.options.signal() });
    } catch (error) {
      if (!this.host.isConnected || !this.state) return;
      const failure = MailSetupError.from(error);
      this.dispatch({
        type: 'save-failed',
        failure: { kind: failure.kind, fieldErrors: failure.details.fieldErrors, ...(failure.details.reason === undefined ? {} : { reason: failure.details.reason }) },
      });
      await this.host.updateComplete;
      if (!this.focusFirstInvalid()) this.host.renderRoot.querySelector<HTMLElement>('#settings-failure')?.focus();
      return;
    }
    this.dispatch({ type: 'save-succeeded', account: saved });
    this.options.saved(saved);
    this.options.close();
  }

  /**
   * After a stale-version conflict: loads the mailbox as stored now and keeps what
   * the user changed on top of it, so the next Save is a deliberate change of the
   * latest version.
   */
  private async reload(): Promise<void> {
    const adapter = this.options.adapter();
    const current = this.state;
    if (!adapter || !current || current.status === 'saving') return;
    try {
      const fresh = (await adapter.listAccounts({ signal: this.options.signal() })).find((account) => account.id === current.account.id);
      if (!this.state) return;
      this.dispatch(fresh ? { type: 'rebase', account: fresh } : { type: 'save-failed', failure: { kind: 'not-found' } });
    } catch (error) {
      if (!this.host.isConnected || !this.state) return;
      this.dispatch({ type: 'save-failed', failure: { kind: MailSetupError.from(error).kind } });
    }
    await this.host.updateComplete;
    const failed = this.state?.saveFailure !== null;
    this.summary = failed ? '' : this.options.t().common.reloaded;
    this.host.requestUpdate();
    (failed ? this.host.renderRoot.querySelector<HTMLElement>('#settings-failure') : this.control('displayName'))?.focus();
  }

  /** Focuses the first field with a visible error and announces how many; false when there is none. */
  private focusFirstInvalid(): boolean {
    if (!this.state) return false;
    const errors = mailboxSettingsView(this.state).errors;
    const first = firstErrorField(errors, MAILBOX_SETTINGS_FIELDS) as MailboxSettingsField | undefined;
    if (first === undefined) return false;
    const count = Object.keys(errors).length;
    // Re-armed, so that a second failed Save is announced again.
    this.summary = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.summary = this.options.t().common.errorSummary({ count });
      this.host.requestUpdate();
    });
    this.control(first)?.focus();
    return true;
  }

  private async cancel(event: Event): Promise<void> {
    if (this.dirty && !(await this.options.confirmDiscard(event.currentTarget as HTMLElement))) return;
    this.options.close();
  }
}
