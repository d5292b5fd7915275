/** The « Fichier clients » step (issue 15): a sales export, its figures and segments, in French. */
export const customersFr = {
  customers: {
    segments: {
      new: 'Nouveaux',
      loyal: 'Fidèles',
      lost: 'Perdus',
      toReactivate: 'À réactiver',
      occasional: 'Occasionnels',
    },
    segmentRules: {
      new: 'premier achat il y a {{days}} jours au plus',
      loyal: 'au moins {{count}} achats sur les 12 derniers mois',
      lost: 'dernier achat il y a plus de {{days}} jours',
      toReactivate: 'dernier achat il y a {{from}} à {{to}} jours',
      occasional: 'tous les autres',
    },
    figures: {
      asOf: 'Chiffres au {{date}}',
      customers: 'Clients actifs (12 derniers mois)',
      purchases: 'Achats (12 derniers mois)',
      revenue: 'Chiffre d’affaires (12 derniers mois)',
      averageBasket: 'Panier moyen',
      purchasesPerYear: 'Achats par client et par an',
      retention: 'Taux de fidélisation',
      retentionNone: 'pas de clients l’année précédente',
      top20Share: 'Part du chiffre d’affaires faite par les 20 % meilleurs clients',
      previousCustomers: 'Clients de l’année précédente',
      probableDuplicates: 'Doublons probables',
      badRows: 'Lignes écartées',
      creditNotes: 'Avoirs',
      amountsHt: 'montants HT',
      amountsTtc: 'montants TTC',
    },
  },
};
