// The demo host's own texts. The demo plays the host application (a CRM), so it
// keeps its own small dictionary; the library's elements bring theirs and follow
// the `lang` attribute of <html>.

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
  exchangeListenerReachable: 'Exchange Listener reachable',
  exchangeListenerReachableHint: 'Untick to make a configured service stop answering.',
  nextConnectionCheck: 'Next connection check',
  checkSucceeds: 'Succeeds',
  checkDnsNotFound: 'DNS name not found',
  checkConnectionRefused: 'Connection refused',
  checkTlsExpired: 'TLS certificate expired',
  checkWrongPassword: 'Wrong password',
  checkTimeout: 'Times out',
  oauthSignIn: 'OAuth sign-in',
  signInSucceeds: 'Succeeds',
  signInCancelled: 'Cancelled',
  signInFails: 'Fails',
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
  addMailAccountTitle: 'Add mail account',
  mailboxSettingsTitle: 'Mailbox settings',
  mailAccountsTitle: 'Mail accounts',
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
  exchangeListenerReachable: 'Exchange Listener доступен',
  exchangeListenerReachableHint: 'Снимите флажок, чтобы настроенный сервис перестал отвечать.',
  nextConnectionCheck: 'Следующая проверка подключения',
  checkSucceeds: 'Успешна',
  checkDnsNotFound: 'Имя DNS не найдено',
  checkConnectionRefused: 'Соединение отклонено',
  checkTlsExpired: 'Сертификат TLS истек',
  checkWrongPassword: 'Неверный пароль',
  checkTimeout: 'Превышено время ожидания',
  oauthSignIn: 'Вход OAuth',
  signInSucceeds: 'Успешен',
  signInCancelled: 'Отменен',
  signInFails: 'Не удается',
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
  addMailAccountTitle: 'Новая учетная запись',
  mailboxSettingsTitle: 'Настройка почтовых ящиков',
  mailAccountsTitle: 'Учетные записи почты',
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
