import type { CoachWarning, Severity } from '../coach/types';
import { roundDivideBig } from '../compute/pricing';
import { computeYearlyForecast, countForecastMonths } from '../compute/revenue';
import type { SummaryRow } from '../compute/summaryRows';
import type { Objective, Plan, Segment } from '../plan';
import type { PlanReport } from './planReport';

/** One of the actions that matter most, and why it was picked. */
export interface KeyAction {
  row: SummaryRow;
  /** The action's money budget for the year (its hours are not money). */
  yearCents: number;
  objectivesServed: number;
  /** Among the heaviest in budget, or among those serving the most objectives (both when both). */
  reasons: ('budget' | 'objectives')[];
}

/**
 * "L'essentiel du plan": what a banker or a client reads first, on one page of the PDF and one
 * sheet of the workbook. Language-free: each export words it from its own catalogue.
 */
export interface PlanAtAGlance {
  objectives: Objective[];
  coreTargets: Segment[];
  budget: { yearCents: number; shareOfRevenueBasisPoints: number | null; quartersCents: number[]; yearMinutes: number };
  keyActions: KeyAction[];
  forecast: {
    /** Null while no month of the forecast is filled in. */
    yearCents: number | null;
    currentRevenueCents: number | null;
    /** (forecast − current) ÷ current, rounded half away from zero; null when either is unknown or the current is zero. */
    growthBasisPoints: number | null;
  };
  breakEven: { revenueCents: number | null; date: string | null };
  warningsBySeverity: Record<Severity, number>;
}

/** At most this many key actions; at least three when the plan has three. */
const KEY_ACTIONS_MAX = 5;
const KEY_ACTIONS_PER_REASON = 3;

/**
 * The three heaviest actions in budget and the three serving the most objectives (an action with
 * nothing spent or no objective is never picked for that reason), budget first, five at most; when
 * that leaves fewer than three, the next ones in the plan's order. Ties keep the plan's order.
 */
export function keyActions(rows: SummaryRow[]): KeyAction[] {
  const candidates = rows.map((row, order) => ({ row, order, yearCents: row.cost.totalCents, objectivesServed: row.action.objectiveIds.length }));
  const top = (measure: (candidate: (typeof candidates)[number]) => number) =>
    candidates
      .filter((candidate) => measure(candidate) > 0)
      .sort((a, b) => measure(b) - measure(a) || a.order - b.order)
      .slice(0, KEY_ACTIONS_PER_REASON);
  const byBudget = top((candidate) => candidate.yearCents);
  const byObjectives = top((candidate) => candidate.objectivesServed);
  const reasoned = [...new Set([...byBudget, ...byObjectives])].slice(0, KEY_ACTIONS_MAX);
  const chosen = reasoned.length >= KEY_ACTIONS_PER_REASON ? reasoned : [...new Set([...reasoned, ...candidates])].slice(0, KEY_ACTIONS_PER_REASON);
  return chosen.map(({ row, yearCents, objectivesServed }) => ({
    row,
    yearCents,
    objectivesServed,
    reasons: [
      ...(byBudget.some((candidate) => candidate.row === row) ? (['budget'] as const) : []),
      ...(byObjectives.some((candidate) => candidate.row === row) ? (['objectives'] as const) : []),
    ],
  }));
}

/** Growth of the forecast over the current year's revenue, in basis points (6,07 % = 607). */
export function growthBasisPoints(forecastCents: number | null, currentCents: number | null): number | null {
  if (forecastCents === null || currentCents === null || currentCents === 0) return null;
  return Number(roundDivideBig(BigInt(forecastCents - currentCents) * 10_000n, BigInt(currentCents)));
}

function countBySeverity(warnings: CoachWarning[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { warning: 0, info: 0 };
  for (const warning of warnings) counts[warning.severity] += 1;
  return counts;
}

/** What the page needs from the report: built from it, inside buildReport. */
export type GlanceSources = Pick<PlanReport, 'budget' | 'summaryRows' | 'breakEven' | 'warnings'>;

export function planAtAGlance(plan: Plan, report: GlanceSources): PlanAtAGlance {
  const forecastCents = countForecastMonths(plan.company) === 0 ? null : computeYearlyForecast(plan.company);
  const { budget } = report;
  return {
    objectives: plan.objectives,
    coreTargets: plan.segments.filter((segment) => segment.role === 'core'),
    budget: {
      yearCents: budget.yearCents,
      shareOfRevenueBasisPoints: budget.shareOfRevenueBasisPoints,
      quartersCents: budget.quartersCents,
      yearMinutes: budget.yearMinutes,
    },
    keyActions: keyActions(report.summaryRows),
    forecast: {
      yearCents: forecastCents,
      currentRevenueCents: plan.company.currentRevenueCents,
      growthBasisPoints: growthBasisPoints(forecastCents, plan.company.currentRevenueCents),
    },
    breakEven: { revenueCents: report.breakEven.revenueCents, date: report.breakEven.date },
    warningsBySeverity: countBySeverity(report.warnings),
  };
}
