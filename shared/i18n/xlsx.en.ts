import type { xlsxFr } from './xlsx.fr';
import type { Widen } from './widen';

/** Texts of the XLSX export, in English. Labels the app already shows (steps, fields) are reused from their own catalogues. */
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
    /** Sheets without a step of their own; the others are named after their step (steps.names.*). */
    sheets: {
      summary: 'Summary',
      actions: 'Actions',
    },
    print: {
      page: 'Page {{page}} of {{pages}}',
    },
    summary: {
      subtitle: 'Marketing plan {{year}}',
      generatedAt: 'Document prepared on',
      preparedBy: 'Prepared by',
      organisation: 'Organisation',
      contact: 'Contact',
      keyFigures: 'Key figures',
      yearBudget: 'Marketing budget for the year (excl. VAT)',
      shareOfRevenue: 'Budget as a share of forecast revenue',
      internalHours: 'Internal time (hours, outside the budget)',
      openWarnings: 'Open points to watch',
      linkedFigures: 'These figures come from the Budget sheet: they follow the changes you make there.',
      warningsTitle: 'Points to watch',
      step: 'Step',
      severity: 'Kind',
      remark: 'Remark',
    },
    objectives: {
      measurable: 'Measurable?',
    },
    targets: {
      criteria: 'Criteria',
      segment: 'Segment',
    },
    positioning: {
      element: 'Piece',
      text: 'Your text',
      question: 'Question',
      answer: 'Answer',
      unanswered: 'Not answered',
    },
    pricing: {
      breakEven: 'Break-even volume (sales per year)',
    },
    budget: {
      costOf: '{{rate}} of revenue',
      commissionOf: '{{commission}} commission on {{share}} of revenue',
      revenueNote:
        'Input cells: change a month’s forecast revenue and the costs expressed as a % of revenue, the totals and the share of revenue are recalculated.',
      hoursTitle: 'Internal time, in hours: counted apart, never added to euros',
      hoursTotal: 'Total hours',
    },
  },
};
