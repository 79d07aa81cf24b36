import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const ELECTRON = { name: 'electron', message: 'Only electron/main and electron/preload import electron.' };
const layer = (files, patterns, paths = []) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns, paths }] } });

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
    { group: ['node:*', 'react', 'react-dom', 'dexie', '**/renderer/**', '**/electron/**', '**/build/**'], message: 'corpus/ is the pure core: it imports only corpus/ and pure libraries.' },
  ], [ELECTRON]),
  layer(['build/**/*.ts'], [{ regex: '(^|/)(renderer/(?!features/import/(extract/|import-file$))|electron/(?!ipc/csp$))', message: 'build/ imports corpus/, node:*, the shared CSP constant and (for corpus:report) the import extractors only.' }], [ELECTRON]),
  layer(['server/**/*.ts'], [{ group: ['**/renderer/**', '**/electron/**', '**/build/**', 'react', 'react-dom', 'dexie'], message: 'server/ is its own program: it imports corpus/ at most.' }], [ELECTRON]),
  layer(['electron/main/**/*.ts'], [{ group: ['**/renderer/**'], message: 'electron/main never imports renderer/.' }]),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    // renderer/store is the one place allowed to import Dexie (the block after this one).
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [
      { group: ['node:*'], message: 'renderer/ never imports node:*.' },
      { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may only import types from electron/ipc/contract.' },
      { group: ['dexie', 'dexie-react-hooks'], message: 'Only renderer/store talks to Dexie.' },
    ] }] },
  },
  {
    files: ['renderer/store/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON], patterns: [
      { group: ['node:*'], message: 'renderer/ never imports node:*.' },
      { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may only import from electron/ipc/contract.' },
    ] }] },
  },
);
