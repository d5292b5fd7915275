import Database from 'better-sqlite3';
import { AppFailure } from '../../../shared/result';
import { runMigrations, type Migration } from './migrations';

/**
 * A received plan's schema must be exactly the one our migrations build for its version. Anything
 * else is how a crafted file attacks: a view named plan_item (over a recursive CTE, it hangs every
 * read), a trigger that runs on the first edit, an index on a costly expression. The comparison
 * reads only sqlite_master, before any statement touches a table, an index or a view.
 */

interface SchemaObject {
  type: string;
  name: string;
  tblName: string;
  sql: string | null;
}

/** More objects than this is a crafted file anyway; the first ones are enough to name the culprit. */
const SCHEMA_ROWS_READ = 200;

// SQLite keeps each CREATE statement as it was written; only its spacing is not significant to us.
const normalise = (sql: string | null): string | null => (sql === null ? null : sql.replace(/\s+/g, ' ').trim());

function readSchema(db: Database.Database): SchemaObject[] {
  return (
    db
      .prepare('SELECT type, name, tbl_name AS tblName, sql FROM sqlite_master ORDER BY rowid LIMIT ?')
      .all(SCHEMA_ROWS_READ) as SchemaObject[]
  ).map((row) => ({ ...row, sql: normalise(row.sql) }));
}

const expectedByMigrations = new Map<string, SchemaObject[]>();

/** The schema migrations 1..version give an empty database, built once per list of migrations. */
export function expectedSchema(migrations: Migration[], version: number): SchemaObject[] {
  const applied = migrations.filter((migration) => migration.version <= version);
  const key = applied.map((migration) => `${migration.name}\n${migration.sql}`).join('\0');
  let expected = expectedByMigrations.get(key);
  if (!expected) {
    const db = new Database(':memory:');
    try {
      runMigrations(db, applied, 0, []);
      expected = readSchema(db);
    } finally {
      db.close();
    }
    expectedByMigrations.set(key, expected);
  }
  return expected;
}

const OBJECT_TYPES = new Set(['table', 'index', 'view', 'trigger']);
/** Names come from the file: shown to the user, so kept short and free of anything but plain characters. */
const shownName = (name: unknown): string => String(name).replace(/[^\p{L}\p{N}_ .-]/gu, '?').slice(0, 60);
const shownType = (type: unknown): string => (OBJECT_TYPES.has(String(type)) ? String(type) : 'unknown');

const unexpectedObject = (object: SchemaObject) =>
  new AppFailure({ code: 'unexpectedObject', params: { type: shownType(object.type), name: shownName(object.name) } });
const foreignSchema = (name: string) => new AppFailure({ code: 'foreignSchema', params: { name: shownName(name) } });

/**
 * Throws unexpectedObject for an object our schema does not have (or has differently, but for a
 * table), foreignSchema for a table missing or not as we create it. Extra objects are named first:
 * a view standing where plan_item should be is reported as that view.
 */
export function checkSchema(db: Database.Database, migrations: Migration[], version: number): void {
  const expected = expectedSchema(migrations, version);
  const actual = readSchema(db);
  const sameObject = (a: SchemaObject) => (b: SchemaObject) => a.type === b.type && a.name === b.name;
  const differingTables: string[] = [];
  for (const object of actual) {
    const wanted = expected.find(sameObject(object));
    if (wanted && wanted.tblName === object.tblName && wanted.sql === object.sql) continue;
    if (wanted?.type === 'table') differingTables.push(object.name);
    else throw unexpectedObject(object);
  }
  if (differingTables.length > 0) throw foreignSchema(differingTables[0]);
  const missing = expected.find((object) => !actual.some(sameObject(object)));
  if (missing) throw foreignSchema(missing.name);
}
