import type { Messages } from './messages.js';
import { numberParam, param } from './param.js';
import { plural } from './plural.js';

const n = (count: number, one: string, other: string) => plural('en', count, { one, other });

const ACCESS_RIGHT = 'the system operation "Access to the Administration workplace" (CanManageAdministration)';

/** English: the default locale, always bundled. */
export const en: Messages = {
  common: {
    next: 'Next',
    back: 'Back',
    cancel: 'Cancel',
    save: 'Save',
    apply: 'Apply',
    add: 'Add',
    delete: 'Delete',
    edit: 'Edit',
    retry: 'Retry',
    close: 'Close',
    loading: 'Loading…',
    saving: 'Saving…',
    showPassword: 'Show password',
    hidePassword: 'Hide password',
    required: 'required',
    requiredLegend: 'Fields marked with * are required.',
    optional: 'optional',
    noAdapter: {
      title: 'Mail settings are not connected.',
      action:
        'This element has no adapter, so it cannot load or save anything. Developers: set its adapter property, or provide an adapter from an ancestor element.',
    },
    errorSummary: ({ count }) => `${n(count, 'One field needs', '# fields need')} attention. Fix ${count === 1 ? 'it' : 'them'} to continue.`,
    discardChanges: 'Unsaved changes will be lost. Discard them?',
    discard: 'Discard',
    keepEditing: 'Keep editing',
    addProvider: 'Add provider',
  },
  wizard: {
    title: 'Add mail account',
    steps: { email: 'Email', provider: 'Provider', credentials: 'Credentials', check: 'Check' },
    stepOf: ({ current, total, name }) => `Step ${current} of ${total}: ${name}`,
    emailLabel: 'Email address',
    emailHelp: 'For example, name@contoso.com',
    providerLabel: 'Mail provider',
    providerRecognized: ({ domain, name }) => `${domain} is served by ${name}.`,
    providerUnknown: ({ domain }) => `No provider is set up for ${domain}. Choose one from the list, or add a provider.`,
    providerUnknownNoRights: ({ domain }) =>
      `No provider is set up for ${domain}. Choose one from the list, or ask your administrator to add a provider for it.`,
    noProviders: 'No mail providers are set up yet.',
    chooseAnotherProvider: 'Choose another provider',
    domainsTip:
      'To recognise this provider automatically next time, add its domains to Mail provider domains: then users do not have to choose it.',
    loginLabel: 'Login',
    loginManualHelp: 'Type the user name the mail server expects.',
    passwordLabel: 'Password',
    signIn: 'Sign in',
    signInHelp: 'Sign in opens your mail service’s sign-in page in a new window. Your password is never seen by this page.',
    signInWaiting: 'Waiting for you to sign in in the other window…',
    signedInAs: ({ address }) => `Signed in as ${address}`,
    signInCancelled: 'Sign-in was cancelled. Press Sign in to try again.',
    signInFailed: 'Sign-in failed. Try again; if it keeps failing, ask your administrator to check the OAuth application.',
    signInUnavailable: 'Sign-in with OAuth 2.0 is not available on this page. Ask your administrator.',
    checkConnection: 'Check connection',
    checking: 'Checking connection…',
    connectionOk: 'Connection works',
    checkHint: 'Check the connection to make sure mail can be loaded and sent before you save.',
    saved: ({ address }) => `Mailbox ${address} is added.`,
  },
  form: {
    titleNew: 'New mail provider',
    titleEdit: ({ name }) => `Mail provider ${name}`,
    serviceType: 'Type of mail service',
    serviceTypes: { exchange: 'Exchange', 'imap-smtp': 'IMAP/SMTP' },
    name: 'Name',
    nameHelp: 'Users see this name when they choose a provider.',
    serviceAddress: 'Mail service address',
    serviceAddressHelp: 'In the form example.exchange.com',
    domains: 'Domains',
    domainsHelp:
      'Addresses in these domains are recognised as this provider (Mail provider domains), so users do not have to choose it. For example, contoso.com.',
    domainLabel: ({ index }) => `Domain ${index}`,
    addDomain: 'Add domain',
    removeDomain: ({ domain }) => `Remove domain ${domain}`,
    additionalSettings: 'Additional settings',
    delivery: 'Loading and sending',
    loadEmails: 'Load emails',
    sendEmails: 'Send emails',
    deliveryHelp: 'Select at least one.',
    loginFormat: 'Login format',
    loginFormats: { manual: 'Form the name manually', email: 'Use email', 'mailbox-name': 'Use mailbox name' },
    loginFormatHelp: {
      manual: 'Users type their email address and user name themselves.',
      email: 'The full email address is the login, for example example@google.com.',
      'mailbox-name': 'The part of the address before “@” is the login: for example@google.com it is example.',
    },
    loginExample: ({ login }) => `Login: ${login}`,
    authMethod: 'Authentication method',
    authMethods: { oauth2: 'OAuth 2.0', basic: 'Basic' },
    authHelp: {
      oauth2: 'Gives the service limited access to the user’s mailbox without passing the login and password.',
      basic: 'User name and password, sent Base64-encoded.',
    },
    clientId: 'Application (client) ID',
    clientIdHelp:
      'Issued by Microsoft’s authorisation server when the OAuth application is registered. Documentation and APIs may call it Product ID.',
    clientSecret: 'Client secret',
    clientSecretHelp: 'The secret key issued by the authorisation server. Documentation and APIs may call it Product key.',
    secretSet: 'A secret is set',
    replaceSecret: 'Replace secret',
    keepSecret: 'Keep current secret',
    secretNeverShown: 'A saved secret is never shown again. You can replace it without seeing it.',
    oauthRegistration:
      'OAuth 2.0 for Microsoft 365 needs an OAuth application registered in Microsoft Entra ID beforehand. Copy its Application (client) ID and a client secret here.',
    oauthRegistrationLink: 'How to set up OAuth authentication for Microsoft 365',
    incomingGroup: 'Incoming mail (IMAP)',
    outgoingGroup: 'Outgoing mail (SMTP)',
    incomingServer: 'Incoming server',
    outgoingServer: 'Outgoing server',
    incomingHelp: 'IMAP, for example imap.contoso.com',
    outgoingHelp: 'SMTP, for example smtp.contoso.com',
    port: 'Port',
    security: 'Security',
    securityModes: { ssl: 'SSL/TLS', starttls: 'STARTTLS', none: 'None' },
    securityNoneHint: 'Without encryption, logins and passwords cross the network in clear text. Choose SSL/TLS or STARTTLS if the server supports it.',
    saved: ({ name }) => `Provider ${name} is saved. Users can now receive and send mail through it.`,
  },
  list: {
    accountsTitle: 'Mail accounts',
    providersTitle: 'Mail providers',
    newAccount: 'New account',
    goToMailboxSettings: 'Go to mailbox settings',
    deleteAccount: ({ address }) => `Delete ${address}`,
    editProvider: ({ name }) => `Edit ${name}`,
    deleteProvider: ({ name }) => `Delete ${name}`,
    loadingAccounts: 'Loading mail accounts…',
    loadingProviders: 'Loading mail providers…',
    empty: 'No mail accounts yet. Press Add to connect a mailbox.',
    providersEmpty: 'No mail providers yet. Press Add provider to set one up.',
    filter: 'Filter',
    noMatches: ({ query }) => `Nothing matches “${query}”.`,
    shownCount: ({ shown, total }) => `Showing ${shown} of ${total}`,
    statuses: { connected: 'Connected', 'needs-sign-in': 'Needs sign-in', error: 'Error' },
    isDefault: 'Default',
    isShared: 'Shared',
    providerOf: ({ name }) => `Provider: ${name}`,
    mailboxCount: ({ count }) => n(count, '# mailbox', '# mailboxes'),
    confirmDeleteAccount: ({ address }) => `Delete the mailbox ${address}? Mail will no longer be loaded or sent through it.`,
    confirmDeleteProvider: ({ name }) => `Delete the provider ${name}? Users will no longer be able to add mailboxes with it.`,
    providerInUse: ({ name, count }) =>
      `${name} cannot be deleted: ${n(count, '# mailbox uses', '# mailboxes use')} it. Delete ${count === 1 ? 'that mailbox' : 'those mailboxes'} first.`,
    accountDeleted: ({ address }) => `Mailbox ${address} is deleted.`,
    providerDeleted: ({ name }) => `Provider ${name} is deleted.`,
  },
  access: {
    cannotManageProviders: `Adding, changing and deleting mail providers needs ${ACCESS_RIGHT}. You can still add a mail account with an existing provider; to set up a provider, ask your administrator.`,
  },
  syncService: {
    checking: 'Checking the Exchange Listener synchronisation service…',
    ok: 'The Exchange Listener synchronisation service is running.',
    notConfigured: {
      title: 'The Exchange Listener synchronisation service is not configured.',
      action: 'Exchange mailboxes cannot synchronise without it. Set up Exchange Listener (or ask your administrator to), then add the Exchange provider.',
    },
    unreachable: {
      title: 'The Exchange Listener synchronisation service does not respond.',
      action: 'Check that the service is running and reachable from the application server, then press Retry.',
    },
  },
  errors: {
    required: () => 'Fill in this field.',
    'too-long': (p) => {
      const max = numberParam(p, 'max');
      return max === undefined ? 'This is too long: shorten it.' : `This is too long: use at most ${n(max, '# character', '# characters')}.`;
    },
    'email-invalid': () => 'Type the full email address, such as name@contoso.com.',
    'address-invalid': () => 'Type the server’s name, such as mail.contoso.com.',
    'address-spaces': () => 'Remove the spaces: a server name has none.',
    'address-ip-literal': () => 'Type the server’s name, such as mail.contoso.com: certificates are issued for names, not IP addresses.',
    'address-empty-label': () => 'Remove the extra dot: parts of a name are separated by single dots, as in mail.contoso.com.',
    'address-label-too-long': () => 'Each part of the name between dots can have at most 63 characters. Check the name.',
    'address-too-long': () => 'A server name can have at most 253 characters. Check the name.',
    'address-needs-domain': () => 'Type the full name with its domain, such as mail.contoso.com, not just mail.',
    'address-bad-characters': () => 'Use only letters, digits, hyphens and dots; a part of the name cannot start or end with a hyphen.',
    'port-invalid': () => 'Type a port number from 1 to 65535, such as 993.',
    'delivery-none': () => 'Select Load emails, Send emails, or both.',
    'login-required': () => 'Type the login: the user name the mail server expects.',
    'client-id-not-guid': () =>
      'An Application (client) ID looks like 00000000-0000-0000-0000-000000000000. Copy it from the app’s registration in Microsoft Entra ID.',
    'secret-required': () => 'Type it in: the connection cannot sign in without it.',
    'domain-invalid': () => 'Type only the domain, such as contoso.com, without https://, a port, a path or a user name.',
    'domain-duplicate': (p) => {
      const domain = param(p, 'domain');
      return domain ? `${domain} is already in this list. Remove the repeat.` : 'This domain is already in this list. Remove the repeat.';
    },
    'domain-taken': (p) => {
      const domain = param(p, 'domain') ?? 'This domain';
      const provider = param(p, 'provider');
      return `${domain} already leads to ${provider ? `the provider ${provider}` : 'another provider'}. A domain can lead to one provider only: remove it here or there.`;
    },
    'security-invalid': () => 'Choose SSL/TLS, STARTTLS or None.',
    'date-invalid': () => 'Type a date as YYYY-MM-DD, such as 2024-01-31.',
    'option-invalid': () => 'Choose one of the offered options.',
  },
  warnings: {
    'basic-auth-deprecated': () =>
      'Microsoft is retiring Basic authentication as outdated and insecure. Choose OAuth 2.0 so users do not lose access to their mailboxes.',
    'basic-auth-m365': () => 'Microsoft 365 has turned Basic authentication off: mailboxes will not connect with it. Choose OAuth 2.0.',
  },
  notes: {
    'address-url-stripped': ({ to }) =>
      `${to ? `Changed to ${to}` : 'Changed'}: the address is the server’s name, without https:// or a path.`,
    'address-idn-converted': ({ to }) =>
      `${to ? `Changed to ${to}` : 'Changed'}: the name is kept in its international (punycode) form, which names the same server.`,
    'address-normalized': ({ to }) =>
      `${to ? `Changed to ${to}` : 'Changed'}: server names do not depend on letter case and need no dot at the end.`,
  },
  adapterErrors: {
    'not-found': { title: 'This item no longer exists.', action: 'Someone may have deleted it. Refresh the list.' },
    conflict: {
      title: 'This conflicts with an existing item.',
      action: 'Another provider already uses this name or domain, or someone changed it meanwhile. Check the highlighted field, or reload and try again.',
    },
    'in-use': { title: 'The provider is still used by mailboxes.', action: 'Delete its mailboxes first, then delete the provider.' },
    forbidden: {
      title: 'You do not have permission to do this.',
      action: `Setting up mail providers needs ${ACCESS_RIGHT}. Ask your administrator to grant it.`,
    },
    unreachable: {
      title: 'The mail server cannot be reached.',
      action: 'Check the mail service address and that the server is online and reachable from the application server, then try again.',
    },
    'auth-failed': {
      title: 'The mail server rejected the sign-in.',
      action: 'Check the login and password. For OAuth 2.0, check the Application (client) ID and client secret, and that the application may access the mailbox.',
    },
    tls: {
      title: 'A secure connection to the mail server failed.',
      action: 'The server’s certificate may be expired, self-signed or issued for another name. Check that the address matches the certificate, or ask the server’s administrator.',
    },
    timeout: { title: 'The server took too long to answer.', action: 'Try again. If it keeps happening, check the server address and the network.' },
    'sync-service': {
      title: 'The Exchange Listener synchronisation service is unavailable.',
      action: 'Ask your administrator to set up or restart Exchange Listener, then try again.',
    },
    cancelled: { title: 'Cancelled.', action: 'Nothing was changed. Try again when you are ready.' },
    aborted: { title: 'The operation was stopped.', action: 'Nothing was changed. Try again when you are ready.' },
    malformed: {
      title: 'The server sent data this page cannot read.',
      action: 'Try again later. If it keeps happening, tell your administrator that the mail settings service returned an unexpected response.',
    },
    invalid: { title: 'Some values were not accepted.', action: 'Fix the highlighted fields, then try again.' },
    unknown: { title: 'Something went wrong.', action: 'Try again. If it keeps happening, contact your administrator.' },
  },
};
