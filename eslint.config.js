// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'releases/',
      'current',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The layering (docs/architecture.md): src/lib is pure code the site uses, so it reads no
  // files, environment, network or clock of its own and knows nothing of Astro's runtime or of
  // the data layer above it.
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*'], message: 'src/lib is plain TypeScript: take data as arguments.' },
            {
              group: ['**/data/*', '**/data'],
              message: 'src/lib sits below src/data: src/data may import src/lib, not the reverse.',
            },
            {
              group: [
                'node:fs',
                'node:fs/*',
                'node:child_process',
                'node:net',
                'node:http',
                'node:https',
                'node:os',
                'node:process',
              ],
              message:
                'src/lib has no file, process or network access: a build hook or tool does that and passes the result in.',
            },
            {
              group: ['**/tools/**', '**/integrations/**'],
              message:
                'src/lib is what the site uses; tooling and build hooks live in tools/ and src/integrations/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/lib reads no environment: pass values in.' },
        { name: 'fetch', message: 'src/lib makes no network requests.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/lib reads no clock: pass the date in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/lib reads no clock: pass the date in.',
        },
      ],
    },
  },
  // Pages, layouts and components render what src/data gives them: only src/data queries
  // collections (the draft rule and the sort order live there once).
  {
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              message:
                'Ask src/data for the finished data (src/data/pages/ has one function per page type).',
            },
          ],
        },
      ],
    },
  },
);
