import { describe, expect, it } from 'vitest';
import { reviewPlan } from '../../../shared/coach/progress';
import { emptyPlan, type Action, type Kpi, type Plan } from '../../../shared/plan';

const kpi = (id: string, target: string): Kpi => ({ id, name: `Indicateur ${id}`, unit: '', direction: null, baseline: '', target, actualByMonth: Array(12).fill(null), catalogueKey: null });
const action = (patch: Partial<Action>): Action => ({
  id: 'a1', category: 'events', title: 'Portes ouvertes', description: '', objectiveIds: [], segmentIds: [], owner: { kind: 'person', name: '' },
  activeMonths: [], costLines: [], kpis: [], detail: { resources: '', successFactors: '', limits: '', review: '' }, actualSpendCents: Array(12).fill(null),
  ...patch,
});
const planWith = (...actions: Action[]): Plan => ({ ...emptyPlan(2027, 'Plan', ''), actions });
const states = (plan: Plan) => Object.fromEntries(Object.entries(reviewPlan(plan)).map(([step, review]) => [step, review.progress.state]));

describe('a step is "Terminée" only when its own content is complete', () => {
  it('leaves budget, indicators, calendar and summary not done for one action with only a title', () => {
    const result = states(planWith(action({})));
    for (const step of ['budget', 'kpis', 'calendar', 'summary'] as const) expect(result[step]).not.toBe('complete');
    expect(result.budget).toBe('notStarted');
    expect(result.kpis).toBe('notStarted');
    expect(result.calendar).toBe('notStarted');
  });

  it('keeps the indicators step open while one KPI has no target value', () => {
    const costed = action({
      activeMonths: [11, 12],
      costLines: [{ id: 'c', kind: 'fixed', label: 'Affiches', amountCents: 30_000, period: { kind: 'activeMonths' } }],
      kpis: [kpi('k1', '40'), kpi('k2', '')],
    });
    const review = reviewPlan(planWith(costed));
    expect(review.kpis.progress).toEqual({ step: 'kpis', state: 'inProgress', missing: ['kpiTargets'] });
    expect(review.calendar.progress.state).toBe('complete');
    expect(review.summary.progress.state).toBe('inProgress');
    expect(review.summary.progress.missing).toContain('summaryKpis');
  });

  it('asks every action for a KPI and every KPI for a numeric target', () => {
    const measured = action({ id: 'a1', kpis: [kpi('k1', '40')] });
    const unmeasured = action({ id: 'a2' });
    expect(reviewPlan(planWith(measured, unmeasured)).kpis.progress.missing).toEqual(['kpiForEachAction']);
    expect(reviewPlan(planWith(action({ kpis: [kpi('k1', 'beaucoup')] }))).kpis.progress.state).toBe('inProgress');
    expect(reviewPlan(planWith(measured)).kpis.progress.state).toBe('complete');
  });

  it('asks every action for a cost before the budget is done', () => {
    const costed = action({ id: 'a1', costLines: [{ id: 'c', kind: 'internalHours', label: '', minutes: 120, per: 'month', period: { kind: 'year' } }] });
    const free = action({ id: 'a2', costLines: [{ id: 'd', kind: 'fixed', label: '', amountCents: 0, period: { kind: 'year' } }] });
    const review = reviewPlan(planWith(costed, free)).budget.progress;
    expect(review).toEqual({ step: 'budget', state: 'inProgress', missing: ['actionCosts'] });
    expect(reviewPlan(planWith(costed)).budget.progress.state).toBe('complete');
  });

  it('warns about a fixed cost spread over months when the action does not run', () => {
    const boxes = action({ activeMonths: [12], costLines: [{ id: 'c', kind: 'fixed', label: 'Coffrets', amountCents: 40_000, period: { kind: 'year' } }] });
    const review = reviewPlan(planWith(boxes)).budget;
    expect(review.warnings).toContainEqual(expect.objectContaining({ code: 'fixedCostOutsideMonths', params: { line: 'Coffrets', title: 'Portes ouvertes', months: '1,2,3,4,5,6,7,8,9,10,11' } }));
    expect(review.progress.state).toBe('inProgress');
  });

  it('marks the summary done when the steps it summarises are, and not started when none is', () => {
    expect(states(emptyPlan(2027, 'Vide', '')).summary).toBe('notStarted');
  });
});
