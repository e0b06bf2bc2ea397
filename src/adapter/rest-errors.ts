import * as z from 'zod/mini';
import { CHECK_STAGES, ERROR_CODES, type FieldErrors, type FieldIssue } from '../model/index.js';
import { ERROR_KINDS, MailSetupError, type MailSetupErrorDetails, type MailSetupErrorKind } from './errors.js';
import { safeServerText } from './rest-message.js';

/*
 * How an HTTP answer that is not a success becomes a MailSetupError, as
 * docs/rest-contract.md describes: the error body's own `kind` when it is one we
 * know, otherwise the status. Only the fields MailSetupErrorDetails names are
 * kept from the body's details, each only when it has the right shape.
 */

/**
 * The HTTP answer behind a MailSetupError that RestAdapter raised for a status
 * that is not a success, kept as the error's `cause`. A host can read it to tell,
 * say, an expired session (401) from a missing permission (403): both are kind
 * `forbidden`. It holds the status only, never the body.
 */
export class RestResponseError extends Error {
  /** Always `RestResponseError`. */
  override readonly name = 'RestResponseError';
  /** The HTTP status, e.g. 401. */
  readonly status: number;

  /** Makes the cause for an answer with `status`. */
  constructor(status: number, statusText = '') {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`);
    this.status = status;
  }
}

/**
 * The kind an HTTP status stands for when the body names none:
 * 400, 422 → `invalid`; 401, 403 → `forbidden` (401 is the user's session with the
 * backend, not a mailbox's credentials); 404 → `not-found`; 408, 504 → `timeout`;
 * 409 → `conflict` (`in-use` for a provider delete, R15); 429 → `rate-limited`;
 * 502, 503 → `unreachable`; anything else → `unknown`.
 */
export function kindForStatus(status: number, operation?: string): MailSetupErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'invalid';
    case 401:
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 408:
    case 504:
      return 'timeout';
    case 409:
      return operation === 'deleteProvider' ? 'in-use' : 'conflict';
    case 429:
      return 'rate-limited';
    case 502:
    case 503:
      return 'unreachable';
    default:
      return 'unknown';
  }
}

/**
 * The kinds a backend may name in an error body. `aborted` is not one of them: it
 * means "the caller stopped the call", which the UI stays quiet about, and only
 * the caller's own signal can say that.
 */
function isServerKind(value: unknown): value is MailSetupErrorKind {
  return value !== 'aborted' && (ERROR_KINDS as readonly unknown[]).includes(value);
}

const TextSchema = z.string();
const VersionSchema = z.number().check(z.int(), z.positive());
const SecondsSchema = z.number().check(z.gte(0), z.lte(31_536_000));
const MailboxesSchema = z.array(z.string());
const FieldIssueSchema = z.object({
  code: z.enum(ERROR_CODES),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

const StageSchema = z.enum(CHECK_STAGES);

/**
 * The details a body carries, reduced to the known fields of the right shape;
 * anything else is dropped. A failed check's `rawCode` and `serverReply` are the
 * server's words: kept only as far as they are safe (no value in `carried`).
 */
export function detailsFromBody(raw: unknown, carried: readonly string[] = []): MailSetupErrorDetails {
  if (!isRecord(raw)) return {};
  const details: { -readonly [K in keyof MailSetupErrorDetails]: MailSetupErrorDetails[K] } = {};
  for (const key of ['field', 'domain', 'providerName', 'reason'] as const) {
    const parsed = TextSchema.safeParse(raw[key]);
    if (parsed.success) details[key] = parsed.data;
  }
  const stage = StageSchema.safeParse(raw.stage);
  if (stage.success) details.stage = stage.data;
  for (const key of ['rawCode', 'serverReply'] as const) {
    const text = typeof raw[key] === 'string' ? safeServerText(raw[key], carried) : '';
    if (text !== '') details[key] = text;
  }
  const currentVersion = VersionSchema.safeParse(raw.currentVersion);
  if (currentVersion.success) details.currentVersion = currentVersion.data;
  const retryAfter = SecondsSchema.safeParse(raw.retryAfterSeconds);
  if (retryAfter.success) details.retryAfterSeconds = retryAfter.data;
  const mailboxes = MailboxesSchema.safeParse(raw.mailboxes);
  if (mailboxes.success) details.mailboxes = mailboxes.data;
  if (isRecord(raw.fieldErrors)) {
    const fieldErrors: Record<string, FieldIssue> = {};
    for (const [field, issue] of Object.entries(raw.fieldErrors)) {
      const parsed = FieldIssueSchema.safeParse(issue);
      if (!parsed.success) continue;
      const { code, params } = parsed.data;
      fieldErrors[field] = params === undefined ? { code } : { code, params };
    }
    if (Object.keys(fieldErrors).length > 0) details.fieldErrors = fieldErrors satisfies FieldErrors;
  }
  return details;
}

/**
 * The MailSetupError for an answer whose status is not a success. `body` is the
 * answer's text: when it is the contract's error body
 * (`{ "error": { "kind", "message", "details" } }`), a known `kind` wins over the
 * status, and `message` and `details` are kept; any other body (an HTML page from
 * a proxy, nothing at all) leaves the status to decide.
 */
export function errorFromResponse(
  operation: string,
  status: number,
  statusText: string,
  body: string,
  context: ResponseContext = {},
): MailSetupError {
  const safeStatusText = safeServerText(statusText, context.carried ?? []);
  return errorFromEnvelope(operation, errorEnvelope(body), kindForStatus(status, operation), context, {
    fallbackText: safeStatusText,
    suffix: ` (HTTP ${status})`,
    cause: new RestResponseError(status, safeStatusText),
  });
}

/**
 * The MailSetupError of a streamed check's `{"type":"error", kind, message, details}`
 * line (docs/rest-contract.md): the same rules as an error body, but there is no
 * status to fall back on, so a kind we do not know is `unknown`.
 */
export function errorFromStreamLine(operation: string, line: Record<string, unknown>, context: ResponseContext = {}): MailSetupError {
  return errorFromEnvelope(operation, line, 'unknown', context, { fallbackText: '', suffix: ' (stream)' });
}

/** The error an envelope `{ kind, message, details }` names, its texts made safe to log. */
function errorFromEnvelope(
  operation: string,
  envelope: Record<string, unknown> | undefined,
  fallbackKind: MailSetupErrorKind,
  context: ResponseContext,
  how: { readonly fallbackText: string; readonly suffix: string; readonly cause?: Error },
): MailSetupError {
  const named = envelope?.kind;
  const kind = isServerKind(named) ? named : fallbackKind;
  const carried = context.carried ?? [];
  // Only what is safe to log: never a value the request carried, no markup (rest-message.ts).
  const serverMessage = typeof envelope?.message === 'string' ? safeServerText(envelope.message, carried) : '';
  const message = `${operation}: ${serverMessage || how.fallbackText || kind}${how.suffix}`;
  const details = detailsFromBody(envelope?.details, carried);
  const withRetry =
    kind === 'rate-limited' && details.retryAfterSeconds === undefined && context.retryAfterSeconds !== undefined
      ? { ...details, retryAfterSeconds: context.retryAfterSeconds }
      : details;
  return new MailSetupError(kind, message, withRetry, how.cause ? { cause: how.cause } : {});
}

/** What `errorFromResponse` needs to know about the exchange besides the answer's status and body. */
export interface ResponseContext {
  /** Every string the request carried (`carriedStrings`): none of them may reach the message. */
  readonly carried?: readonly string[];
  /** What the answer's Retry-After header asks for (`retryAfterSeconds`). */
  readonly retryAfterSeconds?: number | undefined;
}

/** The `error` object of a contract error body, or undefined for any other body. */
function errorEnvelope(body: string): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  return isRecord(value) && isRecord(value.error) ? value.error : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
