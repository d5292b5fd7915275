import { describe, expect, it } from 'vitest';
import { emptyPlan, type Action, type Plan } from '../../../shared/plan';
import { growthBasisPoints, keyActions } from '../../../shared/report/atAGlance';
import { buildReport } from '../../../shared/report/planReport';
import { checkJson } from '../../../shared/report/checkJson';
import { createTranslator } from '../../../shared/i18n';
import { buildSample, sampleIds } from '../../../shared/samples';

const action = (id: string, euros: number, objectiveIds: string[] = []): Action => ({
  id,
  category: 'other',
  title: `Action ${id}`,
  description: '',
  objectiveIds,
  segmentIds: [],
  owner: { kind: 'person', name: '' },
  activeMonths: [3],
  costLines: euros === 0 ? [] : [{ id: `${id}-cost`, kind: 'fixed', label: '', amountCents: euros * 100, period: { kind: 'activeMonths' } }],
  kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array.from({ length: 12 }, () => null),
});

function planWith(actions: Action[]): Plan {
  const plan = emptyPlan(2027, 'Fleuriste', '2026-11-02T09:00:00.000Z');
  plan.actions = actions;
  return plan;
}

const picked = (plan: Plan) => keyActions(buildReport(plan, { asOf: '2027-06-30' }).summaryRows).map((key) => [key.row.action.id, key.reasons]);

describe('the key actions: the heaviest in budget and those serving the most objectives', () => {
  it('takes the three heaviest, then the three serving the most objectives, five at most, budget first', () => {
    const plan = planWith([
      action('a', 100),
      action('b', 900),
      action('c', 500, ['o1']),
      action('d', 700),
      action('e', 0, ['o1', 'o2', 'o3']),
      action('f', 50, ['o1', 'o2']),
      action('g', 60, ['o1', 'o2']),
    ]);
    expect(picked(plan)).toEqual([
      ['b', ['budget']],
      ['d', ['budget']],
      ['c', ['budget']],
      ['e', ['objectives']],
      ['f', ['objectives']],
    ]);
  });

  it('names both reasons once for an action that is both heavy and linked, and breaks ties in the plan’s order', () => {
    const plan = planWith([action('a', 300, ['o1', 'o2']), action('b', 300), action('c', 300, ['o1']), action('d', 300, ['o1'])]);
    expect(picked(plan)).toEqual([
      ['a', ['budget', 'objectives']],
      ['b', ['budget']],
      ['c', ['budget', 'objectives']],
      ['d', ['objectives']],
    ]);
  });

  it('still shows three actions when nothing is spent and nothing is linked, and none for an empty plan', () => {
    expect(picked(planWith([action('a', 0), action('b', 0), action('c', 0), action('d', 0)]))).toEqual([
      ['a', []],
      ['b', []],
      ['c', []],
    ]);
    expect(picked(planWith([action('a', 0)]))).toEqual([['a', []]]);
    expect(picked(planWith([]))).toEqual([]);
  });
});

describe('the growth of the forecast over the current year', () => {
  it('is exact to the basis point, rounded half away from zero, and says nothing without both figures', () => {
    expect(growthBasisPoints(22_700_000, 21_400_000)).toBe(607);
    expect(growthBasisPoints(100_005, 100_000)).toBe(1); // 0,005 % rounds up to 0,01 %
    expect(growthBasisPoints(99_995, 100_000)).toBe(-1);
    expect(growthBasisPoints(null, 100)).toBeNull();
    expect(growthBasisPoints(100, null)).toBeNull();
    expect(growthBasisPoints(100, 0)).toBeNull();
  });
});

describe('the page in every sample, and in check --json', () => {
  it.each(sampleIds)('%s: counts every warning once, and check --json carries the same figures', (id) => {
    const plan = buildSample(id, 'fr');
    const report = buildReport(plan, { asOf: '2027-06-30' });
    const glance = report.atAGlance;
    expect(glance.warningsBySeverity.warning + glance.warningsBySeverity.info).toBe(report.warnings.length);
    expect(glance.budget.yearCents).toBe(glance.budget.quartersCents.reduce((sum, cents) => sum + cents, 0));
    expect(glance.keyActions.length).toBeGreaterThanOrEqual(3);
    expect(glance.keyActions.length).toBeLessThanOrEqual(5);
    expect(glance.coreTargets.every((segment) => segment.role === 'core')).toBe(true);
    const json = checkJson(report, createTranslator('fr'));
    expect(json.atAGlance.growthBasisPoints).toBe(glance.forecast.growthBasisPoints);
    expect(json.atAGlance.keyActions.map((key) => key.actionId)).toEqual(glance.keyActions.map((key) => key.row.action.id));
  });

  it('the salon grows 6,07 % over the current year', () => {
    const glance = buildReport(buildSample('salon', 'fr')).atAGlance;
    expect(glance.forecast).toEqual({ yearCents: 22_700_000, currentRevenueCents: 21_400_000, growthBasisPoints: 607 });
  });
});
