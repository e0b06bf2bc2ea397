import type { CheckStage } from './check-stages.js';
import { isMicrosoft365Host } from './microsoft.js';
import type { MailSetupErrorKind } from './errors.js';

/**
 * Causes the error translator recognises in the raw codes and texts adapters pass
 * through. Each has a cause and a fix message in every locale (the lazily loaded
 * diagnostics catalogue).
 */
export const DIAGNOSIS_CODES = [
  'entra-single-tenant-common',
  'entra-consent-missing',
  'entra-secret-invalid',
  'entra-secret-expired',
  'entra-app-not-found',
  'entra-wrong-credentials',
  'oauth-grant-expired',
  'smtp-auth-unsuccessful',
  'smtp-auth-disabled',
  'smtp-basic-not-supported',
  'smtp-storedrv-submission',
  'imap-authenticate-failed',
  'imap-not-connected',
  'tls-expired',
  'tls-wrong-host',
  'tls-self-signed',
  'dns-not-found',
  'connection-refused',
  'timeout',
] as const;
export type DiagnosisCode = (typeof DIAGNOSIS_CODES)[number];

/** What the translator made of a failure. */
export interface Diagnosis {
  /** The recognised cause, or null: then the UI says the error kind's message. */
  readonly code: DiagnosisCode | null;
  readonly kind: MailSetupErrorKind;
  /** The stage that failed: the adapter's, else the one the cause implies. */
  readonly stage?: CheckStage;
  /** The server's own words, kept for the diagnostics report whether recognised or not. */
  readonly rawCode?: string;
  readonly serverReply?: string;
}

interface Rule {
  readonly code: DiagnosisCode;
  readonly pattern: RegExp;
  /** Where this cause shows itself when the adapter did not say. */
  readonly stage: CheckStage;
}

// Most specific first: "535 5.7.139" must not be read as "535 5.7.3"; Entra ID codes end at a non-digit.
const RULES: readonly Rule[] = [
  { code: 'entra-single-tenant-common', pattern: /\bAADSTS50194(?!\d)/i, stage: 'authenticate' },
  { code: 'entra-consent-missing', pattern: /\bAADSTS65001(?!\d)/i, stage: 'authenticate' },
  { code: 'entra-secret-invalid', pattern: /\bAADSTS7000215(?!\d)/i, stage: 'authenticate' },
  { code: 'entra-secret-expired', pattern: /\bAADSTS7000222(?!\d)/i, stage: 'authenticate' },
  { code: 'entra-app-not-found', pattern: /\bAADSTS700016(?!\d)/i, stage: 'authenticate' },
  { code: 'entra-wrong-credentials', pattern: /\bAADSTS50126(?!\d)/i, stage: 'authenticate' },
  { code: 'oauth-grant-expired', pattern: /\binvalid_grant\b/i, stage: 'authenticate' },
  { code: 'smtp-auth-disabled', pattern: /\b535[ -]5\.7\.139(?!\d)/, stage: 'authenticate' },
  { code: 'smtp-auth-unsuccessful', pattern: /\b535[ -]5\.7\.3(?![\d])/, stage: 'authenticate' },
  { code: 'smtp-basic-not-supported', pattern: /\b550[ -]5\.7\.30(?!\d)/, stage: 'authenticate' },
  { code: 'smtp-storedrv-submission', pattern: /\b554[ -]5\.2\.0(?!\d)[\s\S]*STOREDRV|STOREDRV[\s\S]*\b554[ -]5\.2\.0(?!\d)/i, stage: 'send' },
  { code: 'imap-not-connected', pattern: /User is authenticated but not connected/i, stage: 'mailbox' },
  { code: 'imap-authenticate-failed', pattern: /\bAUTHENTICATE failed\b/i, stage: 'authenticate' },
  { code: 'tls-expired', pattern: /\bCERT_HAS_EXPIRED\b|certificate (has )?expired/i, stage: 'tls' },
  {
    code: 'tls-wrong-host',
    pattern: /\bERR_TLS_CERT_ALTNAME_INVALID\b|Hostname\/IP does not match|certificate is not valid for|name mismatch/i,
    stage: 'tls',
  },
  {
    code: 'tls-self-signed',
    pattern: /\b(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\b|self[- ]signed certificate/i,
    stage: 'tls',
  },
  { code: 'dns-not-found', pattern: /\b(ENOTFOUND|EAI_NONAME|NXDOMAIN)\b|name (was )?not (be )?found|getaddrinfo .*not ?found/i, stage: 'resolve' },
  { code: 'connection-refused', pattern: /\bECONNREFUSED\b|connection refused/i, stage: 'connect' },
  { code: 'timeout', pattern: /\b(ETIMEDOUT|ESOCKETTIMEDOUT)\b|timed? ?out/i, stage: 'connect' },
];

/** The facts a translation needs: an error kind and what the adapter passed through. */
export interface DiagnosisInput {
  readonly kind: MailSetupErrorKind;
  readonly details?: { readonly stage?: CheckStage; readonly rawCode?: string; readonly serverReply?: string };
}

/**
 * The error translator: raw codes and server replies → a recognised cause, whose
 * cause and fix the UI says in the user's language. Pure; runs in Node. Unknown
 * texts — and a bare error kind, such as the element's own time limit — give
 * `code: null` and keep the raw words for the diagnostics report.
 */
export function diagnose(error: DiagnosisInput): Diagnosis {
  const { kind, details = {} } = error;
  const { rawCode, serverReply } = details;
  const text = [rawCode, serverReply].filter((part): part is string => typeof part === 'string' && part !== '').join('\n');
  const rule = text === '' ? undefined : RULES.find((candidate) => candidate.pattern.test(text));
  const code = rule?.code ?? null;
  const stage = details.stage ?? rule?.stage ?? (kind === 'timeout' ? 'connect' : stageOfKind(kind));
  return {
    code,
    kind,
    ...(stage === undefined ? {} : { stage }),
    ...(rawCode === undefined ? {} : { rawCode }),
    ...(serverReply === undefined ? {} : { serverReply }),
  };
}

/** The stage a bare error kind points at, when neither the adapter nor the words say. */
function stageOfKind(kind: MailSetupErrorKind): CheckStage | undefined {
  switch (kind) {
    case 'unreachable':
      return 'connect';
    case 'tls':
      return 'tls';
    case 'auth-failed':
      return 'authenticate';
    case 'forbidden':
      return 'mailbox';
    default:
      return undefined;
  }
}

// Public mail services whose certificates are known to be right: a TLS failure there means the network
// in between (a proxy, an inspecting firewall) or the service itself, not a setting the user got wrong.
const WELL_KNOWN_HOSTS = /(^|\.)(gmail\.com|googlemail\.com|yahoo\.com|icloud\.com|me\.com|yandex\.(ru|com)|mail\.ru|zoho\.(com|eu))$/;

/** Whether a host belongs to a well-known public mail service (Microsoft 365, Gmail, Yahoo, iCloud, Yandex, Mail.ru, Zoho). */
export function isWellKnownMailHost(host: string): boolean {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return isMicrosoft365Host(name) || WELL_KNOWN_HOSTS.test(name);
}

/**
 * Failures outside the user's control (B1): the service is down or unreachable,
 * or a known host's certificate fails. An administrator may save such a mailbox
 * anyway, marked as not yet verified; a wrong password or a refused consent may not.
 */
export function isOutsideUserControl(diagnosis: Diagnosis, knownHost: boolean): boolean {
  if (diagnosis.kind === 'sync-service' || diagnosis.kind === 'timeout') return true;
  if (diagnosis.code === 'connection-refused' || diagnosis.code === 'timeout') return true;
  if (diagnosis.kind === 'unreachable' && diagnosis.code !== 'dns-not-found') return true;
  if (diagnosis.kind === 'tls' || diagnosis.stage === 'tls') return knownHost;
  return false;
}
