import type { ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { formatDiagnosticsReport } from '../../i18n/diagnostics-report.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { providerAddress, type ConnectionCheckRequest, type MailProvider } from '../../model/index.js';
import { LIBRARY_VERSION } from '../../version.js';
import { wizardView, type WizardState } from '../../flows/index.js';
import { advisoriesFor, diagnosticTexts } from '../internal/advisor-notes.js';
import { CheckProgress } from '../internal/check-progress.js';
import type { WizardDiagnosticsContext } from './step-context.js';
import { copyText } from '../internal/clipboard.js';

/** How a provider is named in a report: name, type and server names; never its client ID or secret. */
export function describeProviderForReport(provider: MailProvider | undefined): string {
  if (!provider) return '';
  const servers = provider.type === 'exchange' ? provider.serviceAddress : `${provider.incoming.host}:${provider.incoming.port}, ${provider.outgoing.host}:${provider.outgoing.port}`;
  return `${provider.name} (${provider.type}, ${provider.auth.method}; ${servers || providerAddress(provider)})`;
}

/**
 * A connection check an element runs and shows (wizard, account list): the
 * stage progress, and Copy diagnostics with its fallback when the clipboard
 * refuses. The element passes the secrets it holds so the report can never
 * carry them, even if a server echoed one.
 */
export class CheckDiagnostics {
  readonly progress: CheckProgress;
  /** The report, shown for copying by hand after the clipboard refused; null otherwise. */
  manualCopy: string | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    locale: () => Locale,
  ) {
    this.progress = new CheckProgress(host, locale);
  }

  check(adapter: MailSetupAdapter, request: ConnectionCheckRequest, provider: MailProvider | undefined, signal: AbortSignal): Promise<unknown> {
    this.manualCopy = null;
    return this.progress.check(adapter, request, provider, signal);
  }

  /** The plain-text report of the last check. */
  report(t: Messages, secrets: readonly string[]): string {
    const dt = this.progress.messages;
    if (!dt) return '';
    return formatDiagnosticsReport(t, dt, {
      library: `mail-provider-elements ${LIBRARY_VERSION}`,
      startedAt: this.progress.startedAt,
      provider: describeProviderForReport(this.progress.provider),
      mailbox: this.progress.mailbox,
      rows: this.progress.rows,
      ...(this.progress.diagnosis ? { diagnosis: this.progress.diagnosis } : {}),
      secrets,
    });
  }

  async copy(t: Messages, secrets: readonly string[]): Promise<void> {
    const text = this.report(t, secrets);
    const copied = await copyText(text, this.host.shadowRoot ?? this.host);
    this.manualCopy = copied ? null : text;
    this.host.requestUpdate();
    if (copied) this.progress.announcer.say(t.diagnostics.diagnosticsCopied);
  }
}

/** What the wizard's checks read from the wizard when they run or render. */
export interface WizardCheckSource {
  readonly state: WizardState;
  readonly t: Messages;
  readonly locale: Locale;
  readonly clock: (() => Date) | undefined;
}

/** The wizard's connection check: its progress, its step context, and how it follows the wizard's state. */
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

  /** The step context about diagnostics and the protocol advisor's notes. */
  context(): WizardDiagnosticsContext {
    const { state, t, locale, clock } = this.source();
    this.follow(state.check);
    const advisories = advisoriesFor(wizardView(state).provider, clock);
    return {
      checks: this,
      // The password typed is the one secret the wizard holds: the report can never carry it.
      copyDiagnostics: () => void this.copy(t, [state.password]),
      advisories,
      diagnosticTexts: advisories.length > 0 ? diagnosticTexts(this.wizard, locale) : this.progress.messages,
    };
  }
}
