import type { EndpointDraft, ProviderDraft } from './provider-draft.js';
import type { AuthMethod, LoginFormat, MailProvider, MailProviderInput, SecurityMode, ServiceType } from './provider.js';
import { child, childrenNamed, escapeXml, parseXml, XmlError, type XmlElement, type XmlErrorCode } from './xml-lite.js';

/**
 * Thunderbird autoconfig (`config-v1.1.xml`, the ISPDB format): import into the
 * provider form and export a provider in the same format. Pure; runs in Node.
 * https://wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat
 */

export const AUTOCONFIG_SOCKET_TYPES = ['SSL', 'STARTTLS', 'plain'] as const;
export type AutoconfigSocketType = (typeof AUTOCONFIG_SOCKET_TYPES)[number];

/** One `<incomingServer>` or `<outgoingServer>`. */
export interface AutoconfigServer {
  /** `imap`, `pop3`, `exchange` (incoming) or `smtp` (outgoing); other values are kept as read. */
  readonly type: string;
  readonly hostname: string;
  readonly port: number;
  readonly socketType: AutoconfigSocketType;
  /** Every `<authentication>` in file order: `OAuth2`, `password-cleartext`, `password-encrypted`, `NTLM` … */
  readonly authentication: readonly string[];
  /** `%EMAILADDRESS%`, `%EMAILLOCALPART%` or a fixed name; absent when the file has none. */
  readonly username?: string;
}

/** The parts of an autoconfig file this library reads and writes. */
export interface AutoconfigFile {
  readonly id?: string;
  readonly displayName?: string;
  readonly domains: readonly string[];
  readonly incoming: readonly AutoconfigServer[];
  readonly outgoing: readonly AutoconfigServer[];
}

export type AutoconfigErrorCode = XmlErrorCode | 'autoconfig-not-autoconfig' | 'autoconfig-bad-server' | 'autoconfig-no-server';

export type AutoconfigParse =
  { readonly ok: true; readonly file: AutoconfigFile } | { readonly ok: false; readonly code: AutoconfigErrorCode; readonly message: string };

/** Parses `config-v1.1.xml`; hostile or malformed input gives a clear error code, never a throw. */
export function parseAutoconfig(source: string): AutoconfigParse {
  let root: XmlElement;
  try {
    root = parseXml(source);
  } catch (error) {
    if (error instanceof XmlError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
  const provider = root.name === 'clientConfig' ? child(root, 'emailProvider') : undefined;
  if (!provider) return { ok: false, code: 'autoconfig-not-autoconfig', message: 'No <clientConfig><emailProvider>' };
  const servers = (name: string): AutoconfigServer[] | string => {
    const result: AutoconfigServer[] = [];
    for (const element of childrenNamed(provider, name)) {
      const server = readServer(element);
      if (typeof server === 'string') return server;
      result.push(server);
    }
    return result;
  };
  const incoming = servers('incomingServer');
  if (typeof incoming === 'string') return { ok: false, code: 'autoconfig-bad-server', message: incoming };
  const outgoing = servers('outgoingServer');
  if (typeof outgoing === 'string') return { ok: false, code: 'autoconfig-bad-server', message: outgoing };
  const id = provider.attributes.id?.trim();
  const displayName = text(child(provider, 'displayName'));
  return {
    ok: true,
    file: {
      ...(id ? { id } : {}),
      ...(displayName ? { displayName } : {}),
      domains: childrenNamed(provider, 'domain')
        .map(text)
        .filter((domain): domain is string => domain !== undefined),
      incoming,
      outgoing,
    },
  };
}

function text(element: XmlElement | undefined): string | undefined {
  const value = element?.text.trim();
  return value === undefined || value === '' ? undefined : value;
}

function readServer(element: XmlElement): AutoconfigServer | string {
  const type = element.attributes.type?.trim() ?? '';
  const hostname = text(child(element, 'hostname'));
  const portText = text(child(element, 'port'));
  const socketType = text(child(element, 'socketType'));
  const where = `<${element.name} type="${type}">`;
  if (type === '' || hostname === undefined) return `${where} has no type or hostname`;
  const port = Number(portText);
  if (portText === undefined || !/^\d{1,5}$/.test(portText) || port < 1 || port > 65535) return `${where} has no valid port`;
  if (!(AUTOCONFIG_SOCKET_TYPES as readonly string[]).includes(socketType ?? '')) return `${where} has no valid socketType`;
  const username = text(child(element, 'username'));
  return {
    type,
    hostname,
    port,
    socketType: socketType as AutoconfigSocketType,
    authentication: childrenNamed(element, 'authentication')
      .map(text)
      .filter((value): value is string => value !== undefined),
    ...(username === undefined ? {} : { username }),
  };
}

const SECURITY_OF: Readonly<Record<AutoconfigSocketType, SecurityMode>> = { SSL: 'ssl', STARTTLS: 'starttls', plain: 'none' };
const SOCKET_OF: Readonly<Record<SecurityMode, AutoconfigSocketType>> = { ssl: 'SSL', starttls: 'STARTTLS', none: 'plain' };
const PASSWORD_AUTH = new Set(['password-cleartext', 'password-encrypted', 'plain', 'secure']);

/** Something worth telling the user about an import: what was chosen, what was left out. */
export type AutoconfigNoteCode = 'autoconfig-chose-first' | 'autoconfig-pop3-ignored' | 'autoconfig-auth-unsupported';

export type AutoconfigImport =
  | {
      readonly ok: true;
      /** The provider form's fields the file sets; the others (client ID, secrets) stay as the user typed them. */
      readonly draft: Pick<ProviderDraft, 'type' | 'loadEmails' | 'sendEmails' | 'loginFormat' | 'authMethod' | 'domains'> &
        Partial<Pick<ProviderDraft, 'name' | 'serviceAddress' | 'incoming' | 'outgoing'>>;
      readonly notes: readonly AutoconfigNoteCode[];
    }
  | { readonly ok: false; readonly code: AutoconfigErrorCode; readonly message: string };

/**
 * The provider settings an autoconfig file describes. `prefer` picks between an
 * Exchange and an IMAP server when the file offers both (the form passes its
 * current type); otherwise the file's order, which is the provider's preference.
 * POP3 is not supported and is left out with a note.
 */
export function importAutoconfig(source: string, prefer?: ServiceType): AutoconfigImport {
  const parsed = parseAutoconfig(source);
  if (!parsed.ok) return parsed;
  const { file } = parsed;
  const notes: AutoconfigNoteCode[] = [];
  const usable = file.incoming.filter((server) => server.type === 'imap' || server.type === 'exchange');
  if (file.incoming.some((server) => server.type === 'pop3')) notes.push('autoconfig-pop3-ignored');
  const smtp = file.outgoing.find((server) => server.type === 'smtp');
  const wanted = prefer === 'imap-smtp' ? 'imap' : prefer;
  const incoming = usable.find((server) => server.type === wanted) ?? usable[0];
  if (!incoming && !smtp) return { ok: false, code: 'autoconfig-no-server', message: 'No IMAP, Exchange or SMTP server' };
  if (usable.length > 1 || file.outgoing.length > 1) notes.push('autoconfig-chose-first');
  const main = incoming ?? smtp!;
  const authMethod = authOf(main, notes);
  const common = {
    loginFormat: loginFormatOf(main.username),
    authMethod,
    domains: [...file.domains],
    ...(file.displayName ? { name: file.displayName } : {}),
  };
  if (incoming?.type === 'exchange') {
    const serviceAddress = incoming.port === 443 ? incoming.hostname : `${incoming.hostname}:${incoming.port}`;
    return { ok: true, draft: { ...common, type: 'exchange', serviceAddress, loadEmails: true, sendEmails: true }, notes };
  }
  const endpoint = (server: AutoconfigServer): EndpointDraft => ({
    host: server.hostname,
    port: String(server.port),
    security: SECURITY_OF[server.socketType],
  });
  return {
    ok: true,
    draft: {
      ...common,
      type: 'imap-smtp',
      loadEmails: incoming !== undefined,
      sendEmails: smtp !== undefined,
      ...(incoming ? { incoming: endpoint(incoming) } : {}),
      ...(smtp ? { outgoing: endpoint(smtp) } : {}),
    },
    notes,
  };
}

function authOf(server: AutoconfigServer, notes: AutoconfigNoteCode[]): AuthMethod {
  if (server.authentication.includes('OAuth2')) return 'oauth2';
  if (server.authentication.length > 0 && !server.authentication.some((value) => PASSWORD_AUTH.has(value))) notes.push('autoconfig-auth-unsupported');
  return 'basic';
}

function loginFormatOf(username: string | undefined): LoginFormat {
  if (username === '%EMAILADDRESS%') return 'email';
  if (username === '%EMAILLOCALPART%') return 'mailbox-name';
  return 'manual';
}

const USERNAME_OF: Readonly<Record<LoginFormat, string | undefined>> = {
  email: '%EMAILADDRESS%',
  'mailbox-name': '%EMAILLOCALPART%',
  manual: undefined,
};

/** The autoconfig description of a provider (no secret: the format has no place for one, and none is written). */
export function autoconfigOfProvider(provider: MailProvider | MailProviderInput): AutoconfigFile {
  const authentication = [provider.auth.method === 'oauth2' ? 'OAuth2' : 'password-cleartext'];
  const username = USERNAME_OF[provider.loginFormat];
  const server = (type: string, host: string, port: number, socketType: AutoconfigSocketType): AutoconfigServer => ({
    type,
    hostname: host,
    port,
    socketType,
    authentication,
    ...(username === undefined ? {} : { username }),
  });
  const base = { ...(provider.name ? { displayName: provider.name } : {}), domains: [...provider.domains] };
  if (provider.type === 'exchange') {
    const [host = '', port] = provider.serviceAddress.split(':');
    return { ...base, incoming: [server('exchange', host, port ? Number(port) : 443, 'SSL')], outgoing: [] };
  }
  return {
    ...base,
    incoming: provider.loadEmails ? [server('imap', provider.incoming.host, provider.incoming.port, SOCKET_OF[provider.incoming.security])] : [],
    outgoing: provider.sendEmails ? [server('smtp', provider.outgoing.host, provider.outgoing.port, SOCKET_OF[provider.outgoing.security])] : [],
  };
}

/** Writes `config-v1.1.xml` for an autoconfig description; every value is escaped. */
export function writeAutoconfig(file: AutoconfigFile): string {
  const id = file.id ?? file.domains[0] ?? 'example.com';
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<clientConfig version="1.1">', `  <emailProvider id="${escapeXml(id)}">`];
  for (const domain of file.domains) lines.push(`    <domain>${escapeXml(domain)}</domain>`);
  if (file.displayName) lines.push(`    <displayName>${escapeXml(file.displayName)}</displayName>`);
  const writeServer = (element: string, server: AutoconfigServer): void => {
    lines.push(`    <${element} type="${escapeXml(server.type)}">`);
    lines.push(`      <hostname>${escapeXml(server.hostname)}</hostname>`);
    lines.push(`      <port>${server.port}</port>`);
    lines.push(`      <socketType>${server.socketType}</socketType>`);
    if (server.username !== undefined) lines.push(`      <username>${escapeXml(server.username)}</username>`);
    for (const auth of server.authentication) lines.push(`      <authentication>${escapeXml(auth)}</authentication>`);
    if (server.type === 'exchange')
      lines.push(`      <ewsURL>https://${escapeXml(server.hostname)}${server.port === 443 ? '' : `:${server.port}`}/EWS/Exchange.asmx</ewsURL>`);
    lines.push(`    </${element}>`);
  };
  for (const server of file.incoming) writeServer('incomingServer', server);
  for (const server of file.outgoing) writeServer('outgoingServer', server);
  lines.push('  </emailProvider>', '</clientConfig>', '');
  return lines.join('\n');
}
