/**
 * Microsoft specifics the form must know about: which hosts are Microsoft 365
 * (where Basic authentication is switched off) and the shape of an Entra ID
 * application (client) ID.
 */
const M365_HOSTS = new Set([
  'outlook.office365.com',
  'outlook.office.com',
  'smtp.office365.com',
  'outlook.office365.us', // GCC High
  'outlook-dod.office365.us', // DoD
  'partner.outlook.cn', // operated by 21Vianet
  'outlook.live.com',
  'imap-mail.outlook.com',
  'smtp-mail.outlook.com',
]);

/** Whether a (canonical) host belongs to Microsoft 365 / Exchange Online. */
export function isMicrosoft365Host(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return M365_HOSTS.has(name) || name.endsWith('.outlook.com') || name.endsWith('.office365.com');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Entra ID application (client) IDs are GUIDs: `00000000-0000-0000-0000-000000000000`, braces allowed. */
export function isGuid(value: string): boolean {
  const bare = value.trim().replace(/^\{(.*)\}$/, '$1');
  return GUID.test(bare);
}

/** A GUID in its canonical form: lower case, no braces. */
export function canonicalGuid(value: string): string {
  return value
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();
}

/** What decides an OAuth application's permissions: the service, where it runs, what it does. */
export interface OAuthPermissionsInput {
  readonly type: 'exchange' | 'imap-smtp';
  /** Every server host the provider uses. */
  readonly hosts: readonly string[];
  readonly loadEmails: boolean;
  readonly sendEmails: boolean;
}

/**
 * The delegated permissions a Microsoft Entra ID application needs for this
 * provider (R13): EWS.AccessAsUser.All for Exchange; IMAP.AccessAsUser.All to
 * load and SMTP.Send to send over IMAP/SMTP on Microsoft 365; offline_access to
 * keep signing in. Empty for another service, whose scopes are its own.
 */
export function microsoftOAuthPermissions(input: OAuthPermissionsInput): string[] {
  if (input.type === 'exchange') return ['EWS.AccessAsUser.All', 'offline_access'];
  if (!input.hosts.some(isMicrosoft365Host)) return [];
  return [...(input.loadEmails ? ['IMAP.AccessAsUser.All'] : []), ...(input.sendEmails ? ['SMTP.Send'] : []), 'offline_access'];
}
