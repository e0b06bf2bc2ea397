import { MailSetupError, type MailSetupErrorKind } from '../model/index.js';

/** The status the contract recommends for each error kind (docs/rest-contract.md); the body's `kind` is what counts. */
export const STATUS_FOR_KIND: Readonly<Record<string, number>> = {
  invalid: 422,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'in-use': 409,
  'auth-failed': 422,
  cancelled: 422,
  tls: 502,
  unreachable: 502,
  'rate-limited': 429,
  'sync-service': 503,
  timeout: 504,
  malformed: 502,
  unknown: 500,
};

/** An error answer with a status of its own (415, 413, 401…), still in the contract's body shape. */
export class HttpError extends MailSetupError {
  readonly status: number;

  constructor(status: number, kind: MailSetupErrorKind, message: string, details: MailSetupError['details'] = {}) {
    super(kind, message, details);
    this.status = status;
  }
}

const NO_STORE = { 'cache-control': 'no-store' };

export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: NO_STORE });
}

/** The contract's error body for a failure; anything that is not a MailSetupError is an `unknown` with no detail (it may hold anything). */
export function errorBody(error: unknown): { kind: string; message: string; details: MailSetupError['details'] } {
  if (error instanceof MailSetupError && error.kind !== 'aborted') return { kind: error.kind, message: error.message, details: error.details };
  return { kind: 'unknown', message: 'Internal error', details: {} };
}

export function errorResponse(error: unknown): Response {
  const body = errorBody(error);
  const status = error instanceof HttpError ? error.status : (STATUS_FOR_KIND[body.kind] ?? 500);
  const retryAfter = (body.details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return json({ error: body }, status, typeof retryAfter === 'number' ? { 'retry-after': String(Math.ceil(retryAfter)) } : {});
}

/** Reads a JSON object body of at most `maxBytes`: 415 for another type, 413 past the cap, 400 for anything but an object. */
export async function readJsonObject(request: Request, maxBytes: number): Promise<Record<string, unknown>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new HttpError(415, 'invalid', 'Send JSON (Content-Type: application/json)');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError(413, 'invalid', `The body is over ${maxBytes} bytes`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new HttpError(413, 'invalid', `The body is over ${maxBytes} bytes`);
      chunks.push(chunk);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid', 'The body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'invalid', 'The body is not a JSON object');
  return value as Record<string, unknown>;
}
