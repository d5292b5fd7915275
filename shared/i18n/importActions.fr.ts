/** Texts for importActions, in French. */
export const importActionsFr = {
  importActions: {
    title: 'importActions',
  },
};
