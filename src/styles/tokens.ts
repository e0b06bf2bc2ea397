import { unsafeCSS, type CSSResult } from 'lit';

/*
 * System tokens. A host themes the elements by setting `--mpe-*` custom
 * properties on the element or on ANY ancestor (`:root`, a panel, a dialog).
 * That works because no element ever declares a public token: `:host` maps each
 * one to a private `--_mpe-*` variable with the default as fallback, so an
 * inherited value from above always wins over the default.
 *
 * Light and dark: colour defaults use `light-dark()`, which follows the
 * `color-scheme` the element inherits. The elements never set `color-scheme`
 * themselves, so a page with `color-scheme: dark` (or `light dark` and a dark
 * OS setting) gets dark; a page that sets nothing gets light. Native controls
 * inside the shadow roots follow the same inherited scheme.
 */

/** Every public token, in documentation order. */
export const TOKEN_NAMES = [
  '--mpe-font-family',
  '--mpe-font-size',
  '--mpe-color-text',
  '--mpe-color-text-muted',
  '--mpe-color-surface',
  '--mpe-color-surface-raised',
  '--mpe-color-border',
  '--mpe-color-accent',
  '--mpe-color-on-accent',
  '--mpe-color-danger',
  '--mpe-color-warning',
  '--mpe-color-warning-surface',
  '--mpe-color-success',
  '--mpe-color-focus',
  '--mpe-radius',
  '--mpe-space',
  '--mpe-control-height',
] as const;

/** A public `--mpe-*` token. */
export type TokenName = (typeof TOKEN_NAMES)[number];

/** The colour tokens: those with a light and a dark default. */
export type ColorTokenName = Extract<TokenName, `--mpe-color-${string}`>;

/**
 * Default colours (hex, so tests and docs can compute contrast). Chosen for
 * WCAG 2.2 AA in both schemes: text colours ≥ 4.5:1 on both surfaces, on-accent
 * ≥ 4.5:1 on accent, border and focus ≥ 3:1 on both surfaces; the test in
 * test/styles checks every pair.
 */
export const tokenDefaults = {
  light: {
    '--mpe-color-text': '#1f2328',
    '--mpe-color-text-muted': '#59636e',
    '--mpe-color-surface': '#ffffff',
    '--mpe-color-surface-raised': '#f3f5f7',
    '--mpe-color-border': '#7d8590',
    '--mpe-color-accent': '#0a5cc2',
    '--mpe-color-on-accent': '#ffffff',
    '--mpe-color-danger': '#b42318',
    '--mpe-color-warning': '#8a4600',
    '--mpe-color-warning-surface': '#fff4d5',
    '--mpe-color-success': '#1a7f37',
    '--mpe-color-focus': '#0a5cc2',
  },
  dark: {
    '--mpe-color-text': '#e6edf3',
    '--mpe-color-text-muted': '#a0aab5',
    '--mpe-color-surface': '#16191d',
    '--mpe-color-surface-raised': '#22272e',
    '--mpe-color-border': '#7d8590',
    '--mpe-color-accent': '#7ab4ff',
    '--mpe-color-on-accent': '#0b1a2e',
    '--mpe-color-danger': '#ff8f85',
    '--mpe-color-warning': '#f0b44c',
    '--mpe-color-warning-surface': '#3a2c0b',
    '--mpe-color-success': '#5fd17c',
    '--mpe-color-focus': '#7ab4ff',
  },
} as const satisfies Record<'light' | 'dark', Record<ColorTokenName, string>>;

/** Defaults of the tokens that do not depend on the colour scheme. */
export const sizeDefaults = {
  '--mpe-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  '--mpe-font-size': '1rem',
  '--mpe-radius': '0.375rem',
  '--mpe-space': '0.5rem',
  '--mpe-control-height': '2.5rem',
} as const satisfies Record<Exclude<TokenName, ColorTokenName>, string>;

/** The private variable a token maps to: `--mpe-color-accent` → `--_mpe-accent`. */
export function privateName(token: TokenName): string {
  return token.replace(/^--mpe-(color-)?/, '--_mpe-');
}

function fallback(token: TokenName): string {
  if (token in sizeDefaults) return sizeDefaults[token as keyof typeof sizeDefaults];
  const color = token as ColorTokenName;
  return `light-dark(${tokenDefaults.light[color]}, ${tokenDefaults.dark[color]})`;
}

// Generated from the tables above so the CSS and the tested values cannot drift.
const declarations = TOKEN_NAMES.map((token) => `${privateName(token)}: var(${token}, ${fallback(token)});`).join('\n  ');

/**
 * `:host` declarations of every private `--_mpe-*` variable, e.g.
 * `--_mpe-accent: var(--mpe-color-accent, light-dark(#0a5cc2, #7ab4ff));`.
 * Element styles read only the private variables.
 */
export const tokens: CSSResult = unsafeCSS(`:host {\n  ${declarations}\n}`);
