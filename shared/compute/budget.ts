import type { Action, ActionCategory, CostLine, Objective, ObjectiveFamily, Period, Plan } from '../plan';
import { roundDivide } from './pricing';
import { spreadOverMonths } from './revenue';

export type Monthly = number[];
const zeroMonths = (): Monthly => Array.from({ length: 12 }, () => 0);
const addInto = (target: Monthly, values: Monthly) => values.forEach((value, month) => (target[month] += value));

/**
 * The months (1–12) a period covers. "The action's months" falls back to the whole year while the
 * action has none, so a cost never drops out of the totals (the action gets a warning instead).
 */
export function monthsOf(period: Period, activeMonths: readonly number[] = []): number[] {
  if (period.kind === 'activeMonths' && activeMonths.length > 0) return [...new Set(activeMonths)].sort((a, b) => a - b);
  if (period.kind === 'year' || period.kind === 'activeMonths') return Array.from({ length: 12 }, (_, index) => index + 1);
  if (period.kind === 'quarter') return [1, 2, 3].map((offset) => (period.quarter - 1) * 3 + offset);
  return Array.from({ length: period.to - period.from + 1 }, (_, index) => period.from + index);
}

/** A month counts 52/12 weeks, so "6 hours per week" is 26 hours a month. */
const minutesPerMonth = (line: Extract<CostLine, { kind: 'internalHours' }>): number =>
  line.per === 'month' ? line.minutes : roundDivide(line.minutes * 52, 12);

/**
 * A rate of a run of months' revenue, to the cent, split over those months by cumulative rounding:
 * each month gets rate × (revenue up to it) − rate × (revenue before it), each rounded to the cent.
 * The months add up exactly to rate × the run's total, every month is within a cent of its exact
 * share, and a spreadsheet recomputes the same cents with plain ROUND formulas (decision 007).
 */
export function rateOfRevenueByMonth(
  revenueForecastCents: readonly (number | null)[],
  months: readonly number[],
  rate: { numerator: number; denominator: number },
): Monthly {
  const cents = zeroMonths();
  let cumulative = 0;
  let chargedSoFar = 0;
  for (const month of months) {
    cumulative += revenueForecastCents[month - 1] ?? 0;
    const charged = roundDivide(cumulative * rate.numerator, rate.denominator);
    cents[month - 1] = charged - chargedSoFar;
    chargedSoFar = charged;
  }
  return cents;
}

/**
 * What one cost line costs in each month of the year: euros (cents) for fixed amounts and % of
 * revenue, minutes for internal time, kept apart because time is never added to money.
 * A fixed amount is spread evenly over its months (leftover cents on the first ones); a % of
 * revenue is the rate of the period's forecast, split by cumulative rounding.
 */
export function costLineByMonth(
  line: CostLine,
  revenueForecastCents: readonly (number | null)[],
  activeMonths: readonly number[] = [],
): { cents: Monthly; minutes: Monthly } {
  const cents = zeroMonths();
  const minutes = zeroMonths();
  const months = monthsOf(line.period, activeMonths);
  if (line.kind === 'fixed') {
    spreadOverMonths(line.amountCents, months.length).forEach((share, index) => (cents[months[index] - 1] = share));
    return { cents, minutes };
  }
  if (line.kind === 'percentOfRevenue') {
    return { cents: rateOfRevenueByMonth(revenueForecastCents, months, { numerator: line.rateBasisPoints, denominator: 10_000 }), minutes };
  }
  for (const month of months) minutes[month - 1] = minutesPerMonth(line);
  return { cents, minutes };
}

export interface ActionBudget {
  actionId: string;
  cents: Monthly;
  minutes: Monthly;
  totalCents: number;
  totalMinutes: number;
}

export function actionBudget(action: Action, revenueForecastCents: readonly (number | null)[]): ActionBudget {
  const cents = zeroMonths();
  const minutes = zeroMonths();
  for (const line of action.costLines) {
    const cost = costLineByMonth(line, revenueForecastCents, action.activeMonths);
    addInto(cents, cost.cents);
    addInto(minutes, cost.minutes);
  }
  const sum = (values: Monthly) => values.reduce((total, value) => total + value, 0);
  return { actionId: action.id, cents, minutes, totalCents: sum(cents), totalMinutes: sum(minutes) };
}

export const quarterTotals = (months: Monthly): number[] =>
  [0, 1, 2, 3].map((quarter) => months[quarter * 3] + months[quarter * 3 + 1] + months[quarter * 3 + 2]);

export type FamilyKey = ObjectiveFamily | 'unassigned';

/**
 * An action serving objectives of several families is split evenly among them (leftover cents to the
 * first), so family totals add up to the year total; an action serving none is "unassigned".
 */
function familiesOf(action: Action, objectives: Objective[]): FamilyKey[] {
  const families = [
    ...new Set(action.objectiveIds.flatMap((id) => objectives.filter((objective) => objective.id === id).map((o) => o.family))),
  ];
  return families.length > 0 ? families : ['unassigned'];
}

export interface ChannelCommission {
  channelId: string;
  cents: Monthly;
  totalCents: number;
}

/**
 * A channel whose commission counts in the budget costs its share of the year's forecast revenue
 * times its commission rate (a marketplace taking 15 % on 30 % of sales), split over the months
 * like a % of revenue line.
 */
export function channelCommissions(channels: Plan['channels'], revenueForecastCents: readonly (number | null)[]): ChannelCommission[] {
  const year = Array.from({ length: 12 }, (_, index) => index + 1);
  return channels
    .filter((channel) => channel.commissionInBudget && channel.commissionBasisPoints > 0)
    .map((channel) => {
      const cents = rateOfRevenueByMonth(revenueForecastCents, year, {
        numerator: channel.revenueShareBasisPoints * channel.commissionBasisPoints,
        denominator: 100_000_000,
      });
      return { channelId: channel.id, cents, totalCents: cents.reduce((sum, value) => sum + value, 0) };
    });
}

export interface BudgetSummary {
  byAction: ActionBudget[];
  /** Distribution commissions counted in the budget: in the totals and the "distribution" family, in no category. */
  byChannel: ChannelCommission[];
  monthsCents: Monthly;
  quartersCents: number[];
  yearCents: number;
  monthsMinutes: Monthly;
  yearMinutes: number;
  byCategory: Partial<Record<ActionCategory, number>>;
  byFamily: Partial<Record<FamilyKey, number>>;
  /** Year total as basis points of the forecast revenue; null without a forecast. */
  shareOfRevenueBasisPoints: number | null;
}

/** Every budget figure the screens, the CLI and the exports show comes from here. */
export function computeBudget(plan: Pick<Plan, 'actions' | 'objectives' | 'company'> & Partial<Pick<Plan, 'channels'>>): BudgetSummary {
  const forecast = plan.company.revenueForecastCents;
  const byAction = plan.actions.map((action) => actionBudget(action, forecast));
  const monthsCents = zeroMonths();
  const monthsMinutes = zeroMonths();
  const byCategory: BudgetSummary['byCategory'] = {};
  const byFamily: BudgetSummary['byFamily'] = {};
  plan.actions.forEach((action, index) => {
    const budget = byAction[index];
    addInto(monthsCents, budget.cents);
    addInto(monthsMinutes, budget.minutes);
    byCategory[action.category] = (byCategory[action.category] ?? 0) + budget.totalCents;
    const families = familiesOf(action, plan.objectives);
    spreadOverMonths(budget.totalCents, families.length).forEach((share, n) => {
      byFamily[families[n]] = (byFamily[families[n]] ?? 0) + share;
    });
  });
  const byChannel = channelCommissions(plan.channels ?? [], forecast);
  for (const commission of byChannel) {
    addInto(monthsCents, commission.cents);
    byFamily.distribution = (byFamily.distribution ?? 0) + commission.totalCents;
  }
  const yearCents = monthsCents.reduce((total, value) => total + value, 0);
  const yearRevenue = forecast.reduce<number>((total, value) => total + (value ?? 0), 0);
  return {
    byAction,
    byChannel,
    monthsCents,
    quartersCents: quarterTotals(monthsCents),
    yearCents,
    monthsMinutes,
    yearMinutes: monthsMinutes.reduce((total, value) => total + value, 0),
    byCategory,
    byFamily,
    shareOfRevenueBasisPoints: yearRevenue > 0 ? roundDivide(yearCents * 10_000, yearRevenue) : null,
  };
}
