import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'corpus/generated/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // The layering rules of ARCHITECTURE.md.
  layer(['corpus/**/*.ts'], [
    { group: ['node:*', 'electron', 'react', 'react-dom', 'dexie', '**/renderer/**', '**/electron/**', '**/build/**'], message: 'corpus/ is the pure core: it imports only corpus/ and pure libraries.' },
  ]),
  layer(['build/**/*.ts'], [{ group: ['**/electron/**', '**/renderer/**', 'electron'], message: 'build/ imports corpus/ and node:* only.' }]),
  layer(['electron/main/**/*.ts'], [{ group: ['**/renderer/**'], message: 'electron/main never imports renderer/.' }]),
  layer(['renderer/**/*.{ts,tsx}'], [
    { group: ['electron', 'node:*'], message: 'renderer/ never imports electron or node:*.' },
    { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may only import types from electron/ipc/contract.' },
  ]),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [
      { group: ['electron', 'node:*'], message: 'renderer/ never imports electron or node:*.' },
      { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may only import types from electron/ipc/contract.' },
      { group: ['dexie', 'dexie-react-hooks'], message: 'Only renderer/store talks to Dexie.' },
    ] }] },
  },
);
