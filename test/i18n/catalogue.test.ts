import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { DiagnosticMessages } from '../../src/i18n/diagnostics.js';
import { diagnosticsEn } from '../../src/i18n/diagnostics/en.js';
import { diagnosticsRu } from '../../src/i18n/diagnostics/ru.js';
import { ERROR_CODES, NOTE_CODES, WARNING_CODES } from '../../src/model/codes.js';
import { ERROR_KINDS } from '../../src/adapter/errors.js';

/** Values for every parameter any message takes. */
const SAMPLE = {
  address: 'anna@contoso.com',
  file: 'config-v1.1.xml',
  name: 'Contoso Exchange',
  domain: 'contoso.com',
  provider: 'Fabrikam',
  count: 3,
  current: 2,
  total: 4,
  shown: 3,
  loaded: 500,
  index: 2,
  login: 'anna',
  query: 'cont',
  max: 100,
  seconds: 30,
  from: 'https://user:hunter2@Mail.Contoso.com/EWS',
  to: 'mail.contoso.com',
};

type Leaf = string | ((p: never) => string);

/** Every leaf of a catalogue by dotted path. */
function leaves(node: unknown, path = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  if (typeof node === 'string' || typeof node === 'function') {
    out.set(path, node as Leaf);
    return out;
  }
  for (const [key, value] of Object.entries(node as object)) {
    for (const [p, leaf] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, leaf);
  }
  return out;
}

/** A leaf as text: strings as they are, functions called with the sample values. */
function render(leaf: Leaf, params: object = SAMPLE): string {
  return typeof leaf === 'string' ? leaf : (leaf as (p: object) => string)(params);
}

function allText(messages: Messages): string[] {
  return [...leaves(messages).values()].map((leaf) => render(leaf));
}

const LOCALES: [string, Messages][] = [
  ['en', en],
  ['ru', ru],
];

describe('message catalogues', () => {
  it('en and ru have exactly the same keys, and leaves of the same kind', () => {
    const enLeaves = leaves(en);
    const ruLeaves = leaves(ru);
    expect([...ruLeaves.keys()].sort()).to.deep.equal([...enLeaves.keys()].sort());
    for (const [path, leaf] of enLeaves) expect(typeof ruLeaves.get(path), path).to.equal(typeof leaf);
    expect(enLeaves.size).to.be.greaterThan(150); // the walk found the leaves
  });

  for (const [locale, messages] of LOCALES) {
    it(`${locale}: every text is non-empty and every function renders without undefined or [object`, () => {
      for (const [path, leaf] of leaves(messages)) {
        const text = render(leaf);
        expect(text.trim(), path).to.not.equal('');
        expect(text, path).to.not.match(/undefined|\[object|NaN|\$\{/);
      }
    });

    it(`${locale}: errors and warnings cope with missing parameters`, () => {
      for (const [path, leaf] of [...leaves(messages.errors), ...leaves(messages.warnings)]) {
        const text = render(leaf, {});
        expect(text.trim(), path).to.not.equal('');
        expect(text, path).to.not.match(/undefined|\[object|NaN/);
      }
      for (const [path, leaf] of leaves(messages.notes)) {
        expect(render(leaf, { from: '', to: '' }), path).to.not.match(/undefined|^\s*$/);
      }
    });

    it(`${locale}: covers every model code and adapter error kind`, () => {
      expect(Object.keys(messages.errors)).to.have.members([...ERROR_CODES]);
      expect(Object.keys(messages.warnings)).to.have.members([...WARNING_CODES]);
      expect(Object.keys(messages.notes)).to.have.members([...NOTE_CODES]);
      expect(Object.keys(messages.adapterErrors)).to.have.members([...ERROR_KINDS]);
    });

    it(`${locale}: notes show the new value and never echo what was typed (it may hold a password)`, () => {
      for (const code of NOTE_CODES) {
        const text = messages.notes[code]({ from: SAMPLE.from, to: SAMPLE.to });
        expect(text).to.include('mail.contoso.com');
        expect(text).to.not.include('hunter2');
      }
    });

    it(`${locale}: interpolated values appear in the text`, () => {
      expect(messages.list.deleteAccount({ address: 'a@b.com' })).to.include('a@b.com');
      expect(messages.list.editProvider({ name: 'Zed' })).to.include('Zed');
      expect(messages.list.deleteProvider({ name: 'Zed' })).to.include('Zed');
      expect(messages.form.removeDomain({ domain: 'x.org' })).to.include('x.org');
      expect(messages.wizard.signedInAs({ address: 'a@b.com' })).to.include('a@b.com');
      expect(messages.form.loginExample({ login: 'jdoe' })).to.include('jdoe');
      expect(messages.errors['domain-taken']({ domain: 'x.org', provider: 'Zed' }))
        .to.include('x.org')
        .and.include('Zed');
      expect(messages.errors['too-long']({ max: 100 })).to.include('100');
    });
  }
});

describe('English accessible names (spec table)', () => {
  it('uses the names the spec binds', () => {
    expect(en.wizard.title).to.equal('Add mail account');
    expect(en.wizard.emailLabel).to.equal('Email address');
    expect([en.common.next, en.common.back, en.common.cancel]).to.deep.equal(['Next', 'Back', 'Cancel']);
    expect(en.wizard.providerLabel).to.equal('Mail provider');
    expect(en.common.addProvider).to.equal('Add provider');
    expect(en.wizard.loginLabel).to.equal('Login');
    expect(en.wizard.passwordLabel).to.equal('Password');
    expect(en.wizard.signIn).to.equal('Sign in');
    expect(en.wizard.checkConnection).to.equal('Check connection');
    expect(en.common.save).to.equal('Save');
    expect(en.form.serviceType).to.equal('Type of mail service');
    expect(en.form.serviceTypes).to.deep.equal({ exchange: 'Exchange', 'imap-smtp': 'IMAP/SMTP' });
    expect([en.form.name, en.form.serviceAddress, en.form.domains]).to.deep.equal(['Name', 'Mail service address', 'Domains']);
    expect([en.form.loadEmails, en.form.sendEmails]).to.deep.equal(['Load emails', 'Send emails']);
    expect(en.form.loginFormat).to.equal('Login format');
    expect(en.form.loginFormats).to.deep.equal({ manual: 'Form the name manually', email: 'Use email', 'mailbox-name': 'Use mailbox name' });
    expect(en.form.authMethod).to.equal('Authentication method');
    expect(en.form.authMethods).to.deep.equal({ oauth2: 'OAuth 2.0', basic: 'Basic' });
    expect([en.form.clientId, en.form.clientSecret]).to.deep.equal(['Application (client) ID', 'Client secret']);
    expect(en.common.apply).to.equal('Apply');
    expect(en.list.accountsTitle).to.equal('Mail accounts');
    expect(en.common.add).to.equal('Add');
    expect(en.list.deleteAccount({ address: 'a@b.com' })).to.equal('Delete a@b.com');
    expect(en.list.providersTitle).to.equal('Mail providers');
    expect(en.list.editProvider({ name: 'Contoso' })).to.equal('Edit Contoso');
    expect(en.list.deleteProvider({ name: 'Contoso' })).to.equal('Delete Contoso');
  });

  it('states the texts the brief fixes', () => {
    expect(en.form.serviceAddressHelp).to.equal('In the form example.exchange.com');
    expect(en.form.loginExample({ login: 'example' })).to.equal('Login: example');
    expect(en.wizard.signedInAs({ address: 'a@b.com' })).to.equal('Signed in as a@b.com');
    expect(en.common.discardChanges).to.equal('Unsaved changes will be lost. Discard them?');
    expect(en.wizard.checking).to.equal('Checking connection…');
    expect(en.wizard.connectionOk).to.equal('Connection works');
    expect([en.form.secretSet, en.form.replaceSecret, en.form.keepSecret]).to.deep.equal([
      'A secret is set',
      'Replace secret',
      'Keep current secret',
    ]);
    expect(en.form.securityModes).to.deep.equal({ ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'None' });
    expect(en.access.cannotManageProviders).to.include('"Access to the Administration workplace" (CanManageAdministration)');
    expect(en.adapterErrors.forbidden.action).to.include('CanManageAdministration');
    expect(en.errors['address-ip-literal']({})).to.include('certificates are issued for names');
    expect(en.warnings['basic-auth-deprecated']({})).to.include('OAuth 2.0');
    expect(en.warnings['basic-auth-m365']({})).to.include('Microsoft 365');
    expect(en.syncService.notConfigured.title).to.include('Exchange Listener');
  });
});

describe('Names added for day two and diagnostics (spec table; issue 11, Done means)', () => {
  // [English name, its Russian equivalent], read from both catalogues; the check's tools
  // from the diagnostics catalogue that loads with the check.
  const names = (m: Messages, d: DiagnosticMessages): string[] => [
    m.lifecycle.actions['sign-in-again'],
    m.lifecycle.actions['change-password'],
    m.wizard.checkConnection,
    m.lifecycle.impact.listLabel,
    m.common.apply,
    m.common.delete,
    m.common.cancel,
    m.lifecycle.done,
    m.common.retry,
    d.tools.connectionCheck,
    d.tools.copyDiagnostics,
    d.tools.saveAnyway,
    m.diagnostics.redirectUri,
    m.diagnostics.copyRedirectUri,
    m.diagnostics.importSettings,
    m.diagnostics.exportSettings,
  ];

  it('are the English names the spec binds', () => {
    expect(names(en, diagnosticsEn)).to.deep.equal([
      'Sign in again',
      'Change password',
      'Check connection',
      'Affected mailboxes',
      'Apply',
      'Delete',
      'Cancel',
      'Done',
      'Retry',
      'Connection check',
      'Copy diagnostics',
      'Save anyway',
      'Redirect URI',
      'Copy redirect URI',
      'Import settings',
      'Export settings',
    ]);
  });

  it('have Russian equivalents', () => {
    expect(names(ru, diagnosticsRu)).to.deep.equal([
      'Войти снова',
      'Изменить пароль',
      'Проверить подключение',
      'Затронутые почтовые ящики',
      'Применить',
      'Удалить',
      'Отмена',
      'Готово',
      'Повторить',
      'Проверка подключения',
      'Скопировать диагностику',
      'Все равно сохранить',
      'URI перенаправления',
      'Скопировать URI перенаправления',
      'Импортировать настройки',
      'Экспортировать настройки',
    ]);
  });

  it('name a row’s re-authorisation after its address, in both languages', () => {
    expect(en.lifecycle.actionNames['sign-in-again']({ address: 'a@b.com' })).to.equal('Sign in again a@b.com');
    expect(ru.lifecycle.actionNames['change-password']({ address: 'a@b.com' })).to.equal('Изменить пароль a@b.com');
  });
});

describe('Russian labels from the source page', () => {
  const VERBATIM = [
    'Далее',
    'Добавить провайдер',
    'Добавить',
    'Адрес почтового сервиса',
    'Загружать электронные письма',
    'Отправлять электронные письма',
    'Формировать имя вручную',
    'Использовать email',
    'Использовать имя почтового ящика',
    'Идентификатор приложения (клиент)',
    'Секрет клиента',
    'Применить',
    'Учетные записи почты',
    'Новая учетная запись',
    'Перейти к настройке почтовых ящиков',
    'Домены почтовых провайдеров',
    'Доступ к рабочему месту "Администрирование" (CanManageAdministration)',
    'Exchange Listener',
  ];

  for (const label of VERBATIM) {
    it(`contains «${label}» verbatim`, () => {
      expect(allText(ru).some((text) => text.includes(label))).to.equal(true);
    });
  }

  it('uses them for the controls they name', () => {
    expect(ru.common.next).to.equal('Далее');
    expect(ru.common.addProvider).to.equal('Добавить провайдер');
    expect(ru.common.add).to.equal('Добавить');
    expect(ru.common.apply).to.equal('Применить');
    // "тип почтового сервиса" runs mid-sentence on the page; as a label it is capitalised.
    expect(ru.form.serviceType.toLowerCase()).to.equal('тип почтового сервиса');
    expect(ru.form.serviceTypes.exchange).to.equal('Exchange');
    expect(ru.form.serviceAddress).to.equal('Адрес почтового сервиса');
    expect(ru.form.loadEmails).to.equal('Загружать электронные письма');
    expect(ru.form.sendEmails).to.equal('Отправлять электронные письма');
    expect(ru.form.loginFormats).to.deep.equal({
      manual: 'Формировать имя вручную',
      email: 'Использовать email',
      'mailbox-name': 'Использовать имя почтового ящика',
    });
    expect(ru.form.clientId).to.equal('Идентификатор приложения (клиент)');
    expect(ru.form.clientSecret).to.equal('Секрет клиента');
    expect(ru.list.accountsTitle).to.equal('Учетные записи почты');
    expect(ru.list.newAccount).to.equal('Новая учетная запись');
    expect(ru.list.goToMailboxSettings).to.equal('Перейти к настройке почтовых ящиков');
    expect(ru.access.cannotManageProviders).to.include('Доступ к рабочему месту "Администрирование" (CanManageAdministration)');
    expect(ru.syncService.notConfigured.title.toLowerCase()).to.include('сервис синхронизации exchange listener');
    expect(ru.form.deliveryHelp).to.equal('Необходимо выбрать минимум один пункт.');
  });

  it('natural Russian for the rest of the spec table', () => {
    expect([ru.common.back, ru.common.cancel, ru.common.save]).to.deep.equal(['Назад', 'Отмена', 'Сохранить']);
    expect(ru.wizard.checkConnection).to.equal('Проверить подключение');
    expect(ru.wizard.signIn).to.equal('Войти');
    expect(ru.wizard.passwordLabel).to.equal('Пароль');
    expect(ru.wizard.loginLabel).to.equal('Логин');
    expect(ru.wizard.emailLabel).to.equal('Адрес электронной почты');
    expect(ru.wizard.providerLabel).to.equal('Почтовый провайдер');
    expect(ru.list.providersTitle).to.equal('Почтовые провайдеры');
    expect(ru.list.deleteAccount({ address: 'a@b.com' })).to.equal('Удалить a@b.com');
  });

  it('follows the page in writing «е» for «ё»', () => {
    for (const text of allText(ru)) expect(text).to.not.include('ё');
  });

  it('leaves nothing untranslated except names that stay in English', () => {
    const SAME = new Set(['Exchange', 'IMAP/SMTP', 'OAuth 2.0', 'Basic', 'SSL/TLS', 'STARTTLS', 'Email']);
    const ruLeaves = leaves(ru);
    for (const [path, leaf] of leaves(en)) {
      const english = render(leaf);
      if (!SAME.has(english)) expect(render(ruLeaves.get(path)!), path).to.not.equal(english);
    }
  });
});
