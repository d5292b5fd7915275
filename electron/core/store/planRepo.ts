import type Database from 'better-sqlite3';
import {
  collectionNames,
  collectionSchemas,
  COLLECTION_MAX,
  emptyPlan,
  planMeta,
  planSchema,
  sectionNames,
  sectionSchemas,
  type CollectionItem,
  type CollectionName,
  type Plan,
  type PlanMeta,
  type SectionName,
  type Sections,
} from '../../../shared/plan';
import { AppFailure } from '../../../shared/result';

/** All SQL on the plan's content lives here; callers wrap writes in db.transaction. */

const now = () => new Date().toISOString();
const META = 'meta';

function writeDocument(db: Database.Database, name: string, data: unknown): void {
  db.prepare(
    `INSERT INTO plan_section (name, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  ).run(name, JSON.stringify(data), now());
}

export function writeSection<K extends SectionName>(db: Database.Database, name: K, data: Sections[K]): void {
  writeDocument(db, name, sectionSchemas[name].parse(data));
}

export function writeMeta(db: Database.Database, meta: PlanMeta): void {
  writeDocument(db, META, planMeta.parse(meta));
}

function itemIds(db: Database.Database, collection: CollectionName): string[] {
  return db
    .prepare('SELECT id FROM plan_item WHERE collection = ? ORDER BY position')
    .pluck()
    .all(collection) as string[];
}

function renumber(db: Database.Database, collection: CollectionName, ids: string[]): void {
  const setPosition = db.prepare('UPDATE plan_item SET position = ? WHERE collection = ? AND id = ?');
  ids.forEach((id, position) => setPosition.run(position, collection, id));
}

/** Updates the item in place, or inserts it at `position` (the end when absent). */
export function saveItem<C extends CollectionName>(
  db: Database.Database,
  collection: C,
  item: CollectionItem<C>,
  position?: number,
): void {
  const data = JSON.stringify(collectionSchemas[collection].parse(item));
  const updated = db
    .prepare('UPDATE plan_item SET data = ?, updated_at = ? WHERE collection = ? AND id = ?')
    .run(data, now(), collection, item.id);
  if (updated.changes > 0) return;
  const ids = itemIds(db, collection);
  // The schema caps each list; an item past the cap would make the whole plan unreadable.
  if (ids.length >= COLLECTION_MAX) throw new AppFailure({ code: 'tooManyItems', params: { max: COLLECTION_MAX } });
  const at = Math.min(position ?? ids.length, ids.length);
  db.prepare('INSERT INTO plan_item (collection, id, position, data, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    collection,
    item.id,
    at,
    data,
    now(),
  );
  ids.splice(at, 0, item.id);
  renumber(db, collection, ids);
}

export function deleteItem(db: Database.Database, collection: CollectionName, id: string): void {
  db.prepare('DELETE FROM plan_item WHERE collection = ? AND id = ?').run(collection, id);
  renumber(db, collection, itemIds(db, collection));
}

export function moveItem(db: Database.Database, collection: CollectionName, id: string, toIndex: number): void {
  const ids = itemIds(db, collection).filter((other) => other !== id);
  if (ids.length === itemIds(db, collection).length) return;
  ids.splice(Math.min(toIndex, ids.length), 0, id);
  renumber(db, collection, ids);
}

/** Replaces the whole content (new file, import). */
export function writePlan(db: Database.Database, plan: Plan): void {
  const valid = planSchema.parse(plan);
  db.prepare('DELETE FROM plan_item').run();
  writeMeta(db, valid.meta);
  for (const name of sectionNames) writeDocument(db, name, valid[name]);
  const insert = db.prepare(
    'INSERT INTO plan_item (collection, id, position, data, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const collection of collectionNames) {
    (valid[collection] as { id: string }[]).forEach((item, position) =>
      insert.run(collection, item.id, position, JSON.stringify(item), now()),
    );
  }
}

/**
 * Reads and validates everything: a file edited by hand or damaged inside its JSON is refused as
 * corrupted rather than shown half-broken. Parts missing from an older file take their defaults.
 */
export function readPlan(db: Database.Database): Plan {
  const documents = new Map(
    (db.prepare('SELECT name, data FROM plan_section').all() as { name: string; data: string }[]).map((row) => [
      row.name,
      JSON.parse(row.data) as unknown,
    ]),
  );
  const items = db
    .prepare('SELECT collection, data FROM plan_item ORDER BY collection, position')
    .all() as { collection: string; data: string }[];
  const defaults = emptyPlan(new Date().getFullYear() + 1, '', now());
  const assembled: Record<string, unknown> = { meta: documents.get(META) ?? defaults.meta };
  for (const name of sectionNames) assembled[name] = documents.get(name) ?? defaults[name];
  for (const collection of collectionNames) assembled[collection] = [];
  for (const row of items) (assembled[row.collection] as unknown[] | undefined)?.push(JSON.parse(row.data));
  const parsed = planSchema.safeParse(assembled);
  if (!parsed.success) throw new AppFailure({ code: 'corrupted' });
  return parsed.data;
}
