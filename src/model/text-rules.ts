import type { ErrorCode } from './codes.js';

/*
 * Characters no provider name, email local part, login or display name may hold.
 * Each hides what the text really is: a control character (NUL, a line break in a
 * log line), a bidirectional override (U+202E makes `moc.evil` read as `live.com`)
 * or a zero-width character (two names that look alike but differ).
 */

// C0 and C1 controls and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
// Bidirectional embeddings, overrides and isolates, and the invisible direction marks.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Zero-width and other invisible format characters (word joiner, BOM, Mongolian vowel separator).
const ZERO_WIDTH = /[\u180e\u200b-\u200d\u2060-\u2064\ufeff]/u;

// A zero-width joiner inside an emoji sequence (👩‍💻) is how the emoji is spelled, not a hidden character.
// eslint-disable-next-line no-misleading-character-class -- the class is the skin tones and VS16, one code point each
const EMOJI_JOINER = /(\p{Extended_Pictographic}[\u{1f3fb}-\u{1f3ff}\ufe0f]?)\u200d(?=\p{Extended_Pictographic})/gu;

/** The code for the first kind of forbidden character in `text`, or null when it has none. */
export function forbiddenCharacters(text: string): ErrorCode | null {
  if (CONTROL.test(text)) return 'text-control-characters';
  if (BIDI.test(text)) return 'text-bidi-controls';
  if (ZERO_WIDTH.test(text.replace(EMOJI_JOINER, '$1'))) return 'text-invisible-characters';
  return null;
}
