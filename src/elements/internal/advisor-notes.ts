import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { diagnosticMessagesSync, loadDiagnosticMessages, type DiagnosticMessages } from '../../i18n/diagnostics.js';
import type { Locale } from '../../i18n/locale.js';
import type { Messages } from '../../i18n/messages.js';
import { adviseProvider, type Advisory } from '../../model/index.js';

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

/** The advisor's notes for a provider on the clock's day; empty for anything it does not apply to. */
export function advisoriesFor(provider: Parameters<typeof adviseProvider>[0] | null | undefined, clock: Clock | undefined): Advisory[] {
  return provider ? adviseProvider(provider, today(clock)) : [];
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
