import { describe, expect, it } from 'vitest';
import { reviewSteering, steeringAsOf } from '../../../shared/coach/steering';
import { wordWarning } from '../../../shared/coach/wording';
import { computeBudget } from '../../../shared/compute/budget';
import { steeringReport } from '../../../shared/compute/steering';
import { createTranslator } from '../../../shared/i18n';
import { emptyPlan, type Action, type Plan } from '../../../shared/plan';

const monthly = (cents: number) => [{ id: 'f', kind: 'fixed' as const, label: 'Campagne', amountCents: cents * 12, period: { kind: 'year' as const } }];
const action = (patch: Partial<Action>): Action => ({
  id: 'a', category: 'events', title: 'Salon du mariage', description: '', objectiveIds: [], segmentIds: [], owner: { kind: 'person', name: '' },
  activeMonths: [], costLines: monthly(10_000), kpis: [], detail: { resources: '', successFactors: '', limits: '', review: '' }, actualSpendCents: Array(12).fill(null),
  ...patch,
});
const plan = (actions: Action[], asOf: string): Plan => ({ ...emptyPlan(2027, 'Fleurs', '2026-01-01T00:00:00.000Z'), actions, steering: { asOf, revisions: [] } });
const review = (subject: Plan) => reviewSteering(subject, steeringReport(subject, computeBudget(subject), steeringAsOf(subject)));
const spent = (...months: number[]) => Array.from({ length: 12 }, (_, index) => months[index] ?? null);

describe('the dashboard’s figures', () => {
  it('puts actual against planned to date, with the variance in euros and basis points', () => {
    // 100 € planned a month; 120 + 90 + 150 = 360 € spent by the end of March against 300 €.
    const subject = plan([action({ actualSpendCents: spent(12_000, 9_000, 15_000) })], '2027-03-31');
    const report = steeringReport(subject, computeBudget(subject), '2027-03-31');
    expect(report.total).toMatchObject({ plannedToDateCents: 30_000, actualToDateCents: 36_000, varianceCents: 6_000, varianceBasisPoints: 2_000, plannedYearCents: 120_000 });
    expect(report.total.actualCumulativeCents.slice(0, 3)).toEqual([12_000, 21_000, 36_000]);
    expect(report.byCategory).toMatchObject([{ category: 'events', varianceCents: 6_000 }]);
  });
});

describe('Pilotage’s alerts', () => {
  it('warns of a category more than 5 % over its budget to date, not of a few euros', () => {
    // 300 € planned by March: 315 € is within 5 %, 315,01 € is not.
    expect(review(plan([action({ actualSpendCents: spent(10_000, 10_000, 11_500) })], '2027-03-31')).warnings.map((w) => w.code)).toEqual([]);
    const over = review(plan([action({ actualSpendCents: spent(10_000, 10_000, 11_501) })], '2027-03-31'));
    expect(over.warnings.map((w) => w.code)).toEqual(['categoryOverBudget']);
    expect(wordWarning(createTranslator('fr'), over.warnings[0])).toBe('La catégorie «\u00a0Événements et salons\u00a0» a déjà dépensé 315,01\u00a0€ pour 300,00\u00a0€ prévus à cette date.');
  });

  it('asks for the actual spend of the months gone by, the as-of month once it is over', () => {
    const mid = review(plan([action({})], '2027-03-15'));
    expect(mid.warnings).toMatchObject([{ code: 'actionWithoutActuals', itemId: 'a', params: { months: '1,2' } }]);
    expect(wordWarning(createTranslator('fr'), mid.warnings[0])).toContain('en janvier, février, et aucune dépense réelle');
    expect(review(plan([action({})], '2027-03-31')).warnings[0]).toMatchObject({ params: { months: '1,2,3' } });
    // 0 € typed counts as recorded.
    expect(review(plan([action({ actualSpendCents: spent(0, 0, 0) })], '2027-03-31')).warnings).toEqual([]);
  });

  it('says an indicator is late only when it was late at the end of the month before too', () => {
    const kpi = (june: string, may: string) => ({ id: 'k', name: 'Devis signés', unit: '', direction: 'higherIsBetter' as const, baseline: '0', target: '100', actualByMonth: Array.from({ length: 12 }, (_, index) => (index === 4 ? may : index === 5 ? june : null)), catalogueKey: null });
    const codes = (june: string, may: string) => review(plan([action({ actualSpendCents: spent(...Array(6).fill(10_000)), kpis: [kpi(june, may)] })], '2027-06-30')).warnings.map((w) => w.code);
    expect(codes('10', '10')).toEqual(['kpiLateTwice']);
    expect(codes('60', '10')).toEqual([]);
  });

  it('points at an objective due within 45 days while less than half-way', () => {
    const objective = (deadline: string, june: string) => ({ id: 'o', title: 'Mariages signés', family: 'conversion' as const, indicator: 'Mariages', baseline: '0', target: '20', unit: '', deadline, notes: '', actualByMonth: Array.from({ length: 12 }, (_, index) => (index === 5 ? june : null)) });
    const codes = (deadline: string, june: string) => review({ ...plan([], '2027-06-30'), objectives: [objective(deadline, june)] }).warnings.map((w) => w.code);
    expect(codes('2027-08-14', '4')).toEqual(['objectiveDeadlineNear']);
    expect(codes('2027-08-15', '4')).toEqual([]);
    expect(codes('2027-08-14', '10')).toEqual([]);
  });

  it('is not started before anything is typed, complete once every month gone by is recorded', () => {
    expect(review(plan([action({})], '2027-03-31')).progress).toEqual({ step: 'pilotage', state: 'notStarted', missing: ['actualsToDate'] });
    expect(review(plan([action({ actualSpendCents: spent(10_000) })], '2027-03-31')).progress.state).toBe('inProgress');
    expect(review(plan([action({ actualSpendCents: spent(10_000, 10_000, 10_000) })], '2027-03-31')).progress).toEqual({ step: 'pilotage', state: 'complete', missing: [] });
  });
});
