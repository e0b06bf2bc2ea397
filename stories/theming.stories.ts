import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { InMemoryAdapter } from '../src/adapter/index.js';
import '../src/define/provider-settings-form.js';
import { createDemoData } from '../src/index.js';
import { TOKEN_NAMES, sizeDefaults, tokenDefaults, type TokenName } from '../src/styles/tokens.js';

/** What each token colours or sizes (docs/guide.md, "Theme"). */
const WHAT: Record<TokenName, string> = {
  '--mpe-font-family': 'Text font',
  '--mpe-font-size': 'Base text size',
  '--mpe-color-text': 'Text',
  '--mpe-color-text-muted': 'Help text',
  '--mpe-color-surface': 'Inputs, buttons',
  '--mpe-color-surface-raised': 'Notices, raised areas',
  '--mpe-color-border': 'Input and group borders',
  '--mpe-color-accent': 'Primary buttons, checked controls, links',
  '--mpe-color-on-accent': 'Text on the accent',
  '--mpe-color-danger': 'Errors',
  '--mpe-color-warning': 'Warnings (Basic authentication, Exchange Listener)',
  '--mpe-color-warning-surface': 'Behind warnings',
  '--mpe-color-success': 'Success messages',
  '--mpe-color-focus': 'Focus rings',
  '--mpe-radius': 'Corner radius',
  '--mpe-space': 'Base spacing',
  '--mpe-control-height': 'Height of inputs and buttons',
};

type Args = Partial<Record<TokenName, string>>;

const isColor = (token: TokenName): token is keyof typeof tokenDefaults.light => token.startsWith('--mpe-color-');
const defaultOf = (token: TokenName) =>
  isColor(token) ? `light ${tokenDefaults.light[token]}, dark ${tokenDefaults.dark[token]}` : sizeDefaults[token];

// The Basic Exchange provider shows most of what tokens reach: fields, a warning, both buttons.
const provider = createDemoData().providers.find((p) => p.id === 'exchange-fabrikam')!;

/** One scheme's panel: the page's colour scheme and background, the tokens on the panel. */
const panel = (scheme: 'light' | 'dark', args: Args) => html`
  <section
    aria-label=${scheme === 'light' ? 'Light' : 'Dark'}
    style=${styleMap({ colorScheme: scheme, background: 'Canvas', color: 'CanvasText', padding: '1rem', borderRadius: '0.5rem', ...args })}
  >
    <p style="margin: 0 0 0.5rem; font: 600 0.875rem system-ui">${scheme === 'light' ? 'Light' : 'Dark'}</p>
    <provider-settings-form .adapter=${new InMemoryAdapter()} .provider=${provider} heading-level="3"></provider-settings-form>
  </section>
`;

/**
 * The `--mpe-*` tokens, set on any ancestor of the elements (here, each panel).
 * Colours left empty follow the page's `color-scheme`; a value set here applies
 * to both schemes — write `light-dark(#light, #dark)` for one per scheme.
 */
const meta: Meta<Args> = {
  title: 'Theming',
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // The same form twice, to compare the schemes, means two landmarks with one name:
    // intended here, never on a real page. Every other check still runs.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  argTypes: Object.fromEntries(
    TOKEN_NAMES.map((token) => [
      token,
      {
        name: token,
        description: WHAT[token],
        control: isColor(token) ? { type: 'color' } : { type: 'text' },
        table: { category: isColor(token) ? 'colour tokens' : 'size tokens', defaultValue: { summary: defaultOf(token) } },
      },
    ]),
  ),
  render: (args) => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 1rem; padding: 1rem">
      ${panel('light', args)} ${panel('dark', args)}
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The defaults, light and dark side by side. Change any token in Controls. */
export const Tokens: Story = {};

/** A host's brand: its colours (one per scheme with `light-dark()`), font, square corners and taller controls. */
export const YourBrand: Story = {
  name: 'Your brand',
  args: {
    '--mpe-font-family': 'Georgia, "Times New Roman", serif',
    '--mpe-color-accent': 'light-dark(#6b2fb3, #c9a6ff)',
    '--mpe-color-on-accent': 'light-dark(#ffffff, #1e0b36)',
    '--mpe-color-focus': 'light-dark(#6b2fb3, #c9a6ff)',
    '--mpe-color-surface-raised': 'light-dark(#f6f1fb, #261a33)',
    '--mpe-radius': '0',
    '--mpe-control-height': '2.75rem',
  },
};
