import { describe, expect, it } from 'vitest';
import {
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  action,
  companyProfile,
  costLine,
  emptyCompanyProfile,
  emptyPlan,
  period,
  planSchema,
  type Action,
} from '../../shared/plan';
import { fullPlan } from './fixtures/fullPlan';

const fixedLine = (amountCents: unknown, linePeriod: unknown = { kind: 'year' }) => ({
  id: 'c1',
  kind: 'fixed',
  label: 'Affichage',
  amountCents,
  period: linePeriod,
});

const anAction = (): Action => structuredClone(fullPlan().actions[0]);

describe('plan schemas refuse what the file must never hold', () => {
  it('refuses float cents', () => {
    expect(costLine.safeParse(fixedLine(850.5)).success).toBe(false);
    expect(costLine.safeParse(fixedLine(85_000)).success).toBe(true);
  });

  it('refuses a negative fixed amount', () => {
    expect(costLine.safeParse(fixedLine(-1)).success).toBe(false);
  });

  it('refuses months outside 1–12 and quarters outside 1–4', () => {
    expect(period.safeParse({ kind: 'months', from: 0, to: 3 }).success).toBe(false);
    expect(period.safeParse({ kind: 'months', from: 10, to: 13 }).success).toBe(false);
    expect(period.safeParse({ kind: 'quarter', quarter: 5 }).success).toBe(false);
    expect(period.safeParse({ kind: 'quarter', quarter: 0 }).success).toBe(false);
    expect(period.safeParse({ kind: 'months', from: 1, to: 12 }).success).toBe(true);
  });

  it('refuses a run of months that ends before it starts, inside a cost line too', () => {
    const alone = period.safeParse({ kind: 'months', from: 7, to: 3 });
    expect(alone.success).toBe(false);
    expect(alone.error?.issues[0].message).toBe('period.monthsOrder');
    expect(costLine.safeParse(fixedLine(100, { kind: 'months', from: 12, to: 1 })).success).toBe(false);
    expect(period.safeParse({ kind: 'months', from: 5, to: 5 }).success).toBe(true);
  });

  it(`refuses short text over ${SHORT_TEXT_MAX} characters, accepts exactly the limit`, () => {
    const at = { ...fixedLine(100), label: 'x'.repeat(SHORT_TEXT_MAX) };
    const over = { ...fixedLine(100), label: 'x'.repeat(SHORT_TEXT_MAX + 1) };
    expect(costLine.safeParse(at).success).toBe(true);
    expect(costLine.safeParse(over).success).toBe(false);
    const company = { ...emptyCompanyProfile(2027), name: 'é'.repeat(SHORT_TEXT_MAX + 1) };
    expect(companyProfile.safeParse(company).success).toBe(false);
  });

  it(`refuses long text over ${LONG_TEXT_MAX} characters, accepts exactly the limit`, () => {
    expect(action.safeParse({ ...anAction(), description: 'x'.repeat(LONG_TEXT_MAX) }).success).toBe(true);
    const over = action.safeParse({ ...anAction(), description: 'x'.repeat(LONG_TEXT_MAX + 1) });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0].path).toEqual(['description']);
  });

  it('refuses an action whose cost line amount is not whole cents', () => {
    const item = anAction();
    item.costLines = [fixedLine(12.34) as Action['costLines'][number]];
    const result = action.safeParse(item);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['costLines', 0, 'amountCents']);
  });

  it('refuses an action whose actual spend is not whole cents', () => {
    const item = anAction();
    item.actualSpendCents = [...item.actualSpendCents];
    item.actualSpendCents[5] = 0.5;
    expect(action.safeParse(item).success).toBe(false);
  });

  it('refuses a revenue forecast that is not exactly twelve months', () => {
    const company = emptyCompanyProfile(2027);
    expect(companyProfile.safeParse({ ...company, revenueForecastCents: company.revenueForecastCents.slice(1) }).success).toBe(false);
    expect(companyProfile.safeParse({ ...company, revenueForecastCents: [...company.revenueForecastCents, null] }).success).toBe(false);
  });

  it('refuses ids that could not be a file key', () => {
    expect(costLine.safeParse({ ...fixedLine(1), id: '' }).success).toBe(false);
    expect(costLine.safeParse({ ...fixedLine(1), id: 'a b' }).success).toBe(false);
    expect(costLine.safeParse({ ...fixedLine(1), id: '../x' }).success).toBe(false);
  });

  it('refuses two items of a collection sharing an id', () => {
    const plan = fullPlan();
    plan.swot = [plan.swot[0], { ...plan.swot[1], id: plan.swot[0].id }];
    const result = planSchema.safeParse(plan);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['swot', 1, 'id']);
  });
});

describe('the empty plan', () => {
  it('parses with planSchema', () => {
    const plan = emptyPlan(2027, 'Mon plan', '2026-01-01T00:00:00.000Z');
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.company.planYear).toBe(2027);
    expect(plan.meta.title).toBe('Mon plan');
  });

  it('the full fixture parses too, so other tests start from a valid plan', () => {
    expect(planSchema.parse(fullPlan())).toEqual(fullPlan());
  });
});
