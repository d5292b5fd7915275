import type { ExportOptions } from '../../../../electron/core/export/options';
import type { Plan } from '../../../../shared/plan';
import { solidPng } from '../../../fixtures/images';
import { fixtureAction } from '../../../shared/fixtures/fixtureAction';
import { fullPlan } from '../../../shared/fixtures/fullPlan';

/** Noon UTC: the date cell shows the same day in every time zone the tests run in. */
export const frenchOptions: ExportOptions = { language: 'fr', author: null, generatedAt: new Date('2026-10-01T12:00:00Z') };
export const englishOptions: ExportOptions = { ...frenchOptions, language: 'en' };

export const authorOptions: ExportOptions = {
  ...frenchOptions,
  author: {
    name: 'Claire Dumas',
    organisation: 'CCI Lyon Métropole',
    contact: 'claire.dumas@example.fr · 04 72 00 00 00',
    logo: { mimeType: 'image/png', base64: solidPng(240, 80).toString('base64'), widthPx: 240, heightPx: 80 },
  },
};

/**
 * The full plan with what a consultant's budget really holds: actions in six categories, the three
 * kinds of cost line over a year, quarters and runs of months, amounts that do not split evenly,
 * "% of revenue" months that fall on half a cent, a month without forecast, two commissions.
 */
export function richPlan(): Plan {
  const plan = fullPlan();
  return {
    ...plan,
    company: {
      ...plan.company,
      revenueForecastCents: [
        2_400_000, 2_300_000, 2_500_000, 2_345_700, null, 2_500_000,
        2_200_000, 1_800_000, 2_600_000, 2_700_005, 2_800_000, 3_900_050,
      ],
    },
    swot: [
      ...plan.swot,
      { id: 'swot-3', quadrant: 'weakness', text: 'Peu d’avis en ligne ; vitrine datée' },
      { id: 'swot-4', quadrant: 'opportunity', text: 'Un quartier de bureaux s’ouvre à 300 m… et personne n’y vend de déjeuner' },
      { id: 'swot-5', quadrant: 'strength', text: 'Œufs de Pâques « maison » très demandés' },
    ],
    objectives: [
      ...plan.objectives,
      { id: 'obj-2', title: 'Être plus connus', family: 'awareness', indicator: '', baseline: '', target: '', unit: '', deadline: '', notes: '' },
    ],
    segments: [
      ...plan.segments,
      { id: 'seg-2', name: 'Comités d’entreprise', role: 'secondary', criteria: { sector: 'Tertiaire', companySize: '50 à 200 salariés' }, estimatedSize: '12', priority: 3, description: '' },
    ],
    products: [
      ...plan.products,
      { id: 'prod-2', name: 'Galette des rois 6 parts', unitCostCents: 900, priceExclVatCents: 2_250, vatRateBasisPoints: 550, competitorPrices: [], notes: '' },
      { id: 'prod-3', name: 'Pain offert', unitCostCents: 80, priceExclVatCents: 60, vatRateBasisPoints: 550, competitorPrices: [], notes: '' },
    ],
    channels: [
      ...plan.channels,
      { id: 'chan-2', kind: 'ownShop', name: 'La boutique', role: 'Vente au comptoir', revenueShareBasisPoints: 8500, commissionBasisPoints: 0, commissionInBudget: false },
      { id: 'chan-3', kind: 'reseller', name: 'Épicerie fine', role: 'Dépôt-vente', revenueShareBasisPoints: 500, commissionBasisPoints: 1250, commissionInBudget: true },
    ],
    actions: [
      ...plan.actions,
      fixtureAction('act-2', 'contentMarketing', 'Recettes de saison sur le blog', [2, 3, 4, 5, 10, 11], [
        { id: 'c-21', kind: 'internalHours', label: 'Rédaction', minutes: 240, per: 'month', period: { kind: 'months', from: 2, to: 5 } },
        { id: 'c-22', kind: 'fixed', label: 'Photos', amountCents: 60_000, period: { kind: 'quarter', quarter: 1 } },
      ], { description: 'Une recette par mois, photographiée au fournil, reprise sur Instagram et dans la newsletter.' }),
      fixtureAction('act-3', 'emailingCrm', 'Newsletter « L’Œuvre du mois »', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [
        { id: 'c-31', kind: 'fixed', label: 'Outil d’envoi', amountCents: 24_000, period: { kind: 'year' } },
        { id: 'c-32', kind: 'internalHours', label: 'Rédaction', minutes: 60, per: 'week', period: { kind: 'year' } },
      ], { objectiveIds: ['obj-2'], segmentIds: ['seg-1', 'seg-2'] }),
      fixtureAction('act-4', 'events', 'Atelier œufs de Pâques', [3, 4], [
        { id: 'c-41', kind: 'fixed', label: 'Chocolat', amountCents: 45_050, period: { kind: 'months', from: 3, to: 4 } },
        { id: 'c-42', kind: 'percentOfRevenue', label: 'Animation', rateBasisPoints: 150, period: { kind: 'quarter', quarter: 2 } },
      ], { owner: { kind: 'provider', name: 'Atelier Cacao & Cie' } }),
      fixtureAction('act-5', 'printOutdoor', 'Flyers pour les bureaux voisins', [9, 10, 11], [
        { id: 'c-51', kind: 'fixed', label: 'Impression', amountCents: 33_333, period: { kind: 'months', from: 9, to: 11 } },
        { id: 'c-52', kind: 'fixed', label: 'Présentoir', amountCents: 10_001, period: { kind: 'year' } },
      ]),
      fixtureAction('act-6', 'communityManagement', 'Instagram : les coulisses du fournil', [1, 2, 3, 4, 5, 6, 9, 10, 11, 12], [
        { id: 'c-61', kind: 'internalHours', label: 'Publications', minutes: 100, per: 'week', period: { kind: 'year' } },
        { id: 'c-62', kind: 'percentOfRevenue', label: 'Publicités', rateBasisPoints: 333, period: { kind: 'year' } },
      ], { objectiveIds: ['obj-1', 'obj-2'] }),
      fixtureAction('act-7', 'websiteSeo', 'Fiche Google à jour', [5], [
        { id: 'c-71', kind: 'percentOfRevenue', label: 'Référencement', rateBasisPoints: 275, period: { kind: 'months', from: 5, to: 6 } },
      ]),
      fixtureAction('act-8', 'other', 'Vitrine de Noël', [12], [], { owner: { kind: 'person', name: '' } }),
    ],
    keyDates: [...plan.keyDates, { id: 'date-2', label: 'Anniversaire de la boutique', date: '2027-09-18', builtIn: false, ruleKey: null }],
  };
}

/** Text a spreadsheet would run as a formula if it were written as one. */
export const injections = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(A1)', '=1+1'] as const;

/** The rich plan with an injection string in every text the user types that reaches a sheet. */
export function hostilePlan(): Plan {
  const plan = richPlan();
  const [link, plus, minus, at, equals] = injections;
  return {
    ...plan,
    meta: { ...plan.meta, title: link },
    company: { ...plan.company, name: plus, activity: minus, location: at },
    swot: plan.swot.map((item, index) => ({ ...item, text: injections[index % injections.length] })),
    competitors: plan.competitors.map((competitor) => ({ ...competitor, name: link, positioning: plus, notes: at })),
    objectives: plan.objectives.map((objective) => ({ ...objective, title: link, indicator: minus, baseline: plus, target: equals, unit: at })),
    segments: plan.segments.map((segment) => ({ ...segment, name: link, estimatedSize: minus, criteria: { age: at }, description: plus })),
    personas: plan.personas.map((persona) => ({ ...persona, name: plus, quote: link, age: minus })),
    positioning: { ...plan.positioning, target: link, marketDefinition: plus, promise: minus, reasonToBelieve: at },
    offer: { ...plan.offer, description: link, competitiveAdvantage: plus, priceStrategyNote: at },
    products: plan.products.map((product) => ({ ...product, name: link })),
    channels: plan.channels.map((channel) => ({ ...channel, name: link })),
    actions: plan.actions.map((entry) => ({
      ...entry,
      title: link,
      description: plus,
      owner: { ...entry.owner, name: at },
      costLines: entry.costLines.map((line) => ({ ...line, label: minus })),
      kpis: entry.kpis.map((kpi) => ({ ...kpi, name: equals, unit: at, target: plus, actualByMonth: kpi.actualByMonth.map((value) => (value === null ? null : minus)) })),
    })),
    keyDates: plan.keyDates.map((date) => ({ ...date, label: link })),
  };
}
