import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'geo/node_modules/',
      'test-results/',
      'bench-results/',
      '.tmp-*',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
    rules: {
      // App state holds immutable Sets and Maps in $state.raw and replaces them whole on change,
      // so the reactive SvelteSet/SvelteMap wrappers this rule asks for are not needed.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
);
