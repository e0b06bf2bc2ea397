import { checkProviderRules, type ProviderValidation, type ProviderValidationContext } from './provider-rules.js';
import {
  DEFAULT_INCOMING,
  DEFAULT_OUTGOING,
  type AuthMethod,
  type LoginFormat,
  type MailProvider,
  type MailProviderInput,
  type ProviderAuthInput,
  type SecurityMode,
  type ServiceType,
} from './provider.js';

/** An IMAP or SMTP endpoint as the form holds it: the port is text until validated. */
export interface EndpointDraft {
  host: string;
  port: string;
  security: SecurityMode;
}

/**
 * Everything the provider form holds, including the values of fields that are
 * hidden right now (the other service type, the OAuth fields while Basic is
 * chosen), so switching back restores them (B2). Validation reads only what the
 * current choices make visible.
 */
export interface ProviderDraft {
  id?: string;
  /** The stored provider's version the edit started from; sent with the save so a change made elsewhere meanwhile is caught. */
  version?: number;
  type: ServiceType;
  name: string;
  serviceAddress: string;
  incoming: EndpointDraft;
  outgoing: EndpointDraft;
  loadEmails: boolean;
  sendEmails: boolean;
  loginFormat: LoginFormat;
  authMethod: AuthMethod;
  clientId: string;
  /** A newly typed client secret; never the stored one, which the page never sees (B3). */
  clientSecret: string;
  /** Whether a client secret is stored for this provider. */
  hasStoredSecret: boolean;
  /** Whether the user chose to replace the stored secret. */
  replaceSecret: boolean;
  domains: string[];
}

/** A new provider's starting values: Exchange, load and send, login by email, OAuth 2.0 (R12 recommends it). */
export function emptyProviderDraft(overrides: Partial<ProviderDraft> = {}): ProviderDraft {
  return {
    type: 'exchange',
    name: '',
    serviceAddress: '',
    incoming: { host: '', port: String(DEFAULT_INCOMING.port), security: DEFAULT_INCOMING.security },
    outgoing: { host: '', port: String(DEFAULT_OUTGOING.port), security: DEFAULT_OUTGOING.security },
    loadEmails: true,
    sendEmails: true,
    loginFormat: 'email',
    authMethod: 'oauth2',
    clientId: '',
    clientSecret: '',
    hasStoredSecret: false,
    replaceSecret: false,
    domains: [],
    ...overrides,
  };
}

/** The draft for editing a stored provider. */
export function draftFromProvider(provider: MailProvider): ProviderDraft {
  const base = emptyProviderDraft({
    id: provider.id,
    ...(provider.version === undefined ? {} : { version: provider.version }),
    type: provider.type,
    name: provider.name,
    loadEmails: provider.loadEmails,
    sendEmails: provider.sendEmails,
    loginFormat: provider.loginFormat,
    authMethod: provider.auth.method,
    clientId: provider.auth.method === 'oauth2' ? provider.auth.clientId : '',
    hasStoredSecret: provider.auth.method === 'oauth2' && provider.auth.hasClientSecret,
    domains: [...provider.domains],
  });
  if (provider.type === 'exchange') return { ...base, serviceAddress: provider.serviceAddress };
  const endpoint = (e: { host: string; port: number; security: SecurityMode }): EndpointDraft => ({
    host: e.host,
    port: String(e.port),
    security: e.security,
  });
  return { ...base, incoming: endpoint(provider.incoming), outgoing: endpoint(provider.outgoing) };
}

function parsePort(text: string): number {
  const trimmed = text.trim();
  // NaN fails the schema's integer check and becomes `port-invalid`.
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The save the draft stands for, with only the fields its choices make visible:
 * hidden fields are neither validated nor submitted (R12, B2).
 */
export function draftToInput(draft: ProviderDraft): MailProviderInput {
  const auth: ProviderAuthInput =
    draft.authMethod === 'basic'
      ? { method: 'basic' }
      : {
          method: 'oauth2',
          clientId: draft.clientId,
          clientSecret: draft.hasStoredSecret && !draft.replaceSecret ? { action: 'keep' } : { action: 'replace', value: draft.clientSecret },
        };
  const common = {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    ...(draft.id === undefined || draft.version === undefined ? {} : { version: draft.version }),
    name: draft.name,
    loadEmails: draft.loadEmails,
    sendEmails: draft.sendEmails,
    loginFormat: draft.loginFormat,
    domains: [...draft.domains],
    auth,
  };
  if (draft.type === 'exchange') return { ...common, type: 'exchange', serviceAddress: draft.serviceAddress };
  const endpoint = (e: EndpointDraft) => ({ host: e.host, port: parsePort(e.port), security: e.security });
  return { ...common, type: 'imap-smtp', incoming: endpoint(draft.incoming), outgoing: endpoint(draft.outgoing) };
}

/**
 * The draft after the stored provider changed elsewhere (`fresh`) while the user
 * edited `draft`, which started from `initial`: every field the user changed keeps
 * what they typed, every other field takes the stored value, and the version is the
 * stored one — so the next save is a deliberate change of the latest version.
 */
export function rebaseDraft(initial: ProviderDraft, draft: ProviderDraft, fresh: ProviderDraft): ProviderDraft {
  const merged: Record<string, unknown> = { ...fresh };
  for (const key of Object.keys(draft) as (keyof ProviderDraft)[]) {
    if (key === 'version' || key === 'id' || key === 'hasStoredSecret') continue;
    if (JSON.stringify(draft[key]) !== JSON.stringify(initial[key])) merged[key] = draft[key];
  }
  return merged as unknown as ProviderDraft;
}

/** Validates what the form holds, with the same rules as `validateProviderInput`. */
export function validateProviderDraft(draft: ProviderDraft, context: ProviderValidationContext = {}): ProviderValidation {
  const input = draftToInput(draft);
  const portErrors: Record<string, { code: 'port-invalid' }> = {};
  if (input.type === 'imap-smtp') {
    for (const key of ['incoming', 'outgoing'] as const) {
      const port = input[key].port;
      if (!Number.isInteger(port) || port < 1 || port > 65535) portErrors[`${key}.port`] = { code: 'port-invalid' };
    }
  }
  const result = checkProviderRules(input, { hasStoredSecret: draft.hasStoredSecret, ...context });
  if (Object.keys(portErrors).length === 0) return result;
  return {
    ok: false,
    errors: { ...(result.ok ? {} : result.errors), ...portErrors },
    warnings: result.warnings,
  };
}
