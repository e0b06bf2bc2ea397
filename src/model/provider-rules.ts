import type { FieldErrors, FieldIssue, FieldWarnings, NoteCode, WarningCode } from './codes.js';
import { DROP, parseSave, type ShapeFillers } from './all-field-errors.js';
import { normalizeDomain, normalizeServiceAddress } from './host.js';
import { canonicalGuid, isGuid, isMicrosoft365Host } from './microsoft.js';
import {
  MAX_NAME_LENGTH,
  MailProviderInputSchema,
  type MailProvider,
  type MailProviderInput,
  type ProviderAuthInput,
  type ServerEndpoint,
} from './provider.js';
import { forbiddenCharacters } from './text-rules.js';

/** What validation needs to know beyond the input itself. */
export interface ProviderValidationContext {
  /** The other providers, to report a domain that already belongs to one of them. */
  readonly otherProviders?: readonly Pick<MailProvider, 'id' | 'name' | 'domains'>[];
  /**
   * Whether a client secret is already stored for this provider, so that
   * `{ action: 'keep' }` is acceptable. Defaults to "yes when the input has an id".
   */
  readonly hasStoredSecret?: boolean;
}

export type ProviderValidation =
  | {
      readonly ok: true;
      /** The canonical input: trimmed, addresses and domains normalised, GUID lower-cased. */
      readonly input: MailProviderInput;
      readonly warnings: FieldWarnings;
      /** How normalisation changed a field, keyed like errors. */
      readonly notes: Readonly<Record<string, NoteCode>>;
    }
  | { readonly ok: false; readonly errors: FieldErrors; readonly warnings: FieldWarnings };

/**
 * Validates a provider save — the same rules in the browser and on an
 * integrator's server. Accepts anything (`unknown`); never throws.
 */
export function validateProviderInput(raw: unknown, context: ProviderValidationContext = {}): ProviderValidation {
  const parsed = parseSave(raw, MailProviderInputSchema, PROVIDER_FILLERS, (input) => checkProviderRules(input, context));
  return parsed.ok ? checkProviderRules(parsed.data, context) : { ...parsed, warnings: {} };
}

const ENDPOINT_FILLER = { host: 'x', port: 993, security: 'ssl' };

/** Values that stand in for a field of the wrong shape so the other fields' rules still run. */
const PROVIDER_FILLERS: ShapeFillers = {
  id: DROP,
  name: '-',
  serviceAddress: '',
  incoming: ENDPOINT_FILLER,
  'incoming.host': ENDPOINT_FILLER.host,
  'incoming.port': ENDPOINT_FILLER.port,
  'incoming.security': ENDPOINT_FILLER.security,
  outgoing: ENDPOINT_FILLER,
  'outgoing.host': ENDPOINT_FILLER.host,
  'outgoing.port': ENDPOINT_FILLER.port,
  'outgoing.security': ENDPOINT_FILLER.security,
  loadEmails: true,
  sendEmails: true,
  loginFormat: 'email',
  auth: { method: 'basic' },
  'auth.method': 'basic',
  'auth.clientId': 'x',
  'auth.clientSecret': { action: 'replace', value: 'x' },
  'auth.clientSecret.value': 'x',
  domains: [],
  'domains.#': 'x',
};

/** The rules beyond shape, for an input whose shape is already known to be right. */
export function checkProviderRules(input: MailProviderInput, context: ProviderValidationContext = {}): ProviderValidation {
  const errors: Record<string, FieldIssue> = {};
  const notes: Record<string, NoteCode> = {};
  const hosts: string[] = [];
  // Hosts that load mail (EWS or IMAP): where Microsoft 365 has had Basic off since 2022.
  const loadHosts: string[] = [];

  const name = input.name.trim();
  const hidden = forbiddenCharacters(name);
  if (name === '') errors.name = { code: 'required' };
  else if (hidden !== null) errors.name = { code: hidden };
  else if (name.length > MAX_NAME_LENGTH) errors.name = { code: 'too-long', params: { max: MAX_NAME_LENGTH } };

  let location: Pick<Extract<MailProviderInput, { type: 'exchange' }>, 'serviceAddress'> | { incoming: ServerEndpoint; outgoing: ServerEndpoint };
  if (input.type === 'exchange') {
    const address = normalizeServiceAddress(input.serviceAddress);
    if (!address.ok) errors.serviceAddress = { code: address.code };
    else {
      hosts.push(address.host);
      loadHosts.push(address.host);
      if (address.note) notes.serviceAddress = address.note;
    }
    location = { serviceAddress: address.ok ? address.value : input.serviceAddress };
  } else {
    const endpoint = (key: 'incoming' | 'outgoing', value: ServerEndpoint): ServerEndpoint => {
      const address = normalizeServiceAddress(value.host);
      if (!address.ok) errors[`${key}.host`] = { code: address.code };
      else if (address.port !== undefined) errors[`${key}.host`] = { code: 'address-invalid' };
      else {
        hosts.push(address.host);
        if (key === 'incoming') loadHosts.push(address.host);
        if (address.note) notes[`${key}.host`] = address.note;
      }
      return { ...value, host: address.ok ? address.host : value.host };
    };
    location = { incoming: endpoint('incoming', input.incoming), outgoing: endpoint('outgoing', input.outgoing) };
  }

  // R10: the error belongs to the group, not to either checkbox.
  if (!input.loadEmails && !input.sendEmails) errors.delivery = { code: 'delivery-none' };

  const microsoft365 = hosts.some(isMicrosoft365Host);
  let auth: ProviderAuthInput = input.auth;
  if (input.auth.method === 'oauth2') {
    const clientId = input.auth.clientId.trim();
    const needsGuid = input.type === 'exchange' || microsoft365;
    if (clientId === '') errors['auth.clientId'] = { code: 'required' };
    else if (needsGuid && !isGuid(clientId)) errors['auth.clientId'] = { code: 'client-id-not-guid' };
    const secret = input.auth.clientSecret;
    const stored = context.hasStoredSecret ?? input.id !== undefined;
    if (secret.action === 'keep' ? !stored : secret.value.trim() === '') {
      errors['auth.clientSecret'] = { code: 'secret-required' };
    }
    auth = {
      method: 'oauth2',
      clientId: needsGuid && isGuid(clientId) ? canonicalGuid(clientId) : clientId,
      clientSecret: secret.action === 'keep' ? secret : { action: 'replace', value: secret.value.trim() },
    };
  }

  const domains = checkDomains(input.domains, input.id, context, errors);

  const warnings: Record<string, FieldIssue<WarningCode>> = {};
  if (input.auth.method === 'basic') {
    const warning = basicAuthWarning(input.type, loadHosts, microsoft365);
    if (warning) warnings['auth.method'] = { code: warning };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors, warnings };
  const canonical: MailProviderInput = { ...input, ...location, name, auth, domains };
  return { ok: true, input: canonical, warnings, notes };
}

function checkDomains(
  domains: readonly string[],
  ownId: string | undefined,
  context: ProviderValidationContext,
  errors: Record<string, FieldIssue>,
): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  const owners = new Map<string, string>();
  for (const other of context.otherProviders ?? []) {
    if (other.id === ownId) continue;
    for (const domain of other.domains) owners.set(domain.toLowerCase(), other.name);
  }
  domains.forEach((raw, index) => {
    const key = `domains.${index}`;
    const domain = normalizeDomain(raw);
    if (!domain.ok) {
      errors[key] = { code: domain.code === 'required' ? 'domain-invalid' : domain.code === 'address-needs-domain' ? 'domain-invalid' : domain.code };
      return;
    }
    if (seen.has(domain.host)) {
      errors[key] = { code: 'domain-duplicate', params: { domain: domain.host } };
      return;
    }
    const owner = owners.get(domain.host);
    if (owner !== undefined) {
      errors[key] = { code: 'domain-taken', params: { domain: domain.host, provider: owner } };
      return;
    }
    seen.add(domain.host);
    result.push(domain.host);
  });
  const first = domains.findIndex((_, index) => errors[`domains.${index}`] !== undefined);
  if (first >= 0) errors.domains = errors[`domains.${first}`]!;
  return result;
}

/**
 * The dateless Basic warning (R12). Microsoft 365 has had Basic off for EWS and IMAP
 * since 2022, so a loading host there says so; SMTP submission with Basic still works
 * for now, so an outgoing-only Microsoft 365 host gets the general retirement warning
 * (the dated details are the protocol advisor's).
 */
function basicAuthWarning(type: MailProvider['type'], loadHosts: readonly string[], anyMicrosoft365: boolean): WarningCode | undefined {
  if (loadHosts.some(isMicrosoft365Host)) return 'basic-auth-m365';
  if (type === 'exchange' || anyMicrosoft365) return 'basic-auth-deprecated';
  return undefined;
}

/** Warnings for a provider as stored, e.g. to badge Basic providers in a list. */
export function providerWarnings(provider: MailProvider): FieldWarnings {
  if (provider.auth.method !== 'basic') return {};
  const loadHosts = provider.type === 'exchange' ? [provider.serviceAddress] : [provider.incoming.host];
  const hosts = provider.type === 'exchange' ? loadHosts : [...loadHosts, provider.outgoing.host];
  const warning = basicAuthWarning(provider.type, loadHosts, hosts.some(isMicrosoft365Host));
  return warning ? { 'auth.method': { code: warning } } : {};
}
