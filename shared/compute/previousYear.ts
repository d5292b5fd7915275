import type { Plan } from '../plan';
import { computeBudget } from './budget';
import { roundDivide } from './pricing';
import { computeYearlyForecast } from './revenue';

export interface YearComparisonRow {
  key: 'budget' | 'revenue' | 'actions';
  unit: 'cents' | 'count';
  before: number | null;
  after: number;
  /** The change as basis points of last year's figure; null when last year's is missing or zero. */
  changeBasisPoints: number | null;
}

/** This year's plan against the totals kept from last year's, for the summary and the exports. */
export function compareWithPreviousYear(plan: Plan): YearComparisonRow[] | null {
  const previous = plan.meta.previousYear;
  if (!previous) return null;
  const row = (key: YearComparisonRow['key'], unit: YearComparisonRow['unit'], before: number | null, after: number): YearComparisonRow => ({
    key,
    unit,
    before,
    after,
    changeBasisPoints: before ? roundDivide((after - before) * 10_000, before) : null,
  });
  return [
    row('budget', 'cents', previous.budgetYearCents, computeBudget(plan).yearCents),
    row('revenue', 'cents', previous.revenueForecastCents, computeYearlyForecast(plan.company)),
    row('actions', 'count', previous.actionCount, plan.actions.length),
  ];
}
