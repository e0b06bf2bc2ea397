// The demo host's own texts. The demo plays the host application (a CRM), so it
// keeps its own small dictionary; the library's elements bring theirs and follow
// the `lang` attribute of <html>.

import type { MailAccount } from '../src/model/index.js';

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

const en = {
  appName: 'Contoso CRM',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  navHome: 'Home',
  navContacts: 'Contacts',
  navActivities: 'Activities',
  navProfile: 'Profile',
  notInDemo: 'Not part of this demo',

  profileTitle: 'Profile',
  profileJobTitle: 'Sales manager',
  fieldEmail: 'Email',
  fieldPhone: 'Phone',
  fieldMailAccounts: 'Mail accounts',
  loading: 'Loading…',

  communicationPanel: 'Communication panel',
  tabEmail: 'Email',
  tabFeed: 'Feed',
  inbox: 'Inbox',
  emailActions: 'Email actions',
  newAccount: 'New account',
  goToMailboxSettings: 'Go to mailbox settings',
  emailEmptyTitle: 'No messages',
  emailEmptyText: 'This demo does not load mail. Connect a mailbox with the menu above: New account.',
  feedEmpty: 'The feed is not part of this demo.',

  demoControls: 'Demo controls',
  demoControlsNote: 'These controls play the host’s backend. They are not part of the CRM.',
  administrator: 'Administrator',
  administratorHint: 'Grants the system operation CanManageAdministration.',
  exchangeListenerConfigured: 'Exchange Listener configured',
  exchangeListenerHint: 'The synchronisation service Exchange providers depend on.',
  language: 'Language',
  resetDemoData: 'Reset demo data',
  resetDone: 'Demo data reset.',

  adapterState: 'Adapter state',
  stateAdministration: 'Administration access',
  stateExchangeListener: 'Exchange Listener',
  stateMailboxes: 'Mailboxes',
  yes: 'yes',
  no: 'no',
  syncOk: 'configured',
  syncNotConfigured: 'not configured',
  syncUnreachable: 'unreachable',

  close: 'Close',
  add: 'Add',
  placeholder: 'Placeholder',
  addMailAccountTitle: 'Add mail account',
  mailboxSettingsTitle: 'Mailbox settings',
  mailAccountsTitle: 'Mail accounts',
  wizardComing:
    'The setup wizard (<mail-provider-wizard>) comes in a later release. It will take you from an email address to a connected mailbox: the provider is recognised by the domain, chosen or created, then credentials, a connection check, and Save.',
  listComing:
    'This table stands in for <mail-account-list>, which comes in a later release with Delete for each mailbox and, for administrators, the mail providers. “Add” starts the same flow as “New account”.',
  canManageProviders: 'You can create and change mail providers.',
  cannotManageProviders:
    'You can add a mailbox with an existing provider. Creating or changing providers needs the system operation “Access to the Administration workplace”.',
  exchangeListenerOk: 'Exchange Listener is configured: Exchange providers can be set up.',
  exchangeListenerMissing: 'Exchange Listener is not configured: set it up before adding an Exchange provider.',
  exchangeListenerDown: 'Exchange Listener does not answer: Exchange mailboxes cannot sync until it is back.',
  columnAddress: 'Address',
  columnProvider: 'Provider',
  columnStatus: 'Status',
  statusConnected: 'Connected',
  statusNeedsSignIn: 'Needs sign-in',
  statusError: 'Error',
  unknownProvider: 'Unknown provider',
  noMailboxes: 'No mailboxes yet.',
  providersSetUp: (names: string[]): string =>
    names.length === 0 ? 'No mail providers are set up yet.' : `Mail providers set up: ${new Intl.ListFormat('en').format(names)}.`,
  loadFailed: 'Could not load the mailboxes.',
};

/** Every demo text; each locale provides all of them. */
export type Messages = typeof en;

const ru: Messages = {
  appName: 'Contoso CRM',
  skipToContent: 'Перейти к содержимому',
  mainNavigation: 'Основное меню',
  navHome: 'Главная',
  navContacts: 'Контакты',
  navActivities: 'Активности',
  navProfile: 'Профиль',
  notInDemo: 'Не входит в это демо',

  profileTitle: 'Профиль',
  profileJobTitle: 'Менеджер по продажам',
  fieldEmail: 'Email',
  fieldPhone: 'Телефон',
  fieldMailAccounts: 'Учетные записи почты',
  loading: 'Загрузка…',

  communicationPanel: 'Коммуникационная панель',
  tabEmail: 'Email',
  tabFeed: 'Лента',
  inbox: 'Входящие',
  emailActions: 'Действия с почтой',
  newAccount: 'Новая учетная запись',
  goToMailboxSettings: 'Перейти к настройке почтовых ящиков',
  emailEmptyTitle: 'Писем нет',
  emailEmptyText: 'Это демо не загружает почту. Подключите почтовый ящик через меню выше: Новая учетная запись.',
  feedEmpty: 'Лента не входит в это демо.',

  demoControls: 'Управление демо',
  demoControlsNote: 'Эти элементы изображают сервер приложения. Они не входят в CRM.',
  administrator: 'Администратор',
  administratorHint: 'Дает право на системную операцию CanManageAdministration.',
  exchangeListenerConfigured: 'Exchange Listener настроен',
  exchangeListenerHint: 'Сервис синхронизации, от которого зависят провайдеры Exchange.',
  language: 'Язык',
  resetDemoData: 'Сбросить демо-данные',
  resetDone: 'Демо-данные сброшены.',

  adapterState: 'Состояние адаптера',
  stateAdministration: 'Доступ к администрированию',
  stateExchangeListener: 'Exchange Listener',
  stateMailboxes: 'Почтовые ящики',
  yes: 'да',
  no: 'нет',
  syncOk: 'настроен',
  syncNotConfigured: 'не настроен',
  syncUnreachable: 'недоступен',

  close: 'Закрыть',
  add: 'Добавить',
  placeholder: 'Заглушка',
  addMailAccountTitle: 'Добавление учетной записи почты',
  mailboxSettingsTitle: 'Настройка почтовых ящиков',
  mailAccountsTitle: 'Учетные записи почты',
  wizardComing:
    'Мастер настройки (<mail-provider-wizard>) появится в следующем выпуске. Он проведет от адреса электронной почты до подключенного почтового ящика: провайдер определяется по домену, выбирается или создается, затем учетные данные, проверка соединения и сохранение.',
  listComing:
    'Эта таблица временно стоит на месте <mail-account-list>, который появится в следующем выпуске: с удалением каждого ящика, а для администраторов — со списком почтовых провайдеров. Кнопка «Добавить» запускает тот же процесс, что и «Новая учетная запись».',
  canManageProviders: 'Вы можете создавать и изменять почтовых провайдеров.',
  cannotManageProviders:
    'Вы можете добавить почтовый ящик с существующим провайдером. Для создания и изменения провайдеров нужно право на системную операцию «Доступ к рабочему месту „Администрирование“».',
  exchangeListenerOk: 'Exchange Listener настроен: провайдеров Exchange можно настраивать.',
  exchangeListenerMissing: 'Exchange Listener не настроен: настройте его перед добавлением провайдера Exchange.',
  exchangeListenerDown: 'Exchange Listener не отвечает: почтовые ящики Exchange не синхронизируются, пока он недоступен.',
  columnAddress: 'Адрес',
  columnProvider: 'Провайдер',
  columnStatus: 'Статус',
  statusConnected: 'Подключен',
  statusNeedsSignIn: 'Требуется вход',
  statusError: 'Ошибка',
  unknownProvider: 'Неизвестный провайдер',
  noMailboxes: 'Почтовых ящиков пока нет.',
  providersSetUp: (names: string[]): string =>
    names.length === 0 ? 'Почтовые провайдеры еще не настроены.' : `Настроенные почтовые провайдеры: ${new Intl.ListFormat('ru').format(names)}.`,
  loadFailed: 'Не удалось загрузить почтовые ящики.',
};

const messages: Record<Locale, Messages> = { en, ru };

const mailboxWords: Record<Locale, Partial<Record<Intl.LDMLPluralRule, string>>> = {
  en: { one: 'mailbox', other: 'mailboxes' },
  ru: { one: 'почтовый ящик', few: 'почтовых ящика', many: 'почтовых ящиков', other: 'почтового ящика' },
};

export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** The demo's texts in one locale. */
export function t(locale: Locale): Messages {
  return messages[locale];
}

/** "2 mailboxes", "5 почтовых ящиков". */
export function mailboxCount(locale: Locale, count: number): string {
  const rule = new Intl.PluralRules(locale).select(count);
  const words = mailboxWords[locale];
  return `${count} ${words[rule] ?? words.other}`;
}

export function statusLabel(locale: Locale, status: MailAccount['status']): string {
  const m = messages[locale];
  switch (status) {
    case 'connected':
      return m.statusConnected;
    case 'needs-sign-in':
      return m.statusNeedsSignIn;
    case 'error':
      return m.statusError;
  }
}
