/** Texts of the XLSX export, in French. Labels the app already shows (steps, fields) are reused from their own catalogues. */
export const xlsxFr = {
  xlsx: {
    /** Headers of the actions sheet; the importer recognises them in both languages. */
    actionColumns: {
      category: 'Catégorie',
      title: 'Action',
      description: 'Description',
      objectives: 'Objectifs',
      segments: 'Cibles',
      kpis: 'Indicateurs',
      owner: 'Responsable',
      q1: 'T1',
      q2: 'T2',
      q3: 'T3',
      q4: 'T4',
      total: 'Total',
      months: 'Mois',
    },
    fileName: 'Plan marketing',
    /** Sheets without a step of their own; the others are named after their step (steps.names.*). */
    sheets: {
      summary: 'Résumé',
      actions: 'Actions',
    },
    print: {
      page: 'Page {{page}} sur {{pages}}',
    },
    summary: {
      subtitle: 'Plan marketing {{year}}',
      generatedAt: 'Document établi le',
      preparedBy: 'Préparé par',
      organisation: 'Organisation',
      contact: 'Contact',
      keyFigures: 'Chiffres clés',
      yearBudget: 'Budget marketing de l’année (HT)',
      shareOfRevenue: 'Budget en part du CA prévisionnel',
      internalHours: 'Temps interne (heures, hors budget)',
      openWarnings: 'Points d’attention ouverts',
      linkedFigures: 'Ces chiffres viennent de la feuille Budget : ils suivent les modifications que vous y faites.',
      warningsTitle: 'Points d’attention',
      step: 'Étape',
      severity: 'Nature',
      remark: 'Remarque',
    },
    objectives: {
      measurable: 'Mesurable ?',
    },
    targets: {
      criteria: 'Critères',
      segment: 'Segment',
    },
    positioning: {
      element: 'Pièce',
      text: 'Votre texte',
      question: 'Question',
      answer: 'Réponse',
      unanswered: 'Sans réponse',
    },
    pricing: {
      breakEven: 'Seuil de rentabilité (ventes par an)',
    },
    budget: {
      costOf: '{{rate}} du CA',
      commissionOf: '{{commission}} de commission sur {{share}} du CA',
      revenueNote:
        'Cellules à saisir : corrigez le CA prévisionnel d’un mois et les coûts exprimés en % du CA, les totaux et la part du CA se recalculent.',
      hoursTitle: 'Temps interne, en heures : compté à part, jamais ajouté aux euros',
      hoursTotal: 'Total des heures',
    },
  },
};
