import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/result';
import type { Migration } from './migrations';
import { checkSchema } from './schemaCheck';
import type { PlanPart } from './storedJson';

/** How a plan file becomes a SQLite connection, and the checks run on it before anything reads the plan. */

export type ConnectionMode = 'create' | 'edit' | 'readOnly';

/**
 * Settings every connection gets. The rollback journal (not WAL) keeps each committed edit inside the
 * .capm file itself, so a copy or an e-mail attachment is always complete; synchronous=FULL makes
 * each commit durable before the UI says "saved". Exclusive locking holds the OS lock for as long as
 * the plan is open, so a second window or process is told the file is busy, and a crash (even
 * kill -9) releases it with the process. trusted_schema=OFF and cell_size_check=ON because the file
 * may have been crafted; an opened file stays query_only until every check has passed.
 */
export function connect(filePath: string, mode: ConnectionMode): Database.Database {
  const db = new Database(filePath, { fileMustExist: mode !== 'create', readonly: mode === 'readOnly', timeout: 0 });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('locking_mode = EXCLUSIVE');
    if (mode === 'readOnly') {
      // This first read takes the shared lock, which exclusive locking mode keeps until close: no
      // writer can commit between the checks and the copy into memory.
      db.pragma('user_version');
      return db;
    }
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (mode === 'edit') db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** quick_check also reports values breaking a column's type or CHECK: bad content, not damaged pages. */
function contentProblem(message: string): PlanPart | null {
  const match = /^(?:non-\w+ value in|NULL value in|CHECK constraint failed in) (plan_section|plan_item)\b/.exec(message);
  if (!match) return null;
  return match[1] === 'plan_section' ? 'sections' : 'collections';
}

export interface StoredFileCheck {
  version: number;
  /**
   * Bad values quick_check found (a BLOB where JSON belongs). readPlan names the part they are in
   * more precisely, so this refusal comes only if readPlan did not already refuse.
   */
  badValuesIn: PlanPart | null;
}

/**
 * Everything that can be checked in the file as it is, in the order that keeps a crafted file from
 * doing anything: its version, its schema (before any statement reads a table, a view or an index),
 * then its pages.
 */
export function checkStoredFile(db: Database.Database, migrations: Migration[]): StoredFileCheck {
  // The header was read before SQLite rolled back any crashed edit: the version is checked again.
  const version = db.pragma('user_version', { simple: true }) as number;
  const versions = { fileVersion: version, appVersion: migrations.length };
  if (version > migrations.length) throw new AppFailure({ code: 'newerVersion', params: versions });
  if (version < 1) throw new AppFailure({ code: 'invalidVersion', params: versions });
  checkSchema(db, migrations, version);
  const problems = (db.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  if (problems.length === 1 && problems[0] === 'ok') return { version, badValuesIn: null };
  const parts = problems.map(contentProblem);
  if (parts.some((part) => part === null)) throw new AppFailure({ code: 'corrupted' });
  return { version, badValuesIn: parts[0] };
}

export function inMemoryCopy(db: Database.Database): Database.Database {
  const copy = new Database(db.serialize());
  copy.pragma('trusted_schema = OFF');
  return copy;
}

export const closeQuietly = (db: Database.Database | undefined): void => {
  if (db?.open) db.close();
};

