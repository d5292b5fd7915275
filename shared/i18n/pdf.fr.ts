/** Texts of the PDF export, in French; the report reuses the steps' own labels wherever they exist. */
export const pdfFr = {
  pdf: {
    fileName: 'Plan marketing',
    cover: {
      kicker: 'Plan marketing {{year}}',
      preparedBy: 'Document préparé par',
      generatedOn: 'Document établi le {{date}}',
    },
    toc: 'Sommaire',
    footerPage: 'page {{page}} / {{count}}',
    truncated: '[texte abrégé : {{count}} caractères au total, à lire en entier dans le plan]',
    moreItems_one: '… et {{count}} autre élément',
    moreItems_other: '… et {{count}} autres éléments',
    company: {
      month: 'Mois',
      forecast: 'CA prévisionnel HT',
      chart: 'CA prévisionnel par mois',
    },
    objectives: {
      fromTo: 'De {{baseline}} à {{target}}',
    },
    targets: {
      criteria: 'Critères',
      priority: 'Priorité {{priority}}',
    },
    positioning: {
      notAnswered: 'Sans réponse',
    },
    offer: {
      competitorPrices: 'Prix des concurrents',
      product: 'Produit',
    },
    distribution: {
      inBudget: 'Comptée au budget',
    },
    actions: {
      title: 'Plan d’actions',
      intro: 'Une ligne par action, regroupées par catégorie : objectifs servis, indicateurs, responsable, budget par trimestre et mois d’activité.',
      provider: 'prestataire',
    },
    budget: {
      yearTotal: 'Budget de l’année',
      envelope: 'Enveloppe prévue',
      internalHours: 'Temps interne',
      hoursValue: '{{hours}} h',
      byQuarter: 'Budget par trimestre',
      byMonth: 'Budget par mois',
      cash: 'Dépenses (HT)',
      hoursNotCounted: 'Temps interne (heures, non compté en euros)',
      hoursNotCountedShort: 'non compté dans le budget en euros',
      amount: 'Montant HT',
      noForecast: 'sans prévisionnel',
    },
    calendar: {
      intro: 'Les mois où chaque action est active, dans la couleur de sa catégorie.',
      keyDates: 'Temps forts de l’année',
    },
    kpis: {
      unit: 'Unité',
    },
    warnings: {
      title: 'Points d’attention',
      intro: 'Ce que Cap Marketing signale encore dans ce plan : autant de pistes à traiter avant de le mettre en œuvre.',
    },
  },
};
