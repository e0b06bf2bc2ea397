import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { DEFAULT_LOCALE, LOCALES, loadMessages, messagesSync, normalizeLocale } from '../../src/i18n/locale.js';

/** Whether the browser has fetched the Russian catalogue module. */
function ruFetched(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /\/i18n\/ru\.(ts|js)\b/.test(entry.name));
}

// The first test needs a page where nothing has asked for Russian yet: this file
// imports only locale.ts (web-test-runner gives each file its own page).
describe('loadMessages', () => {
  it('loads Russian lazily, once, and caches it', async () => {
    expect(messagesSync('ru')).to.equal(undefined);
    expect(ruFetched()).to.equal(false);

    const first = loadMessages('ru');
    const second = loadMessages('ru');
    expect(second).to.equal(first); // one load shared by concurrent callers
    const messages = await first;

    expect(messages.common.next).to.equal('Далее');
    expect(ruFetched()).to.equal(true);
    expect(messagesSync('ru')).to.equal(messages);
    expect(await loadMessages('ru')).to.equal(messages);
  });

  it('has English synchronously, and resolves it too', async () => {
    expect(messagesSync('en')).to.equal(en);
    expect(await loadMessages('en')).to.equal(en);
  });

  it('lists the locales, English first', () => {
    expect(LOCALES).to.deep.equal(['en', 'ru']);
    expect(DEFAULT_LOCALE).to.equal('en');
  });
});

describe('normalizeLocale', () => {
  const cases: [string | null | undefined, string][] = [
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['RU', 'ru'],
    ['ru_RU', 'ru'],
    [' ru-by ', 'ru'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['rus', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag)} → ${locale}`, () => expect(normalizeLocale(tag)).to.equal(locale));
  }
});
