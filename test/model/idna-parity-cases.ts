// Shared by the Node test (test/model/idna-parity.test.ts) and the Chromium test
// (test/browser/idna-parity.test.ts): the same seeded international host names, the
// model's answer for each, and how that answer compares with the platform's URL parser.
import fc from 'fast-check';
import { normalizeHostName } from '../../src/model/index.js';

/** Characters that make international names interesting: scripts, marks, look-alikes, invisibles, mappings. */
const interesting = [
  ...'abcxyz019-',
  ...'äöüßçéñøåæœ', // Latin with diacritics, ß (a deviation character)
  ...'абвгдежзийклмнопрстуфхцчшщъыьэюяё', // Cyrillic
  ...'αβγδεζηθλμνξπρσςτ', // Greek, with final sigma
  ...'中文日本語한국어東京', // CJK, Hangul
  ...'שלוםאבג', // Hebrew
  ...'مرحباعربي', // Arabic
  ...'हिन्दी', // Devanagari with marks
  ...'ไทย', // Thai
  '\u0300',
  '\u0301',
  '\u0308', // combining marks
  '\u00b7',
  '\u0375',
  '\u05f3',
  '\u30fb', // context-dependent punctuation
  '\u0660',
  '\u06f0',
  '\u0966', // non-ASCII digits
  '\u02b0',
  '\u0640',
  '\u3005', // modifier letters, tatweel, iteration mark
  '\u01c5',
  '\u0130', // title case, dotted capital I
  '\uff41',
  '\uff21',
  '\u2460',
  '\u210c', // full-width, circled, letter-like
  '\u3002',
  '\uff0e',
  '\uff61', // full stops that map to "."
  '\u200b',
  '\u200c',
  '\u200d',
  '\u00ad', // invisible and soft hyphen
  '\u115f',
  '\u3164',
  '\uffa0', // Hangul fillers
  '\u2665',
  '\u00a9',
  '\u2122', // symbols
  '\ud83d\ude00',
  '\u{1d41a}', // emoji, mathematical bold a (astral)
  'A',
  'Z',
  'Ä',
  'Ж',
  'Σ',
];

const label = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...interesting), minLength: 1, maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc
        .integer({ min: 0x80, max: 0xffff })
        .filter((cp) => cp < 0xd800 || cp > 0xdfff)
        .map((cp) => String.fromCharCode(cp)),
      minLength: 1,
      maxLength: 4,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('mail', 'contoso', 'xn--bcher-kva', 'xn--zz', '1abc', 'a-b') },
);

/** International host names: two to three labels, the last usually a plain top-level domain. */
export const internationalHost = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 2 }), fc.oneof(label, fc.constantFrom('com', 'рф', 'example', '中国')))
  .map(([labels, tld]) => [...labels, tld].join('.'));

/** The same names on every platform: fast-check's generator is pure JavaScript, seeded. */
export function parityCorpus(count = 5000): string[] {
  return fc.sample(internationalHost, { seed: 20261201, numRuns: count });
}

/** What the platform's URL parser makes of a name (`null` when it refuses it). */
export function platformAscii(name: string): string | null {
  try {
    const host = new URL(`http://${name}/`).hostname;
    return host.endsWith('.') ? host.slice(0, -1) : host;
  } catch {
    return null;
  }
}

/** The model's answer, as one comparable string. */
export function modelAnswer(name: string): string {
  const result = normalizeHostName(name);
  return result.ok ? `ok:${result.host}` : `no:${result.code}`;
}

/** Names the model accepts that the platform refuses or converts differently: must be none. */
export function disagreements(names: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    const ours = normalizeHostName(name);
    if (!ours.ok) continue;
    const theirs = platformAscii(name);
    if (theirs !== ours.host) found.push(`${JSON.stringify(name)}: model ${ours.host}, platform ${String(theirs)}`);
  }
  return found;
}

/** FNV-1a over every answer: equal digests on Node and Chromium mean the same answer for every name. */
export function answersDigest(names: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of names.map(modelAnswer).join('\n')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The digest of the model's answers for `parityCorpus()`, the same on every platform. */
export const EXPECTED_DIGEST = 'dcfe681b';
