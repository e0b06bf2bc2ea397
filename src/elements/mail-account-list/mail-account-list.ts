import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailAccountAddEvent, type MailAccountCreatedEvent } from '../../events/account-events.js';
import type { MailProviderSavedEvent } from '../../events/provider-events.js';
import {
  LIST_SECTIONS,
  accountListView,
  deriveAccountList,
  isDeleting,
  isLoading,
  listFlowReducer,
  providerDeleteCheck,
  providerRefused,
  type DeleteTarget,
  type ListFlowAction,
  type ListFlowState,
} from '../../flows/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailAccount, MailProvider } from '../../model/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { AdapterController } from '../internal/adapter-controller.js';
import { defineElement } from '../internal/define.js';
import { DEFAULT_CALL_TIMEOUT_MS } from '../internal/flow-controller.js';
import { noAdapterNotice } from '../internal/ui.js';
import { accountSection } from './account-section.js';
import { ListDialogs } from './dialog-host.js';
import { rememberRegistry } from './lazy-elements.js';
import { dialogs, type DialogName } from './dialogs.js';
import { IdleWaiters } from './idle-waiters.js';
import { LazyListCheck } from './lazy-check.js';
import { appliedChange, deleteFailure, describeAnnouncement, focusListTarget, listEvents } from './list-feedback.js';
import { ChangeBatch, createListFlow } from './list-flow.js';
import { ListWindow } from './list-window.js';
import { listStyles } from './mail-account-list.styles.js';
import { heading } from './parts.js';
import { providerSection } from './provider-section.js';
import { ReauthorizeDialog } from './reauthorize-dialog.js';
import { RowNavigation } from './row-navigation.js';
import { SettingsDialog } from './settings-dialog.js';

/**
 * A user's mailboxes and, for administrators, the mail providers: the element
 * behind the profile's **Mail accounts** field (R4) and the **mailbox settings**
 * page (R3). Stores nothing itself: reads and writes go through the adapter.
 *
 * **Add** opens `<mail-provider-wizard>` in a modal dialog, unless the host cancels
 * `mail-account-add` to run its own flow; **Edit** opens the mailbox's settings;
 * **Delete** asks first. With CanManageAdministration (R1) a second section lists
 * the providers, edited in `<provider-settings-form>`; a provider that mailboxes
 * still use cannot be deleted, and its Delete button says why and lists them (R15). Only the rows
 * in view are rendered, so thousands of mailboxes stay fast (B9). An adapter call
 * that does not answer within `call-timeout` stops and says what failed, with Retry.
 *
 * The wizard's and the form's own events (`mail-account-created`,
 * `mail-wizard-cancelled`, `mail-provider-saved`, `mail-provider-form-cancelled`)
 * bubble out of this element too.
 *
 * @tagname mail-account-list
 *
 * @fires {MailAccountAddEvent} mail-account-add - The user pressed Add. Cancelable: `preventDefault()` to run the host's own flow instead of the wizard.
 * @fires {MailAccountDeleteEvent} mail-account-delete - The user confirmed deleting a mailbox. Cancelable: `preventDefault()` keeps it. `detail: { account }`.
 * @fires {MailAccountDeletedEvent} mail-account-deleted - A mailbox was deleted through the adapter. `detail: { accountId, email }`.
 * @fires {MailAccountUpdatedEvent} mail-account-updated - A mailbox's settings were saved, or it was re-authorised in place (Sign in again, Change password). `detail: { account }`, without a password.
 * @fires {MailProviderDeleteEvent} mail-provider-delete - The user confirmed deleting a provider. Cancelable. `detail: { provider }`.
 * @fires {MailProviderDeletedEvent} mail-provider-deleted - A provider was deleted through the adapter. `detail: { providerId }`.
 * @fires {MailAccountCreatedEvent} mail-account-created - Bubbles out of the list's wizard when a mailbox was added. `detail: { account }`.
 * @fires {MailProviderSavedEvent} mail-provider-saved - Bubbles out of the list's provider form when a provider was added or changed. `detail: { provider, created }`.
 *
 * @csspart section - Each section (mailboxes, providers); also `accounts-section` and `providers-section`.
 * @csspart heading - Each section's heading and the settings dialog's heading.
 * @csspart filter - The filter box's wrapper.
 * @csspart filter-input - The filter input (also `input`).
 * @csspart input - Every text and date input.
 * @csspart count - The "Showing N of M" line.
 * @csspart viewport - The scrolling container of a list.
 * @csspart list - A list of rows.
 * @csspart row - Each mailbox or provider row.
 * @csspart cell - Each piece of a row; also `address`, `provider`, `login`, `delivery`, `reason`, `name`, `domains`, `count`.
 * @csspart badge - Every badge in a row; the status one is also `status-badge`, the service type `type-badge`.
 * @csspart actions - A row's buttons, and a dialog's Save and Cancel.
 * @csspart button - Every button.
 * @csspart primary-button - Add, and the main button of a dialog.
 * @csspart danger-button - Every Delete button.
 * @csspart notice - Error, warning and refusal boxes.
 * @csspart empty - The invitation shown when there is nothing yet.
 * @csspart dialog - Every dialog (wizard, provider form, mailbox settings, confirmation).
 * @csspart impact-list - The delete preview's list, "Affected mailboxes": the mailboxes that keep a provider from being deleted (R15).
 * @csspart form - The mailbox settings form.
 * @csspart field - A field of the mailbox settings form.
 * @csspart group - The loading and sending group of the mailbox settings form.
 * @csspart help - Help text.
 * @csspart error - A field's error message.
 * @csspart summary - The mailbox settings form's status line.
 *
 * @cssprop --mpe-list-row-height - Least height of a row; rows are windowed and spaced by the tallest in view, so text that wraps on a narrow screen makes room (default `5.5rem`, `8rem` below 36rem wide).
 * @cssprop --mpe-list-max-height - Tallest a list grows before it scrolls (default `30rem`).
 * @cssprop --mpe-list-gap - Space between the sections (default `1.5rem`).
 * @cssprop --mpe-list-dialog-width - Widest the dialogs grow (default `44rem`).
 */
export class MailAccountList extends LitElement {
  /** The element's tag name. */
  static readonly tagName = 'mail-account-list';

  /** Registers `<mail-account-list>` and the elements it opens (idempotent). */
  static define(registry: CustomElementRegistry = customElements): void {
    defineElement(MailAccountList.tagName, MailAccountList, registry);
    rememberRegistry(registry);
  }

  static override styles = [sharedStyles, listStyles];

  /**
   * The adapter to read and save through. When unset, the nearest ancestor that
   * provides `mailSetupAdapterContext` supplies it. Passed on to the wizard and the form.
   */
  @property({ attribute: false }) adapter?: MailSetupAdapter;

  /** UI language (`en`, `ru`). When unset, the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** The level of the section headings (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** How long an adapter call (a load, a delete, a settings save) may take, in milliseconds, before it stops and reports a timeout with Retry. */
  @property({ type: Number, attribute: 'call-timeout' }) callTimeout = DEFAULT_CALL_TIMEOUT_MS;

  @state() private editingProvider: MailProvider | null = null;

  private readonly i18n = new LocaleController(this);
  private readonly adapters = new AdapterController(this, {
    onAdapter: (adapter) => adapter && this.dispatch({ type: 'load', sections: LIST_SECTIONS, quiet: false }),
    // Another element (or tab) wrote through the same adapter: show it, one reload per burst.
    onChange: (change) => this.changes.heard(change),
  });
  private readonly changes = new ChangeBatch(() => this.isConnected && void this.refresh());
  private readonly flow = createListFlow(
    this,
    (state, action) => this.reduce(state, action),
    () => this.callTimeout,
    {
      adapter: () => this.adapters.adapter,
      focus: (target) => focusListTarget(this.renderRoot, this.rows, target),
      describe: (said) => describeAnnouncement(this.t, this.state, said),
    },
  );
  private readonly windows = {
    accounts: new ListWindow(this, '.accounts-viewport', (rows) => this.dispatch({ type: 'rows-wanted', rows })),
    providers: new ListWindow(this, '.providers-viewport'),
  };
  private readonly rows = new RowNavigation(this, this.windows);
  private readonly dialogs = new ListDialogs(this, (name) => {
    if (name === 'provider') this.editingProvider = null;
    if (name === 'wizard') this.reauthorize.closed();
    if (name === 'settings') this.dispatch({ type: 'settings-close' });
    if (name === 'check') this.check.stop();
  });
  private readonly check = new LazyListCheck(this, () => this.i18n.locale);
  private readonly settings = new SettingsDialog({
    dialogs: this.dialogs,
    state: () => this.state,
    dispatch: (action) => this.dispatch(action),
    focusFirstField: () => focusListTarget(this.renderRoot, this.rows, 'settings-field:displayName'),
  });
  private readonly reauthorize = new ReauthorizeDialog(this, this.dialogs, (action) => this.dispatch(action));
  private readonly idle = new IdleWaiters(this, () => isLoading(this.state));

  /**
   * Loads everything again from the adapter. Rows on screen stay until the new
   * ones arrive; sections that had failed show as loading. Settles when done.
   */
  refresh(): Promise<void> {
    if (!this.adapters.adapter) return Promise.resolve();
    this.dispatch({ type: 'load', sections: LIST_SECTIONS, quiet: true });
    return this.idle.wait();
  }

  private get t(): Messages {
    return this.i18n.messages;
  }

  private get state(): ListFlowState {
    return this.flow.state;
  }

  private dispatch(action: ListFlowAction): void {
    this.flow.dispatch(action);
  }

  /** The flow's transition, plus what the element does on it: events for the host, closing a saved form's dialog. */
  private reduce(prev: ListFlowState, action: ListFlowAction): ListFlowState {
    const next = listFlowReducer(prev, action);
    if (next === prev) return next;
    const applied = appliedChange(prev, action);
    if (applied) this.changes.applied(applied);
    for (const event of listEvents(prev, action)) this.dispatchEvent(event);
    if (prev.settings && !next.settings && action.type === 'settings-saved') this.dialogs.close('settings');
    return next;
  }

  // ─── Mailboxes ───

  private readonly onAdd = (event: Event): void => {
    const intent = new MailAccountAddEvent();
    this.dispatchEvent(intent);
    if (!intent.defaultPrevented) void this.dialogs.show('wizard', event.currentTarget as HTMLElement);
  };

  private async onAccountCreated(event: MailAccountCreatedEvent): Promise<void> {
    const account = event.detail.account;
    this.dialogs.close('wizard');
    this.dispatch({ type: 'account-added', account });
    // Scroll the new row into view.
    await this.updateComplete;
    const index = deriveAccountList(this.state.data, this.state.query).shown.findIndex((a) => a.id === account.id);
    if (index >= 0) this.windows.accounts.reveal(index);
  }

  /** Sign in again / Change password: the wizard, re-authorising this mailbox in place (issue 11, item 1). */
  private onReauthorize(account: MailAccount, button: HTMLElement): void {
    const adapter = this.adapters.adapter;
    const known = deriveAccountList(this.state.data, this.state.query).byId.get(account.providerId);
    if (adapter) void this.reauthorize.start(adapter, account, known, button);
  }

  /** Delete pressed: asks, lets the host veto, then hands the delete to the flow. A second press while it runs does nothing. */
  private async onDelete(target: DeleteTarget, button: HTMLElement): Promise<void> {
    if (!this.adapters.adapter || isDeleting(this.state, target)) return;
    if (target.kind === 'provider' && providerRefused(this.state, target.provider.id)) {
      const check = providerDeleteCheck(target.provider.id, deriveAccountList(this.state.data, '').usage, this.state.data.refusals);
      return this.dialogs.showDeleteBlocked(this.t, target.provider, check.allowed ? [] : check.mailboxes, button);
    }
    if (await this.dialogs.confirmDelete(this.t, target, button)) this.dispatch({ type: 'delete', target });
  }

  private readonly onCheckAccount = async (account: MailAccount, button: HTMLElement): Promise<void> => {
    const adapter = this.adapters.adapter;
    const provider = deriveAccountList(this.state.data, this.state.query).byId.get(account.providerId);
    if (adapter && (await this.check.start(adapter, account, provider))) await this.dialogs.show('check', button);
  };

  // ─── Providers ───

  private readonly onEditProvider = (provider: MailProvider | null, button: HTMLElement): void => {
    this.editingProvider = provider;
    void this.dialogs.show('provider', button);
  };

  /** A provider was saved: in the provider dialog, which then closes, or by the form inside the wizard (R7). */
  private readonly onProviderSaved = (event: MailProviderSavedEvent, dialog: DialogName): void => {
    if (dialog === 'provider') this.dialogs.close('provider');
    this.dispatch({ type: 'provider-saved', provider: event.detail.provider, inDialog: dialog === 'provider' });
  };

  // ─── Rendering ───

  protected override render(): TemplateResult {
    const t = this.t;
    if (!this.adapters.adapter) {
      return html`${heading('accounts-heading', this.headingLevel, t.list.accountsTitle)} ${noAdapterNotice(t)}`;
    }
    const state = this.state;
    const view = accountListView(state.data);
    const derived = deriveAccountList(state.data, state.query);
    const { accounts, providers, permissions } = state.data;
    const providerCount = derived.shownProviders.length;
    const noRight = permissions.status === 'ready' && permissions.items[0] === false;
    const reloading = (section: keyof ListFlowState['loads']): boolean => state.loads[section] !== null;
    return html`
      ${state.settings ? nothing : this.flow.announcer.render()}
      ${accountSection({
        t,
        headingLevel: this.headingLevel,
        load: accounts,
        // Without a providers section, the rows' provider names reload with the providers.
        busy: reloading('accounts') || (!view.showProviders && reloading('providers')),
        shown: derived.shown,
        query: state.query,
        providers: derived.byId,
        paging: state.paging,
        // Without a providers section, missing provider names are reported here.
        providersFailedKind: !view.showProviders && view.failedKind === null && providers.status === 'failed' ? providers.kind : null,
        failedDelete: deleteFailure(t, state.failedDeletes.account),
        window: this.windows.accounts,
        onAdd: this.onAdd,
        onFilter: (query) => this.dispatch({ type: 'filter', query }),
        onRetry: () => this.dispatch({ type: 'retry', section: 'accounts' }),
        onRetryProviders: () => this.dispatch({ type: 'retry', section: 'accounts' }),
        onRetryDelete: () => this.dispatch({ type: 'retry-delete', kind: 'account' }),
        onEdit: (account, button) => void this.settings.open(account, button),
        onCheck: (account, button) => void this.onCheckAccount(account, button),
        onDelete: (account, button) => void this.onDelete({ kind: 'account', account }, button),
        onReauthorize: (account, button) => this.onReauthorize(account, button),
        onKeydown: (event) => this.rows.onKeydown(event, 'accounts', derived.shown.length),
      })}
      ${
        view.showProviders && view.failedKind === null
          ? providerSection({
              t,
              headingLevel: this.headingLevel,
              load: view.providersLoad,
              shown: derived.shownProviders,
              query: state.query,
              granted: view.providerAccess === 'granted',
              busy: reloading('providers') || reloading('permissions'),
              usage: derived.usage,
              paging: state.paging,
              refusals: state.data.refusals,
              shownRefusal: state.refusal?.providerId ?? null,
              failedDelete: deleteFailure(t, state.failedDeletes.provider),
              window: this.windows.providers,
              onAdd: (event) => this.onEditProvider(null, event.currentTarget as HTMLElement),
              onRetry: () => this.dispatch({ type: 'retry', section: 'providers' }),
              onRetryDelete: () => this.dispatch({ type: 'retry-delete', kind: 'provider' }),
              onEdit: this.onEditProvider,
              onDelete: (provider, button) => void this.onDelete({ kind: 'provider', provider }, button),
              onKeydown: (event) => this.rows.onKeydown(event, 'providers', providerCount),
            })
          : nothing
      }
      ${noRight ? html`<p part="help" class="help access-note" role="note">${t.access.cannotManageProviders}</p>` : nothing}
      ${view.providerAccess === 'checking' ? html`<p part="help" class="help access-note" role="status">${t.access.checking}</p>` : nothing}
      ${dialogs({
        t,
        open: this.dialogs.open,
        adapter: this.adapter,
        locale: this.locale,
        editingProvider: this.editingProvider,
        settingsForm: this.settings.render(t, this.flow.announcer.render()),
        checkContent: this.check.render(t, () => this.dialogs.close('check')),
        confirmText: this.dialogs.confirmText,
        confirmLabel: this.dialogs.confirmLabel,
        confirmList: this.dialogs.confirmList,
        onCancel: (event, name) => void this.dialogs.guardEscape(event, name, this.settings.dirty(), t.common.discardChanges, t.common.discard),
        onAccountCreated: (event) => void this.onAccountCreated(event),
        onAccountUpdated: (event) => this.reauthorize.updated(event),
        wizardTitle: this.reauthorize.title(t),
        onProviderSaved: this.onProviderSaved,
        onDone: (name) => this.dialogs.close(name),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mail-account-list': MailAccountList;
  }
}
