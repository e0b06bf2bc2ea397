import { domainOf } from './email.js';
import { normalizeDomain } from './host.js';
import type { MailProvider } from './provider.js';

/**
 * Finds the provider for an address by its domain (R6).
 *
 * Rule: an exact domain match wins (case-insensitive, IDN compared in punycode).
 * Otherwise a provider domain also covers its subdomains, and the longest such
 * domain wins: `eu.mail.contoso.com` → `mail.contoso.com` before `contoso.com`.
 * Subdomains are covered because organisations route departments through
 * subdomains of one tenant; the longest match lets an administrator carve one out
 * by giving it its own provider. Returns `null` for an invalid address or no match.
 */
export function findProviderForEmail<P extends Pick<MailProvider, 'domains'>>(providers: readonly P[], email: string): P | null {
  const domain = domainOf(email);
  return domain === null ? null : findProviderForDomain(providers, domain);
}

/** As `findProviderForEmail`, from a canonical domain. */
export function findProviderForDomain<P extends Pick<MailProvider, 'domains'>>(providers: readonly P[], domain: string): P | null {
  const wanted = comparable(domain);
  if (wanted === null) return null;
  let best: P | null = null;
  let bestLength = -1;
  for (const provider of providers) {
    for (const raw of provider.domains) {
      const candidate = comparable(raw);
      if (candidate === null) continue;
      if (candidate === wanted) return provider;
      if (candidate.length > bestLength && wanted.endsWith(`.${candidate}`)) {
        best = provider;
        bestLength = candidate.length;
      }
    }
  }
  return best;
}

/**
 * A domain in the form domains are compared in: canonical (lower case, punycode, no
 * trailing dot), so providers stored by an adapter that did not canonicalise their
 * domains still match. Null for one that is not a valid domain: `"COM "` stored by a
 * careless adapter must not capture every `.com` address.
 */
function comparable(domain: string): string | null {
  const canonical = normalizeDomain(domain);
  return canonical.ok ? canonical.host : null;
}
