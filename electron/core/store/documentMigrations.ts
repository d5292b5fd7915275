import type Database from 'better-sqlite3';
import { COLLECTION_MAX, collectionNames, sectionNames } from '../../../shared/plan';
import { ByteBudget, isPlainObject, parseStoredJson, STORED_DATA_COLUMNS, type PlanPart, type StoredData } from './storedJson';

/**
 * A new field with a zod default needs no migration; renaming a field, splitting one, or changing a
 * unit does. Such a change is a numbered transform of the stored JSON, run in the same transaction as
 * the .sql migration of the same number and the version bump: the file is at version N with its
 * documents in the N shape, or untouched.
 *
 * A transform receives what an older file holds, which may come from anyone: it gets `unknown`
 * (already parsed safely, within size bounds) and must cope with any value, returning it unchanged
 * when it does not recognise it; readPlan validates the result afterwards.
 */
export interface DocumentMigration {
  /** The format version this transform brings the documents to; a .sql migration with this number must exist. */
  toVersion: number;
  /**
   * Returns the document in its new shape. `part` is the row's section name (plan_section: 'meta',
   * 'company'…) or collection name (plan_item: 'actions'…). An item must keep its id.
   */
  transform(part: string, json: unknown): unknown;
}

/** Append-only, like the .sql files. Example: { toVersion: 2, transform: (part, json) => part === 'offer' ? … : json }. */
export const documentMigrations: DocumentMigration[] = [];

const partOf = (name: string, known: readonly string[], unknown: PlanPart): PlanPart =>
  known.includes(name) ? (name as PlanPart) : unknown;

/** Rows read at most: every collection full, plus room for rows of collections since removed. */
const ITEM_ROWS_MAX = (COLLECTION_MAX + 1) * (collectionNames.length + 10);

/** Rewrites every stored document through the transform. The caller holds the migration's transaction. */
export function applyDocumentMigration(db: Database.Database, migration: DocumentMigration): void {
  const budget = new ByteBudget();
  const sections = db
    .prepare(`SELECT name, ${STORED_DATA_COLUMNS} FROM plan_section LIMIT 1000`)
    .all() as (StoredData & { name: string })[];
  const updateSection = db.prepare('UPDATE plan_section SET data = ? WHERE name = ?');
  for (const row of sections) {
    const json = parseStoredJson(row, partOf(row.name, ['meta', ...sectionNames], 'sections'), budget);
    updateSection.run(JSON.stringify(migration.transform(row.name, json)), row.name);
  }

  const items = db
    .prepare(`SELECT collection, id, ${STORED_DATA_COLUMNS} FROM plan_item LIMIT ?`)
    .all(ITEM_ROWS_MAX) as (StoredData & { collection: string; id: string })[];
  const updateItem = db.prepare('UPDATE plan_item SET data = ? WHERE collection = ? AND id = ?');
  for (const row of items) {
    const json = parseStoredJson(row, partOf(row.collection, collectionNames, 'collections'), budget);
    const next = migration.transform(row.collection, json);
    if (isPlainObject(json) && json.id === row.id && (!isPlainObject(next) || next.id !== row.id)) {
      throw new Error(`Document migration ${migration.toVersion} changed the id of ${row.collection}/${row.id}`);
    }
    updateItem.run(JSON.stringify(next), row.collection, row.id);
  }
}
