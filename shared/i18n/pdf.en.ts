import type { pdfFr } from './pdf.fr';
import type { Widen } from './widen';

/** Texts of the PDF export, in English. */
export const pdfEn: Widen<typeof pdfFr> = {
  pdf: {
    fileName: 'Marketing plan',
    cover: {
      kicker: 'Marketing plan {{year}}',
      preparedBy: 'Prepared by',
      generatedOn: 'Issued on {{date}}',
    },
    toc: 'Contents',
    footerPage: 'page {{page}} / {{count}}',
    truncated: '[text shortened: {{count}} characters in all, read it in full in the plan]',
    moreItems_one: '… and {{count}} more item',
    moreItems_other: '… and {{count}} more items',
    company: {
      month: 'Month',
      forecast: 'Revenue forecast excl. VAT',
      chart: 'Revenue forecast by month',
    },
    objectives: {
      fromTo: 'From {{baseline}} to {{target}}',
    },
    targets: {
      criteria: 'Criteria',
      priority: 'Priority {{priority}}',
    },
    positioning: {
      notAnswered: 'Not answered',
    },
    offer: {
      competitorPrices: 'Competitors’ prices',
      product: 'Product',
    },
    distribution: {
      inBudget: 'Counted in budget',
    },
    actions: {
      title: 'Action plan',
      intro: 'One row per action, grouped by category: objectives served, indicators, owner, budget per quarter and active months.',
      provider: 'provider',
    },
    budget: {
      yearTotal: 'Budget for the year',
      envelope: 'Planned envelope',
      internalHours: 'Internal time',
      hoursValue: '{{hours}} h',
      byQuarter: 'Budget by quarter',
      byMonth: 'Budget by month',
      cash: 'Spending (excl. VAT)',
      hoursNotCounted: 'Internal time (hours, not counted in euros)',
      hoursNotCountedShort: 'not counted in the euro budget',
      amount: 'Amount excl. VAT',
      noForecast: 'no forecast',
    },
    calendar: {
      intro: 'The months in which each action is active, in its category’s colour.',
      keyDates: 'Key dates of the year',
    },
    kpis: {
      unit: 'Unit',
    },
    warnings: {
      title: 'Points to look at',
      intro: 'What Cap Marketing still flags in this plan: items to deal with before putting it into action.',
    },
  },
};
