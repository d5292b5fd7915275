import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CollectionItem, CollectionName, Plan, PlanMeta, SectionName, Sections } from '../../../shared/plan';
import { AppFailure, fail, ok, type Result } from '../../../shared/result';
import { checkRuntime } from '../runtime';
import { toAppError } from './errors';
import { APPLICATION_ID, HEADER_SIZE, inspectHeader } from './format';
import { bundledMigrations, runMigrations, type Migration } from './migrations';
import * as repo from './planRepo';

export interface StoreOptions {
  migrations?: Migration[];
}

/**
 * Plans open in this process, by device and inode. POSIX locks belong to the process, and closing ANY
 * handle on a file drops them: reading the header of a plan we already hold would silently release
 * its lock and let another process in. So a second open in this process is refused here, before any
 * handle is opened (stat opens none).
 */
const openInThisProcess = new Set<string>();
const fileKey = (filePath: string): string | null => {
  try {
    const { dev, ino } = fs.statSync(filePath);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
};

export const isOpenInThisProcess = (filePath: string): boolean => {
  const key = fileKey(filePath);
  return key !== null && openInThisProcess.has(key);
};

function readHeader(filePath: string): { header: Buffer; size: number } {
  const fd = fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(HEADER_SIZE);
    const bytesRead = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
    return { header: header.subarray(0, bytesRead), size: fs.fstatSync(fd).size };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Settings every connection gets. The rollback journal (not WAL) keeps each committed edit inside the
 * .capm file itself, so a copy or an e-mail attachment is always complete; synchronous=FULL makes
 * each commit durable before the UI says "saved". Exclusive locking holds the OS lock for as long as
 * the plan is open, so a second window or process is told the file is busy, and a crash (even
 * kill -9) releases it with the process.
 */
function connect(filePath: string, options: { create: boolean }): Database.Database {
  const db = new Database(filePath, { fileMustExist: !options.create, timeout: 0 });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT;');
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** An open plan file. Every write is one transaction: autosave with nothing half-written. */
export class PlanFile {
  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
    private readonly key: string,
  ) {}

  /** Opens an existing plan, refusing (and never modifying) anything that is not a sound plan of ours. */
  static open(filePath: string, options: StoreOptions = {}): Result<PlanFile> {
    const runtimeError = checkRuntime();
    if (runtimeError) return { ok: false, error: runtimeError };
    const migrations = options.migrations ?? bundledMigrations();
    if (isOpenInThisProcess(filePath)) return fail('alreadyOpen');
    let db: Database.Database | undefined;
    try {
      const { header, size } = readHeader(filePath);
      const inspected = inspectHeader(header, size, migrations.length);
      if (!inspected.ok) return inspected;
      db = connect(filePath, { create: false });
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new AppFailure({ code: 'corrupted' });
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version < migrations.length) {
        // The backup is a fresh, self-contained copy taken before the first write of the migration.
        PlanFile.vacuumInto(db, backupPathFor(filePath, version));
        runMigrations(db, migrations, version);
      }
      repo.readPlan(db);
      const file = new PlanFile(db, filePath, fileKey(filePath)!);
      openInThisProcess.add(file.key);
      return ok(file);
    } catch (error) {
      db?.close();
      return { ok: false, error: toAppError(error, filePath) };
    }
  }

  /**
   * Creates a new plan file. It is built under a temporary name and renamed into place, so a crash
   * never leaves a half-made plan under the user's chosen name.
   */
  static create(filePath: string, plan: Plan, options: StoreOptions = {}): Result<PlanFile> {
    const runtimeError = checkRuntime();
    if (runtimeError) return { ok: false, error: runtimeError };
    if (fs.existsSync(filePath)) return fail('fileExists', { path: filePath });
    const migrations = options.migrations ?? bundledMigrations();
    const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.creating`);
    try {
      const db = connect(temporary, { create: true });
      try {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        runMigrations(db, migrations, 0);
        db.transaction(() => repo.writePlan(db, plan))();
      } finally {
        db.close();
      }
      fs.renameSync(temporary, filePath);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      fs.rmSync(`${temporary}-journal`, { force: true });
      return { ok: false, error: toAppError(error, filePath) };
    }
    return PlanFile.open(filePath, options);
  }

  read(): Plan {
    return repo.readPlan(this.db);
  }

  private write(change: () => void): Result<null> {
    try {
      this.db.transaction(change)();
      return ok(null);
    } catch (error) {
      return { ok: false, error: toAppError(error, this.path) };
    }
  }

  updateSection<K extends SectionName>(name: K, data: Sections[K]): Result<null> {
    return this.write(() => repo.writeSection(this.db, name, data));
  }

  saveItem<C extends CollectionName>(collection: C, item: CollectionItem<C>, position?: number): Result<null> {
    return this.write(() => repo.saveItem(this.db, collection, item, position));
  }

  /** Several new items at the end, all or none (a confirmed import). */
  addItems<C extends CollectionName>(collection: C, items: CollectionItem<C>[]): Result<null> {
    return this.write(() => {
      for (const item of items) repo.saveItem(this.db, collection, item);
    });
  }

  deleteItem(collection: CollectionName, id: string): Result<null> {
    return this.write(() => repo.deleteItem(this.db, collection, id));
  }

  moveItem(collection: CollectionName, id: string, toIndex: number): Result<null> {
    return this.write(() => repo.moveItem(this.db, collection, id, toIndex));
  }

  updateMeta(meta: PlanMeta): Result<null> {
    return this.write(() => repo.writeMeta(this.db, meta));
  }

  replaceAll(plan: Plan): Result<null> {
    return this.write(() => repo.writePlan(this.db, plan));
  }

  /** "Save a copy": a fresh, compacted, self-contained file, never a raw copy of the live one. */
  saveCopy(destination: string): Result<{ path: string }> {
    if (path.resolve(destination) === path.resolve(this.path) || isOpenInThisProcess(destination)) {
      return fail('fileExists', { path: destination });
    }
    const temporary = `${destination}.${process.pid}.saving`;
    try {
      PlanFile.vacuumInto(this.db, temporary);
      fs.renameSync(temporary, destination);
      return ok({ path: destination });
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      return { ok: false, error: toAppError(error, destination) };
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
    openInThisProcess.delete(this.key);
  }

  private static vacuumInto(db: Database.Database, destination: string): void {
    db.prepare('VACUUM INTO ?').run(destination);
  }
}

export function backupPathFor(filePath: string, version: number): string {
  const { dir, name } = path.parse(filePath);
  return path.join(dir, `${name}.sauvegarde-format-${version}-${Date.now()}.capm`);
}
