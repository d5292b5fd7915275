import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../shared/compute/budget';
import { compareWithPreviousYear, formatComparisonChange, formatComparisonValue } from '../../shared/compute/previousYear';
import { formatEuros, formatPercent } from '../../shared/money';
import { planSchema } from '../../shared/plan';
import { asTemplate, nextYearPlan, planFromTemplate, shiftIsoDate, titleForYear } from '../../shared/planCopies';
import { fullPlan } from './fixtures/fullPlan';

const now = '2027-11-02T09:00:00.000Z';

describe('nextYearPlan', () => {
  const original = fullPlan();
  const next = nextYearPlan(original, now);

  it('moves the year, the title and every date one year on', () => {
    expect(next.company.planYear).toBe(2028);
    expect(next.meta.title).toBe('Boulangerie Martin 2028');
    expect(next.objectives[0].deadline).toBe('2028-06-30');
    // The fixture's « Épiphanie » is no catalogue label: a built-in date of unknown rule keeps its day.
    expect(next.keyDates[0].date).toBe('2028-01-06');
    expect(next.meta.createdAt).toBe(now);
  });

  it('recomputes built-in key dates by their rule and keeps own dates on their weekday', () => {
    const withDates = {
      ...original,
      keyDates: [
        { id: 'date-mothers', label: 'Fête des mères', date: '2027-05-30', builtIn: true, ruleKey: 'mothersDay' },
        { id: 'date-shop', label: 'Anniversaire de la boutique', date: '2027-09-18', builtIn: false, ruleKey: null },
      ],
    };
    const moved = nextYearPlan(withDates, now).keyDates.map((date) => date.date);
    // Mother's Day 2028 is 28 May, not 30; Saturday 18 September 2027 becomes Saturday 16 September 2028.
    expect(moved).toEqual(['2028-05-28', '2028-09-16']);
  });

  it('keeps deadlines on their day and month, the end of February at its end', () => {
    const withDeadlines = {
      ...original,
      objectives: [
        { ...original.objectives[0], deadline: '2027-02-28' },
        { ...original.objectives[0], id: 'obj-2', deadline: '2027-03-15' },
      ],
    };
    expect(nextYearPlan(withDeadlines, now).objectives.map((objective) => objective.deadline)).toEqual(['2028-02-29', '2028-03-15']);
  });

  it('keeps the strategy, the actions with their costs and the KPIs with their targets', () => {
    expect(next.swot).toEqual(original.swot);
    expect(next.positioning).toEqual(original.positioning);
    expect(next.actions.map((action) => [action.id, action.costLines, action.kpis.map((kpi) => kpi.target)])).toEqual(
      original.actions.map((action) => [action.id, action.costLines, action.kpis.map((kpi) => kpi.target)]),
    );
  });

  it('clears the year\'s actuals: KPI results, objectives\' values and actual spend', () => {
    expect(original.actions[0].kpis[0].actualByMonth.some((value) => value !== null)).toBe(true);
    const measured = nextYearPlan({ ...original, objectives: original.objectives.map((objective) => ({ ...objective, actualByMonth: ['12', ...Array(11).fill(null)] })) }, now);
    for (const objective of measured.objectives) expect(objective.actualByMonth).toEqual(Array(12).fill(null));
    for (const action of next.actions) {
      expect(action.actualSpendCents).toEqual(Array(12).fill(null));
      for (const kpi of action.kpis) expect(kpi.actualByMonth).toEqual(Array(12).fill(null));
    }
  });

  it('keeps this year\'s totals for comparison, the same figures as the budget step', () => {
    const budget = computeBudget(original);
    expect(next.meta.previousYear).toEqual({
      title: 'Boulangerie Martin 2027',
      planYear: 2027,
      budgetQuartersCents: budget.quartersCents,
      budgetYearCents: budget.yearCents,
      revenueForecastCents: original.company.revenueForecastCents.reduce<number>((sum, value) => sum + (value ?? 0), 0),
      actionCount: 1,
    });
    expect(next.company.currentRevenueCents).toBe(next.meta.previousYear?.revenueForecastCents);
  });

  it('gives a plan the schema accepts', () => {
    expect(planSchema.safeParse(next).success).toBe(true);
  });
});

describe('dates and titles', () => {
  it.each([
    ['2027-06-30', '2028-06-30'],
    ['2028-02-29', '2029-02-28'],
    ['2027-02-28', '2028-02-29'],
    ['2027-02-27', '2028-02-27'],
    ['', ''],
  ])('shiftIsoDate(%j) is %j', (from, to) => expect(shiftIsoDate(from, 1)).toBe(to));

  it('replaces the year in a title, or adds it', () => {
    expect(titleForYear('Plan 2027 de Martin', 2027, 2028)).toBe('Plan 2028 de Martin');
    expect(titleForYear('Salon Élégance', 2027, 2028)).toBe('Salon Élégance 2028');
    expect(titleForYear('Plan 20270', 2027, 2028)).toBe('Plan 20270 2028');
  });
});

describe('templates', () => {
  const template = asTemplate(
    {
      ...fullPlan(),
      meta: { ...fullPlan().meta, stepNotes: { objectives: 'Trois objectifs au plus.' }, stepsToFill: ['company', 'diagnostic', 'objectives'] },
    },
    'Atelier CCI — modèle',
  );

  it('flags the template and keeps its title', () => {
    expect(template.meta).toMatchObject({ isTemplate: true, title: 'Atelier CCI — modèle' });
  });

  it('a plan from it is an ordinary plan that keeps the notes and empties the steps to fill', () => {
    const plan = planFromTemplate(template, 'Boulangerie Dupont', now);
    expect(plan.meta).toMatchObject({ title: 'Boulangerie Dupont', isTemplate: false, stepsToFill: [], createdAt: now });
    expect(plan.meta.stepNotes).toEqual({ objectives: 'Trois objectifs au plus.' });
    expect(plan.company.name).toBe('');
    expect(plan.company.planYear).toBe(2027);
    expect(plan.swot).toEqual([]);
    expect(plan.competitors).toEqual([]);
    expect(plan.objectives).toEqual([]);
    // What the template does not ask to fill is kept as the trainer prepared it.
    expect(plan.actions.map((action) => action.title)).toEqual(['Campagne locale']);
    expect(plan.positioning).toEqual(template.positioning);
  });

  it('empties the customer-value calculator with the indicators step', () => {
    const withValue = { ...fullPlan(), customerValue: { ...fullPlan().customerValue, averageTransactionCents: 4_500 } };
    const kept = planFromTemplate(asTemplate(withValue, 'Modèle'), 'A', now);
    expect(kept.customerValue.averageTransactionCents).toBe(4_500);
    const filled = planFromTemplate(asTemplate({ ...withValue, meta: { ...withValue.meta, stepsToFill: ['kpis'] } }, 'Modèle'), 'B', now);
    expect(filled.customerValue.averageTransactionCents).toBeNull();
  });

  it('drops links to what was emptied, so nothing points to a missing objective or competitor', () => {
    const plan = planFromTemplate(template, 'Boulangerie Dupont', now);
    expect(plan.actions[0].objectiveIds).toEqual([]);
    expect(plan.actions[0].segmentIds).toEqual(['seg-1']);
    expect(plan.products[0].competitorPrices[0].competitorId).toBeNull();
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('leaves the template itself untouched', () => {
    const before = JSON.stringify(template);
    planFromTemplate(template, 'X', now);
    expect(JSON.stringify(template)).toBe(before);
  });
});

describe('compareWithPreviousYear', () => {
  it('is null for a plan not made from last year\'s', () => {
    expect(compareWithPreviousYear({ ...fullPlan(), meta: { ...fullPlan().meta, previousYear: null } })).toBeNull();
  });

  it('puts last year\'s totals beside this year\'s, with the change in basis points', () => {
    const original = fullPlan();
    const next = nextYearPlan(original, now);
    const grown = { ...next, actions: [...next.actions, { ...next.actions[0], id: 'act-2' }] };
    const rows = compareWithPreviousYear(grown);
    const budget = computeBudget(original).yearCents;
    expect(rows?.find((row) => row.key === 'actions')).toEqual({ key: 'actions', unit: 'count', before: 1, after: 2, changeBasisPoints: 10_000 });
    const budgetRow = rows?.find((row) => row.key === 'budget');
    expect(budgetRow?.before).toBe(budget);
    expect(budgetRow?.after).toBe(computeBudget(grown).yearCents);
    expect(rows?.find((row) => row.key === 'revenue')?.changeBasisPoints).toBe(0);
  });
});

describe('the comparison as printed', () => {
  const row = (unit: 'cents' | 'count', before: number | null, after: number, changeBasisPoints: number | null) =>
    ({ key: 'budget', unit, before, after, changeBasisPoints }) as const;

  it('writes euros the French way, counts as numbers and a dash for a missing figure', () => {
    expect(formatComparisonValue(row('cents', 125_000, 0, null), 125_000)).toBe(formatEuros(125_000));
    expect(formatComparisonValue(row('count', 14, 15, 714), 14)).toBe('14');
    expect(formatComparisonValue(row('cents', null, 5, null), null)).toBe('—');
  });

  it('signs the change, and dashes it when there is nothing to compare with', () => {
    expect(formatComparisonChange(row('cents', 100, 125, 2500))).toBe(`+${formatPercent(2500)}`);
    expect(formatComparisonChange(row('cents', 100, 80, -2000))).toBe(formatPercent(-2000));
    expect(formatComparisonChange(row('cents', null, 80, null))).toBe('—');
  });
});
