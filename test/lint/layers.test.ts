import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(projectRoot, 'test/lint/fixtures');

/** The layer rules eslint.config.js applies to the project, applied to the fixture folder instead. */
let reported: Record<string, string[]>;

beforeAll(async () => {
  const { layerRules } = await import(pathToFileURL(path.join(projectRoot, 'eslint.config.js')).href);
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, layerRules(fixtures)],
  });
  const results = await eslint.lintFiles(['.']);
  reported = Object.fromEntries(
    results.map((result) => [
      path.relative(fixtures, result.filePath),
      result.messages.map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`),
    ]),
  );
}, 60_000);

const layerError = [expect.stringMatching(/^boundaries\/dependencies: /)];

describe('the layer rules (eslint.config.js), on test/lint/fixtures', () => {
  it('lint every fixture', () => {
    expect(Object.keys(reported).sort()).toEqual([
      'electron/core/allowed.ts',
      'electron/core/badImportsElectron.ts',
      'electron/core/badImportsMain.ts',
      'electron/core/store.ts',
      'electron/main/window.ts',
      'electron/preload/allowed.ts',
      'electron/preload/badImportsCore.ts',
      'renderer/allowed.tsx',
      'renderer/badImportsElectron.ts',
      'renderer/badImportsNodePath.ts',
      'shared/allowed.ts',
      'shared/badChildProcess.ts',
      'shared/badImportsCore.ts',
      'shared/badImportsReactDom.ts',
      'shared/badNodeFs.ts',
      'shared/plan.ts',
    ]);
  });

  it('refuse a Node built-in in shared/, with or without node:', () => {
    expect(reported['shared/badNodeFs.ts']).toEqual(layerError);
    expect(reported['shared/badNodeFs.ts'][0]).toContain('shared/ is pure TypeScript');
    expect(reported['shared/badChildProcess.ts']).toEqual(layerError);
  });

  it('refuse shared/ importing electron/ or a DOM library', () => {
    expect(reported['shared/badImportsCore.ts']).toEqual(layerError);
    expect(reported['shared/badImportsReactDom.ts']).toEqual(layerError);
  });

  it('refuse electron/core importing electron/main or electron', () => {
    expect(reported['electron/core/badImportsMain.ts']).toEqual(layerError);
    expect(reported['electron/core/badImportsMain.ts'][0]).toContain('electron/core is plain Node');
    expect(reported['electron/core/badImportsElectron.ts']).toEqual(layerError);
  });

  it('refuse the renderer importing electron/ or a Node built-in', () => {
    expect(reported['renderer/badImportsElectron.ts']).toEqual(layerError);
    expect(reported['renderer/badImportsElectron.ts'][0]).toContain('The renderer imports only shared/');
    expect(reported['renderer/badImportsNodePath.ts']).toEqual(layerError);
  });

  it('refuse the preload importing electron/core', () => {
    expect(reported['electron/preload/badImportsCore.ts']).toEqual(layerError);
  });

  it('let through the imports each layer is allowed', () => {
    for (const file of ['shared/allowed.ts', 'shared/plan.ts', 'electron/core/allowed.ts', 'electron/core/store.ts', 'electron/main/window.ts', 'electron/preload/allowed.ts', 'renderer/allowed.tsx']) {
      expect(reported[file], file).toEqual([]);
    }
  });
});
