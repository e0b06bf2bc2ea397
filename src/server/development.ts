import type { SyncServiceState } from './handler.js';
import { HttpError, json } from './http.js';
import type { MailStore } from './store/store.js';

/*
 * Development mode's switches, kept in the database (not in the process) so every
 * instance and restart sees the same: the development user's CanManageAdministration
 * and the Exchange Listener state. The demo host's controls drive them through
 * `PUT {base}/development`.
 */
export interface DevelopmentState {
  readonly canManageAdministration: boolean;
  readonly syncService: SyncServiceState;
}

const KEY = 'development';
const STATES: readonly SyncServiceState[] = ['ok', 'not-configured', 'unreachable'];

export async function developmentState(store: MailStore): Promise<DevelopmentState> {
  const stored = await store.getSetting<Partial<DevelopmentState>>(KEY);
  return { canManageAdministration: stored?.canManageAdministration ?? true, syncService: stored?.syncService ?? 'ok' };
}

/** `GET` reads the switches; `PUT` with `{ canManageAdministration?, syncService? }` changes them. */
export async function handleDevelopmentState(request: Request, store: MailStore, body: () => Promise<Record<string, unknown>>): Promise<Response> {
  if (request.method === 'GET') return json(await developmentState(store));
  if (request.method !== 'PUT') throw new HttpError(405, 'invalid', 'GET or PUT');
  const input = await body();
  const next = { ...(await developmentState(store)) };
  if (input.canManageAdministration !== undefined) {
    if (typeof input.canManageAdministration !== 'boolean')
      throw new HttpError(422, 'invalid', 'canManageAdministration is a boolean', { field: 'canManageAdministration' });
    next.canManageAdministration = input.canManageAdministration;
  }
  if (input.syncService !== undefined) {
    if (!STATES.includes(input.syncService as SyncServiceState))
      throw new HttpError(422, 'invalid', 'syncService is ok, not-configured or unreachable', { field: 'syncService' });
    next.syncService = input.syncService as SyncServiceState;
  }
  await store.setSetting(KEY, next);
  return json(next);
}
