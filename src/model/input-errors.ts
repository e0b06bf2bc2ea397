import type { FieldErrors } from './codes.js';
import { MailSetupError } from './errors.js';

const DOMAIN_ITEM = /^domains\.\d+$/;

/**
 * The error for a save that failed the model's validation. When every problem is
 * a recognition domain that already belongs to another provider, that is a
 * `conflict` (details.field, domain, providerName) — the user must pick another
 * domain or change the other provider, not fix a typo. Anything else is `invalid`,
 * with details.field naming the first field and details.fieldErrors all of them.
 *
 * Adapters that validate on a server can use it to answer the same way.
 */
export function errorFromFieldErrors(errors: FieldErrors): MailSetupError {
  const entries = Object.entries(errors);
  const onlyTakenDomains =
    entries.length > 0 && entries.every(([field, issue]) => (field === 'domains' || DOMAIN_ITEM.test(field)) && issue.code === 'domain-taken');
  const taken = onlyTakenDomains ? (entries.find(([key]) => DOMAIN_ITEM.test(key)) ?? entries[0]) : undefined;
  if (taken) {
    const [field, issue] = taken;
    const domain = String(issue.params?.domain ?? '');
    const providerName = String(issue.params?.provider ?? '');
    return new MailSetupError('conflict', `Domain ${domain} belongs to another provider`, { field, domain, providerName, fieldErrors: errors });
  }
  const field = entries[0]?.[0];
  return new MailSetupError('invalid', `Invalid input${field === undefined ? '' : ` at ${field}`}`, {
    ...(field === undefined ? {} : { field }),
    fieldErrors: errors,
  });
}
