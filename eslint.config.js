import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The packages each layer may import; anything else from node_modules, and every Node built-in, is refused. */
const sharedPackages = ['zod', 'i18next'];
const rendererPackages = ['react', 'react-dom', '@mui/*', '@emotion/*', 'zustand', 'i18next', 'react-i18next', 'zod', '@tanstack/react-virtual', 'date-fns'];

/**
 * Layer rules (see STYLE.md): who may import whom, checked on resolved paths rather than on the
 * spelling of an import, so `../../electron/main/x` is caught at any depth. `root` is the folder the
 * layers sit in: the project, or test/lint/fixtures for the test that proves these rules report.
 */
export function layerRules(root) {
  const layer = (type) => ({ element: { type } });
  const packages = (sources) => sources.map((source) => ({ module: { origin: 'external', source } }));
  const anything = [{ module: { origin: 'local' } }, { module: { origin: 'external' } }, { module: { origin: 'core' } }];
  return {
    files: ['{shared,electron,renderer}/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      // Classified by their path from the root; the first match wins (core before electron).
      'boundaries/elements': [
        { type: 'shared', pattern: 'shared', partialMatch: false },
        { type: 'core', pattern: 'electron/core', partialMatch: false },
        { type: 'main', pattern: 'electron/main', partialMatch: false },
        { type: 'preload', pattern: 'electron/preload', partialMatch: false },
        { type: 'frontDoor', pattern: 'electron', partialMatch: false },
        { type: 'renderer', pattern: 'renderer', partialMatch: false },
      ],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          checkUnknownLocals: true,
          // A later policy wins over an earlier one: refuse everything, then allow the few.
          policies: [
            {
              from: layer('shared'),
              disallow: { to: anything },
              message: 'shared/ is pure TypeScript: it imports only shared/, zod and i18next (no Node built-in, no DOM or UI library, nothing from electron/ or renderer/).',
            },
            { from: layer('shared'), allow: { to: [layer('shared'), ...packages(sharedPackages)] } },
            {
              from: layer('core'),
              disallow: { to: [layer('main'), layer('preload'), layer('renderer'), layer('frontDoor'), { module: { origin: 'external', source: 'electron' } }] },
              message: 'electron/core is plain Node: it never imports electron, electron/main, electron/preload or the renderer.',
            },
            {
              from: layer('renderer'),
              disallow: { to: anything },
              message: 'The renderer imports only shared/ and its UI libraries; it talks to the main process through api.ts.',
            },
            { from: layer('renderer'), allow: { to: [layer('shared'), ...packages(rendererPackages)] } },
            {
              from: layer('preload'),
              disallow: { to: anything },
              message: 'The preload imports only electron and shared/.',
            },
            { from: layer('preload'), allow: { to: [layer('shared'), ...packages(['electron'])] } },
          ],
        },
      ],
    },
  };
}

const root = path.dirname(fileURLToPath(import.meta.url));

export default tseslint.config(
  // test/lint/fixtures break the layer rules on purpose; test/lint/layers.test.ts lints them.
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'docs/', 'test/lint/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layerRules(root),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
