import type { ActionCategory, Plan } from '../../../../shared/plan';
import { fixtureAction } from '../../../shared/fixtures/fixtureAction';
import { fullPlan } from '../../../shared/fixtures/fullPlan';

/**
 * The full plan with more of everything a real consultant's plan has: French typography in the
 * texts, several actions in several categories with the three kinds of cost line, a provider.
 */
export function richPlan(): Plan {
  const plan = fullPlan();
  return {
    ...plan,
    meta: { ...plan.meta, title: 'Plan « Cœur de Lyon » 2027' },
    company: { ...plan.company, name: 'Pâtisserie L’Œuvre', activity: 'Pâtisserie-chocolaterie : crème brûlée, œufs de Pâques à 12,50 €' },
    swot: [
      ...plan.swot,
      { id: 'swot-3', quadrant: 'weakness', text: 'Peu d’avis en ligne ; façade datée, rien pour les fêtes' },
      { id: 'swot-4', quadrant: 'opportunity', text: 'Un quartier de bureaux s’ouvre à 300 m… et personne n’y vend de déjeuner' },
      { id: 'swot-5', quadrant: 'strength', text: 'Œufs de Pâques « maison » très demandés' },
    ],
    objectives: [
      ...plan.objectives,
      { id: 'obj-2', title: 'Faire revenir les clients', family: 'loyalty', indicator: 'Part des clients revenus', baseline: '35', target: '50', unit: '%', deadline: '2027-12-31', notes: '' },
    ],
    actions: [
      ...plan.actions,
      fixtureAction('act-2', 'contentMarketing', 'Recettes de saison sur le blog', [2, 3, 4, 5, 10, 11], [
        { id: 'c-21', kind: 'internalHours', label: 'Rédaction', minutes: 240, per: 'month', period: { kind: 'months', from: 2, to: 5 } },
        { id: 'c-22', kind: 'fixed', label: 'Photos', amountCents: 60_000, period: { kind: 'quarter', quarter: 1 } },
      ]),
      fixtureAction('act-3', 'emailingCrm', 'Newsletter « L’Œuvre du mois »', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [
        { id: 'c-31', kind: 'fixed', label: 'Outil d’envoi', amountCents: 24_000, period: { kind: 'year' } },
        { id: 'c-32', kind: 'internalHours', label: 'Rédaction', minutes: 60, per: 'week', period: { kind: 'year' } },
      ], { objectiveIds: ['obj-2'] }),
      fixtureAction('act-4', 'events', 'Atelier œufs de Pâques', [3, 4], [
        { id: 'c-41', kind: 'fixed', label: 'Chocolat', amountCents: 45_050, period: { kind: 'months', from: 3, to: 4 } },
        { id: 'c-42', kind: 'percentOfRevenue', label: 'Animation', rateBasisPoints: 150, period: { kind: 'quarter', quarter: 2 } },
      ], { owner: { kind: 'provider', name: 'Atelier Cacao & Cie' } }),
      fixtureAction('act-5', 'printOutdoor', 'Flyers pour les bureaux voisins', [9], [
        { id: 'c-51', kind: 'fixed', label: 'Impression', amountCents: 32_000, period: { kind: 'months', from: 9, to: 9 } },
      ]),
      fixtureAction('act-6', 'communityManagement', 'Instagram : les coulisses du fournil', [1, 2, 3, 4, 5, 6, 9, 10, 11, 12], [
        { id: 'c-61', kind: 'internalHours', label: 'Publications', minutes: 120, per: 'week', period: { kind: 'year' } },
        { id: 'c-62', kind: 'percentOfRevenue', label: 'Publicités', rateBasisPoints: 50, period: { kind: 'months', from: 11, to: 12 } },
      ], { objectiveIds: ['obj-1', 'obj-2'] }),
    ],
  };
}

/** A plan with `count` actions whose cells wrap over several lines, for the long summary table. */
export function planWithManyActions(count: number): Plan {
  const plan = richPlan();
  const categories: ActionCategory[] = ['contentMarketing', 'communityManagement', 'emailingCrm', 'events', 'printOutdoor'];
  const objectives = Array.from({ length: count }, (_, index) => ({
    id: `obj-long-${index + 1}`,
    // Rows of uneven heights, so that page breaks fall at every possible place.
    title: `Début-${pad(index + 1)} ${'un objectif assez long pour occuper plusieurs lignes '.repeat(1 + (index % 4))}Fin-${pad(index + 1)}`,
    family: 'acquisition' as const,
    indicator: 'Clients',
    baseline: '1',
    target: '2',
    unit: '',
    deadline: '2027-12-31',
    notes: '',
  }));
  return {
    ...plan,
    objectives: [...plan.objectives, ...objectives],
    actions: Array.from({ length: count }, (_, index) =>
      fixtureAction(`many-${index + 1}`, categories[index % categories.length], `Action n° ${pad(index + 1)}`, [1 + (index % 12)], [
        { id: `many-${index + 1}-cost`, kind: 'fixed', label: 'Coût', amountCents: 10_000 + index * 100, period: { kind: 'year' } },
      ], { objectiveIds: [`obj-long-${index + 1}`], owner: { kind: 'person', name: `Marie-${pad(index + 1)}` } }),
    ),
  };
}

export const pad = (value: number): string => String(value).padStart(2, '0');
