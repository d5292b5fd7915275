import {
  defaultImportLimits,
  importFailed,
  type ImportContext,
  type ImportError,
  type ImportLimits,
  type ImportPreview,
  type ImportResult,
} from '../../../shared/importActions';
import { COLLECTION_MAX } from '../../../shared/plan';
import { decodeText, parseCsv } from './csv';
import { ImportFailure } from './failure';
import { mapActionTable } from './mapRows';
import { mapActualsRows } from './actualsRows';
import type { Table } from './table';
import { readXlsx } from './xlsx';
import { inspectZipDirectory, isZip, verifyZipEntries, type ZipEntry } from './zip';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What the main thread sends the worker (worker.ts) as its workerData. */
export interface ImportWorkerInput {
  kind: 'actions';
  file: ImportFile;
  context: ImportContext;
  limits: ImportLimits;
}

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];
const UTF16_BOMS = [[0xff, 0xfe], [0xfe, 0xff]];

/** Text files hold no NUL byte and almost no control characters; images, PDFs and archives do. */
function looksBinary(bytes: Uint8Array): boolean {
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) return false;
  if (startsWith(bytes, PDF) || bytes.includes(0)) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control++;
  return control > sample.length / 100;
}

/** The format, from the content rather than the name: a ".csv" may hold anything. */
function sniffFormat(bytes: Uint8Array, limits: ImportLimits): 'xlsx' | 'csv' {
  if (bytes.length === 0) throw new ImportFailure('emptyImportFile');
  if (bytes.length > limits.maxFileBytes) {
    throw new ImportFailure('fileTooLarge', { maxMb: Math.round(limits.maxFileBytes / (1024 * 1024)) });
  }
  if (isZip(bytes)) return 'xlsx';
  // Excel 97–2003 (.xls) and password-protected workbooks are OLE2 compound files.
  if (startsWith(bytes, OLE2)) throw new ImportFailure('legacyExcel');
  if (looksBinary(bytes)) throw new ImportFailure('notSpreadsheet');
  return 'csv';
}

/** A zip that is not an Excel workbook (a .docx, an OpenDocument sheet) is not read further. */
function workbookEntries(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const entries = inspectZipDirectory(bytes, limits);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw new ImportFailure('notSpreadsheet');
  return entries;
}

/**
 * The checks that cost next to nothing (size, kind of file, the zip's directory): the main thread
 * runs them before starting a worker, so an oversized file or a declared zip bomb never gets one.
 */
export function precheckImport(bytes: Uint8Array, limits: ImportLimits = defaultImportLimits): ImportError | null {
  try {
    if (sniffFormat(bytes, limits) === 'xlsx') workbookEntries(bytes, limits);
    return null;
  } catch (error) {
    if (error instanceof ImportFailure) return error.importError;
    throw error;
  }
}

/** The file's first sheet (XLSX) or its text (CSV) as rows of cells; throws ImportFailure when it cannot be read. */
export async function readTable(file: ImportFile, limits: ImportLimits): Promise<Table> {
  if (sniffFormat(file.bytes, limits) === 'xlsx') {
    const entries = workbookEntries(file.bytes, limits);
    verifyZipEntries(file.bytes, entries, limits);
    return readXlsx(file.bytes, limits);
  }
  return parseCsv(decodeText(file.bytes), limits);
}

/**
 * Reads a spreadsheet of actions into a preview, in this thread: the worker calls it, and so do
 * the mapping's tests. It is async only because exceljs loads a workbook asynchronously; the CSV
 * path and the mapping (`mapActionTable`) are synchronous.
 */
export async function parseActionImport(
  file: ImportFile,
  context: ImportContext,
  limits: ImportLimits = defaultImportLimits,
): Promise<ImportResult<ImportPreview>> {
  try {
    const table = await readTable(file, limits);
    const actions = mapActionTable(table, context);
    const preview = table.steering ? { ...actions, actuals: mapActualsRows(table.steering, context) } : actions;
    const existing = context.existingActionTitles.length;
    if (existing + preview.accepted.length > COLLECTION_MAX) {
      return importFailed('tooManyActions', { max: COLLECTION_MAX, existing, importing: preview.accepted.length });
    }
    return { ok: true, value: preview };
  } catch (error) {
    if (error instanceof ImportFailure) return { ok: false, error: error.importError };
    throw error;
  }
}
