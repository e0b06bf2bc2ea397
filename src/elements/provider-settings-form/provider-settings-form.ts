import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { MailSetupAdapter, Permissions, SyncServiceStatus } from '../../adapter/adapter.js';
import { MailSetupError } from '../../model/errors.js';
import { MailProviderFormCancelledEvent, MailProviderSavedEvent } from '../../events/provider-events.js';
import {
  initialProviderFormState,
  isProviderFormDirty,
  providerFormReducer,
  providerFormView,
  type ProviderFormAction,
  type ProviderFormState,
  type ProviderFormView,
} from '../../flows/provider-form.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Messages } from '../../i18n/messages.js';
import {
  draftFromProvider,
  draftToInput,
  emptyProviderDraft,
  type MailProvider,
  type ProviderDraft,
} from '../../model/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { AdapterController } from '../internal/adapter-controller.js';
import { confirmWithDialog } from '../internal/confirm.js';
import { defineElement } from '../internal/define.js';
import { discardDialog, discardDialogStyles } from '../internal/discard-dialog.js';
import { renderFields, type FieldsContext } from './fields.js';
import { formStyles } from './provider-settings-form.styles.js';

/** Where the "how to register an OAuth application" link (R13) points unless the host sets `oauth-help-url`. */
export const DEFAULT_OAUTH_HELP_URL = 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app';

type LoadState = { status: 'idle' | 'loading' | 'ready' } | { status: 'failed'; error: MailSetupError };

/**
 * Creates or edits one mail provider (mail service): service type, address,
 * load/send, login format, OAuth 2.0 or Basic, recognition domains (R8–R14).
 * Stores nothing itself: reads and writes go through the adapter.
 *
 * Without the system operation CanManageAdministration the form is read-only and
 * says so (R1). For Exchange it warns when the Exchange Listener service is not
 * configured or unreachable (R2). A stored client secret is never sent to the
 * page: the form offers to replace it, and keeps it otherwise (B3).
 *
 * @tagname provider-settings-form
 *
 * @fires {MailProviderSavedEvent} mail-provider-saved - After Apply saved the provider. `detail: { provider, created }`; the provider carries no secret.
 * @fires {MailProviderFormCancelledEvent} mail-provider-form-cancelled - After Cancel (confirmed, when there were unsaved changes). `detail: { providerId }`.
 *
 * @csspart form - The `<form>` element.
 * @csspart heading - The form's heading.
 * @csspart notice - Every notice box (permission, Exchange Listener, save failure).
 * @csspart warning - The Basic authentication warning.
 * @csspart field - Each field's wrapper (label, control, help, error).
 * @csspart group - Each group of radios or checkboxes (a `<fieldset>`).
 * @csspart input - Every text, number and password input, and select.
 * @csspart help - Help text under a field.
 * @csspart error - A field's error message.
 * @csspart note - A note that the address was normalised.
 * @csspart chip - A recognition domain.
 * @csspart summary - The error summary shown after a failed Apply.
 * @csspart actions - The row of Apply and Cancel.
 * @csspart button - Every button.
 * @csspart primary-button - The Apply button.
 * @csspart dialog - The "discard changes?" dialog.
 *
 * @cssprop --mpe-provider-form-max-width - Widest the form grows (default `42rem`).
 * @cssprop --mpe-provider-form-gap - Space between fields (default `1rem`).
 */
export class ProviderSettingsForm extends LitElement {
  /** The element's tag name. */
  static readonly tagName = 'provider-settings-form';

  /** Registers `<provider-settings-form>` (idempotent). */
  static define(registry: CustomElementRegistry = customElements): void {
    defineElement(ProviderSettingsForm.tagName, ProviderSettingsForm, registry);
  }

  static override styles = [sharedStyles, discardDialogStyles, formStyles];

  /**
   * The adapter to read and save through. When unset, the nearest ancestor that
   * provides `mailSetupAdapterContext` supplies it.
   */
  @property({ attribute: false }) adapter?: MailSetupAdapter;

  /** A provider to edit. When null (and no `provider-id`), the form creates a new one. */
  @property({ attribute: false }) provider: MailProvider | null = null;

  /** The id of a provider to load from the adapter and edit. `provider` wins when both are set. */
  @property({ attribute: 'provider-id' }) providerId: string | null = null;

  /** Starting values for a new provider, e.g. `{ domains: ['contoso.com'] }` from the wizard. */
  @property({ attribute: false }) defaults: Partial<ProviderDraft> = {};

  /** UI language (`en`, `ru`). When unset, the nearest `lang` attribute decides. */
  @property() locale?: string;

  /** Where the "how to register an OAuth application" link points (R13). */
  @property({ attribute: 'oauth-help-url' }) oauthHelpUrl: string = DEFAULT_OAUTH_HELP_URL;

  /** The level of the form's heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private form: ProviderFormState = initialProviderFormState();
  @state() private load: LoadState = { status: 'idle' };
  @state() private permissions: Permissions | null = null;
  @state() private syncStatus: SyncServiceStatus | null = null;
  @state() private providers: MailProvider[] = [];
  @state() private secretVisible = false;
  @state() private summary = '';

  @query('dialog') private confirmDialog!: HTMLDialogElement;

  private readonly i18n = new LocaleController(this);
  private readonly adapters = new AdapterController(this, () => void this.reload());
  private loadAbort?: AbortController;
  private saveAbort?: AbortController;

  /** Whether the user changed anything since the form was loaded or last saved. */
  get dirty(): boolean {
    return isProviderFormDirty(this.form);
  }

  /** Whether the form may save: false without CanManageAdministration (R1) or while loading. */
  get readOnly(): boolean {
    return this.permissions?.canManageAdministration !== true;
  }

  /** Puts back what the form was loaded with (or the defaults), forgetting every change. */
  reset(): void {
    this.dispatch({ type: 'load', draft: this.startingDraft() });
    this.summary = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
    this.saveAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('provider') || changed.has('defaults') || (changed.has('providerId') && this.load.status === 'ready')) {
      this.dispatch({ type: 'load', draft: this.startingDraft() });
    }
  }

  private startingDraft(): ProviderDraft {
    const stored = this.provider ?? (this.providerId === null ? undefined : this.providers.find((p) => p.id === this.providerId));
    return stored ? draftFromProvider(stored) : emptyProviderDraft(this.defaults);
  }

  private rendering = false;

  protected override update(changed: PropertyValues<this>): void {
    this.rendering = true;
    try {
      super.update(changed);
    } finally {
      this.rendering = false;
    }
  }

  private dispatch(action: ProviderFormAction): void {
    // A focused field that a render removes fires `blur` mid-render; apply that after it.
    if (this.rendering) {
      queueMicrotask(() => this.dispatch(action));
      return;
    }
    this.form = providerFormReducer(this.form, action);
  }

  /** Loads what the form needs besides the provider: rights (R1), the Exchange Listener (R2), other providers' domains. */
  private async reload(): Promise<void> {
    this.loadAbort?.abort();
    const adapter = this.adapters.adapter;
    if (!adapter) {
      this.load = { status: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.loadAbort = abort;
    this.load = { status: 'loading' };
    const options = { signal: abort.signal };
    try {
      const [permissions, syncStatus, providers] = await Promise.all([
        adapter.getPermissions(options),
        adapter.getSyncServiceStatus(options),
        adapter.listProviders(options),
      ]);
      this.permissions = permissions;
      this.syncStatus = syncStatus;
      this.providers = providers;
      if (this.provider === null && this.providerId !== null && !providers.some((p) => p.id === this.providerId)) {
        throw new MailSetupError('not-found', `No provider with id ${this.providerId}`);
      }
      this.load = { status: 'ready' };
      if (this.provider === null && this.providerId !== null) this.dispatch({ type: 'load', draft: this.startingDraft() });
    } catch (error) {
      if (abort.signal.aborted) return;
      this.load = { status: 'failed', error: MailSetupError.from(error) };
    }
  }

  private get view(): ProviderFormView {
    return providerFormView(this.form, { otherProviders: this.providers });
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const adapter = this.adapters.adapter;
    if (!adapter || this.readOnly || this.form.status === 'saving') return;
    // A domain left in the box is what the user meant to add.
    if (this.form.domainEntry.trim() !== '') this.dispatch({ type: 'add-domains' });
    if (!this.view.valid || this.form.domainEntryError !== null) {
      this.dispatch({ type: 'submit-invalid' });
      await this.updateComplete;
      this.announceErrors();
      this.focusFirstInvalid();
      return;
    }
    this.summary = '';
    // Focus stays on Apply while saving: a saved secret's field disappears, and
    // focus must not drop to the page with it.
    this.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    const created = this.form.draft.id === undefined;
    this.dispatch({ type: 'save-started' });
    const abort = new AbortController();
    this.saveAbort = abort;
    try {
      const saved = await adapter.saveProvider(draftToInput(this.form.draft), { signal: abort.signal });
      this.dispatch({ type: 'save-succeeded', provider: saved });
      this.providers = [...this.providers.filter((p) => p.id !== saved.id), saved];
      this.secretVisible = false;
      this.summary = this.t.form.saved({ name: saved.name });
      this.dispatchEvent(new MailProviderSavedEvent(saved, created));
    } catch (error) {
      if (abort.signal.aborted && !this.isConnected) return;
      const failure = MailSetupError.from(error);
      this.dispatch({ type: 'save-failed', failure: { kind: failure.kind, details: failure.details } });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#save-failure')?.focus();
    }
  }

  private announceErrors(): void {
    const count = this.renderRoot.querySelectorAll('[aria-invalid="true"]').length + (this.view.errors.delivery ? 1 : 0);
    // Re-arm the live region so the same text is announced again on a second failed Apply.
    this.summary = '';
    void this.updateComplete.then(() => {
      this.summary = this.t.common.errorSummary({ count: Math.max(count, 1) });
    });
  }

  private focusFirstInvalid(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[data-invalid] input');
    target?.focus();
  }

  private async onCancel(event: Event): Promise<void> {
    if (this.dirty && !this.readOnly) {
      const confirmed = await confirmWithDialog(this.confirmDialog, event.currentTarget as HTMLElement);
      if (!confirmed) return;
    }
    this.saveAbort?.abort();
    const providerId = this.form.draft.id ?? null;
    this.reset();
    this.dispatchEvent(new MailProviderFormCancelledEvent(providerId));
  }

  private get t(): Messages {
    return this.i18n.messages;
  }

  private renderNotices(): TemplateResult | typeof nothing {
    const t = this.t;
    const notices: TemplateResult[] = [];
    if (this.permissions && !this.permissions.canManageAdministration) {
      notices.push(html`<div part="notice" class="notice info" role="note" id="read-only-notice">${t.access.cannotManageProviders}</div>`);
    }
    const sync = this.syncStatus?.state;
    if (this.form.draft.type === 'exchange' && sync !== undefined && sync !== 'ok') {
      const problem = sync === 'not-configured' ? t.syncService.notConfigured : t.syncService.unreachable;
      notices.push(html`<div part="notice" class="notice warning" role="note" id="sync-notice">
        <strong>${problem.title}</strong> ${problem.action}
      </div>`);
    }
    const failure = this.form.saveFailure;
    if (failure) {
      const problem = t.adapterErrors[failure.kind as keyof Messages['adapterErrors']] ?? t.adapterErrors.unknown;
      notices.push(html`<div part="notice" class="notice danger" role="alert" id="save-failure" tabindex="-1">
        <strong>${problem.title}</strong> ${problem.action}
      </div>`);
    }
    return notices.length === 0 ? nothing : html`${notices}`;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const heading = this.form.draft.id === undefined ? t.form.titleNew : t.form.titleEdit({ name: this.form.initial.name });
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const headingTemplate = html`<div part="heading" class="heading" role="heading" aria-level=${level} id="heading">${heading}</div>`;
    const adapter = this.adapters.adapter;
    if (!adapter) {
      return html`${headingTemplate}<div part="notice" class="notice danger" role="alert">
          <strong>${t.common.noAdapter.title}</strong> ${t.common.noAdapter.action}
        </div>`;
    }
    if (this.load.status === 'loading' || this.load.status === 'idle') {
      return html`${headingTemplate}<p class="loading" role="status" aria-busy="true">${t.common.loading}</p>`;
    }
    if (this.load.status === 'failed') {
      const problem = t.adapterErrors[this.load.error.kind];
      return html`${headingTemplate}
        <div part="notice" class="notice danger" role="alert">
          <strong>${problem.title}</strong> ${problem.action}
          <button part="button" type="button" @click=${() => void this.reload()}>${t.common.retry}</button>
        </div>`;
    }
    const saving = this.form.status === 'saving';
    const context: FieldsContext = {
      t,
      form: this.form,
      view: this.view,
      readOnly: this.readOnly,
      saving,
      secretVisible: this.secretVisible,
      oauthHelpUrl: this.oauthHelpUrl,
      dispatch: (action) => this.dispatch(action),
      toggleSecret: () => {
        this.secretVisible = !this.secretVisible;
      },
    };
    return html`
      ${headingTemplate}
      <form part="form" novalidate aria-labelledby="heading" aria-busy=${saving ? 'true' : 'false'} @submit=${this.onSubmit}>
        ${this.renderNotices()}
        <fieldset class="body" ?disabled=${this.readOnly}>${renderFields(context)}</fieldset>
        <div part="summary" class="summary" role="status" aria-live="polite">${this.summary}</div>
        <div part="actions" class="actions">
          ${this.readOnly
            ? nothing
            : html`<button part="button primary-button" class="primary" type="submit" aria-disabled=${saving ? 'true' : 'false'}>
                ${saving ? t.common.saving : t.common.apply}
              </button>`}
          <button part="button" type="button" @click=${this.onCancel}>${this.readOnly ? t.common.close : t.common.cancel}</button>
        </div>
      </form>
      ${discardDialog(t)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'provider-settings-form': ProviderSettingsForm;
  }
}
