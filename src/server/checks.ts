import { ConnectionCheckRequestSchema, MailSetupError, schemaIssuesToFieldErrors } from '../model/index.js';
import { errorFromFieldErrors } from '../adapter/input-errors.js';
import type { MailSetupUser } from './guard.js';
import { errorBody, errorResponse, json, readJsonObject } from './http.js';
import type { CheckStageReport, StageFailureDetails } from './probes/stages.js';
import type { MailStore, StoredProvider } from './store/store.js';

/** What a check tries: the provider, the mailbox's address and login, and its credentials, decrypted for this check only. */
export interface CheckTarget {
  readonly provider: StoredProvider;
  readonly email: string;
  readonly login: string;
  /** Basic authentication. */
  readonly password?: string;
  /** OAuth 2.0: the grant's tokens (null when it holds none) and the provider's client secret. */
  readonly oauth?: { readonly grantRef: string; readonly tokens: Record<string, unknown> | null; readonly clientSecret: string | null };
}

export interface CheckContext {
  /** Fires when the client goes away or the check's time limit runs out. */
  readonly signal: AbortSignal;
  readonly onStage: (report: CheckStageReport) => void;
}

/** Runs a connection check; rejects with a MailSetupError naming the failing stage. */
export type ConnectionChecker = (target: CheckTarget, context: CheckContext) => Promise<{ stages?: CheckStageReport[] }>;

export interface CheckDependencies {
  readonly store: MailStore;
  readonly checker: ConnectionChecker;
  readonly syncState: () => Promise<string>;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
}

/**
 * `POST {base}/connection-checks`: resolves the request's credentials (a stored
 * password for `keep`, the user's own grant for OAuth 2.0), then runs the checker.
 * With `Accept: application/x-ndjson` the stages stream as they run; a request
 * refused before any stage ran gets the ordinary error answer.
 */
export async function handleConnectionCheck(request: Request, user: MailSetupUser, deps: CheckDependencies): Promise<Response> {
  const body = await readJsonObject(request, deps.maxBodyBytes);
  const target = await resolveTarget(body, user, deps);
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(deps.timeoutMs)]);
  const run = async (onStage: (report: CheckStageReport) => void) => {
    try {
      const result = await deps.checker(target, { signal, onStage });
      return { checkedAt: new Date().toISOString(), ...(result.stages ? { stages: result.stages } : {}) };
    } catch (caught) {
      const error =
        signal.aborted && !request.signal.aborted && !(caught instanceof MailSetupError && caught.kind === 'timeout')
          ? new MailSetupError('timeout', 'The check ran out of time', {})
          : caught;
      if (target.oauth && error instanceof MailSetupError && (error.details as StageFailureDetails).rawCode === 'invalid_grant') {
        await deps.store.revokeGrant(user.userId, target.oauth.grantRef);
      }
      throw error;
    }
  };

  if (!(request.headers.get('accept') ?? '').includes('application/x-ndjson')) {
    try {
      return json(await run(() => undefined));
    } catch (error) {
      return errorResponse(error);
    }
  }
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => {
        if (!request.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      };
      try {
        line({ type: 'result', ...(await run((report) => line({ type: 'stage', ...report }))) });
      } catch (error) {
        line({ type: 'error', ...errorBody(error) });
      }
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}

async function resolveTarget(body: Record<string, unknown>, user: MailSetupUser, deps: CheckDependencies): Promise<CheckTarget> {
  // Checked before the schema, which would call an empty grant merely "invalid": it means "not signed in".
  const auth = body.auth as { method?: unknown; grantRef?: unknown } | undefined;
  if (auth?.method === 'oauth2' && (typeof auth.grantRef !== 'string' || auth.grantRef === '')) {
    throw new MailSetupError('auth-failed', 'Not signed in', { field: 'auth' });
  }
  const parsed = ConnectionCheckRequestSchema.safeParse(body);
  if (!parsed.success) throw errorFromFieldErrors(schemaIssuesToFieldErrors(parsed.error.issues));
  const checked = parsed.data;
  const provider = await deps.store.getProvider(checked.providerId);
  if (!provider) throw new MailSetupError('not-found', 'No such provider', { field: 'providerId' });
  if (provider.type === 'exchange') {
    const state = await deps.syncState();
    if (state !== 'ok') throw new MailSetupError('sync-service', `Exchange Listener is ${state}`);
  }
  if (checked.auth.method !== provider.auth.method) {
    throw new MailSetupError('invalid', 'The provider uses another authentication method', { field: 'auth' });
  }
  const common = { provider, email: checked.email, login: checked.login };
  if (checked.auth.method === 'oauth2') {
    const grant = await deps.store.getGrant(user.userId, checked.auth.grantRef);
    if (!grant || grant.providerId !== provider.id) throw new MailSetupError('auth-failed', 'Not signed in', { field: 'auth' });
    return { ...common, oauth: { grantRef: grant.id, tokens: grant.tokens, clientSecret: await deps.store.providerSecret(provider.id) } };
  }
  if (checked.auth.password.action === 'replace') return { ...common, password: checked.auth.password.value };
  if (checked.accountId === undefined) throw new MailSetupError('auth-failed', 'No password is stored', { field: 'password' });
  const stored = await deps.store.accountWithPassword(user.userId, checked.accountId);
  if (!stored) throw new MailSetupError('not-found', 'No such mailbox', { field: 'accountId' });
  if (stored.password === null) throw new MailSetupError('auth-failed', 'No password is stored', { field: 'password' });
  return { ...common, password: stored.password };
}
