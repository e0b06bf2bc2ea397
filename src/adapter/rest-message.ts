/*
 * What of a server's own words may go into MailSetupError.message, which hosts
 * log. Never anything the request carried (a backend that echoes "wrong password
 * hunter2" must not put the password in a log), no markup, no control or
 * direction characters, nothing that looks like a credential, and not much of it.
 */

/** Longest server text kept, in characters. */
export const MAX_SERVER_TEXT = 200;

const REDACTED = '[redacted]';
// Control, bidi and zero-width characters: they rewrite how a log line reads.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const CREDENTIAL_PAIR =
  /\b(pass(?:word|wd)?|pwd|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key|key|auth(?:orization)?|cookie|session)(\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s&;,]+)/gi;
const BEARER = /\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi;
const JWT_LIKE = /\beyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)*/g;
/** Carried values shorter than this are not searched for (they would match inside ordinary words)… */
const MIN_REDACTED_LENGTH = 4;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string a request carried: the leaves of its JSON body and its path segments. */
export function carriedStrings(body: string | undefined, segments: readonly string[] = []): string[] {
  const found = new Set<string>(segments);
  const visit = (value: unknown): void => {
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  if (body !== undefined) {
    try {
      visit(JSON.parse(body));
    } catch {
      // Not JSON: nothing to find.
    }
  }
  return [...found].filter((value) => value.trim() !== '');
}

/** Server text reduced to what is safe to log; `''` when nothing is. */
export function safeServerText(text: string, carried: readonly string[]): string {
  let out = text.slice(0, 4 * MAX_SERVER_TEXT);
  out = out
    .replace(/<[^>]*>?/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(HIDDEN, ' ');
  // …but one that stands as a word of its own means the text cannot be made safe: drop all of it.
  for (const value of carried) {
    if (value.length < MIN_REDACTED_LENGTH && new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(value)}($|[^\\p{L}\\p{N}])`, 'iu').test(out)) return '';
  }
  for (const value of [...carried].sort((a, b) => b.length - a.length)) {
    if (value.length >= MIN_REDACTED_LENGTH) out = out.replace(new RegExp(escapeRegExp(value), 'gi'), REDACTED);
  }
  out = out.replace(CREDENTIAL_PAIR, `$1$2${REDACTED}`).replace(BEARER, `$1 ${REDACTED}`).replace(JWT_LIKE, REDACTED);
  out = out.replace(/\s+/g, ' ').trim();
  return out.length > MAX_SERVER_TEXT ? `${out.slice(0, MAX_SERVER_TEXT - 1)}…` : out;
}
