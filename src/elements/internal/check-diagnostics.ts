import type { ReactiveControllerHost } from 'lit';
import type { MailSetupAdapter } from '../../adapter/adapter.js';
import { formatDiagnosticsReport } from '../../i18n/diagnostics-report.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { providerAddress, type ConnectionCheckRequest, type MailAccount, type MailProvider } from '../../model/index.js';
import { LIBRARY_VERSION } from '../../version.js';
import { CheckProgress } from './check-progress.js';
import { copyText } from './clipboard.js';

/** How a provider is named in a report: name, type and server names; never its client ID or secret. */
export function describeProviderForReport(provider: MailProvider | undefined): string {
  if (!provider) return '';
  const servers =
    provider.type === 'exchange'
      ? provider.serviceAddress
      : `${provider.incoming.host}:${provider.incoming.port}, ${provider.outgoing.host}:${provider.outgoing.port}`;
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

  check(
    adapter: MailSetupAdapter,
    request: ConnectionCheckRequest,
    provider: MailProvider | undefined,
    signal: AbortSignal,
    account?: MailAccount,
  ): Promise<unknown> {
    this.manualCopy = null;
    return this.progress.check(adapter, request, provider, signal, account);
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
    const said = this.progress.messages?.tools.diagnosticsCopied;
    if (copied && said) this.progress.announcer.say(said);
  }
}
