// eslint.config.js — ESLint 9 flat config
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'demo/dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: {
          // root-level TS config files (vite/vitest) are not in tsconfig.json's include
          allowDefaultProject: ['*.config.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  wcConfigs['flat/best-practice'],
  {
    settings: {
      // let eslint-plugin-wc recognise LitElement subclasses as custom elements
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Lit binds `this` for `@event=${this.handler}` listeners -> false positives
      '@typescript-eslint/unbound-method': 'off',
      // LitElement always implements connectedCallback etc.; guarding super calls is noise
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.exist
      // @open-wc/semantic-dom-diff types chai's `.equal` as returning a Promise
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
  },
);
