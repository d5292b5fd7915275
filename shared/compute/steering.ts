import { actionCategories, MAX_REVISIONS, type ActionCategory, type FrozenBudget, type Plan } from '../plan';
import { roundedRatio } from './ratio';
import type { BudgetSummary, Monthly } from './budget';

/** Planned against actual for one line of the dashboard (the year, a category, an action). */
export interface SpendLine {
  plannedMonthsCents: Monthly;
  actualMonthsCents: Monthly;
  plannedYearCents: number;
  plannedToDateCents: number;
  actualToDateCents: number;
  /** Actual − planned to date: above zero, more was spent than planned. */
  varianceCents: number;
  /** The variance over what was planned to date, in basis points; null when nothing was planned. */
  varianceBasisPoints: number | null;
}

export interface SteeringReport {
  asOf: string;
  /** The budget planned before the first revision; null while the plan has not been revised. */
  initial: FrozenBudget | null;
  monthsToDate: number;
  /**
   * Every cost, distribution commissions included (they have no actual spend of their own); actual
   * spend typed per action, a month with nothing typed counting 0.
   */
  total: SpendLine & { plannedCumulativeCents: Monthly; actualCumulativeCents: Monthly; actualQuarterCents: number[] };
  /**
   * Each category with actions, or with budget before the first revision; `initialYearCents` is that
   * budget (null while the plan has not been revised).
   */
  byCategory: (SpendLine & { category: ActionCategory; initialYearCents: number | null })[];
  byAction: (SpendLine & { actionId: string; category: ActionCategory; title: string; actualTyped: boolean[] })[];
}

/** The months of the plan's year up to and including the as-of date's month: 0 before the year, 12 after. */
export function monthsToDate(planYear: number, asOf: string): number {
  const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  if (year < planYear) return 0;
  if (year > planYear) return 12;
  return month;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const cumulative = (months: Monthly): Monthly => months.map((_, index) => sum(months.slice(0, index + 1)));

function spendLine(plannedMonthsCents: Monthly, actualMonthsCents: Monthly, months: number): SpendLine {
  const plannedToDateCents = sum(plannedMonthsCents.slice(0, months));
  const actualToDateCents = sum(actualMonthsCents.slice(0, months));
  const varianceCents = actualToDateCents - plannedToDateCents;
  return {
    plannedMonthsCents,
    actualMonthsCents,
    plannedYearCents: sum(plannedMonthsCents),
    plannedToDateCents,
    actualToDateCents,
    varianceCents,
    varianceBasisPoints: plannedToDateCents === 0 ? null : roundedRatio(varianceCents, plannedToDateCents, 10_000),
  };
}

/**
 * The dashboard's figures at a date, from the budget the rest of the app shows and the actual spend
 * typed per action and month: the same totals as the Budget step, the summary and `check --json`.
 */
export function steeringReport(plan: Pick<Plan, 'actions' | 'company' | 'steering'>, budget: BudgetSummary, asOf: string): SteeringReport {
  const months = monthsToDate(plan.company.planYear, asOf);
  const byAction = plan.actions.map((action, index) => {
    const actual = action.actualSpendCents.map((cents) => cents ?? 0);
    return {
      ...spendLine(budget.byAction[index].cents, actual, months),
      actionId: action.id,
      category: action.category,
      title: action.title,
      actualTyped: action.actualSpendCents.map((cents) => cents !== null),
    };
  });
  const addMonths = (lines: readonly { plannedMonthsCents: Monthly; actualMonthsCents: Monthly }[], key: 'plannedMonthsCents' | 'actualMonthsCents') =>
    Array.from({ length: 12 }, (_, month) => sum(lines.map((line) => line[key][month])));
  const initial = plan.steering.revisions[0]?.before ?? null;
  const byCategory = actionCategories.flatMap((category) => {
    const lines = byAction.filter((line) => line.category === category);
    const initialYearCents = initial ? (initial.byCategory[category] ?? 0) : null;
    if (lines.length === 0 && !initialYearCents) return [];
    return [{ ...spendLine(addMonths(lines, 'plannedMonthsCents'), addMonths(lines, 'actualMonthsCents'), months), category, initialYearCents }];
  });
  const total = spendLine(budget.monthsCents, addMonths(byAction, 'actualMonthsCents'), months);
  return {
    asOf,
    initial,
    monthsToDate: months,
    total: {
      ...total,
      plannedCumulativeCents: cumulative(total.plannedMonthsCents),
      actualCumulativeCents: cumulative(total.actualMonthsCents),
      actualQuarterCents: [0, 1, 2, 3].map((quarter) => sum(total.actualMonthsCents.slice(quarter * 3, quarter * 3 + 3))),
    },
    byCategory,
    byAction,
  };
}

/**
 * The budget as it stands, frozen for a revision: the months, the year, each category and each
 * action, from the same computation as every other figure.
 */
export function freezeBudget(plan: Pick<Plan, 'actions'>, budget: BudgetSummary): FrozenBudget {
  return {
    monthsCents: [...budget.monthsCents],
    yearCents: budget.yearCents,
    byCategory: { ...budget.byCategory },
    byAction: plan.actions.map((action, index) => ({ actionId: action.id, title: action.title, yearCents: budget.byAction[index].totalCents })),
    byChannel: budget.byChannel.map((commission) => ({ channelId: commission.channelId, yearCents: commission.totalCents })),
  };
}

/** The plan revised now: the budget before it is kept, and the plan goes on from there. Null past the limit. */
export function reviseSteering(plan: Pick<Plan, 'actions' | 'steering'>, budget: BudgetSummary, now: Date): Plan['steering'] | null {
  if (plan.steering.revisions.length >= MAX_REVISIONS) return null;
  return { ...plan.steering, revisions: [...plan.steering.revisions, { revisedAt: now.toISOString(), before: freezeBudget(plan, budget) }] };
}

