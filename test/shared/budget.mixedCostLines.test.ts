import { describe, expect, it } from 'vitest';
import { computeBudget, costLineByMonth, monthsOf } from '../../shared/compute/budget';
import { emptyPlan, type Action, type CostLine, type Objective } from '../../shared/plan';

// Revenue forecast of a small shop, in cents, January to December.
const forecast = [2_400_000, 2_300_000, 2_680_000, 2_000_000, 2_100_050, 1_999_999, 2_210_000, 1_540_000, 2_600_000, 2_730_000, 2_810_000, 3_875_050];

const action = (id: string, category: Action['category'], objectiveIds: string[], costLines: CostLine[]): Action => ({
  id,
  category,
  title: id,
  description: '',
  objectiveIds,
  segmentIds: [],
  owner: { kind: 'person', name: 'Marie' },
  activeMonths: [],
  costLines,
  kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array.from({ length: 12 }, () => null),
});

const objective = (id: string, family: Objective['family']): Objective => ({
  id,
  title: id,
  family,
  indicator: 'x',
  baseline: '',
  target: '1',
  unit: '',
  deadline: '2027-12-31',
  notes: '',
});

describe('cost lines, month by month', () => {
  it('"850 € in Q1" spreads over January–March, the odd cent on January', () => {
    const { cents, minutes } = costLineByMonth({ id: 'a', kind: 'fixed', label: '', amountCents: 85_000, period: { kind: 'quarter', quarter: 1 } }, forecast);
    expect(cents.slice(0, 3)).toEqual([28_334, 28_333, 28_333]);
    expect(cents.slice(3).every((value) => value === 0)).toBe(true);
    expect(minutes.every((value) => value === 0)).toBe(true);
  });

  it('"3.5 % of the quarter\'s revenue" is computed on each month of Q2, rounded half up to the cent', () => {
    const { cents } = costLineByMonth({ id: 'b', kind: 'percentOfRevenue', label: '', rateBasisPoints: 350, period: { kind: 'quarter', quarter: 2 } }, forecast);
    // 20 000,00 € × 3.5 % = 700,00 €; 21 000,50 € → 735,0175 € → 735,02 €; 19 999,99 € → 699,99965 € → 700,00 €.
    expect(cents.slice(3, 6)).toEqual([70_000, 73_502, 70_000]);
  });

  it('"10 % of revenue from July to December" covers exactly those six months', () => {
    const { cents } = costLineByMonth({ id: 'c', kind: 'percentOfRevenue', label: '', rateBasisPoints: 1000, period: { kind: 'months', from: 7, to: 12 } }, forecast);
    expect(cents).toEqual([0, 0, 0, 0, 0, 0, 221_000, 154_000, 260_000, 273_000, 281_000, 387_505]);
  });

  it('a % of revenue on a month without forecast costs nothing', () => {
    const gaps = [...forecast.slice(0, 11), null];
    const { cents } = costLineByMonth({ id: 'd', kind: 'percentOfRevenue', label: '', rateBasisPoints: 1000, period: { kind: 'months', from: 12, to: 12 } }, gaps);
    expect(cents[11]).toBe(0);
  });

  it('"6 hours per week" is 26 hours a month and "16 hours per month" 16, in minutes, never in euros', () => {
    const weekly = costLineByMonth({ id: 'e', kind: 'internalHours', label: '', minutes: 360, per: 'week', period: { kind: 'year' } }, forecast);
    expect(weekly.minutes).toEqual(Array.from({ length: 12 }, () => 26 * 60));
    expect(weekly.cents.every((value) => value === 0)).toBe(true);
    const monthly = costLineByMonth({ id: 'f', kind: 'internalHours', label: '', minutes: 960, per: 'month', period: { kind: 'months', from: 9, to: 10 } }, forecast);
    expect(monthly.minutes).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 960, 960, 0, 0]);
  });

  it('"500 € spread over April–June" puts the leftover cents first', () => {
    const { cents } = costLineByMonth({ id: 'g', kind: 'fixed', label: '', amountCents: 50_000, period: { kind: 'months', from: 4, to: 6 } }, forecast);
    expect(cents.slice(3, 6)).toEqual([16_667, 16_667, 16_666]);
  });

  it('knows the months of each kind of period', () => {
    expect(monthsOf({ kind: 'year' })).toHaveLength(12);
    expect(monthsOf({ kind: 'quarter', quarter: 4 })).toEqual([10, 11, 12]);
    expect(monthsOf({ kind: 'months', from: 7, to: 7 })).toEqual([7]);
  });
});

describe('budget totals on a plan mixing the three kinds of cost', () => {
  const plan = emptyPlan(2027, 'Boulangerie Martin', '2026-11-23');
  plan.company.revenueForecastCents = forecast;
  plan.objectives = [objective('notoriete', 'awareness'), objective('fidelite', 'loyalty')];
  plan.actions = [
    action('flyers', 'printOutdoor', ['notoriete'], [
      { id: 'l1', kind: 'fixed', label: 'Impression', amountCents: 85_000, period: { kind: 'quarter', quarter: 1 } },
      { id: 'l2', kind: 'internalHours', label: 'Distribution', minutes: 960, per: 'month', period: { kind: 'quarter', quarter: 1 } },
    ]),
    action('pubs', 'onlineAdvertising', ['notoriete', 'fidelite'], [
      { id: 'l3', kind: 'percentOfRevenue', label: 'Annonces', rateBasisPoints: 350, period: { kind: 'quarter', quarter: 2 } },
      { id: 'l4', kind: 'fixed', label: 'Visuels', amountCents: 50_001, period: { kind: 'months', from: 4, to: 6 } },
    ]),
    action('instagram', 'communityManagement', [], [
      { id: 'l5', kind: 'internalHours', label: 'Publications', minutes: 360, per: 'week', period: { kind: 'year' } },
    ]),
  ];
  const budget = computeBudget(plan);

  it('adds months into quarters and the year, to the cent', () => {
    expect(budget.quartersCents).toEqual([85_000, 213_502 + 50_001, 0, 0]);
    expect(budget.yearCents).toBe(348_503);
    expect(budget.monthsCents.reduce((a, b) => a + b, 0)).toBe(budget.yearCents);
  });

  it('totals internal time apart: 3 × 16 h plus 12 × 26 h', () => {
    expect(budget.yearMinutes).toBe((3 * 16 + 12 * 26) * 60);
  });

  it('totals by category and by objective family, each adding up to the year', () => {
    expect(budget.byCategory).toEqual({ printOutdoor: 85_000, onlineAdvertising: 263_503, communityManagement: 0 });
    // The ads serve two families: 263 503 split 131 752 / 131 751.
    expect(budget.byFamily).toEqual({ awareness: 85_000 + 131_752, loyalty: 131_751, unassigned: 0 });
    const familySum = Object.values(budget.byFamily).reduce((a, b) => a + (b ?? 0), 0);
    expect(familySum).toBe(budget.yearCents);
  });

  it('gives the budget as a share of the forecast revenue, in basis points', () => {
    const yearRevenue = forecast.reduce((a, b) => a + b, 0); // 29 245 099 cents
    expect(budget.shareOfRevenueBasisPoints).toBe(Math.round((348_503 * 10_000) / yearRevenue));
    expect(budget.shareOfRevenueBasisPoints).toBe(119); // 1,19 %
  });
});

describe('distribution commissions counted in the budget', () => {
  it('costs the share of revenue times the commission, month by month, in the totals and the distribution family', () => {
    const plan = emptyPlan(2027, 'E-shop', '2026-11-23');
    plan.company.revenueForecastCents = forecast;
    plan.channels = [
      { id: 'market', kind: 'marketplace', name: 'Place de marché', role: '', revenueShareBasisPoints: 3000, commissionBasisPoints: 1500, commissionInBudget: true },
      { id: 'shop', kind: 'eShop', name: 'Site', role: '', revenueShareBasisPoints: 7000, commissionBasisPoints: 200, commissionInBudget: false },
    ];
    const budget = computeBudget(plan);
    // January: 24 000 € × 30 % × 15 % = 1 080 €; December: 38 750,50 € × 4,5 % = 1 743,77 €.
    expect(budget.byChannel).toHaveLength(1);
    expect(budget.byChannel[0].cents[0]).toBe(108_000);
    expect(budget.byChannel[0].cents[11]).toBe(174_377);
    expect(budget.yearCents).toBe(budget.byChannel[0].totalCents);
    expect(budget.byFamily.distribution).toBe(budget.yearCents);
    expect(budget.byCategory).toEqual({});
  });
});
