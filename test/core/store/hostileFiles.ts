import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../../electron/core/store/format';
import { bundledMigrations, type Migration } from '../../../electron/core/store/migrations';
import { COLLECTION_MAX } from '../../../shared/plan';
import type { AppError } from '../../../shared/result';
import { bulkyPlan, createClosedPlan } from './helpers';

/**
 * The hostile corpus: files (and paths) a consultant could receive or be tricked into opening, each
 * built by code from a sound plan, with the refusal it must get. See planFile.hostileCorpus.test.ts.
 */
export interface HostileCase {
  name: string;
  /** Builds the case in an empty folder and returns the path to open. */
  build(folder: string): string;
  /** The refusal: `params` are compared only when given. */
  error: { code: AppError['code']; params?: AppError['params'] };
  /** The app's migrations for this case, when it must see the file as an older format. */
  migrations?: Migration[];
  /** Why the case cannot run here (root reads a mode-000 file), or undefined. */
  skip?: string;
}

const appVersion = bundledMigrations().length;
const PLAN = 'x.capm';

/** A raw connection with SQLite's defensive mode off, as a forger would use (writable_schema works). */
function forge(filePath: string, change: (db: Database.Database) => void): void {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    db.unsafeMode(true);
    change(db);
  } finally {
    db.close();
  }
}

const tamperedPlan = (sql: string) => (folder: string) => {
  const filePath = createClosedPlan(folder, undefined, PLAN);
  forge(filePath, (db) => db.exec(sql));
  return filePath;
};

/** Rewrites a table's CREATE statement behind SQLite's back (it is re-read on the next open). */
function rewriteTableSql(filePath: string, table: string, sql: string): void {
  forge(filePath, (db) => {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?").run(sql, table);
  });
}

/** Stores a value of another type than TEXT in a STRICT table: loosen the table, write, restore it. */
const wrongTypeData = (table: 'plan_item' | 'plan_section', write: (db: Database.Database) => void) => (folder: string) => {
  const filePath = createClosedPlan(folder, undefined, PLAN);
  const original = new Database(filePath, { readonly: true });
  const sql = original.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string;
  original.close();
  // No STRICT, no CHECK, and no TEXT affinity, which would turn a number back into text.
  rewriteTableSql(filePath, table, sql.replace(/\) STRICT$/, ')').replace('data TEXT NOT NULL CHECK (json_valid(data))', 'data NOT NULL'));
  forge(filePath, write);
  rewriteTableSql(filePath, table, sql);
  return filePath;
};

function patchBytes(filePath: string, offset: number, bytes: Buffer): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    fs.closeSync(fd);
  }
}

const int32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(value >>> 0);
  return bytes;
};

const patchedPlan = (offset: number, bytes: Buffer) => (folder: string) => {
  const filePath = createClosedPlan(folder, undefined, PLAN);
  patchBytes(filePath, offset, bytes);
  return filePath;
};

/** A file of SQLite of ours (application id set) with no table at all. */
const emptyDatabase = (version: number) => (folder: string) => {
  const filePath = path.join(folder, PLAN);
  const db = new Database(filePath);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${version}`);
  db.close();
  return filePath;
};

function damagedPage(folder: string, fill: (index: number) => number): string {
  const filePath = createClosedPlan(folder, bulkyPlan(), PLAN);
  const pageSize = 4096;
  const pages = fs.statSync(filePath).size / pageSize;
  patchBytes(filePath, Math.floor(pages / 2) * pageSize, Buffer.from(Array.from({ length: pageSize }, (_, i) => fill(i))));
  return filePath;
}

const truncatedTo = (size: (full: number) => number) => (folder: string) => {
  const filePath = createClosedPlan(folder, bulkyPlan(), PLAN);
  fs.truncateSync(filePath, size(fs.statSync(filePath).size));
  return filePath;
};

const sectionData = (name: string, data: string) =>
  tamperedPlan(`UPDATE plan_section SET data = '${data}' WHERE name = '${name}'`);

const mkfifo = (filePath: string): string => {
  const made = spawnSync('mkfifo', [filePath]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
  return filePath;
};

const isRoot = process.getuid?.() === 0;
/** FIFOs, devices and symlinks as plain users make them exist on Linux and macOS. */
const posixOnly = process.platform === 'win32' ? 'no FIFO, device or plain symlink on Windows' : undefined;
const sound = (folder: string) => createClosedPlan(folder, undefined, PLAN);
const v1Only = bundledMigrations().slice(0, 1);
/** The app as it will be with a second format: format-1 files are then older ones, to migrate. */
const withFormat2: Migration[] = [...v1Only, { version: 2, name: '002-tags.sql', sql: 'CREATE TABLE plan_tag (name TEXT PRIMARY KEY) STRICT;' }];

const DROP_ITEM_TABLE = 'DROP TABLE plan_item;';
const ITEM_VIEW_COLUMNS = "'swot' AS collection, 'x' AS id, 0 AS position, '{}' AS data, '' AS updated_at";

export const hostileCases: HostileCase[] = [
  // Objects no plan has: they run code (triggers), hang reads (views) or cost time (indexes).
  {
    name: 'plan_item replaced by a view',
    build: tamperedPlan(`${DROP_ITEM_TABLE} CREATE VIEW plan_item AS SELECT ${ITEM_VIEW_COLUMNS};`),
    error: { code: 'unexpectedObject', params: { type: 'view', name: 'plan_item' } },
  },
  {
    name: 'plan_item replaced by a view over an endless recursive CTE',
    build: tamperedPlan(
      `${DROP_ITEM_TABLE} CREATE VIEW plan_item AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)
       SELECT 'swot' AS collection, n AS id, n AS position, '{}' AS data, '' AS updated_at FROM r;`,
    ),
    error: { code: 'unexpectedObject', params: { type: 'view', name: 'plan_item' } },
  },
  {
    name: 'both tables replaced by recursive views',
    build: tamperedPlan(
      `DROP TABLE plan_section; ${DROP_ITEM_TABLE}
       CREATE VIEW plan_section AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT 'company' AS name, '{}' AS data, '' AS updated_at FROM r;
       CREATE VIEW plan_item AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT ${ITEM_VIEW_COLUMNS} FROM r;`,
    ),
    error: { code: 'unexpectedObject', params: { type: 'view', name: 'plan_section' } },
  },
  {
    name: 'an extra view beside the tables',
    build: tamperedPlan('CREATE VIEW summary AS SELECT count(*) AS n FROM plan_item;'),
    error: { code: 'unexpectedObject', params: { type: 'view', name: 'summary' } },
  },
  ...(
    [
      ['AFTER UPDATE', 'plan_section'],
      ['BEFORE UPDATE', 'plan_item'],
      ['AFTER UPDATE OF data', 'plan_item'],
      ['AFTER INSERT', 'plan_item'],
      ['BEFORE INSERT', 'plan_section'],
      ['AFTER DELETE', 'plan_item'],
      ['BEFORE DELETE', 'plan_section'],
    ] as const
  ).map(([when, table]): HostileCase => ({
    name: `a trigger ${when} ON ${table}`,
    build: tamperedPlan(`CREATE TRIGGER wipe ${when} ON ${table} BEGIN DELETE FROM plan_item; END;`),
    error: { code: 'unexpectedObject', params: { type: 'trigger', name: 'wipe' } },
  })),
  {
    name: 'a trigger with a WHEN clause',
    build: tamperedPlan("CREATE TRIGGER sly AFTER UPDATE ON plan_section WHEN new.name = 'company' BEGIN DELETE FROM plan_item; END;"),
    error: { code: 'unexpectedObject', params: { type: 'trigger', name: 'sly' } },
  },
  {
    name: 'an INSTEAD OF trigger on an extra view',
    build: tamperedPlan(
      'CREATE VIEW door AS SELECT name FROM plan_section; CREATE TRIGGER knock INSTEAD OF INSERT ON door BEGIN DELETE FROM plan_item; END;',
    ),
    error: { code: 'unexpectedObject', params: { type: 'view', name: 'door' } },
  },
  {
    name: 'an extra table',
    build: tamperedPlan("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello');"),
    error: { code: 'unexpectedObject', params: { type: 'table', name: 'notes' } },
  },
  {
    name: 'an extra index',
    build: tamperedPlan('CREATE INDEX by_update ON plan_section (updated_at);'),
    error: { code: 'unexpectedObject', params: { type: 'index', name: 'by_update' } },
  },
  {
    name: 'an extra index on an expression',
    build: tamperedPlan("CREATE INDEX by_json ON plan_item (json_extract(data, '$.text'));"),
    error: { code: 'unexpectedObject', params: { type: 'index', name: 'by_json' } },
  },
  {
    name: 'our index redefined under its own name',
    build: tamperedPlan('DROP INDEX plan_item_by_position; CREATE INDEX plan_item_by_position ON plan_item (position, collection);'),
    error: { code: 'unexpectedObject', params: { type: 'index', name: 'plan_item_by_position' } },
  },
  {
    name: 'the statistics table ANALYZE leaves',
    build: tamperedPlan('ANALYZE;'),
    error: { code: 'unexpectedObject', params: { type: 'table', name: 'sqlite_stat1' } },
  },
  {
    name: 'a full-text virtual table',
    build: tamperedPlan('CREATE VIRTUAL TABLE search USING fts5(text);'),
    error: { code: 'unexpectedObject', params: { type: 'table', name: 'search' } },
  },
  {
    name: 'an object name holding characters to hide in a message',
    build: tamperedPlan('CREATE TABLE "evil$t(errors.internal)\u001b[31m" (x);'),
    error: { code: 'unexpectedObject', params: { type: 'table', name: 'evil?t?errors.internal???31m' } },
  },

  // A schema that is not ours.
  { name: 'plan_item missing', build: tamperedPlan(DROP_ITEM_TABLE), error: { code: 'foreignSchema', params: { name: 'plan_item' } } },
  { name: 'plan_section missing', build: tamperedPlan('DROP TABLE plan_section;'), error: { code: 'foreignSchema', params: { name: 'plan_section' } } },
  {
    name: 'a dropped column',
    build: tamperedPlan('ALTER TABLE plan_section DROP COLUMN updated_at;'),
    error: { code: 'foreignSchema', params: { name: 'plan_section' } },
  },
  {
    name: 'an added column',
    build: tamperedPlan('ALTER TABLE plan_item ADD COLUMN extra TEXT;'),
    error: { code: 'foreignSchema', params: { name: 'plan_item' } },
  },
  {
    name: 'our index missing',
    build: tamperedPlan('DROP INDEX plan_item_by_position;'),
    error: { code: 'foreignSchema', params: { name: 'plan_item_by_position' } },
  },
  {
    name: 'plan_section without its json_valid CHECK',
    build: tamperedPlan(
      'DROP TABLE plan_section; CREATE TABLE plan_section (name TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL) STRICT;',
    ),
    error: { code: 'foreignSchema', params: { name: 'plan_section' } },
  },
  {
    name: 'an empty database with our application id at version 1',
    build: emptyDatabase(1),
    error: { code: 'foreignSchema', params: { name: 'plan_section' } },
  },
  {
    name: 'a schema entry that does not parse',
    build: (folder) => {
      const filePath = sound(folder);
      rewriteTableSql(filePath, 'plan_item', 'CREATE TABLE plan_item (');
      return filePath;
    },
    error: { code: 'corrupted' },
  },

  // The header: whose file, which version, which SQLite format.
  { name: 'another application id', build: tamperedPlan('PRAGMA application_id = 305419896;'), error: { code: 'foreignDatabase' } },
  { name: 'no application id', build: tamperedPlan('PRAGMA application_id = 0;'), error: { code: 'foreignDatabase' } },
  ...[-5, 0].map((version): HostileCase => ({
    name: `version ${version}`,
    build: tamperedPlan(`PRAGMA user_version = ${version};`),
    error: { code: 'invalidVersion', params: { fileVersion: version, appVersion } },
  })),
  {
    name: 'version 2^31 (reads as the lowest int32)',
    build: patchedPlan(60, int32(2 ** 31)),
    error: { code: 'invalidVersion', params: { fileVersion: -(2 ** 31), appVersion } },
  },
  {
    name: 'the current version + 1',
    build: tamperedPlan(`PRAGMA user_version = ${appVersion + 1};`),
    error: { code: 'newerVersion', params: { fileVersion: appVersion + 1, appVersion } },
  },
  {
    name: 'version 2^31 - 1',
    build: patchedPlan(60, int32(2 ** 31 - 1)),
    error: { code: 'newerVersion', params: { fileVersion: 2 ** 31 - 1, appVersion } },
  },
  ...[0, -5].map((version): HostileCase => ({
    name: `an empty database with our application id at version ${version}`,
    build: emptyDatabase(version),
    error: { code: 'invalidVersion', params: { fileVersion: version, appVersion } },
  })),
  { name: 'header write version 6', build: patchedPlan(18, Buffer.from([6])), error: { code: 'corrupted' } },
  { name: 'header read version 6', build: patchedPlan(19, Buffer.from([6])), error: { code: 'corrupted' } },
  { name: 'schema-format byte 9', build: patchedPlan(44, int32(9)), error: { code: 'corrupted' } },
  { name: 'a page size of 1000', build: patchedPlan(16, Buffer.from([0x03, 0xe8])), error: { code: 'corrupted' } },
  { name: 'a file left in WAL mode', build: tamperedPlan('PRAGMA journal_mode = WAL;'), error: { code: 'corrupted' } },

  // Damage.
  { name: 'a file cut in half', build: truncatedTo((size) => size / 2), error: { code: 'truncated' } },
  { name: 'a file one byte short', build: truncatedTo((size) => size - 1), error: { code: 'truncated' } },
  { name: 'a file cut inside its first page', build: truncatedTo(() => 200), error: { code: 'truncated' } },
  { name: 'a zeroed page', build: (folder) => damagedPage(folder, () => 0), error: { code: 'corrupted' } },
  { name: 'a page of garbage', build: (folder) => damagedPage(folder, (i) => (i * 131 + 7) & 0xff), error: { code: 'corrupted' } },
  {
    name: 'the first page zeroed after the header',
    build: (folder) => {
      const filePath = sound(folder);
      patchBytes(filePath, 100, Buffer.alloc(4096 - 100));
      return filePath;
    },
    error: { code: 'corrupted' },
  },

  // Content: type, shape, keys, size and count of the stored JSON.
  {
    name: 'BLOB data in an item',
    build: wrongTypeData('plan_item', (db) => db.prepare("UPDATE plan_item SET data = ? WHERE id = 'sw-1'").run(Buffer.from('{"id":"sw-1"}'))),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: 'integer data in a section',
    build: wrongTypeData('plan_section', (db) => db.prepare("UPDATE plan_section SET data = 42 WHERE name = 'offer'").run()),
    error: { code: 'invalidContent', params: { part: 'offer' } },
  },
  {
    name: 'text that is not JSON, past the CHECK',
    build: tamperedPlan("PRAGMA ignore_check_constraints = ON; UPDATE plan_section SET data = 'pas du JSON' WHERE name = 'offer';"),
    error: { code: 'invalidContent', params: { part: 'offer' } },
  },
  { name: 'a section stored as JSON null', build: sectionData('company', 'null'), error: { code: 'invalidContent', params: { part: 'company' } } },
  { name: 'a section stored as an array', build: sectionData('company', '[]'), error: { code: 'invalidContent', params: { part: 'company' } } },
  { name: 'a section stored as a string', build: sectionData('offer', '"offre"'), error: { code: 'invalidContent', params: { part: 'offer' } } },
  {
    name: 'a __proto__ key in a section',
    build: tamperedPlan(`UPDATE plan_section SET data = json_set(data, '$.__proto__', json('{"isTemplate": true}')) WHERE name = 'meta';`),
    error: { code: 'invalidContent', params: { part: 'meta' } },
  },
  {
    name: 'a __proto__ key spelt with \\u escapes',
    build: tamperedPlan(
      `UPDATE plan_section SET data = substr(data, 1, length(data) - 1) || ',"\\u005f\\u005fproto\\u005F_":{"isTemplate":true}}' WHERE name = 'meta';`,
    ),
    error: { code: 'invalidContent', params: { part: 'meta' } },
  },
  {
    name: 'a constructor key deep in an item',
    build: tamperedPlan(`UPDATE plan_item SET data = json_set(data, '$.detail.constructor', json('{"prototype": 1}')) WHERE collection = 'actions';`),
    error: { code: 'invalidContent', params: { part: 'actions' } },
  },
  {
    name: 'a prototype key in an item',
    build: tamperedPlan(`UPDATE plan_item SET data = json_set(data, '$.prototype', 1) WHERE id = 'sw-2';`),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: 'an unknown section',
    build: tamperedPlan(`INSERT INTO plan_section VALUES ('admin', '{}', '');`),
    error: { code: 'invalidContent', params: { part: 'sections' } },
  },
  {
    name: 'an unknown collection',
    build: tamperedPlan(`INSERT INTO plan_item VALUES ('secrets', 'x', 0, '{"id":"x"}', '');`),
    error: { code: 'invalidContent', params: { part: 'collections' } },
  },
  {
    name: "an item whose row id differs from its data's id",
    build: tamperedPlan(`UPDATE plan_item SET id = 'other' WHERE id = 'sw-1';`),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: 'a gap in the positions of a list',
    build: tamperedPlan(`UPDATE plan_item SET position = 7 WHERE id = 'sw-3';`),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: 'two items at the same position',
    build: tamperedPlan(`UPDATE plan_item SET position = 0 WHERE id = 'sw-2';`),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: 'an item that is a number',
    build: tamperedPlan(`UPDATE plan_item SET data = '7' WHERE id = 'sw-1';`),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: `a collection over the cap (${COLLECTION_MAX + 1} items)`,
    build: (folder) => {
      const filePath = sound(folder);
      forge(filePath, (db) => {
        const insert = db.prepare("INSERT INTO plan_item VALUES ('competitors', ?, ?, ?, '')");
        db.transaction(() => {
          for (let i = 0; i <= COLLECTION_MAX; i += 1) insert.run(`c-${i}`, i, JSON.stringify({ id: `c-${i}`, name: 'X' }));
        })();
      });
      return filePath;
    },
    error: { code: 'invalidContent', params: { part: 'competitors' } },
  },
  {
    name: 'a 2 MB item',
    build: tamperedPlan(`UPDATE plan_item SET data = json_set(data, '$.text', printf('%.*c', 2000000, 'x')) WHERE id = 'sw-1';`),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  },
  {
    name: 'JSON nested 900 deep',
    build: tamperedPlan(
      `UPDATE plan_section SET data = json_set(data, '$.notes', json('${'['.repeat(900)}${']'.repeat(900)}')) WHERE name = 'company';`,
    ),
    error: { code: 'invalidContent', params: { part: 'company' } },
  },
  // Deeper than json_valid allows, under a key the schema would strip: refused read-only too, where
  // SQLite drops the CHECK, and at a depth where reviving would exhaust the stack.
  ...[1500, 5000].map((depth): HostileCase => ({
    name: `JSON nested ${depth} deep under an unknown key, past the CHECK`,
    build: tamperedPlan(
      `PRAGMA ignore_check_constraints = ON;
       UPDATE plan_item SET data = substr(data, 1, length(data) - 1) || ',"deep":${'['.repeat(depth)}${']'.repeat(depth)}}' WHERE id = 'sw-1';`,
    ),
    error: { code: 'invalidContent', params: { part: 'swot' } },
  })),
  {
    name: 'a value outside the schema',
    build: tamperedPlan(`UPDATE plan_section SET data = json_set(data, '$.planYear', 99999) WHERE name = 'company';`),
    error: { code: 'invalidContent', params: { part: 'company' } },
  },

  // An older format: refused before any backup or migration.
  {
    name: 'an older plan holding a trigger',
    build: tamperedPlan('CREATE TRIGGER wipe AFTER UPDATE ON plan_section BEGIN DELETE FROM plan_item; END;'),
    migrations: withFormat2,
    error: { code: 'unexpectedObject', params: { type: 'trigger', name: 'wipe' } },
  },
  {
    name: 'an older plan with a JSON null section',
    build: sectionData('company', 'null'),
    migrations: withFormat2,
    error: { code: 'invalidContent', params: { part: 'company' } },
  },

  // What is not a regular file, or not a file of ours.
  {
    name: 'a directory named x.capm',
    build: (folder) => {
      fs.mkdirSync(path.join(folder, PLAN));
      return path.join(folder, PLAN);
    },
    error: { code: 'isDirectory' },
  },
  {
    name: 'a FIFO named x.capm',
    build: (folder) => mkfifo(path.join(folder, PLAN)),
    error: { code: 'specialFile' },
    skip: posixOnly,
  },
  {
    name: 'a symlink to /dev/zero',
    build: (folder) => {
      fs.symlinkSync('/dev/zero', path.join(folder, PLAN));
      return path.join(folder, PLAN);
    },
    error: { code: 'specialFile' },
    skip: posixOnly,
  },
  {
    name: 'a symlink to a FIFO',
    build: (folder) => {
      fs.symlinkSync(mkfifo(path.join(folder, 'pipe')), path.join(folder, PLAN));
      return path.join(folder, PLAN);
    },
    error: { code: 'specialFile' },
    skip: posixOnly,
  },
  {
    name: 'a symlink to a directory',
    build: (folder) => {
      fs.mkdirSync(path.join(folder, 'inside'));
      fs.symlinkSync(path.join(folder, 'inside'), path.join(folder, PLAN));
      return path.join(folder, PLAN);
    },
    error: { code: 'isDirectory' },
    skip: posixOnly,
  },
  {
    name: 'a loop of symlinks',
    build: (folder) => {
      fs.symlinkSync(path.join(folder, 'b.capm'), path.join(folder, PLAN));
      fs.symlinkSync(path.join(folder, PLAN), path.join(folder, 'b.capm'));
      return path.join(folder, PLAN);
    },
    error: { code: 'specialFile' },
    skip: posixOnly,
  },
  {
    name: 'a dangling symlink',
    build: (folder) => {
      fs.symlinkSync(path.join(folder, 'gone.capm'), path.join(folder, PLAN));
      return path.join(folder, PLAN);
    },
    error: { code: 'notFound' },
    skip: posixOnly,
  },
  { name: '/dev/zero itself', build: () => '/dev/zero', error: { code: 'specialFile' }, skip: posixOnly },
  {
    name: 'a mode-000 plan',
    build: (folder) => {
      const filePath = sound(folder);
      fs.chmodSync(filePath, 0o000);
      return filePath;
    },
    error: { code: 'notReadable' },
    skip: isRoot ? 'root reads a mode-000 file' : undefined,
  },
  {
    name: 'an empty file',
    build: (folder) => {
      fs.writeFileSync(path.join(folder, PLAN), '');
      return path.join(folder, PLAN);
    },
    error: { code: 'emptyFile' },
  },
  {
    name: 'a text file',
    build: (folder) => {
      fs.writeFileSync(path.join(folder, PLAN), 'Plan marketing 2026 : idées en vrac.\n'.repeat(40));
      return path.join(folder, PLAN);
    },
    error: { code: 'notSqlite' },
  },
  {
    name: 'a SQLite header alone',
    build: (folder) => {
      const filePath = sound(folder);
      fs.truncateSync(filePath, 100);
      return filePath;
    },
    error: { code: 'truncated' },
  },
  {
    name: "another program's database",
    build: (folder) => {
      const db = new Database(path.join(folder, PLAN));
      db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Dupont');");
      db.close();
      return path.join(folder, PLAN);
    },
    error: { code: 'foreignDatabase' },
  },

  // Paths SQLite would cut short at a NUL, or that no person types.
  ...(['\u0000', '\n', '\u001b', '\u007f'] as const).map((character): HostileCase => ({
    name: `a path with ${JSON.stringify(character)} before the extension, beside a real plan`,
    build: (folder) => `${sound(folder)}${character}.db`,
    error: { code: 'invalidPath' },
  })),
  {
    name: 'a path cut at a NUL that would name an existing plan',
    build: (folder) => `${sound(folder)}\u0000`,
    error: { code: 'invalidPath' },
  },
];
