import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { pinnedHttps, type NetworkContext } from './network.js';
import { clip, stageError } from './stages.js';

export interface OAuthSettings {
  /** The authority, e.g. `https://login.microsoftonline.com/organizations` (default) or a tenant's. Must be https. */
  readonly authority?: string;
}

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** MSAL's HTTP goes through the check's own client: the address policy, pinned addresses, trusted CAs and the stage's signal. */
export function msalNetworkClient(context: NetworkContext): INetworkModule {
  const send = async <T>(method: string, url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const answer = await pinnedHttps(
      new URL(url),
      { method, headers: options?.headers ?? {}, ...(options?.body ? { body: options.body } : {}) },
      context,
    );
    let body: unknown;
    try {
      body = JSON.parse(answer.body);
    } catch {
      body = {};
    }
    return { status: answer.status, headers: answer.headers, body: body as T };
  };
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

async function silently(
  client: import('@azure/msal-node').ConfidentialClientApplication,
  cache: string,
  homeAccountId: unknown,
  scopes: readonly string[],
) {
  const tokenCache = client.getTokenCache();
  tokenCache.deserialize(cache);
  const accounts = await tokenCache.getAllAccounts();
  const account = accounts.find((entry) => entry.homeAccountId === homeAccountId) ?? accounts[0];
  if (!account) throw Object.assign(new Error('no account in the grant'), { errorCode: 'invalid_grant', errorMessage: 'The grant holds no account' });
  return client.acquireTokenSilent({ account, scopes: [...scopes], forceRefresh: true });
}

/**
 * A fresh access token for a mailbox's grant through MSAL, which validates the
 * application (client) ID and secret on the way. Failures keep Microsoft's codes:
 * `rawCode` is the AADSTS number (AADSTS7000215, AADSTS700016…), or `invalid_grant`
 * when the refresh token is expired or revoked (the user must sign in again).
 */
export async function acquireAccessToken(
  app: { clientId: string; clientSecret: string | null },
  tokens: Record<string, unknown> | null,
  scopes: readonly string[],
  settings: OAuthSettings,
  context: NetworkContext,
): Promise<{ accessToken: string; refreshToken?: string }> {
  const refreshToken = typeof tokens?.refreshToken === 'string' ? tokens.refreshToken : undefined;
  const msalCache = typeof tokens?.msalCache === 'string' ? tokens.msalCache : undefined;
  if (!refreshToken && !msalCache) throw stageError('auth-failed', 'The mailbox needs signing in again', { rawCode: 'invalid_grant', field: 'auth' });
  if (!app.clientSecret) throw stageError('auth-failed', 'The provider has no client secret', { rawCode: 'AADSTS7000215', field: 'auth' });
  const { ConfidentialClientApplication } = await import('@azure/msal-node');
  const authority = settings.authority ?? DEFAULT_AUTHORITY;
  const client = new ConfidentialClientApplication({
    auth: { clientId: app.clientId, clientSecret: app.clientSecret, authority, knownAuthorities: [new URL(authority).host] },
    system: { networkClient: msalNetworkClient(context) },
  });
  try {
    // A grant from the sign-in holds MSAL's cache (the refresh token inside); an imported one, the refresh token itself.
    const result = msalCache
      ? await silently(client, msalCache, tokens?.homeAccountId, scopes)
      : await client.acquireTokenByRefreshToken({ refreshToken: refreshToken!, scopes: [...scopes] });
    if (!result?.accessToken) throw new Error('no token');
    return { accessToken: result.accessToken };
  } catch (error) {
    if ((error as { kind?: string }).kind) throw error; // already a stage error (network, policy)
    const { errorCode, errorMessage } = error as { errorCode?: string; errorMessage?: string };
    const aadsts = /AADSTS\d+/.exec(errorMessage ?? '')?.[0];
    const rawCode = errorCode === 'invalid_grant' ? 'invalid_grant' : (aadsts ?? errorCode ?? 'oauth-error');
    // MSAL wraps Entra ID's text ("Error(s): … - Description: AADSTS…: … Trace ID: …"): keep Microsoft's sentence.
    const serverReply = clip(/AADSTS\d+:.*?(?= Trace ID:|$)/s.exec(errorMessage ?? '')?.[0] ?? errorMessage);
    throw stageError('auth-failed', 'The identity provider refused the token request', {
      field: 'auth',
      rawCode,
      ...(serverReply ? { serverReply } : {}),
    });
  }
}
