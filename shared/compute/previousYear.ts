import { formatEuros, formatPercent } from '../money';
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

/** A figure of the comparison as the screen and the PDF print it: euros, a count, or a dash. */
export const formatComparisonValue = (row: YearComparisonRow, value: number | null): string =>
  value === null ? '—' : row.unit === 'cents' ? formatEuros(value) : String(value);

/** The change with its sign ("+12,5 %", "-3 %"), or a dash when last year's figure was missing. */
export const formatComparisonChange = (row: YearComparisonRow): string =>
  row.changeBasisPoints === null ? '—' : `${row.changeBasisPoints >= 0 ? '+' : ''}${formatPercent(row.changeBasisPoints)}`;
