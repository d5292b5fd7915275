import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Layer rules (see STYLE.md): who may import whom, enforced here rather than by review. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      { group: ['node:*', 'fs', 'path', 'os', 'electron', 'better-sqlite3', 'react', 'react-dom', '@mui/*'], message: 'shared/ is pure TypeScript: no Node, DOM, Electron or UI imports.' },
      { group: ['../../electron/*', '../../renderer/*', '../electron/*', '../renderer/*'], message: 'shared/ imports nothing outside itself.' },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict([{ group: ['electron'], message: 'electron/core is plain Node: it never imports electron.' }]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      { group: ['../core/*', '../main/*', 'node:*', 'better-sqlite3'], message: 'The preload imports only electron and shared/.' },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        { group: ['../electron/*', '../../electron/*', '../../../electron/*', 'electron', 'node:*', 'better-sqlite3'], message: 'The renderer talks to the main process only through api.ts.' },
      ]),
    },
  },
);
