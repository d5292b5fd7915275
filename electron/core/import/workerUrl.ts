import { existsSync } from 'node:fs';
// Aliased: the main bundle's banner already declares `createRequire` (scripts/build.mjs).
import { createRequire as requireFrom } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface WorkerEntry {
  url: URL;
  execArgv: string[];
}

/**
 * Where the parsing worker's code is. In the app, the build bundles worker.ts to
 * out/main/importWorker.mjs, next to the main bundle that runs this code (import.meta.url is then
 * out/main/index.mjs). From the TypeScript sources (vitest, the CLI and browser mode through tsx)
 * that file is absent, and the worker runs worker.ts with tsx's loader, resolved here by path so
 * that it does not depend on the working directory.
 */
export function importWorkerUrl(): WorkerEntry {
  const bundled = new URL('./importWorker.mjs', import.meta.url);
  if (existsSync(bundled)) return { url: bundled, execArgv: [] };
  const tsxLoader = pathToFileURL(requireFrom(import.meta.url).resolve('tsx')).href;
  return { url: new URL('./worker.ts', import.meta.url), execArgv: ['--import', tsxLoader] };
}
