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
      accounts: 'Compte clé supprimé',
    },
  },
  charts: {
    showTable: 'Voir le tableau',
    showChart: 'Voir le graphique',
    planned: 'Prévu',
    actual: 'Dépensé',
    budgetByQuarter: 'Budget par trimestre : prévu et dépensé',
    budgetByCategory: 'Budget par catégorie',
    amount: 'Montant',
    revenueForecast: 'Chiffre d’affaires prévisionnel par mois',
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
  copyDialog: {
    nextYear: {
      title: 'Préparer le plan de l’année suivante ?',
      what: 'Un nouveau plan « {{title}} » sera créé et ouvert. Il reprend l’entreprise, la stratégie et les actions ; les dépenses et les mesures réalisées repartent de zéro. Le plan actuel reste tel quel.',
      confirm: 'Créer le plan',
    },
    template: {
      title: 'Enregistrer ce plan comme modèle ?',
      what: 'Un modèle « {{title}} » sera créé à partir de ce plan, puis ouvert pour que vous y écriviez vos consignes. Le plan actuel reste tel quel.',
      confirm: 'Créer le modèle',
    },
    where: 'Fichier : {{path}}',
    youChoose: 'Vous choisirez ensuite où enregistrer le fichier.',
    cancel: 'Annuler',
  },
  folderPlans: {
    title: 'Les plans de ce dossier',
    help: 'Cliquez sur un plan pour l’ouvrir. Pour en ajouter (les fichiers .capm de participants, un modèle reçu par e-mail), choisissez-les ou déposez-les sur cette page : ils sont copiés dans le dossier, l’original reste intact.',
    add: 'Ajouter des plans…',
    empty: 'Aucun plan dans ce dossier pour l’instant.',
    line: 'Année {{year}} · modifié le {{date}} · {{done}} étapes terminées sur {{total}}',
    added_one: 'Plan ajouté au dossier : {{name}}',
    added_other: '{{count}} plans ajoutés au dossier',
    templateFromFolder: 'Modèle du dossier',
  },
};
