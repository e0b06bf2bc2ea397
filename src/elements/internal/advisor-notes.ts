import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { diagnosticMessagesSync, loadDiagnosticMessages, type DiagnosticMessages } from '../../i18n/diagnostics.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { isMicrosoft365Host, type Advisory, type adviseProvider } from '../../model/index.js';
import { LazyModule } from './lazy-module.js';

/** A host-settable source of today's date; the protocol advisor's notes depend on it. */
export type Clock = () => Date;

/** Today by the host's clock, else the system's; a clock that throws or gives an invalid date falls back too. */
export function today(clock: Clock | undefined): Date {
  try {
    const date = clock?.();
    if (date instanceof Date && !Number.isNaN(date.getTime())) return date;
  } catch {
    // A broken host clock must not break the form.
  }
  return new Date();
}

/**
 * The diagnostics texts for a locale if loaded; otherwise starts loading them and
 * re-renders the host when they arrive (the first paint never waits for them).
 */
export function diagnosticTexts(host: ReactiveControllerHost, locale: Locale): DiagnosticMessages | undefined {
  const ready = diagnosticMessagesSync(locale);
  if (!ready) {
    loadDiagnosticMessages(locale).then(
      () => host.requestUpdate(),
      () => undefined,
    );
  }
  return ready;
}

/** A provider or a draft, as the advisor reads it. */
export type AdvisedProvider = Parameters<typeof adviseProvider>[0];

/** The protocol advisor, fetched the first time a provider on Microsoft 365 is shown. */
const advisor = new LazyModule(() => import('../../model/protocol-advisor.js'));

/** Whether the advisor may have something to say: it speaks of Microsoft 365 hosts only. */
function onMicrosoft365(provider: AdvisedProvider): boolean {
  const hosts = provider.type === 'exchange' ? [provider.serviceAddress] : [provider.incoming.host, provider.outgoing.host];
  return hosts.some(isMicrosoft365Host);
}

/**
 * The advisor's notes for a provider on the clock's day; empty for anything it
 * does not apply to. `undefined` while the advisor is on its way (fetched on first
 * use): `host` re-renders when it arrives.
 */
export function advisoriesFor(
  host: ReactiveControllerHost,
  provider: AdvisedProvider | null | undefined,
  clock: Clock | undefined,
): Advisory[] | undefined {
  if (!provider || !onMicrosoft365(provider)) return [];
  if (!advisor.loaded) {
    void advisor.load().then((loaded) => loaded && host.requestUpdate());
    return undefined;
  }
  return advisor.loaded.adviseProvider(provider, today(clock));
}

/**
 * The protocol advisor's notes (Microsoft's dates), each naming its date. An
 * error note is an alert-styled note; none is live, the form announces on submit.
 */
export function renderAdvisorNotes(
  t: Messages,
  dt: DiagnosticMessages | undefined,
  advisories: readonly Advisory[],
  idPrefix = 'advisory',
): TemplateResult | typeof nothing {
  if (!dt || advisories.length === 0) return nothing;
  return html`<div class="advisories" role="group" aria-label=${t.diagnostics.advisories}>
    ${advisories.map(
      (advisory) =>
        html`<p
          part="notice advisory ${advisory.severity === 'error' ? 'error' : 'warning'}"
          class="notice ${advisory.severity === 'error' ? 'danger' : 'warning'}"
          id="${idPrefix}-${advisory.code}"
          data-advisory=${advisory.code}
        >
          ${dt.advisories[advisory.code]({ date: dt.formatDate(advisory.date) })}
        </p>`,
    )}
  </div>`;
}
