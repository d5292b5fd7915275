import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, runMigrations, type Migration } from '../../../electron/core/store/migrations';
import { PlanFile } from '../../../electron/core/store/planFile';
import { expectOk, samplePlan, sha256, tempDir, withRawDb } from './helpers';

const real = loadMigrations();
const v1Only = [real[0]];
const tableNames = (filePath: string): string[] =>
  withRawDb(filePath, (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]);
const userVersion = (filePath: string): number =>
  withRawDb(filePath, (db) => db.pragma('user_version', { simple: true }) as number, { readonly: true });

/** A plan file at format version 1, whatever the app's current version is. */
function createV1Plan(folder: string): string {
  const filePath = path.join(folder, 'plan.capm');
  expectOk(PlanFile.create(filePath, samplePlan(), { migrations: v1Only })).close();
  return filePath;
}

describe('loadMigrations', () => {
  it('loads the bundled migrations numbered 1..N in order', () => {
    expect(real.length).toBeGreaterThanOrEqual(1);
    expect(real.map((m) => m.version)).toEqual(real.map((_, index) => index + 1));
    expect(real[0].name).toBe('001-initial.sql');
    for (const migration of real) expect(migration.sql).toMatch(/\S/);
  });

  it('ignores other files and refuses a gap in the numbering', () => {
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, '001-first.sql'), 'CREATE TABLE a (x);');
    fs.writeFileSync(path.join(folder, 'README.md'), 'not a migration');
    expect(loadMigrations(folder).map((m) => m.name)).toEqual(['001-first.sql']);

    fs.writeFileSync(path.join(folder, '003-third.sql'), 'CREATE TABLE c (x);');
    expect(() => loadMigrations(folder)).toThrow(/003-third\.sql breaks the numbering/);
  });
});

describe('PlanFile.open upgrades an older plan', () => {
  const addTags: Migration = {
    version: 2,
    name: '002-tags.sql',
    sql: 'CREATE TABLE plan_tag (name TEXT PRIMARY KEY) STRICT;',
  };

  it('migrates a version-1 file to version 2 and keeps its content', () => {
    const filePath = createV1Plan(tempDir());
    const file = expectOk(PlanFile.open(filePath, { migrations: [real[0], addTags] }));
    expect(file.read()).toEqual(samplePlan());
    file.close();

    expect(userVersion(filePath)).toBe(2);
    expect(tableNames(filePath)).toContain('plan_tag');
  });

  it('first saves a backup next to the file that is itself a valid version-1 plan', () => {
    const folder = tempDir();
    const filePath = createV1Plan(folder);
    const before = Date.now();
    expectOk(PlanFile.open(filePath, { migrations: [real[0], addTags] })).close();

    const backups = fs.readdirSync(folder).filter((name) => name !== 'plan.capm');
    expect(backups).toHaveLength(1);
    const [, stamp] = /^plan\.sauvegarde-format-1-(\d+)\.capm$/.exec(backups[0]) ?? expect.fail(`unexpected ${backups[0]}`);
    expect(Number(stamp)).toBeGreaterThanOrEqual(before);

    const backupPath = path.join(folder, backups[0]);
    expect(userVersion(backupPath)).toBe(1);
    expect(tableNames(backupPath)).not.toContain('plan_tag');
    const backup = expectOk(PlanFile.open(backupPath, { migrations: v1Only }));
    expect(backup.read()).toEqual(samplePlan());
    backup.close();
  });

  it('does not migrate nor back up a file already at the latest version', () => {
    const folder = tempDir();
    const filePath = createV1Plan(folder);
    expectOk(PlanFile.open(filePath, { migrations: v1Only })).close();
    expect(fs.readdirSync(folder)).toEqual(['plan.capm']);
  });

  it('leaves the file at version 1, unchanged, when migration 2 fails half-way', () => {
    const folder = tempDir();
    const filePath = createV1Plan(folder);
    const hash = sha256(filePath);
    const broken: Migration = {
      version: 2,
      name: '002-broken.sql',
      sql: 'CREATE TABLE plan_tag (name TEXT) STRICT; INSERT INTO no_such_table VALUES (1);',
    };

    const result = PlanFile.open(filePath, { migrations: [real[0], broken] });

    expect(result.ok).toBe(false);
    expect(sha256(filePath)).toBe(hash);
    expect(userVersion(filePath)).toBe(1);
    expect(tableNames(filePath)).not.toContain('plan_tag');
    expect(fs.existsSync(`${filePath}-journal`)).toBe(false);
    const reopened = expectOk(PlanFile.open(filePath, { migrations: v1Only }));
    expect(reopened.read()).toEqual(samplePlan());
    reopened.close();
  });
});

describe('schema', () => {
  it('migrating an empty database to the latest version gives this schema', () => {
    const db = new Database(':memory:');
    try {
      runMigrations(db, real, 0);
      expect(db.pragma('user_version', { simple: true })).toBe(real.length);
      expect(db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toMatchInlineSnapshot(`
        [
          {
            "name": "plan_item",
            "sql": "CREATE TABLE plan_item (
          collection TEXT NOT NULL,
          id TEXT NOT NULL,
          position INTEGER NOT NULL,
          data TEXT NOT NULL CHECK (json_valid(data)),
          updated_at TEXT NOT NULL,
          PRIMARY KEY (collection, id)
        ) STRICT",
            "type": "table",
          },
          {
            "name": "plan_item_by_position",
            "sql": "CREATE INDEX plan_item_by_position ON plan_item (collection, position)",
            "type": "index",
          },
          {
            "name": "plan_section",
            "sql": "CREATE TABLE plan_section (
          name TEXT PRIMARY KEY,
          data TEXT NOT NULL CHECK (json_valid(data)),
          updated_at TEXT NOT NULL
        ) STRICT",
            "type": "table",
          },
          {
            "name": "sqlite_autoindex_plan_item_1",
            "sql": null,
            "type": "index",
          },
          {
            "name": "sqlite_autoindex_plan_section_1",
            "sql": null,
            "type": "index",
          },
        ]
      `);
    } finally {
      db.close();
    }
  });
});
