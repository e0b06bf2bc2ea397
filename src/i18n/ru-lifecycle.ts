import type { LifecycleMessages } from './lifecycle-messages.js';
import { plural, type PluralForms } from './plural.js';

const n = (count: number, forms: PluralForms) => plural('ru', count, forms);

/** Russian: the life of a mailbox after its first setup. Loaded with ru.ts. */
export const ruLifecycle: LifecycleMessages = {
  reasons: {
    'auth-method-changed': 'У провайдера изменился способ аутентификации.',
    'server-changed': 'Провайдер теперь указывает на другой почтовый сервер.',
    'grant-expired': 'Срок действия входа истек.',
    'grant-revoked': 'Вход был отозван.',
    'password-rejected': 'Почтовый сервер отклонил пароль.',
    'credentials-missing': 'Для этого почтового ящика не сохранен вход.',
  },
  actions: { 'sign-in-again': 'Войти снова', 'change-password': 'Изменить пароль' },
  actionNames: {
    'sign-in-again': ({ address }) => `Войти снова ${address}`,
    'change-password': ({ address }) => `Изменить пароль ${address}`,
  },
  actionHints: {
    'sign-in-again': 'Нажмите «Войти снова», чтобы подключить его.',
    'change-password': 'Нажмите «Изменить пароль», чтобы подключить его.',
  },
  reauthorizeTitle: {
    'sign-in-again': ({ address }) => `Войти снова: ${address}`,
    'change-password': ({ address }) => `Изменить пароль: ${address}`,
  },
  reauthorizeSave: 'Сохранить вход',
  reauthorized: ({ address }) => `${address} снова подключен. Его настройки не изменились.`,
  alreadyAdded: ({ address }) => `${address} уже добавлен. Его можно подключить заново с новыми учетными данными; настройки останутся прежними.`,
  reauthorizeExisting: { 'sign-in-again': 'Войти снова', 'change-password': 'Изменить пароль' },
  done: 'Готово',
  impact: {
    changeTitle: ({ name }) => `Применить изменения ${name}?`,
    changeIntro: ({ count }) =>
      `Изменение затронет ${n(count, { one: '# почтовый ящик', few: '# почтовых ящика', many: '# почтовых ящиков', other: '# почтового ящика' })}:`,
    listLabel: 'Затронутые почтовые ящики',
    effects: {
      'sign-in-again': () => 'нужно войти снова',
      'stops-loading': () => 'перестанет загружать письма',
      'stops-sending': () => 'перестанет отправлять письма',
      'login-changes': ({ login }) => `логин станет ${login}`,
      'blocks-delete': () => 'использует этот провайдер',
    },
  },
  oauthHelp: {
    microsoft:
      'Зарегистрируйте приложение в Microsoft Entra ID (портал Azure → Регистрация приложений) и скопируйте сюда его идентификатор приложения (клиент) и секрет клиента.',
    google:
      'Создайте клиент OAuth в консоли Google Cloud (API и сервисы → Учетные данные) и скопируйте сюда его идентификатор клиента и секрет клиента.',
    generic: 'Скопируйте идентификатор и секрет клиента приложения OAuth, которое ваш почтовый сервис зарегистрировал для этой CRM.',
  },
  syncNotConfiguredUser:
    'Почтовые ящики Exchange не смогут синхронизироваться, пока не настроен сервис синхронизации Exchange Listener. Попросите администратора настроить его, затем добавьте почтовый ящик снова.',
  checkForbiddenUser:
    'Почтовый сервер не разрешил использовать этот почтовый ящик. Попросите администратора почты разрешить доступ к почтовому ящику для этого логина, затем повторите попытку.',
};
