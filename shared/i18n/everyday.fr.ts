/** Everyday use at the desk and in the workshop (issue 14): undo and redo, in French. */
export const everydayFr = {
  undo: {
    undo: 'Annuler la dernière modification (Ctrl+Z)',
    redo: 'Rétablir la modification annulée (Ctrl+Maj+Z)',
    undoButton: 'Annuler',
    deleted: {
      swot: 'Élément de la matrice supprimé',
      competitors: 'Concurrent supprimé',
      objectives: 'Objectif supprimé',
      segments: 'Segment supprimé',
      personas: 'Persona supprimé',
      products: 'Produit supprimé',
      channels: 'Canal supprimé',
      actions: 'Action supprimée',
      keyDates: 'Date clé supprimée',
    },
  },
  tables: {
    moreOnTheRight: 'D’autres colonnes à droite : faites défiler le tableau (Maj + molette, ou les flèches une fois le tableau sélectionné) →',
  },
  catalogueEntry: {
    inPlan: 'Déjà dans le plan',
  },
  presentation: {
    start: 'Mode présentation, pour un vidéoprojecteur (F11)',
    stop: 'Quitter le mode présentation (F11 ou Échap)',
  },
  print: {
    button: 'Imprimer (A4 paysage)',
  },
};
