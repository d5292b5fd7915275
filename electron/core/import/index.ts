import { Worker } from 'node:worker_threads';
import {
  defaultImportLimits,
  importFailed,
  type ImportContext,
  type ImportLimits,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/importActions';
import type { Plan } from '../../../shared/plan';
import { precheckImport, type ImportWorkerInput } from './parse';
import { importWorkerUrl } from './workerUrl';
import type { SalesReadResult, SalesReading, SalesWorkerInput } from './sales';
import { defaultSalesLimits } from '../../../shared/customers/preview';

export { parseActionImport, precheckImport, type ImportFile } from './parse';
export { mapActionTable } from './mapRows';
export { importWorkerUrl } from './workerUrl';
export { readSalesExport, type SalesReading, type SalesReadResult } from './sales';

export interface PreviewOptions {
  /** Tests lower them; the app uses the defaults. */
  limits?: Partial<ImportLimits>;
}

export const importContext = (plan: Pick<Plan, 'objectives' | 'segments' | 'actions'>): ImportContext => ({
  objectives: plan.objectives.map(({ id, title }) => ({ id, title })),
  segments: plan.segments.map(({ id, name }) => ({ id, name })),
  existingActionTitles: plan.actions.map((action) => action.title),
  existingActuals: plan.actions.map(({ id, title, actualSpendCents }) => ({ id, title, actualSpendCents })),
});

/**
 * Runs the parser in a worker thread with a memory cap and a deadline: a hostile or broken file
 * can at worst kill that thread, never freeze or crash the window. Resolves once the thread is gone.
 */
function runImportWorker<T>(input: ImportWorkerInput | SalesWorkerInput): Promise<ImportResult<T>> {
  const entry = importWorkerUrl();
  const { limits } = input;
  return new Promise((resolve) => {
    const worker = new Worker(entry.url, {
      workerData: input,
      transferList: [input.file.bytes.buffer as ArrayBuffer],
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxWorkerMemoryMb },
    });
    let settled = false;
    const finish = (result: ImportResult<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate().then(() => resolve(result));
    };
    const timer = setTimeout(
      () => finish(importFailed('importTimeout', { seconds: Math.ceil(limits.timeoutMs / 1000) })),
      limits.timeoutMs,
    );
    worker.once('message', (result: ImportResult<T>) => finish(result));
    worker.once('error', (error: NodeJS.ErrnoException) =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? importFailed('importOutOfMemory', { maxMb: limits.maxWorkerMemoryMb })
          : importFailed('importFailed', { detail: error.message }),
      ),
    );
    worker.once('exit', (code) => finish(importFailed('importFailed', { detail: `exit ${code}` })));
  });
}

/**
 * Reads a spreadsheet of actions (our workbook, or a simple CSV/XLSX) into a preview of what an
 * import would add to the plan. Nothing is written. See docs/import-actions.md.
 */
export async function previewActionImport(
  file: { name: string; bytes: Buffer },
  plan: Plan,
  options: PreviewOptions = {},
): Promise<ImportResult<ImportPreview>> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  const early = precheckImport(file.bytes, limits);
  if (early) return { ok: false, error: early };
  // A copy the worker owns: the caller's Buffer may share a pooled ArrayBuffer.
  const bytes = new Uint8Array(file.bytes);
  return runImportWorker<ImportPreview>({ kind: 'actions', file: { name: file.name, bytes }, context: importContext(plan), limits });
}

/**
 * Reads and analyses a sales export in the same guarded worker: a hostile file can at worst kill that
 * thread. Nothing is written; the caller keeps the figures it wants.
 */
export async function analyseSalesExport(
  file: { name: string; bytes: Buffer },
  reading: SalesReading,
  options: PreviewOptions & { withContacts?: boolean } = {},
): Promise<ImportResult<SalesReadResult>> {
  const limits: ImportLimits = { ...defaultSalesLimits, ...options.limits };
  const early = precheckImport(file.bytes, limits);
  if (early) return { ok: false, error: early };
  const bytes = new Uint8Array(file.bytes);
  return runImportWorker<SalesReadResult>({ kind: 'sales', file: { name: file.name, bytes }, limits, reading, withContacts: options.withContacts ?? false });
}
