/**
 * Entry of the parsing worker: reads one file and posts back one `ImportResult<ImportPreview>`.
 * Kept self-contained (it imports only the parser) so the build can bundle it on its own to
 * out/main/importWorker.mjs; see workerUrl.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseActionImport, type ImportWorkerInput } from './parse';

const input = workerData as ImportWorkerInput;
parentPort?.postMessage(await parseActionImport(input.file, input.context, input.limits));
