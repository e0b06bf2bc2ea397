import { Resolver as DnsResolver } from 'node:dns/promises';
import type { MailProviderInput, SecurityMode } from '../../model/index.js';
import type { AddressPolicyOptions } from './address-policy.js';
import { pinnedHttps, systemResolver, type Resolver } from './network.js';

/*
 * Settings for a domain no provider knows yet, for an administrator's new
 * provider: Thunderbird autoconfig (autoconfig.<domain>, then the domain's
 * /.well-known/autoconfig/), RFC 6186 SRV records, and MX hints (Exchange Online).
 * Each suggestion names its source; nothing is saved. Fetches obey the address policy.
 */

export type DiscoverySource = 'autoconfig' | 'well-known-autoconfig' | 'srv' | 'mx';

export interface DiscoverySuggestion {
  readonly source: DiscoverySource;
  /** Where it came from: a URL or DNS names. */
  readonly from: string;
  readonly provider: Partial<MailProviderInput>;
}

export interface DiscoveryOptions {
  readonly resolver?: Resolver;
  readonly addressPolicy?: AddressPolicyOptions;
  readonly ca?: readonly string[];
  /** SRV and MX lookups; default `node:dns`. */
  readonly dns?: {
    resolveSrv(name: string): Promise<{ name: string; port: number; priority: number; weight: number }[]>;
    resolveMx(name: string): Promise<{ exchange: string; priority: number }[]>;
  };
  /** The HTTPS port autoconfig is fetched from. Default 443 (tests use another). */
  readonly httpsPort?: number;
  readonly signal?: AbortSignal;
}

const SOCKET: Record<string, SecurityMode> = { SSL: 'ssl', STARTTLS: 'starttls', plain: 'none' };

/** The first IMAP incoming and SMTP outgoing server of a `config-v1.1.xml`, read without an XML parser (no entities, no DTD). */
export function readAutoconfig(xml: string): Partial<MailProviderInput> | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return null;
  const server = (tag: string, type: string) => {
    const block = new RegExp(`<${tag}\\s+type="${type}"\\s*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1];
    if (!block) return undefined;
    const field = (name: string) => new RegExp(`<${name}>\\s*([^<]+?)\\s*</${name}>`).exec(block)?.[1];
    const host = field('hostname');
    const port = Number(field('port'));
    const security = SOCKET[field('socketType') ?? ''];
    return host && Number.isInteger(port) && security ? { host: host.toLowerCase(), port, security } : undefined;
  };
  const incoming = server('incomingServer', 'imap');
  const outgoing = server('outgoingServer', 'smtp');
  if (!incoming || !outgoing) return null;
  return { type: 'imap-smtp', incoming, outgoing, loadEmails: true, sendEmails: true };
}

async function autoconfig(url: URL, options: DiscoveryOptions): Promise<Partial<MailProviderInput> | null> {
  try {
    const answer = await pinnedHttps(
      url,
      { method: 'GET', headers: { accept: 'application/xml, text/xml' } },
      {
        resolver: options.resolver ?? systemResolver,
        policy: options.addressPolicy ?? {},
        ...(options.ca ? { ca: options.ca } : {}),
        signal: options.signal ?? AbortSignal.timeout(8000),
      },
    );
    return answer.status === 200 ? readAutoconfig(answer.body) : null;
  } catch {
    return null;
  }
}

async function srv(domain: string, options: DiscoveryOptions): Promise<DiscoverySuggestion | null> {
  const dns = options.dns ?? new DnsResolver();
  const first = async (name: string) => {
    const records = await dns.resolveSrv(name).catch(() => []);
    // A target of "." means "not offered here" (RFC 2782).
    return records.filter((record) => record.name !== '' && record.name !== '.').sort((a, b) => a.priority - b.priority || b.weight - a.weight)[0];
  };
  const [imaps, imap, submission] = await Promise.all([
    first(`_imaps._tcp.${domain}`),
    first(`_imap._tcp.${domain}`),
    first(`_submission._tcp.${domain}`),
  ]);
  const incoming = imaps
    ? { host: imaps.name, port: imaps.port, security: 'ssl' as const }
    : imap
      ? { host: imap.name, port: imap.port, security: 'starttls' as const }
      : undefined;
  if (!incoming || !submission) return null;
  const outgoing = { host: submission.name, port: submission.port, security: submission.port === 465 ? ('ssl' as const) : ('starttls' as const) };
  return {
    source: 'srv',
    from: `_imaps._tcp/_imap._tcp/_submission._tcp.${domain}`,
    provider: { type: 'imap-smtp', incoming, outgoing, loadEmails: true, sendEmails: true },
  };
}

async function mx(domain: string, options: DiscoveryOptions): Promise<DiscoverySuggestion | null> {
  const dns = options.dns ?? new DnsResolver();
  const records = await dns.resolveMx(domain).catch(() => []);
  const microsoft = records.find((record) => /\.mail\.protection\.outlook\.com\.?$/i.test(record.exchange));
  if (!microsoft) return null;
  return {
    source: 'mx',
    from: `MX ${microsoft.exchange}`,
    provider: {
      type: 'exchange',
      serviceAddress: 'outlook.office365.com',
      loginFormat: 'email',
      loadEmails: true,
      sendEmails: true,
      domains: [domain],
    },
  };
}

/** Every suggestion the sources give for `domain` (a canonical domain), in the order above. */
export async function discover(domain: string, options: DiscoveryOptions = {}): Promise<DiscoverySuggestion[]> {
  const port = options.httpsPort ?? 443;
  const host = (name: string) => (port === 443 ? name : `${name}:${port}`);
  const urls: [DiscoverySource, URL][] = [
    ['autoconfig', new URL(`https://${host(`autoconfig.${domain}`)}/mail/config-v1.1.xml`)],
    ['well-known-autoconfig', new URL(`https://${host(domain)}/.well-known/autoconfig/mail/config-v1.1.xml`)],
  ];
  const found = await Promise.all([
    ...urls.map(async ([source, url]) => {
      const provider = await autoconfig(url, options);
      return provider ? { source, from: url.href, provider: { ...provider, domains: [domain] } } : null;
    }),
    srv(domain, options),
    mx(domain, options),
  ]);
  return found.filter((suggestion): suggestion is DiscoverySuggestion => suggestion !== null);
}
