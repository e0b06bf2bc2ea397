import { dayMonthYear } from './format-date.js';
import type { DiagnosticMessages } from './messages.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English diagnostics texts (a lazily loaded chunk). */
export const diagnosticsEn: DiagnosticMessages = {
  stages: {
    resolve: 'Find the server',
    connect: 'Connect',
    tls: 'Secure connection (TLS)',
    authenticate: 'Sign in',
    mailbox: 'Open the mailbox',
    send: 'Send a test',
  },
  states: { waiting: 'waiting', running: 'running', passed: 'passed', failed: 'failed', skipped: 'skipped' },
  stageItem: ({ stage, state, durationMs }) => `${stage}: ${state}${durationMs === undefined ? '' : ` (${durationMs} ms)`}`,
  causes: {
    'entra-single-tenant-common': {
      title: 'The application is registered for one organisation only, but the sign-in used Microsoft’s common endpoint (AADSTS50194).',
      action: 'Make the application multitenant in Microsoft Entra ID, or have the host sign in through the organisation’s own tenant endpoint.',
    },
    'entra-consent-missing': {
      title: 'Nobody has granted the application the permissions it asks for (AADSTS65001).',
      action: 'An administrator opens the application in Microsoft Entra ID, API permissions, and chooses Grant admin consent; then sign in again.',
    },
    'entra-secret-invalid': {
      title: 'The client secret does not match the application (AADSTS7000215).',
      action:
        'Copy the secret’s Value (not its Secret ID) from Certificates & secrets in Microsoft Entra ID and replace the provider’s Client secret.',
    },
    'entra-secret-expired': {
      title: 'The application’s client secret has expired (AADSTS7000222).',
      action: 'Create a new client secret in Microsoft Entra ID, Certificates & secrets, and replace the provider’s Client secret.',
    },
    'entra-app-not-found': {
      title: 'The organisation’s directory has no application with this Application (client) ID (AADSTS700016).',
      action: 'Check the provider’s Application (client) ID, and that the application is registered in, or consented to by, this organisation.',
    },
    'entra-wrong-credentials': {
      title: 'The user name or password is wrong (AADSTS50126).',
      action: 'Check the login and the password, then try again.',
    },
    'oauth-grant-expired': {
      title: 'The mailbox’s sign-in has expired or was revoked (invalid_grant).',
      action: 'Sign in again.',
    },
    'smtp-auth-unsuccessful': {
      title: 'The sending server rejected the sign-in (535 5.7.3).',
      action: 'Check the login and the password. In Microsoft 365, also check that Authenticated SMTP is on for this mailbox.',
    },
    'smtp-auth-disabled': {
      title: 'Sending with SMTP AUTH is turned off for the organisation or for this mailbox (535 5.7.139).',
      action:
        'The Microsoft 365 administrator turns on Authenticated SMTP for the mailbox or the organisation, or switches the provider to OAuth 2.0.',
    },
    'smtp-basic-not-supported': {
      title: 'The server no longer accepts Basic authentication for sending (550 5.7.30).',
      action: 'Switch the provider to OAuth 2.0.',
    },
    'smtp-storedrv-submission': {
      title: 'The server signed the mailbox in but refused to submit the test message (554 5.2.0 STOREDRV).',
      action: 'The mailbox may not send as this address, or its sending is blocked. Check its Send As permission and the sender address.',
    },
    'imap-authenticate-failed': {
      title: 'The IMAP server rejected the sign-in (AUTHENTICATE failed).',
      action:
        'Check the login and the password. For OAuth 2.0, check that the application has IMAP.AccessAsUser.All and that IMAP is on for the mailbox.',
    },
    'imap-not-connected': {
      title: 'The sign-in worked, but the mailbox could not be opened: this is not a wrong password.',
      action:
        'Check that the login names the right mailbox, that IMAP is on for it, and that the signed-in user may open it (Full Access for a shared mailbox).',
    },
    'tls-expired': {
      title: 'The server’s certificate has expired.',
      action: 'The server’s administrator renews the certificate. Do not turn encryption off.',
    },
    'tls-wrong-host': {
      title: 'The server’s certificate is issued for another name.',
      action: 'Use the name the certificate is issued for as the server address, or ask the server’s administrator to fix the certificate.',
    },
    'tls-self-signed': {
      title: 'The server’s certificate is self-signed or from an authority this system does not trust.',
      action:
        'The server’s administrator installs a certificate from a trusted authority, or the application server is set to trust the organisation’s own authority.',
    },
    'dns-not-found': {
      title: 'No server has this name.',
      action: 'Check the spelling of the server address.',
    },
    'connection-refused': {
      title: 'The server refused the connection on this port.',
      action: 'Check the port and the encryption setting, and that the mail service is running.',
    },
    timeout: {
      title: 'The server did not answer in time.',
      action: 'Try again. If it keeps happening, check the address and port, and that a firewall lets the connection through.',
    },
  },
  advisories: {
    'ews-blocked-in-phases': ({ date }) =>
      `Microsoft is blocking EWS in Exchange Online in phases and turns it off on ${date}. Until then a tenant keeps EWS only with EWSEnabled set to True and this application’s ID on its EWS allow list. Switch to IMAP/SMTP with OAuth 2.0.`,
    'ews-off': ({ date }) =>
      `Microsoft turned EWS off in Exchange Online on ${date}: this provider cannot connect. Use IMAP/SMTP with OAuth 2.0 instead.`,
    'basic-off-m365': ({ date }) =>
      `Microsoft 365 has had Basic authentication off for EWS, IMAP and POP since ${date}: mailboxes will not connect with it. Choose OAuth 2.0.`,
    'smtp-basic-m365-ending': ({ date }) =>
      `Sending through Microsoft 365 with Basic authentication still works, but from ${date} it is off by default for existing tenants. Choose OAuth 2.0.`,
    'smtp-basic-m365-off-by-default': ({ date }) =>
      `Since ${date} Microsoft 365 keeps sending with Basic authentication (SMTP AUTH) off by default: it works only where the tenant’s administrator has turned it back on, and Microsoft will announce its final removal in the second half of 2027. Choose OAuth 2.0.`,
  },
  autoconfigErrors: {
    'xml-too-large': 'The file is too large for an autoconfig file (over 64 KB). Choose the config-v1.1.xml file.',
    'xml-doctype': 'The file declares a DOCTYPE or entities, which autoconfig files never do; it was not read, for safety.',
    'xml-entity': 'The file uses an entity that autoconfig files never use; it was not read, for safety.',
    'xml-too-deep': 'The file is nested far deeper than an autoconfig file; it was not read.',
    'xml-too-many-elements': 'The file has far more entries than an autoconfig file; it was not read.',
    'xml-malformed': 'The file is not well-formed XML. Choose the config-v1.1.xml file.',
    'autoconfig-not-autoconfig': 'This XML file is not a Thunderbird autoconfig file (no clientConfig with an emailProvider).',
    'autoconfig-bad-server': 'A server in the file lacks its host name, a valid port or a socket type (SSL, STARTTLS or plain).',
    'autoconfig-no-server': 'The file has no IMAP, Exchange or SMTP server to import.',
  },
  autoconfigNotes: {
    'autoconfig-chose-first': 'The file offers several servers: the first suitable incoming and outgoing ones were taken.',
    'autoconfig-pop3-ignored': 'POP3 servers in the file were left out: providers use IMAP or Exchange.',
    'autoconfig-auth-unsupported': 'The file names an authentication this form does not offer; Basic was chosen. Check the Authentication method.',
  },
  formatDate: (iso) => dayMonthYear(iso, MONTHS),
  /** The check's tools: the stage list's name, Copy diagnostics, Save anyway. */
  tools: {
    connectionCheck: 'Connection check',
    copyDiagnostics: 'Copy diagnostics',
    diagnosticsCopied: 'Diagnostics copied. They hold no password or secret.',
    copyFailed: 'The clipboard is not available. Select the text below and copy it.',
    saveAnyway: 'Save anyway',
    saveAnywayHelp:
      'The failure is outside your control. As an administrator you can save the mailbox now; it is marked as not yet verified until a check passes.',
  },
  report: {
    title: 'Connection check diagnostics',
    library: 'Library',
    checkedAt: 'Checked at',
    outcome: 'Outcome',
    passed: 'all stages passed',
    failedStage: ({ stage }) => `failed at “${stage}”`,
    errorKind: 'Error kind',
    cause: 'Cause',
    fix: 'Fix',
    rawCode: 'server code',
    serverReply: 'server reply',
    certificate: ({ subject, issuer, validTo }) => `certificate: subject ${subject}; issuer ${issuer}; valid to ${validTo}`,
    provider: 'Provider',
    mailbox: 'Mailbox',
  },
};
