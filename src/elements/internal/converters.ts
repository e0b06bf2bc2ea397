/**
 * An attribute that is true unless it says `"false"`: a plain boolean attribute
 * could not express a default of true.
 */
export const trueUnlessFalse = {
  fromAttribute: (value: string | null): boolean => value !== 'false',
  toAttribute: (value: boolean): string | null => (value ? null : 'false'),
};

/** `value` when it is a positive finite number (a time limit the host set), else `fallback`. */
export function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
