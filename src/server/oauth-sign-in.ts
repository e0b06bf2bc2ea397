import { createHash, randomBytes } from 'node:crypto';
import { MailSetupError, parseEmail } from '../model/index.js';
import type { MailSetupUser } from './guard.js';
import { errorBody } from './http.js';
import { systemResolver } from './probes/network.js';
import { DEFAULT_AUTHORITY, msalNetworkClient } from './probes/oauth.js';
import type { ConnectionCheckerOptions } from './probes/checker.js';
import type { MailStore, StoredProvider } from './store/store.js';

/*
 * OAuth 2.0 sign-in for a mailbox: authorization code with PKCE through MSAL.
 * The page opens `{base}/oauth/start?…` in a popup; the identity provider sends
 * the browser back to `{base}/oauth/callback`, where the code is redeemed, the
 * tokens (MSAL's cache, with the refresh token) are stored encrypted as a grant,
 * and a tiny page hands `{ grantRef, signedInAs }` — never a token — to the opener
 * with postMessage.
 */

export interface OAuthSignInOptions {
  /** The callback URL registered with the application: `https://app.example.com{base}/oauth/callback`. */
  readonly redirectUri: string;
  /** Default `https://login.microsoftonline.com/organizations`. */
  readonly authority?: string;
  /** Scopes per provider type; offline_access is always added so a refresh token comes back. */
  readonly scopes?: { readonly exchange?: readonly string[]; readonly imapSmtp?: readonly string[] };
}

/** The message the popup posts to its opener. */
export const OAUTH_MESSAGE_TYPE = 'mail-setup-oauth';
const STATE_TTL_MINUTES = 10;

const EXCHANGE_SCOPES = ['https://outlook.office365.com/EWS.AccessAsUser.All'];
const IMAP_SMTP_SCOPES = ['https://outlook.office.com/IMAP.AccessAsUser.All', 'https://outlook.office.com/SMTP.Send'];

export interface SignInContext {
  readonly store: MailStore;
  readonly options: OAuthSignInOptions;
  readonly probes: ConnectionCheckerOptions;
  readonly allowedOrigins: readonly string[];
}

async function application(provider: StoredProvider, context: SignInContext, signal: AbortSignal) {
  if (provider.auth.method !== 'oauth2') throw new MailSetupError('invalid', 'The provider does not use OAuth 2.0', { field: 'providerId' });
  const clientSecret = await context.store.providerSecret(provider.id);
  if (!clientSecret) throw new MailSetupError('invalid', 'The provider has no client secret', { field: 'providerId' });
  const { ConfidentialClientApplication } = await import('@azure/msal-node');
  const authority = context.options.authority ?? DEFAULT_AUTHORITY;
  const networkClient = msalNetworkClient({
    resolver: context.probes.resolver ?? systemResolver,
    policy: context.probes.addressPolicy ?? {},
    ...(context.probes.ca ? { ca: context.probes.ca } : {}),
    signal,
  });
  return new ConfidentialClientApplication({
    auth: { clientId: provider.auth.clientId, clientSecret, authority, knownAuthorities: [new URL(authority).host] },
    system: { networkClient },
  });
}

const scopesFor = (provider: StoredProvider, options: OAuthSignInOptions) => [
  ...(provider.type === 'exchange' ? (options.scopes?.exchange ?? EXCHANGE_SCOPES) : (options.scopes?.imapSmtp ?? IMAP_SMTP_SCOPES)),
  'offline_access',
];

/** `GET {base}/oauth/start?providerId&email&origin`: remembers a PKCE verifier for this user, then redirects to the identity provider. */
export async function startSignIn(request: Request, user: MailSetupUser, context: SignInContext): Promise<Response> {
  const url = new URL(request.url);
  const provider = await context.store.getProvider(url.searchParams.get('providerId') ?? '');
  if (!provider) return popupPage(url.origin, { error: { kind: 'not-found', message: 'No such provider', details: { field: 'providerId' } } });
  const email = parseEmail(url.searchParams.get('email') ?? '');
  const requested = url.searchParams.get('origin') ?? url.origin;
  const opener = requested === url.origin || context.allowedOrigins.includes(requested) ? requested : url.origin;
  try {
    if (!email.ok) throw new MailSetupError('invalid', 'Invalid email address', { field: 'email' });
    const app = await application(provider, context, request.signal);
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const state = randomBytes(24).toString('base64url');
    await context.store.saveOAuthState({ state, userId: user.userId, providerId: provider.id, email: email.email, openerOrigin: opener, verifier });
    const location = await app.getAuthCodeUrl({
      scopes: scopesFor(provider, context.options),
      redirectUri: context.options.redirectUri,
      codeChallenge: challenge,
      codeChallengeMethod: 'S256',
      state,
      loginHint: email.email,
    });
    return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });
  } catch (error) {
    return popupPage(opener, { error: errorBody(MailSetupError.from(error)) });
  }
}

/** `GET {base}/oauth/callback?code&state`: redeems the code with the verifier, stores the grant, tells the opener. */
export async function finishSignIn(request: Request, user: MailSetupUser, context: SignInContext): Promise<Response> {
  const url = new URL(request.url);
  const pending = await context.store.takeOAuthState(url.searchParams.get('state') ?? '', user.userId, STATE_TTL_MINUTES);
  if (!pending) return popupPage(url.origin, { error: { kind: 'cancelled', message: 'The sign-in expired or was not started here', details: {} } });
  try {
    const denied = url.searchParams.get('error');
    if (denied) {
      const description = url.searchParams.get('error_description') ?? '';
      throw new MailSetupError(denied === 'access_denied' ? 'cancelled' : 'auth-failed', /AADSTS\d+/.exec(description)?.[0] ?? denied, {
        field: 'auth',
      });
    }
    const provider = await context.store.getProvider(pending.providerId);
    if (!provider) throw new MailSetupError('not-found', 'No such provider', { field: 'providerId' });
    const app = await application(provider, context, request.signal);
    const result = await app.acquireTokenByCode({
      code: url.searchParams.get('code') ?? '',
      scopes: scopesFor(provider, context.options),
      redirectUri: context.options.redirectUri,
      codeVerifier: pending.verifier,
    });
    const signedInAs = result.account?.username || pending.email;
    const tokens = { msalCache: app.getTokenCache().serialize(), homeAccountId: result.account?.homeAccountId ?? '' };
    const grantRef = await context.store.createGrant(user.userId, provider.id, signedInAs, tokens);
    return popupPage(pending.openerOrigin, { grantRef, signedInAs });
  } catch (error) {
    const failure =
      error instanceof MailSetupError
        ? error
        : new MailSetupError(
            'auth-failed',
            /AADSTS\d+/.exec(String((error as { errorMessage?: unknown }).errorMessage))?.[0] ?? 'The identity provider refused the sign-in',
            { field: 'auth' },
          );
    return popupPage(pending.openerOrigin, { error: errorBody(failure) });
  }
}

/** The popup's last page: posts the outcome to the opener (only at `origin`) and closes. A CSP allows just this script. */
function popupPage(origin: string, outcome: Record<string, unknown>): Response {
  const data = JSON.stringify({ type: OAUTH_MESSAGE_TYPE, ...outcome }).replace(/</g, '\\u003c');
  const script = `(function(){var d=${data};if(window.opener){window.opener.postMessage(d,${JSON.stringify(origin)});}window.close();})();`;
  const hash = createHash('sha256').update(script).digest('base64');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign-in</title><p>You can close this window.</p><script>${script}</script></html>`;
  return new Response(html, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; script-src 'sha256-${hash}'`,
      'referrer-policy': 'no-referrer',
    },
  });
}
