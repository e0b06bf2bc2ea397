import { HttpError } from './http.js';

/** Who is asking, as the host's `authenticate` hook says. */
export interface MailSetupUser {
  /** Scopes mailboxes: a user only ever sees and changes their own. */
  readonly userId: string;
  /** The system operation CanManageAdministration (R1): provider writes need it. */
  readonly canManageAdministration: boolean;
}

/** The host's session check: the user, or null when the request has no valid session (answered 401). */
export type Authenticate = (request: Request) => MailSetupUser | null | Promise<MailSetupUser | null>;

/** The CSRF header every write must carry; `verify` checks its value against the session (default: present and not empty). */
export interface CsrfOptions {
  readonly header: string;
  readonly verify?: (token: string, request: Request, user: MailSetupUser) => boolean | Promise<boolean>;
}

export const DEFAULT_CSRF: CsrfOptions = { header: 'x-csrf-token' };

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/** Whether a Host header names this machine's loopback interface. */
export function isLoopbackHost(host: string | null): boolean {
  return host !== null && LOOPBACK_HOST.test(host);
}

/**
 * Refuses cross-site requests: an `Origin` that is neither the request's own nor
 * an allowed one, a `null` origin, or (without Origin) `Sec-Fetch-Site: cross-site`.
 */
export function checkOrigin(request: Request, allowedOrigins: readonly string[]): void {
  const origin = request.headers.get('origin');
  if (origin !== null) {
    if (origin === new URL(request.url).origin || allowedOrigins.includes(origin)) return;
    throw new HttpError(403, 'forbidden', 'Cross-site request refused');
  }
  if (request.headers.get('sec-fetch-site') === 'cross-site') throw new HttpError(403, 'forbidden', 'Cross-site request refused');
}

/** A write (anything but GET/HEAD) must carry the CSRF header, and the host's `verify` must accept it. */
export async function checkCsrf(request: Request, csrf: CsrfOptions | false, user: MailSetupUser): Promise<void> {
  if (csrf === false || request.method === 'GET' || request.method === 'HEAD') return;
  const token = request.headers.get(csrf.header) ?? '';
  const ok = token !== '' && (csrf.verify ? await csrf.verify(token, request, user) : true);
  if (!ok) throw new HttpError(403, 'forbidden', 'CSRF token missing or wrong');
}

/** The user of a request: the hook's answer, or 401 when there is none. */
export async function authenticateRequest(request: Request, authenticate: Authenticate): Promise<MailSetupUser> {
  const user = await authenticate(request);
  if (user === null || typeof user !== 'object' || typeof user.userId !== 'string' || user.userId === '') {
    throw new HttpError(401, 'forbidden', 'Sign in to the application first');
  }
  return { userId: user.userId, canManageAdministration: user.canManageAdministration === true };
}

export function requireAdministration(user: MailSetupUser): void {
  if (!user.canManageAdministration) throw new HttpError(403, 'forbidden', 'Managing providers needs CanManageAdministration');
}
