/**
 * Translations. English is bundled; Russian is fetched on first use through
 * `loadMessages('ru')` (or automatically by a `LocaleController`), so `ru` is
 * deliberately not re-exported here.
 */
export type * from './messages.js';
export { en } from './en.js';
export { plural, type PluralForms } from './plural.js';
export { LOCALES, DEFAULT_LOCALE, normalizeLocale, loadMessages, messagesSync, type Locale } from './locale.js';
export { formatIssue, describeError } from './format.js';
export { loadDiagnosticMessages, diagnosticMessagesSync, type DiagnosticMessages } from './diagnostics.js';
export { LocaleController, resolveLocale, nearestLang, type LocaleHost } from './locale-controller.js';
