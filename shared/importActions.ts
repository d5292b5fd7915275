import type { Action } from './plan';

/**
 * Importing actions from a spreadsheet (our workbook, or a simple CSV/XLSX) returns a preview:
 * nothing is written until the user confirms. Every code below is a key the UI translates
 * (`importActions.errors.<code>`, `importActions.reasons.<code>`, `importActions.warnings.<code>`).
 */

/** Bounds checked before and while parsing, so a hostile or runaway file cannot freeze the app. */
export interface ImportLimits {
  maxFileBytes: number;
  /** Sum of the sizes an XLSX's zip entries expand to. */
  maxUncompressedBytes: number;
  /** Expanded ÷ compressed size of one zip entry above which it is treated as a zip bomb. */
  maxCompressionRatio: number;
  maxZipEntries: number;
  /** Data rows, the header row not counted. */
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  timeoutMs: number;
  /** V8 heap of the parsing worker. */
  maxWorkerMemoryMb: number;
}

export const defaultImportLimits: ImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxUncompressedBytes: 50 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxZipEntries: 1000,
  maxRows: 5000,
  maxColumns: 50,
  maxCellChars: 10_000,
  timeoutMs: 20_000,
  maxWorkerMemoryMb: 256,
};

/** Whole-file failures: nothing is imported. */
export const importErrorCodes = [
  'emptyImportFile',
  'fileTooLarge',
  'notSpreadsheet',
  'legacyExcel',
  'unreadableWorkbook',
  'uncompressedTooLarge',
  'suspiciousCompression',
  'tooManyZipEntries',
  'unclosedQuote',
  'missingRequiredColumn',
  'tooManyRows',
  'tooManyColumns',
  'cellTooLong',
  'tooManyActions',
  'importTimeout',
  'importOutOfMemory',
  'importFailed',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/** Why one row was refused; the other rows are still imported. */
export const importReasonCodes = [
  'missingTitle',
  'textTooLong',
  'negativeAmount',
  'invalidAmount',
  'unknownMonth',
  'tooManyValues',
  'invalidAction',
] as const;
export type ImportReasonCode = (typeof importReasonCodes)[number];

/** Something the user should know, but which does not stop a row (or the file) from coming in. */
export const importWarningCodes = [
  'unknownColumns',
  'duplicateColumn',
  'rowsSkipped',
  'unknownCategory',
  'unknownObjective',
  'unknownSegment',
  'totalIgnored',
  'sameTitleInPlan',
] as const;
export type ImportWarningCode = (typeof importWarningCodes)[number];

export type ImportParams = Record<string, string | number>;

export interface ImportError {
  code: ImportErrorCode;
  params?: ImportParams;
}

export interface ImportIssue<C extends string> {
  code: C;
  params?: ImportParams;
}

export interface ImportWarning extends ImportIssue<ImportWarningCode> {
  /** Row number as the spreadsheet shows it; absent for a warning about the whole file. */
  row?: number;
}

/**
 * The actual spend read from our workbook's « Pilotage » sheet, by action: what each month holds in
 * the plan now (before) and will hold (after). A blank cell in the sheet changes nothing.
 */
export interface ActualsChange {
  row: number;
  actionId: string;
  title: string;
  before: (number | null)[];
  after: (number | null)[];
  /** Months (1–12) whose amount changes. */
  changedMonths: number[];
}

export const actualsSkipCodes = ['unknownAction', 'ambiguousTitle', 'invalidAmount'] as const;
export type ActualsSkipCode = (typeof actualsSkipCodes)[number];

export interface ActualsImport {
  sheetName: string;
  /** Actions whose spend changes; an action already up to date is not listed. */
  changes: ActualsChange[];
  /** Rows not taken, and why (`importActions.actualsSkipped.<code>`). */
  skipped: { row: number; title: string; code: ActualsSkipCode; params?: ImportParams }[];
}

export interface ImportPreview {
  /** Present when the file is our workbook with its « Pilotage » sheet (issue 16). */
  actuals?: ActualsImport;
  format: 'xlsx' | 'csv';
  /** The worksheet read, for an XLSX. */
  sheetName?: string;
  /** Row numbers are those the spreadsheet shows (the header row is usually 1). */
  accepted: { row: number; action: Action }[];
  refused: { row: number; reason: ImportIssue<ImportReasonCode> }[];
  warnings: ImportWarning[];
}

/**
 * Shaped like `Result<T>` (shared/result.ts) but with the import's own codes, so that merging
 * `importErrorCodes` into `errorCodes` later makes it a plain `Result<T>`.
 */
export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

export const importFailed = (code: ImportErrorCode, params?: ImportParams): ImportResult<never> => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** What the parser needs to know about the open plan, small enough to send to a worker. */
export interface ImportContext {
  objectives: { id: string; title: string }[];
  segments: { id: string; name: string }[];
  /** One per action already in the plan: its length is the plan's action count. */
  existingActionTitles: string[];
  /** The plan's actions and their actual spend, for the « Pilotage » sheet of our workbook. */
  existingActuals: { id: string; title: string; actualSpendCents: (number | null)[] }[];
}
