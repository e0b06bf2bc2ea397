import { MailAccountInputSchema, type MailAccountInput } from './account.js';
import type { FieldErrors, FieldIssue } from './codes.js';
import { parseEmail } from './email.js';
import { DROP, parseSave, type ShapeFillers } from './all-field-errors.js';
import { deriveLogin } from './login.js';
import type { MailProvider } from './provider.js';
import { forbiddenCharacters } from './text-rules.js';

export const MAX_DISPLAY_NAME_LENGTH = 100;

export interface AccountValidationContext {
  /** The mailbox's provider: its login format, and whether it loads and sends at all. */
  readonly provider?: Pick<MailProvider, 'loadEmails' | 'sendEmails' | 'loginFormat' | 'auth'> | undefined;
  /** Whether a password is already stored, so `{ action: 'keep' }` is acceptable. Defaults to "yes when the input has an id". */
  readonly hasStoredPassword?: boolean;
}

export type AccountValidation = { readonly ok: true; readonly input: MailAccountInput } | { readonly ok: false; readonly errors: FieldErrors };

/** Whether `YYYY-MM-DD` names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999: set the year itself.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Validates a mailbox save, the same in the browser and on a server. A mailbox
 * may load (send) mail only through a provider that loads (sends); its login must
 * be the one the provider's login format yields. Never throws.
 */
export function validateAccountInput(raw: unknown, context: AccountValidationContext = {}): AccountValidation {
  const parsed = parseSave(raw, MailAccountInputSchema, ACCOUNT_FILLERS, (input) => checkAccountRules(input, context));
  return parsed.ok ? checkAccountRules(parsed.data, context) : parsed;
}

/** Values that stand in for a field of the wrong shape so the other fields' rules still run. */
const ACCOUNT_FILLERS: ShapeFillers = {
  id: DROP,
  email: '',
  providerId: 'x',
  login: '',
  displayName: '',
  loadEmails: false,
  sendEmails: false,
  isDefault: false,
  isShared: false,
  loadFrom: null,
  auth: { method: 'oauth2', grantRef: 'x' },
  'auth.grantRef': 'x',
  'auth.password': { action: 'replace', value: 'x' },
  'auth.password.value': 'x',
};

/** The rules beyond shape, for an input whose shape is already known to be right. */
function checkAccountRules(input: MailAccountInput, context: AccountValidationContext): AccountValidation {
  const errors: Record<string, FieldIssue> = {};

  const email = parseEmail(input.email);
  if (!email.ok) errors.email = { code: email.code };

  const provider = context.provider;
  let login = input.login.trim();
  if (provider && email.ok) {
    const derived = deriveLogin(email.email, provider.loginFormat, input.login);
    if (!derived.ok) errors.login = { code: derived.code };
    else login = derived.login;
  } else if (login === '') errors.login = { code: 'login-required' };

  const displayName = input.displayName.trim();
  const hidden = forbiddenCharacters(displayName);
  if (hidden !== null) errors.displayName = { code: hidden };
  else if (displayName.length > MAX_DISPLAY_NAME_LENGTH) {
    errors.displayName = { code: 'too-long', params: { max: MAX_DISPLAY_NAME_LENGTH } };
  }
  if (input.loadFrom !== null && !isIsoDate(input.loadFrom)) errors.loadFrom = { code: 'date-invalid' };
  if (provider && input.loadEmails && !provider.loadEmails) errors.loadEmails = { code: 'option-invalid' };
  if (provider && input.sendEmails && !provider.sendEmails) errors.sendEmails = { code: 'option-invalid' };
  if (provider && provider.auth.method !== input.auth.method) errors.auth = { code: 'option-invalid' };

  if (input.auth.method === 'basic') {
    const password = input.auth.password;
    const stored = context.hasStoredPassword ?? input.id !== undefined;
    if (password.action === 'keep' ? !stored : password.value === '') errors.password = { code: 'secret-required' };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { ...input, email: email.ok ? email.email : input.email, login, displayName } };
}
