import type { ImportError, ImportErrorCode, ImportParams } from '../../../shared/importActions';

/**
 * Thrown from deep inside a reader (the CSV loop, the zip walk) when a limit is crossed, and
 * turned back into a value at the top of `parseActionImport`: an expected failure, not a bug.
 */
export class ImportFailure extends Error {
  readonly importError: ImportError;

  constructor(code: ImportErrorCode, params?: ImportParams) {
    super(code);
    this.importError = params ? { code, params } : { code };
  }
}
