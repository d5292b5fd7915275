import fs from 'node:fs';
import { fail, ok, type AppError, type Result } from '../../../shared/result';
import { hasControlCharacters, visiblePath } from '../../../shared/pathText';
import { HEADER_SIZE } from './format';


/**
 * SQLite and the operating system stop a path at its first NUL: "copy\0.capm" would write "copy", and
 * "other.db\0.capm" would open (and rewrite) "other.db". The contract refuses such paths at its
 * schema; the store refuses them again, as the last line before a file is touched.
 */
export function checkPath(filePath: string): Result<null> {
  if (typeof filePath !== 'string' || filePath === '') return fail('invalidPath', { path: '' });
  if (hasControlCharacters(filePath)) return fail('invalidPath', { path: visiblePath(filePath) });
  return ok(null);
}

/** The file's identity, to notice it being swapped for another between two looks. */
export const identityOf = (stats: fs.Stats): string => `${stats.dev}:${stats.ino}`;

const errorCode = (error: unknown): string => (error as { code?: string } | null)?.code ?? '';

function kindRefusal(stats: fs.Stats, filePath: string): AppError | null {
  if (stats.isDirectory()) return { code: 'isDirectory', params: { path: filePath } };
  if (!stats.isFile()) return { code: 'specialFile', params: { path: filePath } };
  return null;
}

function statRefusal(error: unknown, filePath: string): AppError {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'notFound', params: { path: filePath } };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'notReadable', params: { path: filePath } };
  if (code === 'ELOOP') return { code: 'specialFile', params: { path: filePath } };
  if (code === 'EISDIR') return { code: 'isDirectory', params: { path: filePath } };
  throw error;
}

/**
 * Only a regular file is ever opened. A FIFO would block a plain synchronous open forever, a device
 * (/dev/zero, through a link) would feed SQLite endless bytes: the path is looked at with lstat (a
 * link is followed, but its target must be a regular file too), then opened with O_NONBLOCK so that a
 * FIFO swapped in meanwhile cannot block either, and the open descriptor must still be that file.
 */
export function readHeaderOfRegularFile(filePath: string): Result<{ header: Buffer; size: number; identity: string }> {
  let seen: fs.Stats;
  try {
    seen = fs.lstatSync(filePath);
    if (seen.isSymbolicLink()) seen = fs.statSync(filePath);
  } catch (error) {
    return { ok: false, error: statRefusal(error, filePath) };
  }
  const refusal = kindRefusal(seen, filePath);
  if (refusal) return { ok: false, error: refusal };

  let fd: number;
  try {
    fd = fs.openSync(filePath, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, error: statRefusal(error, filePath) };
  }
  try {
    const opened = fs.fstatSync(fd);
    const changed = kindRefusal(opened, filePath);
    if (changed) return { ok: false, error: changed };
    if (identityOf(opened) !== identityOf(seen)) return fail('fileChanged', { path: filePath });
    const header = Buffer.alloc(HEADER_SIZE);
    const bytesRead = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
    return ok({ header: header.subarray(0, bytesRead), size: opened.size, identity: identityOf(opened) });
  } catch (error) {
    return { ok: false, error: statRefusal(error, filePath) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Where SQLite would look for a rollback journal left by a crashed edit. */
export function hasHotJournal(filePath: string): boolean {
  try {
    return fs.statSync(`${filePath}-journal`).size > 0;
  } catch {
    return false;
  }
}
