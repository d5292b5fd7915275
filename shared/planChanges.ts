import { collectionNames, sectionNames, type CollectionName, type Plan, type SectionName } from './plan';

/**
 * One edit the file understands, as the contract's calls take it: undo and redo bring the file to a
 * plan from the history with the same calls as any edit, so they are checked and saved the same way.
 */
export type PlanChange =
  | { kind: 'meta'; meta: Plan['meta'] }
  | { kind: 'section'; name: SectionName; data: Plan[SectionName] }
  | { kind: 'save'; collection: CollectionName; item: { id: string }; position: number }
  | { kind: 'delete'; collection: CollectionName; id: string }
  | { kind: 'move'; collection: CollectionName; id: string; toIndex: number };

/**
 * The changes that turn the file holding `from` into one holding `to`. Parts are compared by
 * reference (the store never mutates a plan, so an untouched part keeps its object), which keeps an
 * undo of one keystroke to one call even in a plan of a thousand actions.
 */
export function changesBetween(from: Plan, to: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  if (from.meta !== to.meta) changes.push({ kind: 'meta', meta: to.meta });
  for (const name of sectionNames) {
    if (from[name] !== to[name]) changes.push({ kind: 'section', name, data: to[name] });
  }
  for (const collection of collectionNames) {
    const before = from[collection] as { id: string }[];
    const after = to[collection] as { id: string }[];
    if (before !== after) changes.push(...collectionChanges(collection, before, after));
  }
  return changes;
}

/** Deletes, then saves (a new item goes in at its place), then the moves that restore the order. */
function collectionChanges(collection: CollectionName, before: { id: string }[], after: { id: string }[]): PlanChange[] {
  const changes: PlanChange[] = [];
  const wanted = new Set(after.map((item) => item.id));
  const previous = new Map(before.map((item) => [item.id, item]));
  // The order the file will have, followed step by step as the calls are planned.
  const order = before.map((item) => item.id).filter((id) => wanted.has(id));
  for (const item of before) if (!wanted.has(item.id)) changes.push({ kind: 'delete', collection, id: item.id });
  after.forEach((item, index) => {
    const existing = previous.get(item.id);
    if (existing === item) return;
    changes.push({ kind: 'save', collection, item, position: index });
    if (!existing) order.splice(Math.min(index, order.length), 0, item.id);
  });
  after.forEach((item, index) => {
    if (order[index] === item.id) return;
    changes.push({ kind: 'move', collection, id: item.id, toIndex: index });
    order.splice(order.indexOf(item.id), 1);
    order.splice(index, 0, item.id);
  });
  return changes;
}
