import type { ErrorCode } from './codes.js';

/*
 * International host names, one implementation for every platform. The URL parsers
 * of Node and Chromium disagree on a few per cent of international names (Node is
 * more permissive: emoji, symbols, mixed-direction labels, Hangul fillers), and the
 * contract promises a server the same rules as the page. So the model converts names
 * itself, with a deliberately narrow rule that only accepts what both (and IDNA 2008)
 * agree on:
 *
 * - the name is mapped the UTS 46 way that matters in practice: the three ideographic
 *   full stops to `.`, NFKC, lower case — and must be stable under that mapping;
 * - a non-ASCII label holds only letters (not modifier or title-case letters), combining
 *   marks (not as its first character), ASCII digits and hyphens, all in the BMP;
 * - a label in a right-to-left script holds no left-to-right letter, and in a name
 *   with such a label every other label starts with a letter (RFC 5893, simplified);
 * - an `xn--` label must be valid punycode of such a label, in its canonical spelling.
 *
 * Everything else is refused rather than guessed. The Unicode tables used are the
 * JavaScript engine's (`\p{…}`, `normalize`), which only differ between platforms on
 * characters newer than both engines' Unicode versions.
 */

const FULL_STOPS = /[\u3002\uff0e\uff61]/g;
const FULLWIDTH_ASCII = /[\uff01-\uff5e]/g;
// Letters but not modifier/title-case/upper-case ones, non-enclosing marks, ASCII digits and the hyphen.
const LABEL_CHAR = /^(?:[a-z0-9-]|(?![\p{Lm}\p{Lt}\p{Lu}])\p{L}|\p{Mn}|\p{Mc})$/u;
// Letters IDNA 2008 or the platforms refuse though they are \p{L} or \p{Mn}: Hangul fillers, Khmer inherent
// vowels, letter-like symbols, and scripts whose case mapping differs from UTS 46 case folding.
// eslint-disable-next-line no-misleading-character-class -- each class matches one code point, marks included on purpose
const DISALLOWED = /[\u115f\u1160\u17b4\u17b5\u2100-\u214f\u3164\uffa0\p{Script=Cherokee}\p{Script=Georgian}]/u;
// Only these scripts' capitals are folded the same way by lower-casing and by UTS 46.
const FOLDABLE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}]/u;
const RTL_SCRIPTS = '\\p{Script=Hebrew}\\p{Script=Arabic}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}\\p{Script=Samaritan}\\p{Script=Mandaic}';
const RTL = new RegExp(`[${RTL_SCRIPTS}]`, 'u');
// What a right-to-left label may hold besides its own letters: marks of no script, ASCII digits, hyphens.
const RTL_LABEL = new RegExp(`^[${RTL_SCRIPTS}][${RTL_SCRIPTS}\\p{Script=Inherited}0-9-]*$`, 'u');
const LEADING_MARK = /^\p{M}/u;
/*
 * The blocks a non-ASCII character may come from: the scripts IDN registries use, in
 * blocks whose letters were all assigned by Unicode 13 (2020), so that engines a few
 * Unicode versions apart still agree on every one. Later additions inside these
 * blocks are cut out by LATE_ADDITIONS.
 */
const ALLOWED_BLOCKS =
  // eslint-disable-next-line no-misleading-character-class -- each class matches one code point, marks included on purpose
  /^[\u00c0-\u024f\u0300-\u036f\u0370-\u058f\u0590-\u074f\u0780-\u07bf\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1200-\u137f\u1780-\u18af\u1e00-\u1fff\u3040-\u312f\u3400-\u4dbf\u4e00-\u9fef\uac00-\ud7a3]$/u;
// eslint-disable-next-line no-misleading-character-class -- each class matches one code point, marks included on purpose
const LATE_ADDITIONS = /[\u04c0\u061d\u0c3c\u0c5c\u0c5d\u0cdc\u0cdd\u0cf3\u0ece\u170d-\u171f\u180f\u1b4c\u1b7d\u1b7e\u1dfa]/u;
// Characters UTS 46 maps to something else or to nothing, which lower-casing does not.
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/**
 * Maps a name the way browsers do before conversion, and no further: the full stops,
 * full-width ASCII, canonical composition, and lower case one character at a time
 * (so a final capital sigma folds to σ, as UTS 46 folds it, not to ς).
 */
function mapName(name: string): string {
  const folded = name
    .replace(FULL_STOPS, '.')
    .replace(FULLWIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .normalize('NFC');
  return Array.from(folded, (char) => char.toLowerCase())
    .join('')
    .normalize('NFC');
}

/** Whether every capital in the typed name is one whose lower case UTS 46 agrees with. */
function foldsAlike(name: string): boolean {
  for (const char of name) {
    if (char.toLowerCase() !== char && char.codePointAt(0)! > 0x7f && !(FOLDABLE.test(char) && ALLOWED_BLOCKS.test(char))) return false;
    // Capital sharp s: UTS 46 makes it "ss", lower-casing makes it "ß".
    if (char === '\u1e9e' || char === '\u04c0') return false; // and the palochka, which UTS 46 refuses
  }
  return true;
}

/** Whether a Unicode label (already mapped) may be converted. */
function isValidUnicodeLabel(label: string): boolean {
  if (label === '' || LEADING_MARK.test(label) || DISALLOWED.test(label) || DEFAULT_IGNORABLE.test(label)) return false;
  if (label.startsWith('-') || label.endsWith('-') || LATE_ADDITIONS.test(label)) return false;
  // A combining mark belongs on a letter, not on a hyphen or a digit.
  if (/[-0-9]\p{M}/u.test(label)) return false;
  // A compatibility character (①, ʰ, ǆ) has a UTS 46 mapping of its own, which the platforms apply differently.
  if (label.normalize('NFKC') !== label) return false;
  for (const char of label) {
    if (!LABEL_CHAR.test(char)) return false;
    if (char.codePointAt(0)! > 0x7f && !ALLOWED_BLOCKS.test(char)) return false;
    // UTS 46 folds ᾐ to ἠι and ς to σ; lower-casing keeps them. ß is the one such letter all agree on keeping.
    if (char !== '\u00df' && char.toUpperCase().toLowerCase() !== char) return false;
  }
  if (RTL.test(label) && !RTL_LABEL.test(label)) return false;
  return true;
}

/** RFC 5893, simplified: in a name with a right-to-left label, every label starts with a letter. */
function passesBidiRule(labels: readonly string[]): boolean {
  if (!labels.some((label) => RTL.test(label))) return true;
  return labels.every((label) => /^\p{L}/u.test(label));
}

export type IdnaResult = { readonly ok: true; readonly ascii: string } | { readonly ok: false; readonly code: ErrorCode };

/**
 * The ASCII form of a host name that holds non-ASCII characters: mapped, each
 * non-ASCII label checked and converted to `xn--…`. ASCII labels are passed
 * through for the caller's own rules. Never throws.
 */
export function hostToAscii(name: string): IdnaResult {
  if (!foldsAlike(name)) return { ok: false, code: 'address-bad-characters' };
  const mapped = mapName(name);
  if (mapName(mapped) !== mapped) return { ok: false, code: 'address-bad-characters' };
  const labels = mapped.split('.');
  const unicodeLabels: string[] = [];
  const ascii: string[] = [];
  for (const label of labels) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(label)) {
      ascii.push(label);
      unicodeLabels.push(label);
      continue;
    }
    if (!isValidUnicodeLabel(label)) return { ok: false, code: 'address-bad-characters' };
    const encoded = punycodeEncode(label);
    if (encoded === null) return { ok: false, code: 'address-bad-characters' };
    ascii.push(`xn--${encoded}`);
    unicodeLabels.push(label);
  }
  if (!passesBidiRule(unicodeLabels.filter((label) => label !== ''))) return { ok: false, code: 'address-bad-characters' };
  return { ok: true, ascii: ascii.join('.') };
}

/**
 * Whether an ASCII label that starts with `xn--` is a valid A-label: it decodes,
 * the result is a label this module would convert, and converting it gives back
 * exactly this (lower-case) label.
 */
export function isValidALabel(label: string): boolean {
  const lower = label.toLowerCase();
  const decoded = punycodeDecode(lower.slice(4));
  // eslint-disable-next-line no-control-regex
  if (decoded === null || !/[^\x00-\x7f]/.test(decoded)) return false;
  if (mapName(decoded) !== decoded || !isValidUnicodeLabel(decoded)) return false;
  return `xn--${punycodeEncode(decoded)}` === lower;
}

/** The Unicode form of an A-label, or null when it is not one. For display; the stored form stays ASCII. */
export function aLabelToUnicode(label: string): string | null {
  return isValidALabel(label) ? punycodeDecode(label.toLowerCase().slice(4)) : null;
}

// Punycode, RFC 3492.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitChar(digit: number): string {
  return String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
}

function digitValue(char: number): number {
  if (char >= 48 && char <= 57) return char - 22; // 0-9 → 26-35
  if (char >= 97 && char <= 122) return char - 97; // a-z → 0-25
  return -1; // upper case is not canonical; callers lower-case first
}

/** Encodes a Unicode label's code points (no `xn--`), or null on overflow. */
export function punycodeEncode(input: string): string | null {
  const codePoints = Array.from(input, (char) => char.codePointAt(0)!);
  let output = codePoints
    .filter((cp) => cp < 0x80)
    .map((cp) => String.fromCharCode(cp))
    .join('');
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    const m = Math.min(...codePoints.filter((cp) => cp >= n));
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) return null;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) return null;
      if (cp !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

/** Decodes punycode (no `xn--`, lower case), or null when it is not valid punycode. */
export function punycodeDecode(input: string): string | null {
  const delimiter = input.lastIndexOf('-');
  const basic = delimiter < 0 ? '' : input.slice(0, delimiter);
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(basic)) return null;
  const output = Array.from(basic, (char) => char.codePointAt(0)!);
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  let index = delimiter < 0 ? 0 : delimiter + 1;
  while (index < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit < 0 || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    if (Math.floor(i / length) > MAX_INT - n) return null;
    n += Math.floor(i / length);
    i %= length;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) || n < 0x80) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}
