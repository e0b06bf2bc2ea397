import * as z from 'zod/mini';
import type { ConnectionCheckResult, OAuthSignInRequest, OAuthSignInResult, Permissions, SyncServiceStatus } from './adapter.js';

/*
 * Schemas for the adapter's own result types (the model's schemas cover providers
 * and mailboxes). Each is typed against its interface in adapter.ts, so the two
 * cannot drift apart unnoticed.
 */

/** The states of the Exchange Listener service (R2). */
export const SYNC_SERVICE_STATES = ['ok', 'not-configured', 'unreachable'] as const satisfies readonly SyncServiceStatus['state'][];

/** What the current user may do (R1). */
export const PermissionsSchema: z.ZodMiniType<Permissions> = z.object({
  canManageAdministration: z.boolean(),
});

/** The Exchange Listener state (R2). */
export const SyncServiceStatusSchema: z.ZodMiniType<SyncServiceStatus> = z.object({
  state: z.enum(SYNC_SERVICE_STATES),
});

/** A successful connection check; `checkedAt` is ISO 8601 with `Z` or an offset, as `toISOString` and most servers write it. */
export const ConnectionCheckResultSchema: z.ZodMiniType<ConnectionCheckResult> = z.object({
  checkedAt: z.iso.datetime({ offset: true }),
});

/** What an OAuth 2.0 sign-in is for; the REST contract's request body (docs/rest-contract.md, dist/openapi.json). */
export const OAuthSignInRequestSchema: z.ZodMiniType<OAuthSignInRequest> = z.object({
  providerId: z.string().check(z.minLength(1)),
  email: z.string(),
  login: z.string(),
});

/** An OAuth 2.0 sign-in's outcome: a grant reference, never a token. */
export const OAuthSignInResultSchema: z.ZodMiniType<OAuthSignInResult> = z.object({
  grantRef: z.string().check(z.minLength(1)),
  signedInAs: z.string().check(z.minLength(1)),
});
