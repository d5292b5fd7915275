import type { xlsxFr } from './xlsx.fr';
import type { Widen } from './widen';

/** Texts of the XLSX export, in English. */
export const xlsxEn: Widen<typeof xlsxFr> = {
  xlsx: {
    /** Headers of the actions sheet; the importer recognises them in both languages. */
    actionColumns: {
      category: 'Category',
      title: 'Action',
      description: 'Description',
      objectives: 'Objectives',
      segments: 'Targets',
      kpis: 'KPIs',
      owner: 'Owner',
      q1: 'Q1',
      q2: 'Q2',
      q3: 'Q3',
      q4: 'Q4',
      total: 'Total',
      months: 'Months',
    },
    fileName: 'Marketing plan',
  },
};
