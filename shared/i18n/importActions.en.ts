import type { importActionsFr } from './importActions.fr';
import type { Widen } from './widen';

/** Texts for importActions, in English. */
export const importActionsEn: Widen<typeof importActionsFr> = {
  importActions: {
    title: 'importActions',
  },
};
