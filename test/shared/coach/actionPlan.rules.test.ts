import { describe, expect, it } from 'vitest';
import { budgetEnvelope, reviewBudget, reviewCalendar, reviewKpis, reviewPromotion } from '../../../shared/coach/actions';
import { emptyPlan, type Action, type CostLine, type Objective, type Plan } from '../../../shared/plan';

const objective = (id: string): Objective => ({
  id,
  title: `Objectif ${id}`,
  family: 'awareness',
  indicator: 'Visites',
  baseline: '',
  target: '100',
  unit: '',
  deadline: '2027-12-31',
  notes: '',
});

const action = (id: string, patch: Partial<Action> = {}): Action => ({
  id,
  category: 'printOutdoor',
  title: `Action ${id}`,
  description: '',
  objectiveIds: ['o1'],
  segmentIds: [],
  owner: { kind: 'person', name: 'Marie' },
  activeMonths: [3],
  costLines: [],
  kpis: [{ id: `k-${id}`, name: 'Visites', unit: '', target: '100', actualByMonth: Array.from({ length: 12 }, () => null), catalogueKey: null }],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array.from({ length: 12 }, () => null),
  ...patch,
});

function planWith(actions: Action[], patch: Partial<Plan> = {}): Plan {
  const plan = emptyPlan(2027, 'Test', '2026-01-01');
  plan.company.revenueForecastCents = Array.from({ length: 12 }, () => 1_000_000);
  plan.objectives = [objective('o1')];
  plan.actions = actions;
  return { ...plan, ...patch };
}

const codes = (review: { warnings: { code: string }[] }) => review.warnings.map((warning) => warning.code);
const fixed = (amountCents: number): CostLine => ({ id: 'c', kind: 'fixed', label: '', amountCents, period: { kind: 'year' } });

describe('the promotion actions step', () => {
  it('is complete when each action has an objective, an owner, months and a KPI, and each objective an action', () => {
    expect(reviewPromotion(planWith([action('a')]))).toEqual({ progress: { step: 'promotion', state: 'complete', missing: [] }, warnings: [] });
  });

  it.each([
    ['actionWithoutObjective', { objectiveIds: [] }],
    ['actionWithoutObjective', { objectiveIds: ['deleted-objective'] }],
    ['actionWithoutOwner', { owner: { kind: 'provider' as const, name: '  ' } }],
    ['actionWithoutMonth', { activeMonths: [] }],
    ['actionWithoutKpi', { kpis: [] }],
  ])('flags %s', (code, patch) => {
    const review = reviewPromotion(planWith([action('a', patch)]));
    expect(review.progress.state).toBe('inProgress');
    expect(review.warnings).toContainEqual(expect.objectContaining({ code, itemId: 'a', params: { title: 'Action a' } }));
  });

  it('flags an objective that no action serves', () => {
    const plan = planWith([action('a')], { objectives: [objective('o1'), objective('o2')] });
    expect(reviewPromotion(plan).warnings).toEqual([expect.objectContaining({ code: 'objectiveWithoutAction', itemId: 'o2' })]);
  });

  it('is not started without actions', () => {
    expect(reviewPromotion(planWith([])).progress.state).toBe('notStarted');
  });
});

describe('the budget step', () => {
  it('warns when a category spends without any KPI, naming the category', () => {
    const review = reviewBudget(planWith([action('a', { kpis: [], costLines: [fixed(50_000)] })]));
    expect(review.warnings).toContainEqual(expect.objectContaining({ code: 'spendWithoutKpi', params: { category: 'printOutdoor' } }));
    expect(codes(reviewBudget(planWith([action('a', { costLines: [fixed(50_000)] })])))).not.toContain('spendWithoutKpi');
  });

  it('warns above a fixed envelope, and not at it', () => {
    const budget = { method: 'fixedEnvelope' as const, envelopeCents: 100_000, envelopeRateBasisPoints: null };
    expect(codes(reviewBudget(planWith([action('a', { costLines: [fixed(100_001)] })], { budget })))).toContain('overEnvelope');
    expect(codes(reviewBudget(planWith([action('a', { costLines: [fixed(100_000)] })], { budget })))).not.toContain('overEnvelope');
  });

  it('computes an envelope given as a % of the yearly forecast', () => {
    const plan = planWith([], { budget: { method: 'percentOfRevenue', envelopeCents: null, envelopeRateBasisPoints: 350 } });
    expect(budgetEnvelope(plan)).toBe(420_000); // 3,5 % of 120 000 €
    expect(budgetEnvelope({ ...plan, budget: { method: 'fromActions', envelopeCents: 5, envelopeRateBasisPoints: 5 } })).toBeNull();
  });

  it('warns about a % of revenue when the forecast has empty months', () => {
    const plan = planWith([action('a', { costLines: [{ id: 'p', kind: 'percentOfRevenue', label: '', rateBasisPoints: 500, period: { kind: 'year' } }] })]);
    expect(codes(reviewBudget(plan))).not.toContain('percentWithoutForecast');
    plan.company.revenueForecastCents[5] = null;
    expect(codes(reviewBudget(plan))).toContain('percentWithoutForecast');
  });

  it('points out more internal hours than a small team has, on average over the year', () => {
    const hours = (minutes: number): CostLine => ({ id: 'h', kind: 'internalHours', label: '', minutes, per: 'week', period: { kind: 'year' } });
    expect(codes(reviewBudget(planWith([action('a', { costLines: [hours(15 * 60)] })])))).not.toContain('tooManyHours');
    expect(codes(reviewBudget(planWith([action('a', { costLines: [hours(16 * 60)] })])))).toContain('tooManyHours');
  });

  it('allows a larger team more hours: about 3,5 h a week per person, never less than 15 h', () => {
    const hours = (minutes: number): CostLine => ({ id: 'h', kind: 'internalHours', label: '', minutes, per: 'week', period: { kind: 'year' } });
    const withStaff = (staff: number | null, minutes: number) => {
      const plan = planWith([action('a', { costLines: [hours(minutes)] })]);
      return reviewBudget({ ...plan, company: { ...plan.company, staff } });
    };
    expect(codes(withStaff(14, 40 * 60))).not.toContain('tooManyHours');
    expect(withStaff(14, 50 * 60).warnings.find((warning) => warning.code === 'tooManyHours')?.params).toEqual({ hours: 50, limit: 49 });
    expect(codes(withStaff(2, 16 * 60))).toContain('tooManyHours');
    expect(codes(withStaff(null, 16 * 60))).toContain('tooManyHours');
  });
});

describe('the calendar step', () => {
  it('follows how many actions have months', () => {
    expect(reviewCalendar(planWith([])).progress.state).toBe('notStarted');
    expect(reviewCalendar(planWith([action('a', { activeMonths: [] })])).progress).toMatchObject({ state: 'notStarted', missing: ['calendarMonths'] });
    expect(reviewCalendar(planWith([action('a'), action('b', { activeMonths: [] })])).progress.state).toBe('inProgress');
    expect(reviewCalendar(planWith([action('a'), action('b')])).progress).toMatchObject({ state: 'complete', missing: [] });
  });
});

describe('the KPI step', () => {
  it('asks for a target value on every indicator: one written without is already a start', () => {
    const noTarget = action('b', { kpis: [{ ...action('x').kpis[0], target: ' ' }] });
    expect(reviewKpis(planWith([noTarget])).progress).toMatchObject({ state: 'inProgress', missing: ['kpiTargets'] });
    expect(reviewKpis(planWith([action('c', { kpis: [] })])).progress).toMatchObject({ state: 'notStarted', missing: ['kpiForEachAction', 'kpiTargets'] });
    expect(reviewKpis(planWith([action('a'), noTarget])).progress).toMatchObject({ state: 'inProgress', missing: ['kpiTargets'] });
    expect(reviewKpis(planWith([action('a')])).progress).toMatchObject({ state: 'complete', missing: [] });
  });
});
