import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailSetupError } from '../../model/errors.js';
import {
  MailAccountAddEvent,
  MailAccountDeleteEvent,
  MailAccountDeletedEvent,
  MailAccountUpdatedEvent,
  type MailAccountCreatedEvent,
} from '../../events/account-events.js';
import {
  MailProviderDeleteEvent,
  MailProviderDeletedEvent,
  type MailProviderSavedEvent,
} from '../../events/provider-events.js';
import {
  accountListView,
  filterAccounts,
  indexAfterRemoval,
  mailboxesByProvider,
  providerDeleteCheck,
  providersById,
  type AccountListAction,
  type AccountListState,
} from '../../flows/account-list.js';
import { rowForKey } from '../../flows/list-window.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { reauthorizeActionFor, type MailAccount, type MailProvider } from '../../model/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { MailProviderWizard } from '../mail-provider-wizard/mail-provider-wizard.js';
import { AdapterController } from '../internal/adapter-controller.js';
import { confirmWithDialog } from '../internal/confirm.js';
import { onDialogClosed } from '../internal/dialog-closed.js';
import { defineElement } from '../internal/define.js';
import { ProviderSettingsForm } from '../provider-settings-form/provider-settings-form.js';
import { accountSection } from './account-section.js';
import { dialogs, type DialogName } from './dialogs.js';
import { ALL_SECTIONS, ListLoader } from './list-loader.js';
import { ListWindow } from './list-window.js';
import { listStyles } from './mail-account-list.styles.js';
import { heading, problemFor } from './parts.js';
import { providerSection } from './provider-section.js';
import { SettingsEditor } from './settings-editor.js';

/** What render needs from the loaded data, kept between renders with the inputs it came from. */
interface Derived {
  accounts: readonly MailAccount[] | null;
  providers: readonly MailProvider[] | null;
  query: string;
  shown: readonly MailAccount[];
  byId: ReadonlyMap<string, MailProvider>;
  usage: ReadonlyMap<string, readonly string[]>;
}

/**
 * A user's mailboxes and, for administrators, the mail providers: the element
 * behind the profile's **Mail accounts** field (R4) and the **mailbox settings**
 * page (R3). Stores nothing itself: reads and writes go through the adapter.
 *
 * **Add** opens `<mail-provider-wizard>` in a modal dialog, unless the host cancels
 * `mail-account-add` to run its own flow; **Edit** opens the mailbox's settings;
 * **Delete** asks first. With CanManageAdministration (R1) a second section lists
 * the providers, edited in `<provider-settings-form>`; a provider that mailboxes
 * still use cannot be deleted, and its Delete button says why (R15). Only the rows
 * in view are rendered, so thousands of mailboxes stay fast (B9).
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
 * @csspart form - The mailbox settings form.
 * @csspart field - A field of the mailbox settings form.
 * @csspart group - The loading and sending group of the mailbox settings form.
 * @csspart help - Help text.
 * @csspart error - A field's error message.
 * @csspart summary - The mailbox settings form's status line.
 *
 * @cssprop --mpe-list-row-height - Height of every row; rows are windowed, so all are the same (default `5.5rem`, `8rem` below 36rem wide).
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
    MailProviderWizard.define(registry);
    ProviderSettingsForm.define(registry);
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

  @state() private query = '';
  @state() private announcement = '';
  @state() private accountActionKind: string | null = null;
  @state() private providerActionKind: string | null = null;
  @state() private shownRefusal: string | null = null;
  @state() private dialog: DialogName | null = null;
  @state() private editingProvider: MailProvider | null = null;
  /** The mailbox the wizard re-authorises (Sign in again / Change password), or null when it adds one. */
  @state() private reauthorizing: MailAccount | null = null;
  @state() private confirmText = '';
  @state() private confirmLabel = '';

  @query('#wizard-dialog') private wizardDialog!: HTMLDialogElement;
  @query('#provider-dialog') private providerDialog!: HTMLDialogElement;
  @query('#settings-dialog') private settingsDialog!: HTMLDialogElement;
  @query('#confirm-dialog') private confirmDialog!: HTMLDialogElement;

  private readonly i18n = new LocaleController(this);
  private readonly adapters = new AdapterController(this, {
    onAdapter: () => void this.loader.load(ALL_SECTIONS, false),
    // Another element (or tab) wrote through the same adapter: show it, batched per task.
    onChange: () => this.refreshSoon(),
  });
  private refreshPending = false;
  private readonly accountsWindow = new ListWindow(this, '.accounts-viewport');
  private readonly providersWindow = new ListWindow(this, '.providers-viewport');
  private readonly settings = new SettingsEditor(this, {
    adapter: () => this.adapters.adapter,
    t: () => this.t,
    signal: () => this.actionAbort.signal,
    confirmDiscard: (returnFocus) => this.confirm(this.t.common.discardChanges, this.t.common.discard, returnFocus),
    saved: (account) => {
      this.apply({ type: 'account-saved', account });
      this.announce(this.t.list.accountUpdated({ address: account.email }));
      this.dispatchEvent(new MailAccountUpdatedEvent(account));
    },
    close: () => this.settingsDialog.close(),
  });
  private readonly loader = new ListLoader(this, () => this.adapters.adapter);
  private actionAbort = new AbortController();
  /** Ids of the mailboxes and providers being deleted, so a second press does not ask again. */
  private readonly deleting = new Set<string>();
  /** What focus returns to when the open dialog closes. */
  private opener: HTMLElement | null = null;
  private readonly memo: Derived = { accounts: null, providers: null, query: '', shown: [], byId: new Map(), usage: new Map() };

  /**
   * Loads everything again from the adapter. Rows on screen stay until the new
   * ones arrive; sections that had failed show as loading. Settles when done.
   */
  refresh(): Promise<void> {
    return this.loader.load(ALL_SECTIONS, true);
  }

  private refreshSoon(): void {
    if (this.refreshPending) return;
    this.refreshPending = true;
    setTimeout(() => {
      this.refreshPending = false;
      if (this.isConnected) void this.refresh();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.actionAbort.abort();
    this.actionAbort = new AbortController();
  }

  private get t(): Messages {
    return this.i18n.messages;
  }

  private get data(): AccountListState {
    return this.loader.data;
  }

  private apply(action: AccountListAction): void {
    this.loader.apply(action);
  }

  /** Retry: loads again what failed, then puts focus on the section's heading (the Retry button is gone). */
  private async retry(headingId: string): Promise<void> {
    const loading = this.loader.retryFailed();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${headingId}`)?.focus();
    await loading;
  }

  // ─── Derived data, memoised: a scroll re-renders without re-filtering thousands of rows ───

  private derive(): Derived {
    const accounts = this.data.accounts.status === 'ready' ? this.data.accounts.items : [];
    const providers = this.data.providers.status === 'ready' ? this.data.providers.items : [];
    const memo = this.memo;
    if (providers !== memo.providers) {
      memo.byId = providersById(providers);
      memo.providers = providers;
      memo.accounts = null;
    }
    if (accounts !== memo.accounts || this.query !== memo.query) {
      if (accounts !== memo.accounts) memo.usage = mailboxesByProvider(accounts);
      memo.shown = filterAccounts(accounts, memo.byId, this.query);
      memo.accounts = accounts;
      memo.query = this.query;
    }
    return memo;
  }

  private announce(text: string): void {
    // Re-arm the live region so the same text is announced again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // ─── Dialogs ───

  private dialogElement(name: DialogName): HTMLDialogElement {
    return name === 'wizard' ? this.wizardDialog : name === 'provider' ? this.providerDialog : this.settingsDialog;
  }

  private async openDialog(name: DialogName, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.dialog = name;
    await this.updateComplete;
    const dialog = this.dialogElement(name);
    if (dialog.open) return;
    dialog.showModal();
    onDialogClosed(dialog, this.onDialogClose);
    // The modal dialog traps focus; put it inside when the browser found nothing to focus yet
    // (the wizard and the form render their fields after they load), then on the first field.
    const active = this.shadowRoot!.activeElement;
    if (active && active !== dialog && dialog.contains(active)) return;
    if (active !== dialog) dialog.focus();
    this.focusFirstControlWhenReady(dialog, dialog.querySelector('mail-provider-wizard, provider-settings-form'));
  }

  /** Moves focus from the dialog to the first control `child` renders, unless the user moved it meanwhile. */
  private focusFirstControlWhenReady(dialog: HTMLDialogElement, child: Element | null): void {
    const root = child?.shadowRoot;
    if (!root) return;
    const settle = (): boolean => {
      if (!dialog.open || this.shadowRoot!.activeElement !== dialog) return true;
      const control = root.querySelector<HTMLElement>('form input:checked:not(:disabled), form :is(input, select, button):not(:disabled)');
      control?.focus();
      return control !== null;
    };
    if (settle()) return;
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    onDialogClosed(dialog, () => observer.disconnect());
  }

  /** A dialog closed (Escape, Cancel, done): forget its content and give focus back. */
  private readonly onDialogClose = (): void => {
    this.dialog = null;
    this.editingProvider = null;
    this.reauthorizing = null;
    this.settings.clear();
    const target = this.opener?.isConnected ? this.opener : this.renderRoot.querySelector<HTMLElement>('#add');
    this.opener = null;
    target?.focus();
  };

  private async confirm(text: string, label: string, returnFocus: HTMLElement | null): Promise<boolean> {
    this.confirmText = text;
    this.confirmLabel = label;
    await this.updateComplete;
    return confirmWithDialog(this.confirmDialog, returnFocus);
  }

  /** Escape in a dialog with unsaved changes asks first, as Cancel does (B2). */
  private async guardEscape(event: Event, dirty: boolean, dialog: HTMLDialogElement): Promise<void> {
    if (!dirty || !event.cancelable) return;
    event.preventDefault();
    const active = this.shadowRoot!.activeElement as HTMLElement | null;
    if (await this.confirm(this.t.common.discardChanges, this.t.common.discard, active)) dialog.close();
  }

  // ─── Mailboxes ───

  private readonly onAdd = (event: Event): void => {
    const intent = new MailAccountAddEvent();
    this.dispatchEvent(intent);
    if (!intent.defaultPrevented) void this.openDialog('wizard', event.currentTarget as HTMLElement);
  };

  private async onAccountCreated(event: MailAccountCreatedEvent): Promise<void> {
    const account = event.detail.account;
    this.apply({ type: 'account-saved', account });
    this.announce(this.t.list.accountAdded({ address: account.email }));
    this.wizardDialog.close();
    // Show the new row: past a filter that hides it, and scrolled into view.
    const { byId } = this.derive();
    if (!filterAccounts([account], byId, this.query).length) this.query = '';
    await this.updateComplete;
    const index = this.derive().shown.findIndex((a) => a.id === account.id);
    if (index >= 0) this.accountsWindow.reveal(index);
  }

  /** Sign in again / Change password: the wizard, re-authorising this mailbox in place. */
  private readonly onReauthorize = async (account: MailAccount, button: HTMLElement): Promise<void> => {
    const adapter = this.adapters.adapter;
    if (!adapter || this.dialog !== null) return;
    this.accountActionKind = null;
    let provider = this.derive().byId.get(account.providerId);
    try {
      provider ??= (await adapter.listProviders({ signal: this.actionAbort.signal })).find((p) => p.id === account.providerId);
    } catch (error) {
      if (this.isConnected) this.accountActionKind = MailSetupError.from(error).kind;
      return;
    }
    if (!provider) {
      this.accountActionKind = 'not-found';
      return;
    }
    // The wizard is rendered (in its closed dialog) and switched before the dialog opens, so focus lands on its credentials.
    this.reauthorizing = account;
    this.dialog = 'wizard';
    await this.updateComplete;
    const wizard = this.renderRoot.querySelector('mail-provider-wizard');
    await wizard?.updateComplete;
    wizard?.reauthorize(account, provider);
    await this.openDialog('wizard', button);
  };

  private onAccountUpdated(event: MailAccountUpdatedEvent): void {
    const account = event.detail.account;
    this.apply({ type: 'account-saved', account });
    this.announce(this.t.lifecycle.reauthorized({ address: account.email }));
    this.wizardDialog.close();
  }

  private readonly onDeleteAccount = async (account: MailAccount, button: HTMLElement): Promise<void> => {
    const t = this.t;
    const adapter = this.adapters.adapter;
    if (!adapter || this.deleting.has(account.id)) return;
    if (!(await this.confirm(t.list.confirmDeleteAccount({ address: account.email }), t.common.delete, button))) return;
    const intent = new MailAccountDeleteEvent(account);
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    const index = this.derive().shown.findIndex((a) => a.id === account.id);
    this.accountActionKind = null;
    this.deleting.add(account.id);
    try {
      await adapter.deleteAccount(account.id, { signal: this.actionAbort.signal });
    } catch (error) {
      if (!this.isConnected) return;
      this.accountActionKind = MailSetupError.from(error).kind;
      button.focus();
      return;
    } finally {
      this.deleting.delete(account.id);
    }
    this.apply({ type: 'account-deleted', accountId: account.id });
    this.announce(t.list.accountDeleted({ address: account.email }));
    this.dispatchEvent(new MailAccountDeletedEvent(account.id, account.email));
    await this.focusRowAfterRemoval('accounts', index, '#add');
  };

  /** After a row went: the Delete button of the row that took its place, or the one before, else `fallback`. */
  private async focusRowAfterRemoval(section: 'accounts' | 'providers', index: number, fallback: string): Promise<void> {
    await this.updateComplete;
    const { shown } = this.derive();
    const count = section === 'accounts' ? shown.length : this.data.providers.status === 'ready' ? this.data.providers.items.length : 0;
    const target = indexAfterRemoval(index, count);
    if (target === null) {
      this.renderRoot.querySelector<HTMLElement>(fallback)?.focus();
      return;
    }
    await this.focusRow(section, target, 'delete');
  }

  private async focusRow(section: 'accounts' | 'providers', index: number, action: string): Promise<void> {
    (section === 'accounts' ? this.accountsWindow : this.providersWindow).reveal(index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.${section}-viewport [data-index="${index}"] [data-action="${action}"]`)?.focus();
  }

  private readonly onEditAccount = (account: MailAccount, button: HTMLElement): void => {
    this.settings.open(account, this.derive().byId.get(account.providerId) ?? null);
    void this.openDialog('settings', button).then(() => this.settings.focusFirstField());
  };

  // ─── Providers ───

  private readonly onAddProvider = (event: Event): void => {
    this.editingProvider = null;
    void this.openDialog('provider', event.currentTarget as HTMLElement);
  };

  private readonly onEditProvider = (provider: MailProvider, button: HTMLElement): void => {
    this.editingProvider = provider;
    void this.openDialog('provider', button);
  };

  /** A provider was saved: in the provider dialog, which then closes, or by the form inside the wizard (R7). */
  private readonly onProviderSaved = (event: MailProviderSavedEvent, dialog: DialogName): void => {
    const provider = event.detail.provider;
    this.apply({ type: 'provider-saved', provider });
    if (dialog !== 'provider') return;
    this.announce(this.t.form.saved({ name: provider.name }));
    this.providerDialog.close();
    // A changed provider may change its mailboxes (login format, load/send): fetch them quietly.
    void this.loader.load(['accounts'], true);
  };

  private readonly onDeleteProvider = async (provider: MailProvider, button: HTMLElement): Promise<void> => {
    const t = this.t;
    const adapter = this.adapters.adapter;
    if (!adapter || this.deleting.has(provider.id)) return;
    this.providerActionKind = null;
    const usage = this.data.accounts.status === 'ready' ? this.derive().usage : null;
    if (!providerDeleteCheck(provider.id, usage, this.data.refusals).allowed) {
      await this.showRefusal(provider.id);
      return;
    }
    if (!(await this.confirm(t.list.confirmDeleteProvider({ name: provider.name }), t.common.delete, button))) return;
    const intent = new MailProviderDeleteEvent(provider);
    this.dispatchEvent(intent);
    if (intent.defaultPrevented) return;
    const index = this.data.providers.status === 'ready' ? this.data.providers.items.findIndex((p) => p.id === provider.id) : -1;
    this.deleting.add(provider.id);
    try {
      await adapter.deleteProvider(provider.id, { signal: this.actionAbort.signal });
    } catch (error) {
      if (!this.isConnected) return;
      const failure = MailSetupError.from(error);
      if (failure.kind === 'in-use') {
        // A mailbox was added meanwhile (a race): the same refusal as before any request.
        this.apply({ type: 'provider-refused', providerId: provider.id, mailboxes: failure.details.mailboxes ?? [] });
        await this.showRefusal(provider.id);
      } else {
        this.providerActionKind = failure.kind;
      }
      button.focus();
      return;
    } finally {
      this.deleting.delete(provider.id);
    }
    this.apply({ type: 'provider-deleted', providerId: provider.id });
    if (this.shownRefusal === provider.id) this.shownRefusal = null;
    this.announce(t.list.providerDeleted({ name: provider.name }));
    this.dispatchEvent(new MailProviderDeletedEvent(provider.id));
    await this.focusRowAfterRemoval('providers', index, '#add-provider');
  };

  /** Shows why a provider cannot be deleted, re-armed so that pressing Delete again says it again. */
  private async showRefusal(providerId: string): Promise<void> {
    this.shownRefusal = null;
    await this.updateComplete;
    this.shownRefusal = providerId;
  }

  // ─── Keyboard: arrows, Page keys, Home and End move between rows, to the same action ───

  private onRowsKeydown(event: KeyboardEvent, section: 'accounts' | 'providers'): void {
    const button = event.target as HTMLElement;
    const action = button.dataset.action;
    const row = button.closest<HTMLElement>('[data-index]');
    if (action === undefined || !row || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const count = section === 'accounts' ? this.derive().shown.length : this.data.providers.status === 'ready' ? this.data.providers.items.length : 0;
    const window = section === 'accounts' ? this.accountsWindow : this.providersWindow;
    const target = rowForKey(event.key, Number(row.dataset.index), count, window.pageSize);
    if (target === null) return;
    event.preventDefault();
    void this.focusRow(section, target, action);
  }

  // ─── Rendering ───

  protected override render(): TemplateResult {
    const t = this.t;
    if (!this.adapters.adapter) {
      return html`${heading('accounts-heading', this.headingLevel, t.list.accountsTitle)}
        <div part="notice" class="notice danger" role="alert"><strong>${t.common.noAdapter.title}</strong> ${t.common.noAdapter.action}</div>`;
    }
    const view = accountListView(this.data);
    const derived = this.derive();
    const { accounts, providers, permissions } = this.data;
    const accountsReady = accounts.status === 'ready';
    const noRight = permissions.status === 'ready' && permissions.items[0] === false;
    return html`
      ${accountSection({
        t,
        headingLevel: this.headingLevel,
        load: accounts,
        // Without a providers section, the rows' provider names reload with the providers.
        busy: this.loader.reloading('accounts') || (!view.showProviders && this.loader.reloading('providers')),
        shown: derived.shown,
        query: this.query,
        providers: derived.byId,
        // Without a providers section, missing provider names are reported here.
        providersFailedKind: !view.showProviders && view.failedKind === null && providers.status === 'failed' ? providers.kind : null,
        actionProblem: this.accountActionKind === null ? null : problemFor(t, this.accountActionKind),
        window: this.accountsWindow,
        onAdd: this.onAdd,
        onFilter: (query) => (this.query = query),
        onRetry: () => void this.retry('accounts-heading'),
        onRetryProviders: () => void this.retry('accounts-heading'),
        onEdit: this.onEditAccount,
        onDelete: (account, button) => void this.onDeleteAccount(account, button),
        onReauthorize: (account, button) => void this.onReauthorize(account, button),
        onKeydown: (event) => this.onRowsKeydown(event, 'accounts'),
      })}
      ${view.showProviders && view.failedKind === null
        ? providerSection({
            t,
            headingLevel: this.headingLevel,
            load: view.providersLoad,
            busy: this.loader.reloading('providers') || this.loader.reloading('permissions'),
            usage: accountsReady ? derived.usage : null,
            refusals: this.data.refusals,
            shownRefusal: this.shownRefusal,
            actionProblem: this.providerActionKind === null ? null : problemFor(t, this.providerActionKind),
            window: this.providersWindow,
            onAdd: this.onAddProvider,
            onRetry: () => void this.retry('providers-heading'),
            onEdit: this.onEditProvider,
            onDelete: (provider, button) => void this.onDeleteProvider(provider, button),
            onKeydown: (event) => this.onRowsKeydown(event, 'providers'),
          })
        : nothing}
      ${noRight ? html`<p part="help" class="help access-note" role="note">${t.access.cannotManageProviders}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${dialogs({
        t,
        open: this.dialog,
        adapter: this.adapter,
        locale: this.locale,
        editingProvider: this.editingProvider,
        settingsForm: this.settings.render(),
        confirmText: this.confirmText,
        confirmLabel: this.confirmLabel,
        onCancel: (event, name) => void this.guardEscape(event, this.dirty(name), this.dialogElement(name)),
        onAccountCreated: (event) => void this.onAccountCreated(event),
        onAccountUpdated: (event) => this.onAccountUpdated(event),
        wizardTitle: this.reauthorizing
          ? t.lifecycle.reauthorizeTitle[reauthorizeActionFor(this.reauthorizing)]({ address: this.reauthorizing.email })
          : t.wizard.title,
        onProviderSaved: this.onProviderSaved,
        onDone: (name) => this.dialogElement(name).close(),
      })}
    `;
  }

  /**
   * Whether a dialog holds unsaved changes. The wizard handles Escape itself (asking
   * first, then firing `mail-wizard-cancelled`); this guards its dialog if an Escape
   * reaches it anyway.
   */
  private dirty(name: DialogName): boolean {
    if (name === 'settings') return this.settings.dirty;
    if (name === 'wizard') return this.renderRoot.querySelector('mail-provider-wizard')?.dirty === true;
    const form = this.renderRoot.querySelector('provider-settings-form');
    return form !== null && form.dirty && !form.readOnly;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mail-account-list': MailAccountList;
  }
}
