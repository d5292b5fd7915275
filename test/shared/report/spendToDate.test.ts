import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../shared/compute/budget';
import { monthsToDate, steeringReport } from '../../../shared/compute/steering';
import { checkJson } from '../../../shared/report/checkJson';
import { buildReport } from '../../../shared/report/planReport';
import { createTranslator } from '../../../shared/i18n';
import { buildSample } from '../../../shared/samples';

describe('spend against the plan at a date', () => {
  it('counts the months of the plan’s year up to the date’s own month', () => {
    expect(monthsToDate(2027, '2026-12-31')).toBe(0);
    expect(monthsToDate(2027, '2027-01-01')).toBe(1);
    expect(monthsToDate(2027, '2027-03-31')).toBe(3);
    expect(monthsToDate(2027, '2027-12-31')).toBe(12);
    expect(monthsToDate(2027, '2028-02-01')).toBe(12);
  });

  it('gives the salon’s first quarter: its actuals added up, and the quarter’s budget as planned to date', () => {
    const salon = buildSample('salon', 'fr');
    // The sample types actuals for January–March only; summed here by hand from the file's own numbers.
    const typed = salon.actions.flatMap((action) => action.actualSpendCents.slice(0, 3)).reduce<number>((total, cents) => total + (cents ?? 0), 0);
    expect(typed).toBeGreaterThan(0);
    const json = checkJson(buildReport(salon, { asOf: '2027-03-31' }), createTranslator('fr'));
    expect(json.budget.actualQuarterCents).toEqual([typed, 0, 0, 0]);
    expect(json.budget.actualToDateCents).toBe(typed);
    expect(json.budget.plannedToDateCents).toBe(json.budget.quarterCents[0]);
  });

  it('adds every month typed, and counts a month left empty as nothing spent', () => {
    const plan = buildSample('bakery', 'fr');
    plan.actions = plan.actions.slice(0, 2).map((action, index) => ({ ...action, actualSpendCents: Array.from({ length: 12 }, (_, month) => (month === 4 ? 1_000 * (index + 1) : month === 5 ? null : 0)) }));
    const spend = steeringReport(plan, computeBudget(plan), '2027-05-15').total;
    expect(spend.actualMonthsCents[4]).toBe(3_000);
    expect(spend.actualQuarterCents).toEqual([0, 3_000, 0, 0]);
    expect(spend.actualToDateCents).toBe(3_000);
    expect(spend.plannedToDateCents).toBe(computeBudget(plan).monthsCents.slice(0, 5).reduce((total, cents) => total + cents, 0));
  });
});
