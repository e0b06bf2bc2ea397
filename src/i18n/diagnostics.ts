import { lazyCatalogue } from './lazy-catalogue.js';
import type { Locale } from './locale.js';
import type { DiagnosticMessages } from './diagnostics/messages.js';

export type { DiagnosticMessages } from './diagnostics/messages.js';

/*
 * The diagnostics catalogue (stage names, the error translator's causes and fixes,
 * the protocol advisor's notes) is a chunk per locale, English included: it is
 * needed only once a check runs or a note applies, so it stays out of the first
 * paint.
 */
const catalogues = lazyCatalogue<Locale, DiagnosticMessages>((locale) => {
  switch (locale) {
    case 'en':
      return import('./diagnostics/en.js').then((module) => module.diagnosticsEn);
    case 'ru':
      return import('./diagnostics/ru.js').then((module) => module.diagnosticsRu);
  }
});

/** The diagnostics texts for a locale, loading them on first use; a failed load is forgotten so a later call retries. */
export function loadDiagnosticMessages(locale: Locale): Promise<DiagnosticMessages> {
  return catalogues.load(locale);
}

/** The diagnostics texts if already loaded, else `undefined`. */
export function diagnosticMessagesSync(locale: Locale): DiagnosticMessages | undefined {
  return catalogues.sync(locale);
}
