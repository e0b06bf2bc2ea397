import { expect } from '@open-wc/testing';
import { tokenDefaults, type ColorTokenName } from '../../src/styles/tokens.js';

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = 4.5; // WCAG 1.4.3, normal-size text
const UI = 3; // WCAG 1.4.11, component boundaries and focus indicators

/** [foreground, background, minimum]: each pair the styles actually put together. */
const PAIRS: [ColorTokenName, ColorTokenName, number][] = [
  ['--mpe-color-text', '--mpe-color-surface', TEXT],
  ['--mpe-color-text', '--mpe-color-surface-raised', TEXT],
  ['--mpe-color-text', '--mpe-color-warning-surface', TEXT],
  ['--mpe-color-text-muted', '--mpe-color-surface', TEXT],
  ['--mpe-color-text-muted', '--mpe-color-surface-raised', TEXT],
  ['--mpe-color-accent', '--mpe-color-surface', TEXT],
  ['--mpe-color-accent', '--mpe-color-surface-raised', TEXT],
  ['--mpe-color-on-accent', '--mpe-color-accent', TEXT],
  ['--mpe-color-danger', '--mpe-color-surface', TEXT],
  ['--mpe-color-danger', '--mpe-color-surface-raised', TEXT],
  ['--mpe-color-warning', '--mpe-color-warning-surface', TEXT],
  ['--mpe-color-warning', '--mpe-color-surface', UI],
  ['--mpe-color-success', '--mpe-color-surface', TEXT],
  ['--mpe-color-success', '--mpe-color-surface-raised', TEXT],
  ['--mpe-color-border', '--mpe-color-surface', UI],
  ['--mpe-color-border', '--mpe-color-surface-raised', UI],
  ['--mpe-color-focus', '--mpe-color-surface', UI],
  ['--mpe-color-focus', '--mpe-color-surface-raised', UI],
];

describe('token colours meet WCAG 2.2 AA', () => {
  it('the luminance function matches known values', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [fg, bg, min] of PAIRS) {
      it(`${scheme}: ${fg} on ${bg} ≥ ${min}:1`, () => {
        const colours: Record<ColorTokenName, string> = tokenDefaults[scheme];
        expect(contrast(colours[fg], colours[bg])).to.be.at.least(min);
      });
    }
  }
});
