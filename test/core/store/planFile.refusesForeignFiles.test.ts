import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledMigrations } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import type { AppError } from '../../../shared/result';
import { bulkyPlan, createClosedPlan, sha256, tempDir, withRawDb } from './helpers';

/** Opens the file and checks the refusal, and that neither the file nor its folder changed. */
function expectRefusedUntouched(filePath: string, error: AppError): void {
  const folder = path.dirname(filePath);
  const before = { hash: sha256(filePath), listing: fs.readdirSync(folder).sort() };

  const result = PlanFile.open(filePath);

  expect(result).toEqual({ ok: false, error });
  expect(sha256(filePath)).toBe(before.hash);
  expect(fs.existsSync(`${filePath}-journal`)).toBe(false);
  expect(fs.readdirSync(folder).sort()).toEqual(before.listing);
}

function sqliteFile(filePath: string, applicationId: number): string {
  const db = new Database(filePath);
  db.pragma(`application_id = ${applicationId}`);
  db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Dupont');");
  db.close();
  return filePath;
}

describe('PlanFile.open refuses what is not a sound plan of ours, without touching it', () => {
  it('refuses a text file as notSqlite', () => {
    const filePath = path.join(tempDir(), 'notes.capm');
    fs.writeFileSync(filePath, 'Plan marketing 2026 : idées en vrac.\n'.repeat(20));
    expectRefusedUntouched(filePath, { code: 'notSqlite' });
  });

  it('refuses a file shorter than a SQLite header as notSqlite', () => {
    const filePath = path.join(tempDir(), 'short.capm');
    fs.writeFileSync(filePath, 'SQLite format 3\0');
    expectRefusedUntouched(filePath, { code: 'notSqlite' });
  });

  it('refuses an empty file as emptyFile', () => {
    const filePath = path.join(tempDir(), 'empty.capm');
    fs.writeFileSync(filePath, '');
    expectRefusedUntouched(filePath, { code: 'emptyFile' });
  });

  it("refuses another program's SQLite database as foreignDatabase", () => {
    const filePath = sqliteFile(path.join(tempDir(), 'contacts.capm'), 0x12345678);
    expectRefusedUntouched(filePath, { code: 'foreignDatabase' });
  });

  it('refuses a plain SQLite database (no application id) as foreignDatabase', () => {
    const filePath = sqliteFile(path.join(tempDir(), 'plain.capm'), 0);
    expectRefusedUntouched(filePath, { code: 'foreignDatabase' });
  });

  it('refuses a plan written by a newer version as newerVersion, saying both versions', () => {
    const filePath = createClosedPlan(tempDir());
    const appVersion = bundledMigrations().length;
    withRawDb(filePath, (db) => db.pragma(`user_version = ${appVersion + 1}`));
    expectRefusedUntouched(filePath, {
      code: 'newerVersion',
      params: { fileVersion: appVersion + 1, appVersion },
    });
  });

  it('refuses a plan with a damaged page as corrupted', () => {
    const filePath = createClosedPlan(tempDir(), bulkyPlan());
    const pageSize = withRawDb(filePath, (db) => db.pragma('page_size', { simple: true }) as number);
    const pageCount = fs.statSync(filePath).size / pageSize;
    expect(pageCount).toBeGreaterThanOrEqual(8);

    // Overwrite the middle of a page in the middle of the file (full of SWOT items) with garbage.
    const page = Math.floor(pageCount / 2);
    const garbage = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 131 + 7) & 0xff));
    const fd = fs.openSync(filePath, 'r+');
    fs.writeSync(fd, garbage, 0, garbage.length, page * pageSize + pageSize / 4);
    fs.closeSync(fd);

    expectRefusedUntouched(filePath, { code: 'corrupted' });
  });

  it('refuses a missing path as notFound, and creates nothing there', () => {
    const folder = tempDir();
    const filePath = path.join(folder, 'absent.capm');
    expect(PlanFile.open(filePath)).toEqual({ ok: false, error: { code: 'notFound', params: { path: filePath } } });
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});
