import { ZodError } from 'zod';
import { AppFailure, type AppError } from '../../../shared/result';

/** Turns what SQLite and the file system throw into the failures the UI knows how to word. */
export function toAppError(error: unknown, filePath?: string): AppError {
  if (error instanceof AppFailure) return error.appError;
  if (error instanceof ZodError) return { code: 'invalidInput', params: { detail: error.issues[0]?.message ?? '' } };
  const code = (error as { code?: string } | null)?.code ?? '';
  const params = filePath ? { path: filePath } : undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'diskFull' };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return { code: 'alreadyOpen' };
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return { code: 'corrupted' };
  if (code === 'SQLITE_IOERR_SHORT_READ') return { code: 'truncated' };
  // A read-only open met the journal of an edit that never finished: only a writable open can roll it back.
  if (code === 'SQLITE_READONLY_ROLLBACK') return { code: 'interruptedSave', params };
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { code: 'notWritable', params };
  }
  if (code === 'EISDIR') return { code: 'isDirectory', params };
  if (code === 'ENOENT') return { code: 'notFound', params };
  return { code: 'internal' };
}
