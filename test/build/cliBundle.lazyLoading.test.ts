import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI bundle (scripts/nodeBundles.mjs) splits what a command reaches only through `await import()`
// into chunks of their own: `info` must start without parsing the PDF writer, exceljs or reading the fonts.
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(projectRoot, 'bin', 'cap-marketing.mjs');
const recorder = pathToFileURL(path.join(projectRoot, 'test/build/fixtures/recordLoads.mjs')).href;
let dir: string;
let plan: string;

interface Manifest {
  outputs: Record<string, { packages: string[]; sources: string[] }>;
}

/** Runs the real launcher with the recorder, and returns what the process loaded and read. */
function runRecorded(...argv: string[]): string[] {
  const loads = path.join(dir, `loads-${argv[0]}-${Date.now()}.json`);
  const result = spawnSync(process.execPath, ['--import', recorder, bin, ...argv], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CAP_LOADS_FILE: loads },
    timeout: 60_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(fs.readFileSync(loads, 'utf8'));
}

/** The bundle's files that hold a package or a source file, from the manifest the build writes. */
function outputsHolding(what: { pkg?: string; source?: string }): string[] {
  const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(projectRoot, 'out/node-bundles.json'), 'utf8'));
  return Object.entries(manifest.outputs)
    .filter(([, output]) => (what.pkg ? output.packages.includes(what.pkg) : output.sources.includes(what.source!)))
    .map(([file]) => pathToFileURL(path.join(projectRoot, 'out', file)).href);
}

/** The PDF writer (our own, decision 015) and the workbook's package. */
const exporters: { pkg?: string; source?: string }[] = [{ source: 'electron/core/export/pdf/document/pdfDocument.ts' }, { pkg: 'exceljs' }];
const label = (what: { pkg?: string; source?: string }) => what.pkg ?? what.source ?? '';

const fontsRead = (seen: string[]) => seen.filter((entry) => /Inter-(Regular|Bold)\.ttf$/.test(entry));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-lazy-'));
  plan = path.join(dir, 'bakery.capm');
  // Also (re)builds the bundle when it is missing or older than the sources.
  const created = spawnSync(process.execPath, [bin, 'new', plan, '--sample', 'bakery'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  expect(created.status, created.stderr).toBe(0);
}, 90_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the CLI bundle', () => {
  it('keeps the PDF writer, exceljs and the PDF fonts in chunks of their own', () => {
    for (const what of exporters) {
      const holders = outputsHolding(what);
      expect(holders, label(what)).not.toHaveLength(0);
      expect(holders.some((url) => /\/out\/(cli|web|importWorker)\.mjs$/.test(url)), label(what)).toBe(false);
    }
  });

  it('loads the PDF writer and reads the fonts for `export --pdf`, exceljs for `export --xlsx`', { timeout: 60_000 }, () => {
    const seen = runRecorded('export', plan, '--pdf', path.join(dir, 'plan.pdf'), '--xlsx', path.join(dir, 'plan.xlsx'));
    for (const what of exporters) expect(outputsHolding(what).some((url) => seen.includes(url)), label(what)).toBe(true);
    expect(fontsRead(seen)).toHaveLength(2);
  });

  // xmlPieces.ts and sheetRows.ts change exceljs's classes: a second exceljs, loaded from
  // node_modules beside the bundle's own, would take those changes while the bundle's went without.
  it('writes the workbook with the bundle’s own exceljs, never a second one from node_modules', { timeout: 60_000 }, () => {
    const seen = runRecorded('export', plan, '--xlsx', path.join(dir, 'own.xlsx'));
    expect(seen.filter((entry) => entry.includes('node_modules/exceljs/'))).toEqual([]);
    expect(fs.statSync(path.join(dir, 'own.xlsx')).size).toBeGreaterThan(10_000);
  });

  it('starts `info` without loading the PDF writer or exceljs or reading the fonts', { timeout: 60_000 }, () => {
    const seen = runRecorded('info', plan);
    for (const what of exporters) expect(outputsHolding(what).filter((url) => seen.includes(url)), label(what)).toEqual([]);
    expect(fontsRead(seen)).toEqual([]);
  });

  // `info` goes through the same handlers as the app, which also create samples and import spreadsheets.
  it('starts `info` without the samples’ data or the spreadsheet import', { timeout: 60_000 }, () => {
    const seen = runRecorded('info', plan);
    for (const source of ['shared/samples/index.ts', 'electron/core/import/parse.ts']) {
      const holders = outputsHolding({ source });
      expect(holders, source).not.toHaveLength(0);
      expect(holders.filter((url) => seen.includes(url)), source).toEqual([]);
    }
  });

  // The bundle reaches Node's modules through process.getBuiltinModule, each on first use (nodeBundles.mjs).
  it('starts `info` without loading node:crypto, which only the exports and the customer file use', { timeout: 60_000 }, () => {
    const seen = runRecorded('info', plan);
    expect(seen).toContain('node:fs');
    expect(seen).not.toContain('node:crypto');
    expect(runRecorded('export', plan, '--pdf', path.join(dir, 'hashed.pdf'))).toContain('node:crypto');
  });
});
