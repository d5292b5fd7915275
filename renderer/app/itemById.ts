/** One id → item map per version of a list, so that a thousand rows each find their item without a scan. */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

export function itemById<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((item) => [item.id, item]));
    indexes.set(list, index);
  }
  return index.get(id) as T | undefined;
}
