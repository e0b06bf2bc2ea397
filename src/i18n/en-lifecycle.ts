import type { LifecycleMessages } from './lifecycle-messages.js';
import { plural } from './plural.js';

const n = (count: number, one: string, other: string) => plural('en', count, { one, other });

/** English: the life of a mailbox after its first setup. */
export const enLifecycle: LifecycleMessages = {
  reasons: {
    'auth-method-changed': 'The provider’s authentication method changed.',
    'server-changed': 'The provider now points to another mail server.',
    'grant-expired': 'The sign-in expired.',
    'grant-revoked': 'The sign-in was revoked.',
    'password-rejected': 'The mail server rejected the password.',
    'credentials-missing': 'No sign-in is stored for this mailbox.',
  },
  actions: { 'sign-in-again': 'Sign in again', 'change-password': 'Change password' },
  actionNames: {
    'sign-in-again': ({ address }) => `Sign in again ${address}`,
    'change-password': ({ address }) => `Change password ${address}`,
  },
  actionHints: {
    'sign-in-again': 'Press Sign in again to reconnect it.',
    'change-password': 'Press Change password to reconnect it.',
  },
  reauthorizeTitle: {
    'sign-in-again': ({ address }) => `Sign in again: ${address}`,
    'change-password': ({ address }) => `Change password: ${address}`,
  },
  reauthorizeSave: 'Save sign-in',
  reauthorized: ({ address }) => `${address} is connected again. Its settings are unchanged.`,
  alreadyAdded: ({ address }) => `${address} is already added. You can reconnect it with new credentials; its settings stay as they are.`,
  reauthorizeExisting: { 'sign-in-again': 'Sign in again', 'change-password': 'Change password' },
  done: 'Done',
  impact: {
    changeTitle: ({ name }) => `Apply changes to ${name}?`,
    changeIntro: ({ count }) => `${n(count, 'This mailbox is', 'These mailboxes are')} affected by the change:`,
    listLabel: 'Affected mailboxes',
    effects: {
      'sign-in-again': () => 'must sign in again',
      'stops-loading': () => 'stops loading mail',
      'stops-sending': () => 'stops sending mail',
      'login-changes': ({ login }) => `login becomes ${login}`,
      'blocks-delete': () => 'uses this provider',
    },
  },
  oauthHelp: {
    microsoft:
      'Register an application in Microsoft Entra ID (Azure portal → App registrations) and copy its Application (client) ID and a client secret here.',
    google: 'Create an OAuth client in the Google Cloud console (APIs & Services → Credentials) and copy its client ID and client secret here.',
    generic: 'Copy the client ID and client secret of the OAuth application your mail service registered for this CRM.',
  },
  syncNotConfiguredUser:
    'Exchange mailboxes cannot synchronise until the Exchange Listener synchronisation service is set up. Ask your administrator to set it up, then add the mailbox again.',
  checkForbiddenUser:
    'The mail server did not allow this mailbox to be used. Ask your mail administrator to allow access to the mailbox for this login, then try again.',
};
