import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { wizardView, type WizardState } from '../../flows/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages, Problem } from '../../i18n/messages.js';
import type { ConnectionCheckRequest, Diagnosis } from '../../model/index.js';
import { advisoriesFor, diagnosticTexts } from '../internal/advisor-notes.js';
import { CheckDiagnostics } from '../internal/check-diagnostics.js';
import { checkProblem, renderCheckStages, renderCheckTools } from '../internal/check-stages-view.js';
import type { WizardDiagnosticsContext } from './step-context.js';

/** What the wizard's checks read from the wizard when they run or render. */
export interface WizardCheckSource {
  readonly state: WizardState;
  readonly t: Messages;
  readonly locale: Locale;
  readonly clock: (() => Date) | undefined;
}

/**
 * The wizard's connection check: its progress, its step context, how it follows
 * the wizard's state, and its views. Loaded with the first check (see lazy-checks).
 */
export class WizardChecks extends CheckDiagnostics {
  constructor(
    private readonly wizard: ReactiveControllerHost & HTMLElement,
    private readonly source: () => WizardCheckSource,
  ) {
    super(wizard, () => source().locale);
  }

  private lastCheck: WizardState['check'] | undefined;

  /**
   * Keeps the stage list in step with the wizard's check, as each render sees it:
   * stopped with it (Cancel check), gone once it no longer describes the settings.
   */
  private follow(check: WizardState['check']): void {
    const last = this.lastCheck;
    this.lastCheck = check;
    if (last === undefined || last === check) return;
    if (check.status === 'failed' && check.kind === 'aborted') this.progress.cancel();
    else if (check.status === 'idle' && last.status !== 'idle') this.progress.clear();
  }

  /** The check runner `runWizardEffect` uses, so the stages of the chosen provider show. */
  runner(adapter: MailSetupAdapter): (payload: ConnectionCheckRequest, signal: AbortSignal) => Promise<unknown> {
    return (payload, signal) => this.check(adapter, payload, wizardView(this.source().state).provider ?? undefined, signal);
  }

  /** The Connection check list (B1), once the adapter reports stages. */
  renderStages(): TemplateResult | typeof nothing {
    return renderCheckStages(this.progress);
  }

  /** Copy diagnostics, and Save anyway where allowed, once the check has finished. */
  renderTools(t: Messages, saveAnyway: (() => void) | undefined): TemplateResult | typeof nothing {
    const { state } = this.source();
    return renderCheckTools(this.progress, {
      // The password typed is the one secret the wizard holds: the report can never carry it.
      copy: () => void this.copy(t, [state.password]),
      manualCopy: this.manualCopy,
      ...(saveAnyway ? { saveAnyway } : {}),
    });
  }

  /** The cause and fix of the failed check, as the translator words it. */
  problem(t: Messages, diagnosis: Diagnosis): Problem {
    return checkProblem(t, this.progress.messages, diagnosis);
  }

  /** The step context about diagnostics and the protocol advisor's notes. */
  context(): WizardDiagnosticsContext {
    const { state, locale, clock } = this.source();
    this.follow(state.check);
    const advisories = advisoriesFor(this.wizard, wizardView(state).provider, clock) ?? [];
    return {
      checks: this,
      advisories,
      diagnosticTexts: advisories.length > 0 ? diagnosticTexts(this.wizard, locale) : this.progress.messages,
    };
  }
}
