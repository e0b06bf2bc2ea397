import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailProviderFormCancelledEvent, MailProviderSavedEvent } from '../../events/provider-events.js';
import { isProviderFormDirty, providerFormErrorCount, providerFormView } from '../../flows/provider-form.js';
import type { ProviderFormAction, ProviderFormState, ProviderFormView } from '../../flows/provider-form.js';
import {
  initialProviderFormSession,
  isProviderFormReadOnly,
  providerFormEffects,
  providerFormFeedback,
  providerFormJobFailed,
  providerFormSessionReducer,
  showsFieldsWhileLoading,
  type ProviderFormAnnouncement,
  type ProviderFormEffect,
  type ProviderFormFocus,
  type ProviderFormSession,
  type ProviderFormSessionAction,
} from '../../flows/provider-form-session.js';
import { describeError } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Messages } from '../../i18n/messages.js';
import { safeHelpUrl, type MailProvider, type ProviderDraft } from '../../model/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { AdapterController } from '../internal/adapter-controller.js';
import { confirmWithDialog } from '../internal/confirm.js';
import { DEFAULT_CALL_TIMEOUT_MS, FlowController } from '../internal/flow-controller.js';
import { defineElement } from '../internal/define.js';
import { noAdapterNotice } from '../internal/ui.js';
import { discardDialog, discardDialogStyles } from '../internal/discard-dialog.js';
import { impactDialogStyles } from '../internal/impact-dialog.js';
import { ImpactGuard } from './impact-guard.js';
import { formNotices } from './notices.js';
import { runProviderFormEffect } from './run-effect.js';
import type { FieldsContext } from './fields-context.js';
import { renderFields } from './fields.js';
import { FormDiagnostics } from './form-diagnostics.js';
import { formStyles } from './provider-settings-form.styles.js';

/** Where the "how to register an OAuth application" link (R13) points unless the host sets `oauth-help-url`. */
export const DEFAULT_OAUTH_HELP_URL = 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app';

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
 * @csspart advisory - A note of the protocol advisor (Microsoft's EWS and Basic dates); also `warning` or `error`.
 * @csspart transfer - The Import settings and Export settings buttons and their help.
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
 * @csspart dialog - The "discard changes?" dialog and the impact preview.
 * @csspart impact-dialog - The impact preview: before Apply changes a provider in a way that affects mailboxes (auth method, server, Load/Send turned off, login format), it lists them and what happens to each.
 * @csspart impact-list - The impact preview's list, "Affected mailboxes".
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

  static override styles = [sharedStyles, discardDialogStyles, impactDialogStyles, formStyles];

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

  /** The OAuth redirect URI the host's backend uses, shown read-only with Copy redirect URI (R13); none when unset. */
  @property({ attribute: 'redirect-uri' }) redirectUri: string | null = null;

  /** Today's date for the protocol advisor's notes on Microsoft's EWS and Basic dates; default: the system clock. */
  @property({ attribute: false }) clock?: () => Date;

  /**
   * Where the "how to register an OAuth application" link points (R13). Only an
   * `https:` URL (or `http:` on localhost) is rendered; anything else — a
   * `javascript:` or `data:` URL, a relative link — shows the default page instead.
   */
  @property({ attribute: 'oauth-help-url' }) oauthHelpUrl: string = DEFAULT_OAUTH_HELP_URL;

  /** The level of the form's heading (1–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** How long an adapter call (load, save) may take, in milliseconds, before it stops and reports a timeout with Retry. */
  @property({ type: Number, attribute: 'call-timeout' }) callTimeout = DEFAULT_CALL_TIMEOUT_MS;

  @state() private secretVisible = false;

  @query('dialog') private confirmDialog!: HTMLDialogElement;
  /** After a failed Apply the summary follows the errors as they are fixed, rather than stay stale (issue 11, item 8). */
  private summaryTracksErrors = false;
  private errorSummary = (count = providerFormErrorCount(this.view)): string => (count === 0 ? '' : this.t.common.errorSummary({ count }));

  private readonly i18n = new LocaleController(this);
  private readonly impact = new ImpactGuard(this);
  private readonly diagnostics = new FormDiagnostics(this, () => ({
    draft: this.form.draft,
    t: this.t,
    locale: this.i18n.locale,
    clock: this.clock,
    redirectUri: this.redirectUri,
    apply: (patch) => this.dispatch({ type: 'edit', patch }),
  }));
  private readonly adapters = new AdapterController(this, {
    onAdapter: (adapter) => this.flow.dispatch({ type: adapter ? 'load-requested' : 'unavailable' }),
  });
  private readonly flow = new FlowController<
    ProviderFormSession,
    ProviderFormSessionAction,
    ProviderFormEffect,
    ProviderFormFocus,
    ProviderFormAnnouncement
  >(
    this,
    {
      reduce: (prev, action) => this.reduce(prev, action),
      effects: providerFormEffects,
      feedback: providerFormFeedback,
      run: runProviderFormEffect,
      failed: (effect, error) => providerFormJobFailed(effect, error.kind, error.details),
      timeout: () => (Number.isFinite(this.callTimeout) && this.callTimeout > 0 ? this.callTimeout : DEFAULT_CALL_TIMEOUT_MS),
    },
    initialProviderFormSession(),
    {
      adapter: () => this.adapters.adapter,
      focus: (target) => this.focusTarget(target),
      describe: (announcement) => {
        this.summaryTracksErrors = announcement.type === 'invalid';
        if (announcement.type === 'saved') return this.t.form.saved({ name: announcement.name });
        return announcement.type === 'reloaded' ? this.t.common.reloaded : this.errorSummary();
      },
    },
  );

  /** Whether the user changed anything since the form was loaded or last saved. */
  get dirty(): boolean {
    return isProviderFormDirty(this.form);
  }

  /** Whether the form may save: false without CanManageAdministration (R1), or while that is not known. */
  get readOnly(): boolean {
    return isProviderFormReadOnly(this.flow.state);
  }

  /** Puts back what the form was loaded with (or the defaults), forgetting every change. */
  reset(): void {
    this.flow.dispatch({ type: 'reset' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('provider') || changed.has('defaults') || changed.has('providerId')) {
      this.flow.dispatch({ type: 'configure', source: this.provider, providerId: this.providerId, defaults: this.defaults });
    }
  }

  private get form(): ProviderFormState {
    return this.flow.state.form;
  }

  /** The transition, plus the host's event when a save went through. */
  private reduce(prev: ProviderFormSession, action: ProviderFormSessionAction): ProviderFormSession {
    const next = providerFormSessionReducer(prev, action);
    if (action.type === 'save-succeeded' && next !== prev) {
      this.secretVisible = false;
      this.dispatchEvent(new MailProviderSavedEvent(action.provider, prev.form.draft.id === undefined));
    }
    return next;
  }

  private focusTarget(target: ProviderFormFocus): void {
    const selector = {
      'first-invalid': '[aria-invalid="true"], fieldset[data-invalid] input',
      'save-failure': '#save-failure',
      apply: 'button[type="submit"]',
    }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** A change to the draft itself (typing, choosing, a domain added). */
  private dispatch(action: ProviderFormAction): void {
    this.flow.dispatch({ type: 'edit', action });
  }

  private get view(): ProviderFormView {
    return providerFormView(this.form, { otherProviders: this.flow.state.providers });
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const submit = () => this.flow.dispatch({ type: 'submit', freshKey: newIdempotencyKey() });
    // Only a valid change to a stored provider can affect mailboxes: everything else saves at once.
    const adapter = this.adapters.adapter;
    if (!adapter || this.form.draft.id === undefined || !this.view.valid || this.flow.state.save.status === 'saving') return submit();
    // A second Apply while the mailboxes are being read waits for the first.
    if (this.impact.previewing) return;
    const stored = [...this.flow.state.providers, this.provider];
    void this.impact.confirm(this.t, adapter, stored, this.form.draft, event.submitter).then((go) => go && submit());
  }

  private async onCancel(event: Event): Promise<void> {
    if (this.dirty && !this.readOnly) {
      const confirmed = await confirmWithDialog(this.confirmDialog, event.currentTarget as HTMLElement);
      if (!confirmed) return;
    }
    const providerId = this.form.draft.id ?? null;
    this.reset();
    this.dispatchEvent(new MailProviderFormCancelledEvent(providerId));
  }

  private get t(): Messages {
    return this.i18n.messages;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const heading = this.form.draft.id === undefined ? t.form.titleNew : t.form.titleEdit({ name: this.form.initial.name });
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const headingTemplate = html`<div part="heading" class="heading" role="heading" aria-level=${level} id="heading">${heading}</div>`;
    const adapter = this.adapters.adapter;
    if (!adapter) {
      return html`${headingTemplate}${noAdapterNotice(t)}`;
    }
    const load = this.flow.state.load;
    const loading = load.status === 'loading' || load.status === 'idle';
    // A known draft (new, or passed by the host) shows its fields at once, inert until
    // the rights arrive (nothing to focus or press yet); only a provider loaded by id waits.
    if (loading && !showsFieldsWhileLoading(this.flow.state)) {
      return html`${headingTemplate}<p class="loading" role="status" aria-busy="true">${t.common.loading}</p>`;
    }
    if (load.status === 'failed') {
      const problem = describeError(t, load.kind);
      return html`${headingTemplate}
        <div part="notice" class="notice danger" role="alert">
          <strong>${problem.title}</strong> ${problem.action}
          <button part="button" type="button" @click=${() => this.flow.dispatch({ type: 'load-requested' })}>${t.common.retry}</button>
        </div>`;
    }
    const saving = this.flow.state.save.status === 'saving' || this.impact.previewing;
    // While the rights load, the actions are those of an editable form, so they do not jump when the answer comes.
    const readOnly = this.readOnly && !loading;
    const context: FieldsContext = {
      t,
      form: this.form,
      view: this.view,
      readOnly: this.readOnly,
      saving,
      secretVisible: this.secretVisible,
      // A javascript: or data: link would run script on a click: only https (or local http) is rendered.
      oauthHelpUrl: safeHelpUrl(this.oauthHelpUrl) ?? DEFAULT_OAUTH_HELP_URL,
      dispatch: (action) => this.dispatch(action),
      diagnostics: this.diagnostics,
      toggleSecret: () => {
        this.secretVisible = !this.secretVisible;
      },
    };
    return html`
      ${headingTemplate}
      ${loading ? html`<p class="loading" role="status">${t.common.loading}</p>` : nothing}
      <form part="form" novalidate aria-labelledby="heading" aria-busy=${saving || loading ? 'true' : 'false'} .inert=${loading} @submit=${this.onSubmit}>
        ${formNotices(this.t, this.flow.state, () => this.flow.dispatch({ type: 'reload-requested' }))}
        <fieldset class="body" ?disabled=${this.readOnly}>${renderFields(context)}</fieldset>
        ${this.diagnostics.renderTransfer(saving || this.readOnly)}
        <div part="summary" class="summary" role="status" aria-live="polite">${this.summaryTracksErrors && this.flow.announcer.current ? this.errorSummary() : this.flow.announcer.current}</div>
        ${this.diagnostics.announcer.render()}
        <div part="actions" class="actions">
          ${
            readOnly
              ? nothing
              : html`<button part="button primary-button" class="primary" type="submit" aria-disabled=${saving || loading ? 'true' : 'false'}>
                ${saving ? t.common.saving : t.common.apply}
              </button>`
          }
          <button part="button" type="button" @click=${this.onCancel}>${readOnly ? t.common.close : t.common.cancel}</button>
        </div>
      </form>
      ${discardDialog(t)} ${this.impact.render(t)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'provider-settings-form': ProviderSettingsForm;
  }
}

/** A key for one create: random, so two pages never share one. */
function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
