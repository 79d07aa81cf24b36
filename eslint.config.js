import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import pizhuLayers from './build/eslint/layers-plugin.js';

const ELECTRON = { name: 'electron', message: 'Only electron/main and electron/preload import electron.' };
const layer = (files, patterns, paths = [], ignores = []) => ({ files, ignores, rules: { 'no-restricted-imports': ['error', { patterns, paths }] } });

// Only renderer/dom touches Range and Selection; only renderer/host the window bridge.
const DOM_ONLY = 'Only renderer/dom touches Range and Selection: go through dom/selection and dom/text-map (clean-text offsets).';
const BRIDGE_ONLY = 'Only renderer/host touches the window bridge (window.pizhu): everything else uses the Host from useServices().';
const RANGE = {
  globals: ['Range', 'StaticRange', 'Selection', 'getSelection'].map((name) => ({ name, message: DOM_ONLY })),
  properties: [
    ['window', 'getSelection'],
    ['document', 'getSelection'],
    ['globalThis', 'getSelection'],
    ['document', 'createRange'],
    ['document', 'caretPositionFromPoint'],
    ['document', 'caretRangeFromPoint'],
  ].map(([object, property]) => ({ object, property, message: DOM_ONLY })),
};
const BRIDGE = {
  globals: [{ name: 'pizhu', message: BRIDGE_ONLY }],
  properties: ['window', 'globalThis', 'self'].map((object) => ({ object, property: 'pizhu', message: BRIDGE_ONLY })),
};
const restrict = (files, ignores, ...sets) => ({
  files,
  ignores,
  rules: {
    'no-restricted-globals': ['error', ...sets.flatMap((set) => set.globals)],
    'no-restricted-properties': ['error', ...sets.flatMap((set) => set.properties)],
  },
});
// Files of features/reader still calling Range/Selection directly while they move into renderer/dom (issue 15): none left.
const RANGE_NOT_YET_MOVED = [];

// Raw IPC only where the contract wrappers are wired up.
const IPC_WIRING = ['electron/main/start-app.ts', 'electron/preload/index.ts'];
const IPC_MESSAGE =
  'No raw ipcMain/ipcRenderer: handlers go through registerHandlers (electron/ipc/guards, wired in electron/main/start-app.ts), the renderer through the preload bridge (createBridge, wired in electron/preload/index.ts).';
const IPC = { name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: IPC_MESSAGE };

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
  layer(
    ['corpus/**/*.ts'],
    [
      {
        group: ['node:*', 'react', 'react-dom', 'dexie', '**/renderer/**', '**/electron/**', '**/build/**'],
        message: 'corpus/ is the pure core: it imports only corpus/ and pure libraries.',
      },
    ],
    [ELECTRON],
  ),
  layer(
    ['build/**/*.ts'],
    [
      {
        regex: '(^|/)(renderer/(?!features/import/(extract/|import-file$))|electron/(?!ipc/csp$))',
        message: 'build/ imports corpus/, node:*, the shared CSP constant and (for corpus:report) the import extractors only.',
      },
    ],
    [ELECTRON],
  ),
  layer(
    ['server/**/*.ts'],
    [
      {
        group: ['**/renderer/**', '**/electron/**', '**/build/**', 'react', 'react-dom', 'dexie'],
        message: 'server/ is its own program: it imports corpus/ at most.',
      },
    ],
    [ELECTRON],
  ),
  layer(['electron/main/**/*.ts'], [{ group: ['**/renderer/**'], message: 'electron/main never imports renderer/.' }], [IPC], IPC_WIRING),
  layer(['electron/main/start-app.ts'], [{ group: ['**/renderer/**'], message: 'electron/main never imports renderer/.' }]),
  layer(['electron/preload/**/*.ts', 'electron/ipc/**/*.ts'], [], [IPC], IPC_WIRING),
  {
    files: ['electron/**/*.ts'],
    ignores: IPC_WIRING,
    rules: { 'no-restricted-syntax': ['error', { selector: 'MemberExpression[property.name=/^ipc(Main|Renderer)$/]', message: IPC_MESSAGE }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    // renderer/store is the one place allowed to import Dexie (the block after this one).
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON],
          patterns: [
            { group: ['node:*'], message: 'renderer/ never imports node:*.' },
            { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may only import types from electron/ipc/contract.' },
            { group: ['dexie', 'dexie-react-hooks'], message: 'Only renderer/store talks to Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ELECTRON],
          patterns: [
            { group: ['node:*'], message: 'renderer/ never imports node:*.' },
            { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'renderer/ may only import from electron/ipc/contract.' },
          ],
        },
      ],
    },
  },
  // Renderer layers: features never import another feature's internals; ui/store/dom/host never import features or app.
  { files: ['renderer/**/*.{ts,tsx}'], plugins: { pizhu: pizhuLayers }, rules: { 'pizhu/layers': 'error' } },
  restrict(['renderer/**/*.{ts,tsx}'], ['renderer/dom/**', 'renderer/host/**', ...RANGE_NOT_YET_MOVED], RANGE, BRIDGE),
  restrict(['renderer/dom/**/*.{ts,tsx}', ...RANGE_NOT_YET_MOVED], [], BRIDGE),
  restrict(['renderer/host/**/*.{ts,tsx}'], [], RANGE),
);
