import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';

/** "CapM" in ASCII: written in the header so that we never open another program's database. */
export const APPLICATION_ID = 0x4361704d;
export const PLAN_EXTENSION = '.capm';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
export const HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

export interface HeaderInfo {
  userVersion: number;
}

/**
 * Reads the SQLite header ourselves before SQLite touches the file: SQLite "opens" an empty or foreign
 * file happily and would roll back a hot journal in it, which counts as modifying it.
 */
export function inspectHeader(header: Buffer, fileSize: number, schemaVersion: number): Result<HeaderInfo> {
  if (fileSize === 0) return fail('emptyFile');
  if (fileSize < HEADER_SIZE || header.length < HEADER_SIZE || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    return fail('notSqlite');
  }
  if (header.readInt32BE(APPLICATION_ID_OFFSET) !== APPLICATION_ID) return fail('foreignDatabase');
  const userVersion = header.readInt32BE(USER_VERSION_OFFSET);
  if (userVersion > schemaVersion) {
    return fail('newerVersion', { fileVersion: userVersion, appVersion: schemaVersion });
  }
  return ok({ userVersion });
}
