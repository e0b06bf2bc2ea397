import { providerAddress, type MailProvider } from '../model/index.js';

/**
 * Whether a provider matches what the user typed: part of its name, its service
 * address (Exchange) or incoming host (IMAP/SMTP), or one of its recognition
 * domains; case-insensitive. A blank query matches everything.
 */
export function providerMatches(provider: MailProvider, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (needle === '') return true;
  return (
    provider.name.toLowerCase().includes(needle) ||
    providerAddress(provider).toLowerCase().includes(needle) ||
    provider.domains.some((domain) => domain.toLowerCase().includes(needle))
  );
}

/** The providers that match, in their order; the same array when the query is blank. */
export function filterProviders<T extends MailProvider>(providers: readonly T[], query: string): readonly T[] {
  return query.trim() === '' ? providers : providers.filter((provider) => providerMatches(provider, query));
}
