import { describe, expect, it } from 'vitest';
import { computeBudget, costLineByMonth, monthsOf, quarterTotals, rateOfRevenueByMonth } from '../../shared/compute/budget';
import { roundDivide } from '../../shared/compute/pricing';
import { emptyPlan, type Action, type CostLine } from '../../shared/plan';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const year = Array.from({ length: 12 }, (_, index) => index + 1);

describe('a % of revenue line is the rate of its period’s forecast, to the cent', () => {
  // A quarterly forecast spread into months: 10 000,01 € in Q4 does not divide evenly.
  const forecast = [300_000, 300_000, 300_000, 400_000, 400_000, 400_000, 200_000, 200_000, 200_000, 333_334, 333_334, 333_333];

  it('charges 25 % of Q4 as 25 % of the quarter’s total, not a sum of rounded months', () => {
    const line: CostLine = { id: 'l', kind: 'percentOfRevenue', label: '', rateBasisPoints: 2_500, period: { kind: 'quarter', quarter: 4 } };
    const { cents } = costLineByMonth(line, forecast);
    expect(sum(cents)).toBe(roundDivide(1_000_001 * 2_500, 10_000)); // 2 500,00 € (250 000,25 cents rounded)
    expect(sum(cents)).toBe(250_000);
    expect(cents.slice(0, 9).every((value) => value === 0)).toBe(true);
  });

  it('splits the line over its months so that they add up exactly, each within a cent of its share', () => {
    const rates = [1, 333, 350, 1_234, 9_999];
    for (const rateBasisPoints of rates) {
      const cents = rateOfRevenueByMonth(forecast, year, { numerator: rateBasisPoints, denominator: 10_000 });
      expect(sum(cents)).toBe(roundDivide(sum(forecast) * rateBasisPoints, 10_000));
      cents.forEach((value, index) => expect(Math.abs(value - (forecast[index] * rateBasisPoints) / 10_000)).toBeLessThan(1));
    }
  });

  it('counts an empty forecast month as zero and a huge forecast without drifting', () => {
    const gaps = [null, 1_000_000_000_000, null, null, null, null, null, null, null, null, null, 3];
    const cents = rateOfRevenueByMonth(gaps, year, { numerator: 1_050, denominator: 10_000 });
    expect(cents[0]).toBe(0);
    expect(sum(cents)).toBe(roundDivide(1_000_000_000_003 * 1_050, 10_000));
  });

  it('spreads a commission over the year by the same rule', () => {
    const plan = {
      ...emptyPlan(2027, 'x', ''),
      channels: [{ id: 'c', kind: 'marketplace' as const, name: 'Place de marché', role: '', revenueShareBasisPoints: 3_000, commissionBasisPoints: 1_500, commissionInBudget: true }],
    };
    plan.company.revenueForecastCents = forecast;
    const budget = computeBudget(plan);
    expect(budget.byChannel[0].totalCents).toBe(roundDivide(sum(forecast) * 3_000 * 1_500, 100_000_000));
    expect(budget.yearCents).toBe(budget.byChannel[0].totalCents);
    expect(sum(quarterTotals(budget.monthsCents))).toBe(budget.yearCents);
  });
});

describe('a cost can follow the action’s months', () => {
  const action = (activeMonths: number[], line: CostLine): Action => ({
    id: 'a', category: 'events', title: 'Coffrets de Noël', description: '', objectiveIds: [], segmentIds: [], owner: { kind: 'person', name: '' },
    activeMonths, costLines: [line], kpis: [], detail: { resources: '', successFactors: '', limits: '', review: '' }, actualSpendCents: Array(12).fill(null),
  });

  it('spreads over the months the action runs, even when they are not in a row', () => {
    const line: CostLine = { id: 'l', kind: 'fixed', label: 'Coffrets', amountCents: 40_001, period: { kind: 'activeMonths' } };
    const plan = { ...emptyPlan(2027, 'x', ''), actions: [action([12, 3], line)] };
    const { byAction } = computeBudget(plan);
    expect(byAction[0].cents[2]).toBe(20_001);
    expect(byAction[0].cents[11]).toBe(20_000);
    expect(byAction[0].cents.filter((value) => value !== 0)).toHaveLength(2);
  });

  it('falls back to the whole year while the action has no month, so no money drops out', () => {
    expect(monthsOf({ kind: 'activeMonths' }, [])).toEqual(year);
    expect(monthsOf({ kind: 'activeMonths' }, [5, 5, 1])).toEqual([1, 5]);
  });
});
