import { MailSetupError } from '../model/errors.js';
import { RestResponseError } from './rest-errors.js';

/*
 * Small guards RestAdapter applies to every request and answer, each in its own
 * function: ids that cannot change a URL, redirects that are never followed, a
 * cap on the bytes read from an answer, and the Retry-After header.
 */

/** The most bytes read from one answer unless `maxResponseBytes` says otherwise: 4 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * An id for a path segment. Empty, `.` and `..` name no record, and the last two
 * would move the URL itself (`DELETE {base}/providers/..` is `DELETE {base}/`), so
 * they are `not-found` without a request; anything else is one encoded segment.
 */
export function requirePathId(id: unknown, what: 'provider' | 'mailbox'): string {
  if (typeof id !== 'string' || id === '' || id === '.' || id === '..') {
    throw new MailSetupError('not-found', `No such ${what}`, { field: 'id' });
  }
  return id;
}

/**
 * The error for an answer that tries to send the request elsewhere. RestAdapter
 * fetches with `redirect: 'manual'`: a browser then hands back an opaque redirect
 * (status 0), Node the 3xx itself. Following would re-send the body — a client
 * secret or a password — to wherever `Location` points.
 */
export function redirectError(operation: string, response: Pick<Response, 'type' | 'status'>): MailSetupError | null {
  const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
  if (!redirected) return null;
  return new MailSetupError(
    'unknown',
    `${operation}: the backend answered with a redirect, which RestAdapter does not follow (point baseUrl at the final address)`,
    { reason: 'redirect' },
    { cause: new RestResponseError(response.status) },
  );
}

/**
 * Reads an answer's body as text, at most `maxBytes` bytes (none for 0 or
 * `Infinity`): past that, reading stops, the body is cancelled and the call is
 * `malformed`. A declared Content-Length over the limit is refused before reading.
 */
export async function readLimitedText(response: Response, maxBytes: number, operation: string): Promise<string> {
  if (!(Number.isFinite(maxBytes) && maxBytes > 0)) return response.text();
  const tooLarge = () => new MailSetupError('malformed', `${operation}: the answer is larger than ${maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  const body = response.body;
  if (declared > maxBytes) {
    await body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (body === null) {
    const text = await response.text();
    if (new TextEncoder().encode(text).byteLength > maxBytes) throw tooLarge();
    return text;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * The seconds a `Retry-After` header asks to wait: delta-seconds (`120`) or an
 * HTTP date, counted from `now`. Undefined when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text);
  // An HTTP date names a weekday or a month; a bare number or "-5" is not one.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
