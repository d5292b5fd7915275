import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { applyDocumentMigration, documentMigrations, type DocumentMigration } from './documentMigrations';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The bundled app copies this folder next to its main script; in development it sits beside this file. */
export const defaultMigrationsDir = (): string =>
  process.env.CAP_MARKETING_MIGRATIONS ?? fileURLToPath(new URL('./migrations', import.meta.url));

/** Migrations are append-only files named NNN-title.sql, numbered from 1 without gaps. */
export function loadMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const files = fs.readdirSync(dir).filter((file) => /^\d{3}-[\w-]+\.sql$/.test(file)).sort();
  return files.map((file, index) => {
    const version = Number(file.slice(0, 3));
    if (version !== index + 1) throw new Error(`Migration ${file} breaks the numbering`);
    return { version, name: file, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

let cached: Migration[] | undefined;
export const bundledMigrations = (): Migration[] => (cached ??= loadMigrations());

/**
 * Each migration, the document transforms of the same number and the version bump commit together,
 * or not at all. Version 1 creates the tables, so no document exists before it.
 */
export function runMigrations(
  db: Database.Database,
  migrations: Migration[],
  fromVersion: number,
  transforms: DocumentMigration[] = documentMigrations,
): void {
  for (const transform of transforms) {
    if (!Number.isInteger(transform.toVersion) || transform.toVersion < 2) {
      throw new Error(`Document migration to version ${transform.toVersion}: versions start at 2`);
    }
  }
  for (const migration of migrations.filter((m) => m.version > fromVersion)) {
    db.transaction(() => {
      db.exec(migration.sql);
      for (const transform of transforms.filter((t) => t.toVersion === migration.version)) applyDocumentMigration(db, transform);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
