/**
 * The forms of a counted phrase, keyed by CLDR plural category; `#` stands for the
 * formatted number. English needs `one` and `other`; Russian `one`, `few`, `many`
 * and `other` (fractions: 1,5 почтового ящика).
 */
export type PluralForms = Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & { readonly other: string };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let value = cache.get(locale);
  if (value === undefined) {
    value = make();
    cache.set(locale, value);
  }
  return value;
}

/**
 * Picks the form for `count` by the locale's plural rules and puts the number,
 * formatted for the locale, in place of `#`:
 * `plural('ru', 5, { one: '# ящик', few: '# ящика', many: '# ящиков', other: '# ящика' })` → `5 ящиков`.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
  const form = forms[category] ?? forms.other;
  return form.replaceAll('#', cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(count));
}
