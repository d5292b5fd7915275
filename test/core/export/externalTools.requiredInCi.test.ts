import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The PDF and LibreOffice suites read exports back with pdftotext and soffice. Where those are
// missing they skip, except in CI, where the helpers refuse to load: a CI that lost a package fails.
const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));
const helpers = {
  poppler: { file: 'test/core/export/pdf/pdfText.ts', package: 'poppler-utils' },
  libreOffice: { file: 'test/core/export/xlsx/libreoffice.ts', package: 'libreoffice-calc-nogui' },
};
let bareBin: string;

beforeAll(() => {
  // A PATH with a shell (the LibreOffice lookup runs `command -v`) and none of the tools.
  bareBin = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-bare-path-'));
  fs.symlinkSync('/bin/sh', path.join(bareBin, 'sh'));
});

afterAll(() => {
  fs.rmSync(bareBin, { recursive: true, force: true });
});

/** Loads a helper in a fresh Node process, with the given CI value and the bare PATH. */
function loadHelper(file: string, ci: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: bareBin };
  delete env.CI;
  if (ci !== undefined) env.CI = ci;
  const source = `await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, file)).href)});`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', source], { cwd: projectRoot, env, encoding: 'utf8', timeout: 30_000 });
}

describe.each(Object.entries(helpers))('the %s helper without its tool', (_name, helper) => {
  it('fails to load under CI=true, naming the package to install', { timeout: 40_000 }, () => {
    const result = loadHelper(helper.file, 'true');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`install ${helper.package}`);
    expect(result.stderr).toContain('must not be skipped in CI');
  });

  it('loads outside CI and says the tests are skipped and what to install', { timeout: 40_000 }, () => {
    for (const ci of [undefined, 'false']) {
      const result = loadHelper(helper.file, ci);
      expect(result.stderr).toContain('skipped');
      expect(result.stderr).toContain(`apt-get install -y ${helper.package}`);
      expect(result.status).toBe(0);
    }
  });
});
