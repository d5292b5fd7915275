/**
 * Entry of the parsing worker: reads one file and posts back one ImportResult, a preview of actions
 * or a sales export's analysis. Kept self-contained (it imports only the readers) so the build can
 * bundle it on its own to out/main/importWorker.mjs; see workerUrl.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseActionImport, type ImportWorkerInput } from './parse';
import { readSalesExport, type SalesWorkerInput } from './sales';

const input = workerData as ImportWorkerInput | SalesWorkerInput;
parentPort?.postMessage(
  input.kind === 'sales'
    ? await readSalesExport(input.file, input.limits, input.reading, input.withContacts)
    : await parseActionImport(input.file, input.context, input.limits),
);
