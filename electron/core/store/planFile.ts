import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { CollectionItem, CollectionName, Plan, PlanMeta, SectionName, Sections } from '../../../shared/plan';
import { fail, ok, type Result } from '../../../shared/result';
import { checkRuntime } from '../runtime';
import { checkStoredFile, closeQuietly, connect, inMemoryCopy } from './connection';
import { documentMigrations, type DocumentMigration } from './documentMigrations';
import { toAppError } from './errors';
import { checkPath, hasHotJournal, identityOf, readHeaderOfRegularFile } from './fileChecks';
import { APPLICATION_ID, inspectHeader } from './format';
import { bundledMigrations, runMigrations, type Migration } from './migrations';
import * as repo from './planRepo';
import { invalidContent } from './storedJson';

export interface StoreOptions {
  migrations?: Migration[];
  /** Transforms of the stored JSON by format version; the bundled list by default. */
  documentMigrations?: DocumentMigration[];
}

export interface OpenOptions extends StoreOptions {
  /**
   * For reading only (info, check, export, reading a template): the file is checked, copied into
   * memory and closed again. An older format is migrated in that copy, never in the file, and no
   * backup is written. Edits on such a PlanFile throw: calling one is a bug in the caller.
   */
  readOnly?: boolean;
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
    return identityOf(fs.statSync(filePath));
  } catch {
    return null;
  }
};

export const isOpenInThisProcess = (filePath: string): boolean => {
  const key = fileKey(filePath);
  return key !== null && openInThisProcess.has(key);
};

/** An open plan file. Every write is one transaction: autosave with nothing half-written. */
export class PlanFile {
  private constructor(
    private readonly db: Database.Database,
    readonly path: string,
    /** Null for a read-only plan, which holds no handle on its file. */
    private readonly key: string | null,
    /** The plan open read and validated from this very connection; see read(). */
    private planReadAtOpen: Plan | undefined,
  ) {}

  get readOnly(): boolean {
    return this.key === null;
  }

  /**
   * Opens an existing plan, refusing (and never modifying) anything that is not a sound plan of ours.
   * Every check runs before the first write: the backup of an older file, then its migration, happen
   * only once the migrated content has been read back sound from a copy in memory.
   */
  static open(filePath: string, options: OpenOptions = {}): Result<PlanFile> {
    const runtimeError = checkRuntime();
    if (runtimeError) return { ok: false, error: runtimeError };
    const validPath = checkPath(filePath);
    if (!validPath.ok) return validPath;
    if (isOpenInThisProcess(filePath)) return fail('alreadyOpen');
    const migrations = options.migrations ?? bundledMigrations();
    const transforms = options.documentMigrations ?? documentMigrations;
    const readOnly = options.readOnly === true;
    let db: Database.Database | undefined;
    let copy: Database.Database | undefined;
    try {
      const found = readHeaderOfRegularFile(filePath);
      if (!found.ok) return found;
      const { header, size, identity } = found.value;
      const inspected = inspectHeader(header, size, migrations.length, { hotJournal: hasHotJournal(filePath) });
      if (!inspected.ok) return inspected;

      db = connect(filePath, readOnly ? 'readOnly' : 'edit');
      if (fileKey(filePath) !== identity) return fail('fileChanged', { path: filePath });
      const { version, badValuesIn } = checkStoredFile(db, migrations);
      if (readOnly || version < migrations.length) {
        copy = inMemoryCopy(db);
        runMigrations(copy, migrations, version, transforms);
      }
      const plan = repo.readPlan(copy ?? db);
      if (badValuesIn) throw invalidContent(badValuesIn);

      if (readOnly) {
        db.close();
        const file = new PlanFile(copy!, filePath, null, plan);
        copy = undefined;
        return ok(file);
      }
      closeQuietly(copy);
      copy = undefined;
      db.pragma('query_only = OFF');
      if (version < migrations.length) {
        // The backup is a fresh, self-contained copy taken right before the first write of the migration.
        PlanFile.vacuumInto(db, backupPathFor(filePath, version));
        runMigrations(db, migrations, version, transforms);
      }
      // After a migration the plan was read from the migrated copy, not from this connection.
      const file = new PlanFile(db, filePath, identity, version < migrations.length ? undefined : plan);
      openInThisProcess.add(identity);
      db = undefined;
      return ok(file);
    } catch (error) {
      return { ok: false, error: toAppError(error, filePath) };
    } finally {
      closeQuietly(copy);
      closeQuietly(db);
    }
  }

  /**
   * Creates a new plan file. It is built under a temporary name and renamed into place, so a crash
   * never leaves a half-made plan under the user's chosen name.
   */
  static create(filePath: string, plan: Plan, options: StoreOptions = {}): Result<PlanFile> {
    const runtimeError = checkRuntime();
    if (runtimeError) return { ok: false, error: runtimeError };
    const validPath = checkPath(filePath);
    if (!validPath.ok) return validPath;
    if (fs.existsSync(filePath)) return fail('fileExists', { path: filePath });
    const migrations = options.migrations ?? bundledMigrations();
    const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.creating`);
    try {
      const db = connect(temporary, 'create');
      try {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        runMigrations(db, migrations, 0, options.documentMigrations);
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

  /**
   * The first read after open returns the plan open already read and validated, rather than reading
   * and validating it all again: no write came in between (each one drops it), and the exclusive lock
   * kept every other process out. It is handed over once, so no caller shares an object with another.
   */
  read(): Plan {
    const plan = this.planReadAtOpen ?? repo.readPlan(this.db);
    this.planReadAtOpen = undefined;
    return plan;
  }

  private write(change: () => void): Result<null> {
    if (this.readOnly) throw new Error(`PlanFile ${this.path} was opened read-only`);
    this.planReadAtOpen = undefined;
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

  /** Several new items at `position` (the end when absent), all or none, in one transaction (an import). */
  addItems<C extends CollectionName>(collection: C, items: CollectionItem<C>[], position?: number): Result<null> {
    return this.write(() => repo.addItems(this.db, collection, items, position));
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
    const validPath = checkPath(destination);
    if (!validPath.ok) return validPath;
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
    this.planReadAtOpen = undefined;
    if (this.db.open) this.db.close();
    if (this.key !== null) openInThisProcess.delete(this.key);
  }

  private static vacuumInto(db: Database.Database, destination: string): void {
    db.prepare('VACUUM INTO ?').run(destination);
  }
}

export function backupPathFor(filePath: string, version: number): string {
  const { dir, name } = path.parse(filePath);
  return path.join(dir, `${name}.sauvegarde-format-${version}-${Date.now()}.capm`);
}
