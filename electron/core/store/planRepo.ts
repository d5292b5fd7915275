import type Database from 'better-sqlite3';
import * as z from 'zod';
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
import {
  ByteBudget,
  invalidContent,
  isPlainObject,
  parseStoredJson,
  STORED_DATA_COLUMNS,
  type PlanPart,
  type StoredData,
} from './storedJson';

/** All SQL on the plan's content lives here; callers wrap writes in db.transaction. */

const now = () => new Date().toISOString();

let compiled: typeof planSchema | undefined;
/**
 * planSchema compiled into one generated function (z.compile): about five times faster on a plan of
 * 1,000 actions than walking the schema. A plan it does not accept goes through planSchema itself, so
 * what is refused, and the issues saying why, stay the schema's own.
 */
export const compiledPlanSchema = (): typeof planSchema => (compiled ??= z.compile(planSchema));

/** Compiling takes about 10 ms, more than it saves on one read of a plan smaller than this. */
const COMPILE_FROM_ITEMS = 200;

/**
 * Checks a plan (or what claims to be one): with the compiled schema once a plan is large; a small one
 * walks the schema without zod's generated fast path, whose compilation costs a short command such as
 * `info` more than it saves on one read.
 */
function safeParsePlan(plan: unknown) {
  if (compiled) return compiled.safeParse(plan);
  const lists: Record<string, unknown> = isPlainObject(plan) ? plan : {};
  const items = collectionNames.reduce((count, name) => count + (Array.isArray(lists[name]) ? lists[name].length : 0), 0);
  return items >= COMPILE_FROM_ITEMS ? compiledPlanSchema().safeParse(plan) : planSchema.safeParse(plan, { jitless: true });
}

const META = 'meta';
const documentNames: readonly string[] = [META, ...sectionNames];
const INSERT_ITEM = 'INSERT INTO plan_item (collection, id, position, data, updated_at) VALUES (?, ?, ?, ?, ?)';

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

/**
 * How many items the list holds. Positions are always 0..n-1 (readPlan refuses a file where they are
 * not, and every write keeps them so), so this is one index seek, not a count of the list.
 */
function itemCount(db: Database.Database, collection: CollectionName): number {
  const last = db.prepare('SELECT max(position) FROM plan_item WHERE collection = ?').pluck().get(collection) as number | null;
  return last === null ? 0 : last + 1;
}

/** Inserts items already validated; see addItems. */
function insertItems(db: Database.Database, collection: CollectionName, valid: { id: string }[], position?: number): void {
  const count = itemCount(db, collection);
  // The schema caps each list; an item past the cap would make the whole plan unreadable.
  if (count + valid.length > COLLECTION_MAX) throw new AppFailure({ code: 'tooManyItems', params: { max: COLLECTION_MAX } });
  const stored = db.prepare('SELECT 1 FROM plan_item WHERE collection = ? AND id = ?').pluck();
  const added = new Set<string>();
  for (const item of valid) {
    if (added.has(item.id) || stored.get(collection, item.id) !== undefined) {
      throw new AppFailure({ code: 'invalidInput', params: { detail: `identifiant en double « ${item.id} »` } });
    }
    added.add(item.id);
  }

  const first = Math.max(0, Math.min(position ?? count, count));
  if (first < count) {
    db.prepare('UPDATE plan_item SET position = position + ? WHERE collection = ? AND position >= ?').run(
      valid.length,
      collection,
      first,
    );
  }
  const insert = db.prepare(INSERT_ITEM);
  const stamp = now();
  valid.forEach((item, index) => insert.run(collection, item.id, first + index, JSON.stringify(item), stamp));
}

/**
 * Inserts new items at index `position` (the end when absent), in the order given. Positions are
 * worked out once: the items after the insertion point move up in one statement, and each new item
 * is one run of the same prepared statement, so adding n items to a list of m costs O(n + m), not the
 * O(n × m) of saving them one by one. The caller wraps the call in one transaction.
 */
export function addItems<C extends CollectionName>(
  db: Database.Database,
  collection: C,
  items: CollectionItem<C>[],
  position?: number,
): void {
  if (items.length === 0) return;
  insertItems(db, collection, items.map((item) => collectionSchemas[collection].parse(item) as { id: string }), position);
}

/** Updates the item in place, or inserts it at `position` (the end when absent): no renumbering at the end. */
export function saveItem<C extends CollectionName>(
  db: Database.Database,
  collection: C,
  item: CollectionItem<C>,
  position?: number,
): void {
  const valid = collectionSchemas[collection].parse(item) as { id: string };
  const updated = db
    .prepare('UPDATE plan_item SET data = ?, updated_at = ? WHERE collection = ? AND id = ?')
    .run(JSON.stringify(valid), now(), collection, valid.id);
  if (updated.changes === 0) insertItems(db, collection, [valid], position);
}

export function deleteItem(db: Database.Database, collection: CollectionName, id: string): void {
  const position = db
    .prepare('SELECT position FROM plan_item WHERE collection = ? AND id = ?')
    .pluck()
    .get(collection, id) as number | undefined;
  if (position === undefined) return;
  db.prepare('DELETE FROM plan_item WHERE collection = ? AND id = ?').run(collection, id);
  db.prepare('UPDATE plan_item SET position = position - 1 WHERE collection = ? AND position > ?').run(collection, position);
}

export function moveItem(db: Database.Database, collection: CollectionName, id: string, toIndex: number): void {
  const ids = itemIds(db, collection);
  const others = ids.filter((other) => other !== id);
  if (others.length === ids.length) return;
  others.splice(Math.min(toIndex, others.length), 0, id);
  renumber(db, collection, others);
}

/** Replaces the whole content (new file, import). */
export function writePlan(db: Database.Database, plan: Plan): void {
  const checked = safeParsePlan(plan);
  if (!checked.success) throw checked.error;
  const valid = checked.data;
  db.prepare('DELETE FROM plan_item').run();
  writeMeta(db, valid.meta);
  for (const name of sectionNames) writeDocument(db, name, valid[name]);
  const insert = db.prepare(INSERT_ITEM);
  for (const collection of collectionNames) {
    (valid[collection] as { id: string }[]).forEach((item, position) =>
      insert.run(collection, item.id, position, JSON.stringify(item), now()),
    );
  }
}

function readDocuments(db: Database.Database, budget: ByteBudget): Map<string, Record<string, unknown>> {
  const rows = db
    .prepare(`SELECT name, ${STORED_DATA_COLUMNS} FROM plan_section LIMIT ?`)
    .all(documentNames.length + 1) as (StoredData & { name: unknown })[];
  const documents = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    if (typeof row.name !== 'string' || !documentNames.includes(row.name)) throw invalidContent('sections');
    const part = row.name as PlanPart;
    const json = parseStoredJson(row, part, budget);
    if (!isPlainObject(json)) throw invalidContent(part);
    documents.set(row.name, json);
  }
  return documents;
}

function readCollection(db: Database.Database, collection: CollectionName, budget: ByteBudget): unknown[] {
  const rows = db
    .prepare(`SELECT id, position, ${STORED_DATA_COLUMNS} FROM plan_item WHERE collection = ? ORDER BY position LIMIT ?`)
    .all(collection, COLLECTION_MAX + 1) as (StoredData & { id: unknown; position: unknown })[];
  if (rows.length > COLLECTION_MAX) throw invalidContent(collection);
  return rows.map((row, index) => {
    // Every write keeps positions 0..n-1; a gap or a tie means the list was edited behind our back.
    if (row.position !== index) throw invalidContent(collection);
    const json = parseStoredJson(row, collection, budget);
    // The row's key and the item's own id must agree, or the first edit would write a second row.
    if (!isPlainObject(json) || json.id !== row.id) throw invalidContent(collection);
    return json;
  });
}

/**
 * Reads and validates everything: a file edited by hand, damaged inside its JSON or crafted is refused
 * with the part of the plan at fault rather than shown half-broken. Parts missing from an older file
 * take their defaults.
 */
export function readPlan(db: Database.Database): Plan {
  const budget = new ByteBudget();
  const documents = readDocuments(db, budget);
  const placeholders = collectionNames.map(() => '?').join(', ');
  if (db.prepare(`SELECT 1 FROM plan_item WHERE collection NOT IN (${placeholders}) LIMIT 1`).get(...collectionNames)) {
    throw invalidContent('collections');
  }
  const defaults = emptyPlan(new Date().getFullYear() + 1, '', now());
  const assembled: Record<string, unknown> = { meta: documents.get(META) ?? defaults.meta };
  for (const name of sectionNames) assembled[name] = documents.get(name) ?? defaults[name];
  for (const collection of collectionNames) assembled[collection] = readCollection(db, collection, budget);
  const parsed = safeParsePlan(assembled);
  if (!parsed.success) {
    const part = String(parsed.error.issues[0]?.path[0] ?? '');
    throw invalidContent(documentNames.includes(part) || collectionNames.includes(part as CollectionName) ? (part as PlanPart) : 'sections');
  }
  return parsed.data;
}
