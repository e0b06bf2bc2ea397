import { en } from './en.js';
import { lazyCatalogue } from './lazy-catalogue.js';
import type { Messages } from './messages.js';

/** The locales the elements speak. */
export type Locale = 'en' | 'ru';

/** Every supported locale, default first. */
export const LOCALES: readonly Locale[] = ['en', 'ru'];

/** The locale used when nothing else is known, and the one always bundled. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Maps a BCP 47 tag (`ru-RU`, `RU`, `ru_RU`, `en-GB`) to a supported locale by its
 * primary language; anything unknown or empty is English.
 */
export function normalizeLocale(tag: string | null | undefined): Locale {
  const language = ((tag ?? '').trim().split(/[-_]/)[0] ?? '').toLowerCase();
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : DEFAULT_LOCALE;
}

// English is static; other locales are separate chunks fetched on first use.
const catalogues = lazyCatalogue<Locale, Messages>(
  (locale) => {
    switch (locale) {
      case 'en':
        return Promise.resolve(en);
      case 'ru':
        return import('./ru.js').then((module) => module.ru);
    }
  },
  [['en', en]],
);

/**
 * The catalogue for a locale, loading it on first use. Concurrent and later calls
 * share one load; a failed load is forgotten so the next call can retry.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  return catalogues.load(locale);
}

/** The catalogue if it is already loaded (English always is), else `undefined`. */
export function messagesSync(locale: Locale): Messages | undefined {
  return catalogues.sync(locale);
}
