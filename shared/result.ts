/**
 * Expected failures are values with a code the UI translates (errors.<code> in the catalogues);
 * thrown errors are bugs.
 */
import { importErrorCodes } from './importActions';

export const errorCodes = [
  'notSqlite',
  'emptyFile',
  'foreignDatabase',
  'newerVersion',
  'invalidVersion',
  'corrupted',
  'truncated',
  'foreignSchema',
  'unexpectedObject',
  'invalidContent',
  'isDirectory',
  'specialFile',
  'notReadable',
  'fileChanged',
  'interruptedSave',
  'alreadyOpen',
  'notFound',
  'notWritable',
  'diskFull',
  'invalidInput',
  'noPlanOpen',
  'oldRuntime',
  'invalidJson',
  'unsupportedFormat',
  'fileExists',
  'invalidPath',
  'tooManyItems',
  'unsupportedInBrowser',
  'logoTooLarge',
  'logoNotImage',
  'logoDimensions',
  'notATemplate',
  'noSalesFile',
  'salesFileNeeded',
  'salesFileMismatch',
  'salesNotReady',
  'salesNoValidLine',
  ...importErrorCodes,
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  /** Values the translated sentence may show (a path, a version). */
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, params?: AppError['params']): Result<never> => ({
  ok: false,
  error: params ? { code, params } : { code },
});

/** Thrown inside services to abort a transaction with an expected failure. */
export class AppFailure extends Error {
  constructor(readonly appError: AppError) {
    super(appError.code);
  }
}
