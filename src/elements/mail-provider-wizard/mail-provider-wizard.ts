import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { MailAccountCreatedEvent, MailAccountUpdatedEvent } from '../../events/account-events.js';
import type { MailProviderSavedEvent } from '../../events/provider-events.js';
import { MailWizardCancelledEvent, MailWizardDoneEvent, MailWizardStepChangedEvent } from '../../events/wizard-events.js';
import {
  WIZARD_STEPS,
  isWizardDirty,
  stepNumber,
  wizardReducer,
  wizardView,
  type WizardAction,
  type WizardState,
  type WizardStep,
} from '../../flows/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Messages } from '../../i18n/messages.js';
import type { MailAccount, MailProvider } from '../../model/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { AdapterController } from '../internal/adapter-controller.js';
import { trueUnlessFalse } from '../internal/converters.js';
import { DEFAULT_CALL_TIMEOUT_MS } from '../internal/flow-controller.js';
import { defineElement } from '../internal/define.js';
import { noAdapterNotice } from '../internal/ui.js';
import { discardDialog, discardDialogStyles } from '../internal/discard-dialog.js';
import type { ProviderSettingsForm } from '../provider-settings-form/provider-settings-form.js';
import { LazyWizardChecks } from './lazy-checks.js';
import { FormDefaults, embeddedForm } from './embedded-form.js';
import { ProviderChoice } from './provider-choice.js';
import { wizardTitle } from './finish.js';
import { wizardStyles } from './mail-provider-wizard.styles.js';
import { renderPanel } from './panel.js';
import { RetryKey } from '../internal/retry-key.js';
import { runWizardEffect } from './run-effect.js';
import { focusStep, focusWizardTarget } from './step-focus.js';
import { stepContext, type StepContext } from './step-context.js';
import { renderStepIndicator } from './step-indicator.js';
import { DEFAULT_CHECK_TIMEOUT_MS, createWizardFlow } from './wizard-flow.js';
import { WizardDiscard } from './discard.js';

export { DEFAULT_CHECK_TIMEOUT_MS } from './wizard-flow.js';

/**
 * Adds a mailbox, the way the source page describes it (R5–R14): the email
 * address; the provider, recognised from the domain (R6) or chosen, or created in
 * an embedded `<provider-settings-form>` by users with CanManageAdministration
 * (R1, R7); the credentials — the login from the provider's login format and a
 * password, or an OAuth 2.0 sign-in that the host runs (R11, R12); then a
 * connection check and Save (B1). Stores nothing itself: every lookup, check and
 * save goes through the adapter.
 *
 * Before the credentials of an Exchange provider it says when the Exchange
 * Listener service is not running (R2); `require-sync-service` decides whether
 * that blocks saving. Back keeps everything typed (B2); the password is never
 * reflected, never put in an event, and dropped once saved (B3).
 *
 * @tagname mail-provider-wizard
 *
 * @fires {MailWizardStepChangedEvent} mail-wizard-step-changed - When the user moves to another step (Next, Back, Add provider, leaving the provider form). `detail: { from, to }`. Not fired by `reset()`.
 * @fires {MailAccountCreatedEvent} mail-account-created - After Save saved the mailbox. `detail: { account }`; the account carries no password.
 * @fires {MailAccountUpdatedEvent} mail-account-updated - After Save re-authorised a mailbox in place (see `reauthorize()`). `detail: { account }`.
 * @fires {MailWizardDoneEvent} mail-wizard-done - When the user presses Done on the success step: close what shows the wizard. `detail: { account }`.
 * @fires {MailWizardCancelledEvent} mail-wizard-cancelled - After Cancel or Escape (confirmed, when something was typed). `detail: { step }`; the wizard is back at step 1.
 * @fires {MailProviderSavedEvent} mail-provider-saved - Bubbles out of the embedded provider form when a provider was created in the wizard. `detail: { provider, created }`.
 *
 * @csspart heading - The wizard's heading, "Add mail account" (or "Sign in again: …" / "Change password: …" when re-authorising).
 * @csspart steps - The step indicator (an ordered list).
 * @csspart step - Each entry of the step indicator.
 * @csspart step-current - The current step's entry.
 * @csspart step-done - The entry of a finished step.
 * @csspart panel - The current step's `<form>`.
 * @csspart step-heading - The current step's heading.
 * @csspart field - Each field's wrapper (label, control, help, error).
 * @csspart group - The group of provider radios.
 * @csspart input - Every text and password input.
 * @csspart help - Help text.
 * @csspart error - A field's error message.
 * @csspart notice - Every notice box (recognised provider, Exchange Listener, rights, outcomes).
 * @csspart warning - A warning notice (the Exchange Listener, a tolerated check failure).
 * @csspart summary - The list of what will be saved, on the last step.
 * @csspart actions - The row of the step's buttons.
 * @csspart button - Every button.
 * @csspart primary-button - The main button of a step (Next, Save).
 * @csspart provider-form - The embedded `<provider-settings-form>`.
 * @csspart dialog - The "discard what you typed?" dialog.
 *
 * @cssprop --mpe-wizard-max-width - Widest the wizard grows (default `40rem`).
 * @cssprop --mpe-wizard-gap - Space between the wizard's blocks (default `1rem`).
 * @cssprop --mpe-wizard-step-size - Diameter of a step's number in the indicator (default `1.75rem`).
 */
export class MailProviderWizard extends LitElement {
  /** The tag `define()` registers. */
  static readonly tagName = 'mail-provider-wizard';

  /** Registers `<mail-provider-wizard>` (idempotent); the `<provider-settings-form>` it embeds is loaded and registered when the provider step is reached. */
  static define(registry: CustomElementRegistry = customElements): void {
    embeddedForm.remember(registry);
    defineElement(MailProviderWizard.tagName, MailProviderWizard, registry);
  }

  static override styles = [sharedStyles, discardDialogStyles, wizardStyles];

  /**
   * The adapter to look up, check and save through. When unset, the nearest
   * ancestor that provides `mailSetupAdapterContext` supplies it.
   */
  @property({ attribute: false }) adapter?: MailSetupAdapter;

  /** Pre-fills the Email address, e.g. from the host's user record. Taken while the user has not typed their own. */
  @property() email = '';

  /** UI language (`en`, `ru`). When unset, the nearest `lang` attribute decides. */
  @property() locale?: string;

  /**
   * Whether an Exchange mailbox may be saved only while the Exchange Listener
   * service runs (R2). Default true; the attribute turns it off with
   * `require-sync-service="false"` (any other value, or none, means true).
   */
  @property({ attribute: 'require-sync-service', converter: trueUnlessFalse }) requireSyncService = true;

  /** How long a connection check may take, in milliseconds, before it stops and reports a timeout. */
  @property({ type: Number, attribute: 'check-timeout' }) checkTimeout = DEFAULT_CHECK_TIMEOUT_MS;

  /** How long any other adapter call (lookup, sign-in, save) may take, in milliseconds, before it stops and reports a timeout with Retry. */
  @property({ type: Number, attribute: 'call-timeout' }) callTimeout = DEFAULT_CALL_TIMEOUT_MS;

  /** Today's date for the protocol advisor's notes on Microsoft's EWS and Basic dates; default: the system clock. */
  @property({ attribute: false }) clock?: () => Date;

  /** The level of the wizard's heading (1–6), to fit the page's outline; step headings are one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private passwordVisible = false;
  @state() private choosingOther = false;
  @state() private addedProvider: string | null = null;

  private readonly i18n = new LocaleController(this);
  private readonly providerChoice = new ProviderChoice(this);
  private readonly adapters = new AdapterController(this);
  /** Declared before the flow, which uses it: one key per Save payload, kept across its retries. */
  private readonly saveKey = new RetryKey();
  private readonly flow = createWizardFlow(
    this,
    (state, action) => this.reduce(state, action),
    (effect, adapter, signal) => runWizardEffect(effect, adapter, signal, this.saveKey, this.checks.runner(adapter)),
    () => ({ check: this.checkTimeout, call: this.callTimeout }),
    {
      adapter: () => this.adapters.adapter,
      focus: (target) => focusWizardTarget(this.renderRoot, this.wizard.step, target),
      describe: (announcement) =>
        this.t.wizard.stepOf({ current: stepNumber(announcement.step), total: WIZARD_STEPS.length, name: this.stepName(announcement.step) }),
    },
  );
  private readonly checks = new LazyWizardChecks(this, () => ({ state: this.wizard, t: this.t, locale: this.i18n.locale, clock: this.clock }));
  private readonly formDefaults = new FormDefaults();

  private readonly discard = new WizardDiscard(this, {
    leaveForm: () => this.dispatch({ type: 'provider-form-cancelled' }),
    cancelled: (step) => {
      this.reset();
      this.dispatchEvent(new MailWizardCancelledEvent(step));
    },
  });

  /** The step the wizard is on. */
  get step(): WizardStep {
    return this.wizard.step;
  }

  /** Whether the user typed or chose something that Cancel would discard. */
  get dirty(): boolean {
    return isWizardDirty(this.wizard) || (this.wizard.step === 'provider-form' && this.providerForm?.dirty === true);
  }

  /**
   * Re-authorises a saved mailbox in place: the wizard shows only the credentials
   * (Sign in again for OAuth 2.0, a new password for Basic) and the check, and
   * Save keeps the mailbox's id and settings (`mail-account-updated`). `provider`
   * is the mailbox's provider. Forgets anything in progress; fires no event.
   */
  reauthorize(account: MailAccount, provider: MailProvider): void {
    this.reset();
    this.dispatch({ type: 'reauthorize', account, provider });
  }

  /**
   * What a host's own close button calls: asks through the wizard's discard
   * dialog when something was typed, as Cancel does. Resolves true when the host
   * may close (then `mail-wizard-cancelled` has fired, unless the mailbox was
   * saved), false when the user chose to keep editing.
   */
  async requestClose(): Promise<boolean> {
    if (this.wizard.save.status === 'saved') return true;
    return this.discard.cancel(null);
  }

  /** Back to step 1 with `email` pre-filled, forgetting everything else and stopping any running call. Fires no event. */
  reset(): void {
    this.dispatch({ type: 'reset', email: this.email });
    this.passwordVisible = false;
    this.choosingOther = false;
    this.addedProvider = null;
  }

  private get wizard(): WizardState {
    return this.flow.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('email')) this.dispatch({ type: 'prefill', email: this.email });
    if (changed.has('requireSyncService')) this.dispatch({ type: 'configure', requireSyncService: this.requireSyncService });
  }

  /** Moves focus to the current step's first field (or its heading): what a host's dialog should focus. */
  override focus(options?: FocusOptions): void {
    if (!focusStep(this.renderRoot, this.wizard.step, options)) super.focus(options);
  }

  private get t(): Messages {
    return this.i18n.messages;
  }

  private get providerForm(): ProviderSettingsForm | null {
    return this.renderRoot.querySelector('provider-settings-form');
  }

  private dispatch(action: WizardAction): void {
    this.flow.dispatch(action);
  }

  /** The machine's transition, plus what the element does on it: events for the host. */
  private reduce(prev: WizardState, action: WizardAction): WizardState {
    const next = wizardReducer(prev, action);
    if (next === prev) return next;
    // Every step change but a reset comes from the user: tell the host.
    // Fetch the embedded form while the user looks at the providers, before Add provider asks for it.
    if (next.step === 'provider' || next.step === 'provider-form') void embeddedForm.ready();
    if (prev.step !== next.step && action.type !== 'reset') {
      if (prev.step !== 'provider-form') this.addedProvider = null;
      this.dispatchEvent(new MailWizardStepChangedEvent(prev.step, next.step));
    }
    if (action.type === 'save-succeeded') {
      this.dispatchEvent(prev.reauthorize ? new MailAccountUpdatedEvent(action.account) : new MailAccountCreatedEvent(action.account));
    }
    if (action.type === 'sync-rechecked' && next.syncService === 'ok') this.flow.announcer.say(this.t.syncService.ok);
    return next;
  }

  private stepName(step: WizardStep): string {
    return this.t.wizard.steps[step === 'provider-form' ? 'provider' : step];
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const before = this.wizard;
    if (before.step === 'check') {
      this.dispatch({ type: 'save' });
      // Save refused while the Exchange Listener is required: point at the reason (R2).
      if (wizardView(this.wizard).save === 'blocked') {
        await this.focusAfterUpdate('#sync-notice');
        return;
      }
    } else {
      this.dispatch({ type: 'next' });
    }
    if (this.wizard.step !== before.step) return;
    await this.updateComplete;
    const errors = Object.keys(wizardView(this.wizard).errors).length;
    if (errors === 0) return;
    this.flow.announcer.say(this.t.common.errorSummary({ count: errors }));
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], #provider input:checked, #provider input, #sign-in')?.focus();
  }

  private onProviderSaved(event: MailProviderSavedEvent): void {
    const provider = event.detail.provider;
    this.addedProvider = provider.name;
    this.dispatch({ type: 'provider-created', provider });
  }

  private onProviderFormCancelled(event: Event): void {
    // The form is a part of this step: the host hears the wizard's own events, not this one.
    event.stopPropagation();
    this.dispatch({ type: 'provider-form-cancelled' });
  }

  private context(): StepContext {
    return stepContext({
      t: this.t,
      state: this.wizard,
      dispatch: (action) => this.dispatch(action),
      canSignIn: typeof this.adapters.adapter?.signInWithOAuth === 'function',
      passwordVisible: this.passwordVisible,
      togglePassword: () => (this.passwordVisible = !this.passwordVisible),
      choosingOther: this.choosingOther,
      chooseOther: () => (this.choosingOther = true),
      providerChoice: this.providerChoice,
      addedProvider: this.addedProvider,
      reset: () => this.reset(),
      focusAfterUpdate: (selector) => void this.focusAfterUpdate(selector),
      diagnostics: this.checks.context(),
      done: () => {
        const save = this.wizard.save;
        if (save.status === 'saved') this.dispatchEvent(new MailWizardDoneEvent(save.account));
      },
    });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const heading = html`<div part="heading" class="heading" role="heading" aria-level=${level}>${wizardTitle({ t, state: this.wizard })}</div>`;
    if (!this.adapters.adapter) {
      return html`${heading}${noAdapterNotice(t)}`;
    }
    return html`
      ${heading} ${renderStepIndicator(t, this.wizard.step, this.wizard.save.status === 'saved')}
      ${this.flow.announcer.render()}
      ${renderPanel(this.context(), {
        level,
        stepName: this.stepName(this.wizard.step),
        adapter: this.adapters.adapter,
        locale: this.locale,
        formDefaults: (domain) => this.formDefaults.for(domain),
        onSubmit: (event) => void this.onSubmit(event),
        onCancel: (event) => void this.discard.cancel(event.currentTarget as HTMLElement),
        onProviderSaved: (event) => this.onProviderSaved(event),
        onProviderFormCancelled: (event) => this.onProviderFormCancelled(event),
      })}
      ${discardDialog(t)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mail-provider-wizard': MailProviderWizard;
  }
}
