import { expect, fixtureSync, html } from '@open-wc/testing';
import { LitElement, type CSSResult } from 'lit';
import { TOKEN_NAMES, privateName, sizeDefaults, tokenDefaults, tokens } from '../../src/styles/tokens.js';
import { baseStyles, sharedStyles } from '../../src/styles/shared.js';

/** Every style sheet in src/styles; element styles may be appended as they appear. */
const SHEETS: CSSResult[] = [tokens, baseStyles];
const text = SHEETS.map((sheet) => sheet.cssText).join('\n');

const matches = (source: string, pattern: RegExp) => new Set([...source.matchAll(pattern)].map((m) => m[1]!));

describe('tokens', () => {
  it('names are unique and --mpe- prefixed', () => {
    expect(new Set(TOKEN_NAMES).size).to.equal(TOKEN_NAMES.length);
    for (const name of TOKEN_NAMES) expect(name).to.match(/^--mpe-[a-z-]+$/);
  });

  it('every token has a default: colours in both schemes, the rest once', () => {
    const colours = TOKEN_NAMES.filter((name) => name.startsWith('--mpe-color-'));
    expect(Object.keys(tokenDefaults.light)).to.have.members(colours);
    expect(Object.keys(tokenDefaults.dark)).to.have.members(colours);
    expect(Object.keys(sizeDefaults)).to.have.members(TOKEN_NAMES.filter((name) => !colours.includes(name)));
  });

  it('every --mpe-* referenced is a listed token, and every listed token is referenced', () => {
    const referenced = matches(text, /(--mpe-[a-z0-9-]+)/g);
    expect([...referenced].sort()).to.deep.equal([...TOKEN_NAMES].sort());
  });

  it('never declares a public token (so an ancestor’s value is never overridden)', () => {
    expect(text).to.not.match(/(^|[\s;{])--mpe-[a-z0-9-]+\s*:/);
  });

  it('maps each token to its private variable with a default', () => {
    expect(tokens.cssText).to.include('--_mpe-accent: var(--mpe-color-accent, light-dark(#0a5cc2, #7ab4ff));');
    expect(privateName('--mpe-control-height')).to.equal('--_mpe-control-height');
  });

  it('every private variable used is declared, and every declared one is used', () => {
    const declared = matches(tokens.cssText, /(--_mpe-[a-z0-9-]+)\s*:/g);
    const used = matches(baseStyles.cssText, /var\((--_mpe-[a-z0-9-]+)/g);
    expect([...used].filter((name) => !declared.has(name))).to.deep.equal([]);
    expect([...declared].filter((name) => !used.has(name))).to.deep.equal([]);
  });

  it('leaves color-scheme to the page', () => {
    expect(text).to.not.include('color-scheme');
  });
});

class StyledProbe extends LitElement {
  static override styles = sharedStyles;
  override render() {
    return html`<button class="primary">Go</button><input aria-label="x" /><p hidden>gone</p>`;
  }
}
customElements.define('styled-probe', StyledProbe);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('shared styles in a page', () => {
  async function probe(style: string) {
    const wrapper = fixtureSync(html`<div style=${style}><section><styled-probe></styled-probe></section></div>`);
    const el = wrapper.querySelector<StyledProbe>('styled-probe')!;
    await el.updateComplete;
    return el;
  }

  it('use the light defaults when the page sets no colour scheme', async () => {
    const el = await probe('');
    expect(getComputedStyle(el).color).to.equal(rgb(tokenDefaults.light['--mpe-color-text']));
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('follow the page’s color-scheme: dark', async () => {
    const el = await probe('color-scheme: dark');
    expect(getComputedStyle(el).color).to.equal(rgb(tokenDefaults.dark['--mpe-color-text']));
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal(rgb(tokenDefaults.dark['--mpe-color-accent']));
  });

  it('take a token set on any ancestor', async () => {
    const el = await probe('--mpe-color-accent: rgb(1, 2, 3); --mpe-radius: 7px');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button).borderTopLeftRadius).to.equal('7px');
  });

  it('hide [hidden]', async () => {
    const el = await probe('');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).display).to.equal('none');
  });

  it('draw a focus ring in the focus colour (a background test page cannot take focus, so read the rule)', () => {
    expect(baseStyles.cssText).to.match(/:focus-visible\s*\{\s*outline:\s*2px solid var\(--_mpe-focus\)/);
  });
});
