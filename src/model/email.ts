import type { ErrorCode } from './codes.js';
import { normalizeHostName } from './host.js';
import { forbiddenCharacters } from './text-rules.js';

/** RFC 5321 limits: 64 octets for the local part, 254 for the whole path. */
export const MAX_LOCAL_PART = 64;
export const MAX_EMAIL_LENGTH = 254;

// eslint-disable-next-line no-control-regex
const UNQUOTED_LOCAL = /^[^\s"(),:;<>@[\\\]\u0000-\u001f\u007f]+$/u;
// eslint-disable-next-line no-control-regex
const QUOTED_LOCAL = /^"([^"\\\u0000-\u001f\u007f]|\\.)*"$/u;

export type EmailResult =
  | {
      readonly ok: true;
      /** The address with surrounding spaces removed and the domain canonical (lower case, punycode). */
      readonly email: string;
      /** Everything before the last `@`, exactly as typed (local parts are case-sensitive). */
      readonly localPart: string;
      readonly domain: string;
    }
  | { readonly ok: false; readonly code: ErrorCode };

/**
 * Parses an email address the way a mail client should: pragmatic, not the full
 * RFC 5322 grammar. The split is at the *last* `@`, so a quoted local part may
 * contain one (`"a@b"@contoso.com`). Never throws.
 */
export function parseEmail(input: string): EmailResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, code: 'required' };
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return { ok: false, code: 'email-invalid' };
  const localPart = trimmed.slice(0, at);
  const hidden = forbiddenCharacters(localPart);
  if (hidden !== null) return { ok: false, code: hidden };
  if (localPart.length > MAX_LOCAL_PART) return { ok: false, code: 'email-invalid' };
  const quoted = localPart.startsWith('"');
  if (quoted ? !QUOTED_LOCAL.test(localPart) : !UNQUOTED_LOCAL.test(localPart)) {
    return { ok: false, code: 'email-invalid' };
  }
  if (!quoted && (localPart.startsWith('.') || localPart.endsWith('.') || localPart.includes('..'))) {
    return { ok: false, code: 'email-invalid' };
  }
  const host = normalizeHostName(trimmed.slice(at + 1));
  if (!host.ok) return { ok: false, code: 'email-invalid' };
  const email = `${localPart}@${host.host}`;
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, code: 'email-invalid' };
  return { ok: true, email, localPart, domain: host.host };
}

/** The canonical domain of an address, or `null` when the address is not valid. */
export function domainOf(email: string): string | null {
  const parsed = parseEmail(email);
  return parsed.ok ? parsed.domain : null;
}
