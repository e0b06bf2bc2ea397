import type { ErrorCode } from './codes.js';
import { parseEmail } from './email.js';
import type { LoginFormat } from './provider.js';
import { forbiddenCharacters } from './text-rules.js';

export type LoginResult = { readonly ok: true; readonly login: string } | { readonly ok: false; readonly code: ErrorCode };

/** Longest login accepted; longer ones are certainly pasted by mistake. */
export const MAX_LOGIN_LENGTH = 256;

/**
 * The login a mailbox signs in with, from the provider's login format (R11):
 * `email` → the whole address; `mailbox-name` → the part before the last `@`
 * (`example@google.com` → `example`); `manual` → what the user typed, required.
 * Never throws.
 */
export function deriveLogin(email: string, format: LoginFormat, manualLogin?: string): LoginResult {
  if (format === 'manual') {
    const login = (manualLogin ?? '').trim();
    if (login === '') return { ok: false, code: 'login-required' };
    if (login.length > MAX_LOGIN_LENGTH) return { ok: false, code: 'too-long' };
    const hidden = forbiddenCharacters(login);
    if (hidden !== null) return { ok: false, code: hidden };
    return { ok: true, login };
  }
  const parsed = parseEmail(email);
  if (!parsed.ok) return { ok: false, code: parsed.code === 'required' || parsed.code.startsWith('text-') ? parsed.code : 'email-invalid' };
  return { ok: true, login: format === 'email' ? parsed.email : parsed.localPart };
}

/** Whether the user types the login (only for the `manual` format). */
export function isLoginEditable(format: LoginFormat): boolean {
  return format === 'manual';
}
