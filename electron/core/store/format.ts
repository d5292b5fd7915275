import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';

/** "CapM" in ASCII: written in the header so that we never open another program's database. */
export const APPLICATION_ID = 0x4361704d;
export const PLAN_EXTENSION = '.capm';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
export const HEADER_SIZE = 100;

/** Byte offsets in the SQLite header (https://www.sqlite.org/fileformat.html#the_database_header). */
const PAGE_SIZE_OFFSET = 16;
const WRITE_VERSION_OFFSET = 18;
const READ_VERSION_OFFSET = 19;
const PAYLOAD_FRACTIONS_OFFSET = 21;
const CHANGE_COUNTER_OFFSET = 24;
const PAGE_COUNT_OFFSET = 28;
const SCHEMA_FORMAT_OFFSET = 44;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;
const VERSION_VALID_FOR_OFFSET = 92;

/** Rollback journal: what every plan of ours has (WAL would be 2; anything higher is not a format SQLite reads). */
const ROLLBACK_JOURNAL = 1;

/** The bytes to read to tell a plan of ours from any other file: up to the application id. */
export const OWNERSHIP_BYTES = APPLICATION_ID_OFFSET + 4;

/** SQLite's magic and our application id: the cheap "is this ours?" before replacing a file. */
export const carriesPlanHeader = (header: Buffer): boolean =>
  header.length >= OWNERSHIP_BYTES && header.subarray(0, 16).equals(SQLITE_MAGIC) && header.readInt32BE(APPLICATION_ID_OFFSET) === APPLICATION_ID;

export interface HeaderInfo {
  userVersion: number;
  pageSize: number;
}

export interface HeaderContext {
  /**
   * A crashed edit left a journal beside the file: its pages are restored when SQLite opens it, so
   * the file may legitimately be shorter than its (uncommitted) header says until then.
   */
  hotJournal?: boolean;
}

const pageSizeOf = (header: Buffer): number => {
  const raw = header.readUInt16BE(PAGE_SIZE_OFFSET);
  return raw === 1 ? 65_536 : raw;
};
const isValidPageSize = (size: number): boolean => size >= 512 && size <= 65_536 && (size & (size - 1)) === 0;

/**
 * Reads the SQLite header ourselves before SQLite touches the file: SQLite "opens" an empty or foreign
 * file happily and would roll back a hot journal in it, which counts as modifying it. Fields no
 * SQLite file can have, or that no plan of ours has, are refused here rather than met later as an
 * unexplained SQLite error.
 */
export function inspectHeader(
  header: Buffer,
  fileSize: number,
  schemaVersion: number,
  context: HeaderContext = {},
): Result<HeaderInfo> {
  if (fileSize === 0) return fail('emptyFile');
  if (fileSize < HEADER_SIZE || header.length < HEADER_SIZE || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    return fail('notSqlite');
  }
  if (header.readInt32BE(APPLICATION_ID_OFFSET) !== APPLICATION_ID) return fail('foreignDatabase');

  const pageSize = pageSizeOf(header);
  // 1 to 4; SQLite leaves 0 in a database that never had a table, and reads it as 1.
  const schemaFormat = header.readUInt32BE(SCHEMA_FORMAT_OFFSET);
  const fractions = [...header.subarray(PAYLOAD_FRACTIONS_OFFSET, PAYLOAD_FRACTIONS_OFFSET + 3)];
  if (!isValidPageSize(pageSize) || schemaFormat > 4 || fractions.join() !== '64,32,32') {
    return fail('corrupted');
  }

  // The version comes before the journal bytes: a newer app may write a file those bytes differ in.
  const userVersion = header.readInt32BE(USER_VERSION_OFFSET);
  if (userVersion > schemaVersion) return fail('newerVersion', { fileVersion: userVersion, appVersion: schemaVersion });
  if (userVersion < 1) return fail('invalidVersion', { fileVersion: userVersion, appVersion: schemaVersion });

  if (header[WRITE_VERSION_OFFSET] !== ROLLBACK_JOURNAL || header[READ_VERSION_OFFSET] !== ROLLBACK_JOURNAL) {
    return fail('corrupted');
  }

  if (!context.hotJournal) {
    // The page count in the header is trustworthy only when "version-valid-for" matches the change counter.
    const pageCountIsValid = header.readUInt32BE(VERSION_VALID_FOR_OFFSET) === header.readUInt32BE(CHANGE_COUNTER_OFFSET);
    const pageCount = header.readUInt32BE(PAGE_COUNT_OFFSET);
    if (fileSize < pageSize || (pageCountIsValid && pageCount > 0 && pageCount * pageSize > fileSize)) {
      return fail('truncated');
    }
  }
  return ok({ userVersion, pageSize });
}
