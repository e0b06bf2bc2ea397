import { isMicrosoft365Host } from './microsoft.js';
import type { AuthMethod, ServiceType } from './provider.js';

/** Whose OAuth 2.0 help a provider form shows: where to register the application and what its ID looks like. */
export type OAuthHelp = 'microsoft' | 'google' | 'generic';

/** The service family a host belongs to, as far as sign-in is concerned. */
export type ServiceFamily = 'microsoft' | 'google' | 'other';

const GOOGLE_HOSTS = new Set(['imap.gmail.com', 'smtp.gmail.com', 'pop.gmail.com', 'imap.googlemail.com', 'smtp.googlemail.com']);

/** Whether a (canonical) host is Google's mail service (Gmail, Google Workspace). */
export function isGoogleHost(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/\.$/, '').replace(/:\d+$/, '');
  return GOOGLE_HOSTS.has(name) || name.endsWith('.gmail.com') || name.endsWith('.googlemail.com');
}

/**
 * The family of a provider: an Exchange provider is Microsoft's whatever its
 * host (Exchange Server is Microsoft's too); IMAP/SMTP by its host.
 */
export function serviceFamily(type: ServiceType, host: string): ServiceFamily {
  if (type === 'exchange' || (host !== '' && isMicrosoft365Host(host))) return 'microsoft';
  if (host !== '' && isGoogleHost(host)) return 'google';
  return 'other';
}

/** Where a new provider of this kind starts, and whose help it shows. */
export interface ServiceDefaults {
  readonly authMethod: AuthMethod;
  readonly oauthHelp: OAuthHelp;
}

/**
 * Defaults that fit the service: Microsoft (Exchange, Microsoft 365 hosts) and
 * Google hosts start on OAuth 2.0 with that vendor's help — both have turned
 * Basic off or are retiring it. Any other IMAP/SMTP server starts on Basic,
 * which most of them accept, and OAuth 2.0 stays available with generic help.
 */
export function serviceDefaults(type: ServiceType, host: string): ServiceDefaults {
  const family = serviceFamily(type, host);
  if (family === 'other') return { authMethod: 'basic', oauthHelp: 'generic' };
  return { authMethod: 'oauth2', oauthHelp: family };
}
