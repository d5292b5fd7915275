import { useCallback } from 'react';
import type { KeyAccount } from '../../../shared/plan';
import { itemById } from '../../app/itemById';
import { useAppStore } from '../../app/store';

export type AccountPatch = Partial<KeyAccount> | ((current: KeyAccount) => Partial<KeyAccount>);

/**
 * Saves a change to one account, applied to the account as the store holds it now: two edits in a row
 * (a member added, then typed in) never overwrite each other with a stale copy.
 */
export function useAccountChange(id: string): (patch: AccountPatch) => void {
  const saveItem = useAppStore((state) => state.saveItem);
  return useCallback(
    (patch: AccountPatch) => {
      const current = itemById(useAppStore.getState().opened?.plan.accounts ?? [], id);
      if (current) saveItem('accounts', { ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    },
    [id, saveItem],
  );
}
