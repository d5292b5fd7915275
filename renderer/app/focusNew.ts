import { useState } from 'react';

/**
 * After "Add", the keyboard user lands in the new item's first field. The list remembers which item
 * it just created; that item's first field takes `autoFocus` when it mounts.
 */
export function useFocusOnAdd() {
  const [addedId, setAddedId] = useState<string | null>(null);
  return {
    created<T extends { id: string }>(item: T): T {
      setAddedId(item.id);
      return item;
    },
    shouldFocus: (id: string) => id === addedId,
  };
}
