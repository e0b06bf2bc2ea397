import { expect } from '@open-wc/testing';
import { plural } from '../../src/i18n/plural.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';

const MAILBOXES = { one: '# почтовый ящик', few: '# почтовых ящика', many: '# почтовых ящиков', other: '# почтового ящика' };

describe('plural', () => {
  it('picks the Russian form by CLDR rules', () => {
    const cases: [number, string][] = [
      [1, '1 почтовый ящик'],
      [2, '2 почтовых ящика'],
      [4, '4 почтовых ящика'],
      [5, '5 почтовых ящиков'],
      [11, '11 почтовых ящиков'],
      [12, '12 почтовых ящиков'],
      [21, '21 почтовый ящик'],
      [22, '22 почтовых ящика'],
      [0, '0 почтовых ящиков'],
      [111, '111 почтовых ящиков'],
    ];
    for (const [count, text] of cases) expect(plural('ru', count, MAILBOXES), String(count)).to.equal(text);
  });

  it('uses `other` for fractions and formats the number for the locale', () => {
    expect(plural('ru', 1.5, MAILBOXES)).to.equal('1,5 почтового ящика');
    expect(plural('ru', 1000, MAILBOXES)).to.equal('1\u00a0000 почтовых ящиков');
    expect(plural('en', 1000, { one: '# mailbox', other: '# mailboxes' })).to.equal('1,000 mailboxes');
  });

  it('falls back to `other` for a category a phrase does not give', () => {
    expect(plural('ru', 5, { one: '# x', other: '# y' })).to.equal('5 y');
    expect(plural('en', 1, { one: '# mailbox', other: '# mailboxes' })).to.equal('1 mailbox');
    expect(plural('en', 0, { one: '# mailbox', other: '# mailboxes' })).to.equal('0 mailboxes');
  });

  it('drives the catalogues’ counted phrases', () => {
    expect(ru.list.mailboxCount({ count: 1 })).to.equal('1 почтовый ящик');
    expect(ru.list.mailboxCount({ count: 2 })).to.equal('2 почтовых ящика');
    expect(ru.list.mailboxCount({ count: 5 })).to.equal('5 почтовых ящиков');
    expect(en.list.mailboxCount({ count: 1 })).to.equal('1 mailbox');
    expect(en.list.mailboxCount({ count: 2 })).to.equal('2 mailboxes');
    expect(ru.list.providerInUse({ name: 'Contoso', count: 1 })).to.include('с ним работает 1 почтовый ящик');
    expect(ru.list.providerInUse({ name: 'Contoso', count: 3 })).to.include('с ним работают 3 почтовых ящика');
    expect(ru.errors['too-long']({ max: 100 })).to.include('до 100 символов');
    expect(ru.errors['too-long']({ max: 21 })).to.include('до 21 символа');
    expect(en.errors['too-long']({ max: 1 })).to.include('1 character.');
    expect(ru.common.errorSummary({ count: 2 })).to.include('2 поля');
    expect(en.common.errorSummary({ count: 1 })).to.equal('One field needs attention. Fix it to continue.');
  });
});
