import type { Plan } from '../plan';
import type { BudgetSummary, Monthly } from './budget';

/** What was spent against what was planned, month by month and at a date (issue 16). */
export interface SpendToDate {
  /** Actual spend typed per action and month, added up; a month with nothing typed counts 0. */
  actualMonthsCents: Monthly;
  actualQuarterCents: number[];
  actualYearCents: number;
  /** Months of the plan's year counted at the as-of date: its own month included, 0 before the year, 12 after. */
  monthsToDate: number;
  /** The budget of those months (commissions included, as in the budget's totals). */
  plannedToDateCents: number;
  actualToDateCents: number;
}

/** The months of the plan's year up to and including the as-of date's month. */
export function monthsToDate(planYear: number, asOf: string): number {
  const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  if (year < planYear) return 0;
  if (year > planYear) return 12;
  return month;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function spendToDate(plan: Pick<Plan, 'actions' | 'company'>, budget: BudgetSummary, asOf: string): SpendToDate {
  const actualMonthsCents = Array.from({ length: 12 }, (_, month) => sum(plan.actions.map((action) => action.actualSpendCents[month] ?? 0)));
  const months = monthsToDate(plan.company.planYear, asOf);
  return {
    actualMonthsCents,
    actualQuarterCents: [0, 1, 2, 3].map((quarter) => sum(actualMonthsCents.slice(quarter * 3, quarter * 3 + 3))),
    actualYearCents: sum(actualMonthsCents),
    monthsToDate: months,
    plannedToDateCents: sum(budget.monthsCents.slice(0, months)),
    actualToDateCents: sum(actualMonthsCents.slice(0, months)),
  };
}
