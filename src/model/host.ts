import type { ErrorCode, NoteCode } from './codes.js';
import { hostToAscii, isValidALabel } from './idna.js';

/**
 * Host-name rules shared by service addresses and recognition domains.
 *
 * Decision on IP literals: rejected. Exchange (EWS/Autodiscover), Microsoft 365
 * OAuth and TLS certificate validation all work on names; an address such as
 * `10.0.0.5` would pass here and then fail the TLS check with a far less useful
 * message. The error tells the user to type the server's name.
 */
export const MAX_HOST_LENGTH = 253;
export const MAX_LABEL_LENGTH = 63;

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const ASCII_HOST_CHARS = /^[a-z0-9.-]+$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
// A last label the WHATWG URL parser reads as a number (decimal, or hex `0x…`) makes the whole name an IPv4 address to browsers.
const ALL_NUMERIC_TLD = /(^|\.)(\d+|0x[0-9a-f]*)$/;
// ASCII characters that never belong in a host name. Checked before a non-ASCII name goes through the URL
// parser, which would otherwise treat `/ ? # \` as the end of the host and percent-decode `%2e`.
const ASCII_NON_HOST = /[\x21-\x2c\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/;
// Control characters, and the separators of Unicode other than the plain space.
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

export type HostResult = { readonly ok: true; readonly host: string; readonly idn: boolean } | { readonly ok: false; readonly code: ErrorCode };

/**
 * Validates and canonicalises a bare host name (no scheme, port or path):
 * lower case, no trailing dot, IDN to punycode, RFC 1123 labels, at least two labels.
 */
export function normalizeHostName(raw: string): HostResult {
  let name = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  if (name === '') return { ok: false, code: 'required' };
  if (WHITESPACE_OR_CONTROL.test(name)) return { ok: false, code: 'address-spaces' };
  if (name.startsWith('[') || /^[0-9a-f]*:[0-9a-f]*:/i.test(name)) return { ok: false, code: 'address-ip-literal' };
  if (name.includes(':')) return { ok: false, code: 'port-invalid' };
  let idn = false;
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(name)) {
    if (ASCII_NON_HOST.test(name)) return { ok: false, code: 'address-bad-characters' };
    // The model's own conversion, not the platform's URL parser: Node and browsers disagree (idna.ts).
    const ascii = hostToAscii(name);
    if (!ascii.ok) return ascii;
    name = ascii.ascii.endsWith('.') ? ascii.ascii.slice(0, -1) : ascii.ascii;
    idn = true;
  }
  name = name.toLowerCase();
  if (!ASCII_HOST_CHARS.test(name)) return { ok: false, code: 'address-bad-characters' };
  if (IPV4.test(name)) return { ok: false, code: 'address-ip-literal' };
  const labels = name.split('.');
  if (labels.some((label) => label === '')) return { ok: false, code: 'address-empty-label' };
  if (labels.some((label) => label.length > MAX_LABEL_LENGTH)) return { ok: false, code: 'address-label-too-long' };
  if (name.length > MAX_HOST_LENGTH) return { ok: false, code: 'address-too-long' };
  // `xn--zz` looks international but decodes to nothing a browser would show or a DNS server hold.
  if (labels.some((label) => label.startsWith('xn--') && !isValidALabel(label))) return { ok: false, code: 'address-punycode-invalid' };
  if (labels.some((label) => label.startsWith('-') || label.endsWith('-'))) {
    return { ok: false, code: 'address-bad-characters' };
  }
  if (labels.length < 2) return { ok: false, code: 'address-needs-domain' };
  // A numeric top-level label is either an IP address in disguise or a typo.
  if (ALL_NUMERIC_TLD.test(name)) return { ok: false, code: 'address-ip-literal' };
  return { ok: true, host: name, idn };
}

export type ServiceAddressResult =
  | {
      readonly ok: true;
      /** The canonical address: `host` or `host:port`. */
      readonly value: string;
      readonly host: string;
      readonly port?: number;
      /** Present when the result differs from what was typed, saying how. */
      readonly note?: NoteCode;
    }
  | { readonly ok: false; readonly code: ErrorCode };

/**
 * Turns what a user typed or pasted into a mail service address (R9, B4).
 *
 * Accepts `mail.contoso.com`, `Mail.Contoso.com.`, `mail.contoso.com:8443`,
 * `https://mail.contoso.com/EWS/Exchange.asmx?x=1`, `почта.рф` (→ punycode).
 * Never throws; the result is idempotent: normalising `value` again gives `value`
 * with no note.
 */
export function normalizeServiceAddress(input: string): ServiceAddressResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, code: 'required' };
  let rest = trimmed;
  let stripped = false;
  const scheme = SCHEME.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
    stripped = true;
  }
  const pathStart = rest.search(/[/?#\\]/);
  if (pathStart >= 0) {
    rest = rest.slice(0, pathStart);
    stripped = true;
  }
  // user:password@host — never keep credentials typed into an address.
  const at = rest.lastIndexOf('@');
  if (at >= 0) {
    rest = rest.slice(at + 1);
    stripped = true;
  }
  let port: number | undefined;
  const [, hostPart, digits] = /^(.*):(\d*)$/.exec(rest) ?? [];
  if (hostPart !== undefined && digits !== undefined && !hostPart.includes(':')) {
    const parsed = Number(digits);
    if (digits === '' || digits.length > 5 || parsed < 1 || parsed > 65535) return { ok: false, code: 'port-invalid' };
    port = parsed;
    rest = hostPart;
  }
  if (rest === '') return { ok: false, code: 'address-invalid' };
  const host = normalizeHostName(rest);
  if (!host.ok) return host;
  const value = port === undefined ? host.host : `${host.host}:${port}`;
  let note: NoteCode | undefined;
  if (stripped) note = 'address-url-stripped';
  else if (host.idn) note = 'address-idn-converted';
  else if (value !== trimmed) note = 'address-normalized';
  return note === undefined
    ? { ok: true, value, host: host.host, ...(port === undefined ? {} : { port }) }
    : { ok: true, value, host: host.host, ...(port === undefined ? {} : { port }), note };
}

/**
 * Canonicalises a recognition domain (R6): a host name without port or URL parts.
 * Accepts a leading `@` (people paste `@contoso.com`).
 */
export function normalizeDomain(input: string): HostResult {
  let raw = input.trim();
  if (raw.startsWith('@')) raw = raw.slice(1);
  if (raw === '') return { ok: false, code: 'required' };
  if (/[/:?#@\\]/.test(raw)) return { ok: false, code: 'domain-invalid' };
  return normalizeHostName(raw);
}
