import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.@(mdx|stories.@(js|ts))'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  core: {
    disableTelemetry: true, // no network here; also avoids the telemetry notice
  },
  // @storybook/web-components imports `lit/directive-helpers.js`; unless it is pre-bundled
  // together with `lit`, lit-html gets loaded twice ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
    }),
};

export default config;
