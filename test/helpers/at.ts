/**
 * The item at `index`, or a thrown error naming what was missing: with
 * noUncheckedIndexedAccess a test says what it expects to be there instead of
 * asserting it away.
 */
export function at<T>(list: ArrayLike<T>, index: number, what = 'item'): T {
  const item = list[index];
  if (item === undefined) throw new Error(`expected ${what} at index ${index} of ${list.length}`);
  return item;
}
