import type { ReactiveControllerHost } from 'lit';
import { raceAbort } from '../../adapter/abort.js';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { wizardView } from '../../flows/index.js';
import type { ConnectionCheckRequest } from '../../model/index.js';
import { advisoriesFor, diagnosticTexts } from '../internal/advisor-notes.js';
import { LazyModule } from '../internal/lazy-module.js';
import type { WizardChecks, WizardCheckSource } from './check-diagnostics.js';
import type { WizardDiagnosticsContext } from './step-context.js';

/**
 * The wizard's connection check, fetched on first use: the stage
 * progress, the error translator and the diagnostics report stay out of the
 * first paint. It is fetched when the user reaches the credentials; until it
 * arrives the check step shows its summary and hint, as before any check.
 */
export class LazyWizardChecks {
  private checks: WizardChecks | null = null;
  private readonly module = new LazyModule(() => import('./check-diagnostics.js'));

  constructor(
    private readonly wizard: ReactiveControllerHost & HTMLElement,
    private readonly source: () => WizardCheckSource,
  ) {}

  /** The check runner `runWizardEffect` uses; the adapter's plain call if the check's code cannot be fetched. */
  runner(adapter: MailSetupAdapter): (payload: ConnectionCheckRequest, signal: AbortSignal) => Promise<unknown> {
    return async (payload, signal) => {
      // Stopped while the code was on its way (Back, the wizard left the page): the check never starts.
      const checks = this.checks ?? (await raceAbort(this.load(), signal));
      return checks ? checks.runner(adapter)(payload, signal) : adapter.checkConnection(payload, { signal });
    };
  }

  /** The step context about diagnostics and the protocol advisor's notes. */
  context(): WizardDiagnosticsContext {
    if (this.checks) return this.checks.context();
    const { state, locale, clock } = this.source();
    // Fetched as the user reaches the credentials, so a press of Check connection finds it there.
    if (state.step === 'credentials' || state.step === 'check') void this.load().then((checks) => checks && this.wizard.requestUpdate());
    const advisories = advisoriesFor(this.wizard, wizardView(state).provider, clock) ?? [];
    return { checks: null, advisories, diagnosticTexts: advisories.length > 0 ? diagnosticTexts(this.wizard, locale) : undefined };
  }

  private async load(): Promise<WizardChecks | null> {
    const module = await this.module.load();
    if (module && !this.checks) this.checks = new module.WizardChecks(this.wizard, this.source);
    return this.checks;
  }
}
