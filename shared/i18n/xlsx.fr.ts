/** Texts of the XLSX export, in French. */
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
  },
};
