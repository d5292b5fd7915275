import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker as NodeWorker } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { importWorkerUrl, previewActionImport } from '../../../electron/core/import';
import { newAction, planWithNames, preview, utf8Bom, workbookBytes } from './helpers';

/** Every worker the import starts, and whether it has exited, to prove none is left running. */
const started = vi.hoisted(() => ({ workers: [] as { worker: NodeWorker; exited: boolean }[] }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class TrackedWorker extends actual.Worker {
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      const entry = { worker: this as NodeWorker, exited: false };
      this.once('exit', () => (entry.exited = true));
      started.workers.push(entry);
    }
  }
  return { ...actual, Worker: TrackedWorker };
});
beforeEach(() => {
  started.workers.length = 0;
});
const allExited = () => started.workers.every((entry) => entry.exited);

const csv = utf8Bom('Catégorie;Action;Objectifs;T1;Mois\r\nÉvénements et salons;Salon;Fidéliser les clients;1 250,50;"févr. ; mars"\r\n;Sans montant;;-3;\r\n');

describe('previewActionImport, through the worker', () => {
  it('gives the same preview as the parser run in this thread, and leaves no worker behind', async () => {
    const plan = planWithNames();
    const result = await previewActionImport({ name: 'actions.csv', bytes: csv }, plan);
    expect(started.workers).toHaveLength(1);
    expect(allExited()).toBe(true);
    expect(result.ok).toBe(true);
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, field) => (key === 'id' ? 'new' : field)));
    expect(strip(result.ok && result.value)).toEqual(strip(await preview(csv, plan)));
    expect(result.ok && result.value.accepted[0].action).toMatchObject({ title: 'Salon', category: 'events', objectiveIds: ['obj-loyalty'], activeMonths: [2, 3] });
    expect(result.ok && result.value.refused).toEqual([{ row: 3, reason: { code: 'negativeAmount', params: { column: 'T1', value: '-3' } } }]);
  }, 30_000);

  it('reads a workbook and counts the plan’s existing actions', async () => {
    const plan = { ...planWithNames(), actions: [newAction({ id: 'x', title: 'Vitrine' })] };
    const bytes = await workbookBytes([{ name: 'Actions', rows: [['Action', 'T2'], ['Vitrine', 99.99]] }]);
    const result = await previewActionImport({ name: 'plan.xlsx', bytes }, plan);
    expect(result).toMatchObject({
      ok: true,
      value: { format: 'xlsx', accepted: [{ row: 2, action: { costLines: [{ amountCents: 9999 }] } }], warnings: [{ code: 'sameTitleInPlan' }] },
    });
  }, 30_000);

  it('starts no worker for a file the cheap checks refuse', async () => {
    const result = await previewActionImport({ name: 'big.csv', bytes: Buffer.alloc(11 * 1024 * 1024, 'a') }, planWithNames());
    expect(result).toEqual({ ok: false, error: { code: 'fileTooLarge', params: { maxMb: 10 } } });
    expect(started.workers).toHaveLength(0);
  });

  it('stops a worker past its deadline with importTimeout, and the thread is gone', async () => {
    const result = await previewActionImport({ name: 'actions.csv', bytes: csv }, planWithNames(), { limits: { timeoutMs: 1 } });
    expect(result).toEqual({ ok: false, error: { code: 'importTimeout', params: { seconds: 1 } } });
    expect(started.workers).toHaveLength(1);
    expect(allExited()).toBe(true);
  }, 30_000);

  it('stops a worker that reaches its memory limit with importOutOfMemory, and the thread is gone', async () => {
    const big = 'Action;Description\n' + Array.from({ length: 5000 }, (_, index) => `Action ${index};${'x'.repeat(1800)}`).join('\n');
    const result = await previewActionImport({ name: 'big.csv', bytes: Buffer.from(big) }, planWithNames(), { limits: { maxWorkerMemoryMb: 16 } });
    expect(result).toEqual({ ok: false, error: { code: 'importOutOfMemory', params: { maxMb: 16 } } });
    expect(allExited()).toBe(true);
  }, 30_000);

  it('runs the TypeScript worker from the sources when no bundle sits next to the module', () => {
    const entry = importWorkerUrl();
    expect(fileURLToPath(entry.url)).toMatch(/electron[/\\]core[/\\]import[/\\]worker\.ts$/);
    expect(entry.execArgv[0]).toBe('--import');
    expect(fs.existsSync(fileURLToPath(entry.execArgv[1]))).toBe(true);
  });
});

describe('the bundled app', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capm-import-bundle-'));
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));
  const source = (file: string) => fileURLToPath(new URL(`../../../electron/core/import/${file}`, import.meta.url));

  it('finds out/main/importWorker.mjs next to the main bundle and parses there, without tsx', async () => {
    // The same options as the main process's bundle in scripts/build.mjs.
    const common = {
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    } as const;
    await build({ ...common, entryPoints: [source('index.ts')], outfile: path.join(outDir, 'main/index.mjs') });
    await build({ ...common, entryPoints: [source('worker.ts')], outfile: path.join(outDir, 'main/importWorker.mjs') });
    const script = path.join(outDir, 'run.mjs');
    fs.writeFileSync(
      script,
      `import { importWorkerUrl, previewActionImport } from ${JSON.stringify(pathToFileURL(path.join(outDir, 'main/index.mjs')).href)};
       const result = await previewActionImport({ name: 'a.csv', bytes: Buffer.from('Action;Mois\\nSalon;mars\\n') }, { objectives: [], segments: [], actions: [] });
       console.log(JSON.stringify({ url: importWorkerUrl().url.href, execArgv: importWorkerUrl().execArgv, result }));`,
    );
    // From another folder, so nothing resolves against the repository by accident.
    const run = spawnSync(process.execPath, [script], { cwd: os.tmpdir(), encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout);
    expect(output.url).toBe(pathToFileURL(path.join(outDir, 'main/importWorker.mjs')).href);
    expect(output.execArgv).toEqual([]);
    expect(output.result).toMatchObject({ ok: true, value: { accepted: [{ row: 2, action: { title: 'Salon', activeMonths: [3] } }] } });
  }, 60_000);
});
