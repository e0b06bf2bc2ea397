import type { CallOptions, OAuthSignInRequest, OAuthSignInResult } from './adapter.js';
import { ERROR_KINDS, MailSetupError, abortError, throwIfAborted, type MailSetupErrorKind } from './errors.js';
import { OAuthSignInResultSchema } from './schemas.js';

/** The type of the message the backend's sign-in popup posts to its opener (mail-provider-elements/server). */
export const OAUTH_POPUP_MESSAGE = 'mail-setup-oauth';

const CLOSED_POLL_MS = 400;

/**
 * The page side of the backend's popup sign-in: opens
 * `{base}/oauth/start?providerId&email&login&origin` and waits for the popup to
 * post `{ grantRef, signedInAs }` (never a token) from the backend's origin.
 * Rejects with `cancelled` when the popup is blocked or closed first, the posted
 * error's kind when the sign-in failed, `aborted` when the signal fires (the popup
 * is closed then).
 */
export function signInWithPopup(baseUrl: string, request: OAuthSignInRequest, options: CallOptions = {}): Promise<OAuthSignInResult> {
  throwIfAborted(options.signal);
  const url = new URL(`${baseUrl}/oauth/start`);
  url.searchParams.set('providerId', request.providerId);
  url.searchParams.set('email', request.email);
  url.searchParams.set('login', request.login);
  url.searchParams.set('origin', window.location.origin);
  const popup = window.open(url.href, 'mail-setup-sign-in', 'popup,width=520,height=680');
  if (!popup) return Promise.reject(new MailSetupError('cancelled', 'The sign-in window was blocked'));

  return new Promise<OAuthSignInResult>((resolve, reject) => {
    const finish = (settle: () => void) => {
      window.removeEventListener('message', onMessage);
      options.signal?.removeEventListener('abort', onAbort);
      clearInterval(poll);
      settle();
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.origin !== url.origin || event.source !== popup || typeof data !== 'object' || data === null) return;
      if ((data as { type?: unknown }).type !== OAUTH_POPUP_MESSAGE) return;
      const failure = (data as { error?: { kind?: unknown; message?: unknown } }).error;
      if (failure) {
        const kind =
          ERROR_KINDS.includes(failure.kind as MailSetupErrorKind) && failure.kind !== 'aborted' ? (failure.kind as MailSetupErrorKind) : 'unknown';
        finish(() => reject(new MailSetupError(kind, typeof failure.message === 'string' ? failure.message.slice(0, 300) : 'The sign-in failed')));
        return;
      }
      const parsed = OAuthSignInResultSchema.safeParse(data);
      finish(() =>
        parsed.success
          ? resolve({ grantRef: parsed.data.grantRef, signedInAs: parsed.data.signedInAs })
          : reject(new MailSetupError('malformed', 'The sign-in window answered malformed data')),
      );
    };
    const onAbort = () => {
      popup.close();
      finish(() => reject(abortError(options.signal!)));
    };
    // The popup gives no event when the user closes it: poll.
    const poll = setInterval(() => {
      if (popup.closed) finish(() => reject(new MailSetupError('cancelled', 'The sign-in window was closed')));
    }, CLOSED_POLL_MS);
    window.addEventListener('message', onMessage);
    options.signal?.addEventListener('abort', onAbort, { once: true });
  });
}
