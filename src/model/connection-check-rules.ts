import { ConnectionCheckRequestSchema, type ConnectionCheckRequest } from './account.js';
import { DROP, allFieldErrors, type ShapeFillers } from './all-field-errors.js';
import type { FieldErrors, FieldIssue } from './codes.js';
import { parseEmail } from './email.js';
import type { MailProvider } from './provider.js';

export interface ConnectionCheckValidationContext {
  /** The provider the request names, once the server has looked it up: the request must use its authentication method. */
  readonly provider?: Pick<MailProvider, 'auth'>;
  /** Whether the mailbox `accountId` names has a stored password, so `{ action: 'keep' }` can be checked. Defaults to "yes when `accountId` is set". */
  readonly hasStoredPassword?: boolean;
}

export type ConnectionCheckValidation =
  { readonly ok: true; readonly request: ConnectionCheckRequest } | { readonly ok: false; readonly errors: FieldErrors };

/**
 * Validates a connection check's request (B1) before a server tries the mail
 * server: the shape, an address, a login, the provider's authentication method,
 * and a password to try. Its errors become an `invalid` answer through
 * `errorFromFieldErrors`. Never throws.
 */
export function validateConnectionCheckRequest(raw: unknown, context: ConnectionCheckValidationContext = {}): ConnectionCheckValidation {
  const parsed = ConnectionCheckRequestSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const rules = (request: ConnectionCheckRequest) => checkRules(request, context);
    return { ok: false, errors: allFieldErrors(raw, parsed.error.issues, ConnectionCheckRequestSchema, CHECK_FILLERS, rules) };
  }
  const errors = checkRules(parsed.data, context);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const email = parseEmail(parsed.data.email);
  return { ok: true, request: { ...parsed.data, email: email.ok ? email.email : parsed.data.email, login: parsed.data.login.trim() } };
}

function checkRules(request: ConnectionCheckRequest, context: ConnectionCheckValidationContext): FieldErrors {
  const errors: Record<string, FieldIssue> = {};
  const email = parseEmail(request.email);
  if (!email.ok) errors.email = { code: email.code };
  if (request.login.trim() === '') errors.login = { code: 'login-required' };
  if (context.provider && context.provider.auth.method !== request.auth.method) errors.auth = { code: 'option-invalid' };
  if (request.auth.method === 'basic' && request.auth.password.action === 'keep' && !(context.hasStoredPassword ?? request.accountId !== undefined)) {
    errors.password = { code: 'secret-required' };
  }
  return errors;
}

/** Values that stand in for a field of the wrong shape so the other fields' rules still run. */
const CHECK_FILLERS: ShapeFillers = {
  accountId: DROP,
  providerId: 'x',
  email: '',
  login: '',
  auth: { method: 'oauth2', grantRef: 'x' },
  'auth.grantRef': 'x',
  'auth.password': { action: 'replace', value: 'x' },
  'auth.password.value': 'x',
};
