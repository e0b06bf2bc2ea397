import { isMicrosoft365Host } from './microsoft.js';
import type { MailProvider, MailProviderInput } from './provider.js';

/**
 * Microsoft's protocol dates, each with its source. Every dated advisory reads
 * them from here, so a moved date is a one-line change.
 */
export const MICROSOFT_PROTOCOL_DATES = {
  /**
   * Basic authentication for EWS, IMAP, POP (and EAS, RPS) in Exchange Online is off.
   * Source: Exchange Team Blog, "Basic Authentication Deprecation in Exchange Online –
   * September 2022 Update" (disablement started 1 October 2022).
   */
  basicAuthOff: '2022-10-01',
  /**
   * EWS in Exchange Online is blocked in phases: tenants whose EWSEnabled is not set
   * are switched to False; EWSEnabled=True plus an AppID allow list keeps listed apps.
   * Source: Exchange Team Blog, "Exchange Online EWS, Your Time is Almost Up" (updated
   * February 2026) and Message center MC1015893 (EWSEnabled behaviour).
   */
  ewsBlockStarts: '2026-10-01',
  /** EWS in Exchange Online is turned off; no exceptions. Source: the same Exchange Team Blog post. */
  ewsOff: '2027-04-01',
  /**
   * SMTP AUTH with Basic is disabled by default for existing tenants (administrators can
   * turn it back on); the final removal date is to be announced in the second half of 2027.
   * Source: Exchange Team Blog, "Updated Exchange Online SMTP AUTH Basic Authentication
   * Deprecation Timeline" (27 January 2026) — "end of December 2026".
   */
  smtpBasicOffByDefault: '2026-12-31',
} as const;

export const ADVISORY_CODES = [
  'ews-blocked-in-phases',
  'ews-off',
  'basic-off-m365',
  'smtp-basic-m365-ending',
  'smtp-basic-m365-off-by-default',
] as const;
export type AdvisoryCode = (typeof ADVISORY_CODES)[number];

export type AdvisorySeverity = 'warning' | 'error';

/** What the advisor suggests instead. */
export type AdvisorySuggestion = 'imap-smtp-oauth' | 'oauth';

/** One note about a provider's protocol and Microsoft's dates. */
export interface Advisory {
  readonly code: AdvisoryCode;
  readonly severity: AdvisorySeverity;
  /** Whether saving the provider should be refused: the protocol no longer works at all. */
  readonly blocksSave: boolean;
  /** The date the note's text names (`YYYY-MM-DD`). */
  readonly date: string;
  readonly suggestion: AdvisorySuggestion;
  /** The field the note belongs beside. */
  readonly field: 'type' | 'auth.method';
}

type AdvisedProvider =
  | (Pick<Extract<MailProvider | MailProviderInput, { type: 'exchange' }>, 'type' | 'serviceAddress' | 'sendEmails' | 'loadEmails'> & {
      readonly auth: { readonly method: string };
    })
  | (Pick<Extract<MailProvider | MailProviderInput, { type: 'imap-smtp' }>, 'type' | 'incoming' | 'outgoing' | 'sendEmails' | 'loadEmails'> & {
      readonly auth: { readonly method: string };
    });

/** `YYYY-MM-DD` of a date (UTC), or the string as given when it already is one. */
export function isoDay(today: Date | string): string {
  if (typeof today === 'string') {
    if (/^\d{4}-\d{2}-\d{2}/.test(today)) return today.slice(0, 10);
    return new Date(today).toISOString().slice(0, 10);
  }
  return today.toISOString().slice(0, 10);
}

/**
 * The protocol advisor: Microsoft's retirements that apply to this provider on
 * `today`. Pure and dated, so a test (or a host's clock) can ask about any day.
 * Only Exchange Online hosts are advised: on-premises Exchange keeps EWS and Basic.
 */
export function adviseProvider(provider: AdvisedProvider, today: Date | string): Advisory[] {
  const day = isoDay(today);
  const dates = MICROSOFT_PROTOCOL_DATES;
  const advisories: Advisory[] = [];
  const basic = provider.auth.method === 'basic';
  if (provider.type === 'exchange') {
    if (!isMicrosoft365Host(provider.serviceAddress)) return advisories;
    if (day >= dates.ewsOff) {
      advisories.push({ code: 'ews-off', severity: 'error', blocksSave: true, date: dates.ewsOff, suggestion: 'imap-smtp-oauth', field: 'type' });
    } else if (day >= dates.ewsBlockStarts) {
      advisories.push({
        code: 'ews-blocked-in-phases',
        severity: 'warning',
        blocksSave: false,
        date: dates.ewsOff,
        suggestion: 'imap-smtp-oauth',
        field: 'type',
      });
    }
    if (basic) advisories.push(basicOff());
    return advisories;
  }
  const incomingOnline = provider.loadEmails && isMicrosoft365Host(provider.incoming.host);
  const outgoingOnline = provider.sendEmails && isMicrosoft365Host(provider.outgoing.host);
  if (basic && incomingOnline) advisories.push(basicOff());
  if (basic && outgoingOnline) {
    const offByDefault = day >= dates.smtpBasicOffByDefault;
    advisories.push({
      code: offByDefault ? 'smtp-basic-m365-off-by-default' : 'smtp-basic-m365-ending',
      severity: 'warning',
      blocksSave: false,
      date: dates.smtpBasicOffByDefault,
      suggestion: 'oauth',
      field: 'auth.method',
    });
  }
  return advisories;
}

function basicOff(): Advisory {
  return {
    code: 'basic-off-m365',
    severity: 'error',
    blocksSave: false,
    date: MICROSOFT_PROTOCOL_DATES.basicAuthOff,
    suggestion: 'oauth',
    field: 'auth.method',
  };
}

/** Whether any advisory refuses the save. */
export function advisoriesBlockSave(advisories: readonly Advisory[]): boolean {
  return advisories.some((advisory) => advisory.blocksSave);
}
