import { reviewPlan } from '../coach/progress';
import { byIsoDate } from '../dates';
import { steeringReport, type SteeringReport } from '../compute/steering';
import { steeringAsOf } from '../coach/steering';
import { minutesPerWeek } from '../coach/actions';
import type { CoachWarning, StepReview } from '../coach/types';
import { computeBreakEven, type BreakEven } from '../compute/breakEven';
import { actionBudget, computeBudget, quarterTotals, type BudgetSummary, type FamilyKey, type Monthly } from '../compute/budget';
import { kpiIndicator, objectiveIndicator, type IndicatorProgress } from '../compute/indicators';
import { summaryRows, type SummaryRow } from '../compute/summaryRows';
import { actionCategories, type ActionCategory, type CustomerFigures, type CostLine, type DistributionChannel, type KeyDate, type Kpi, type Objective, type Plan } from '../plan';
import { visibleSteps, type StepId } from '../steps';
import { planAtAGlance, type PlanAtAGlance } from './atAGlance';
import { sharesOfTotal } from './shares';
import { accountSummary, accountTotals, pipelineReport, type AccountSummary, type AccountTotals, type PipelineReport } from '../compute/pipeline';

/** One line of the money budget as every table prints it: an action's cost line, or a channel's commission. */
export type MoneyRow =
  | { source: 'costLine'; summary: SummaryRow; line: Extract<CostLine, { kind: 'fixed' | 'percentOfRevenue' }>; monthsCents: Monthly; quartersCents: number[]; yearCents: number }
  | { source: 'commission'; channel: DistributionChannel; monthsCents: Monthly; quartersCents: number[]; yearCents: number };

export interface HoursRow {
  summary: SummaryRow;
  line: Extract<CostLine, { kind: 'internalHours' }>;
  monthsMinutes: Monthly;
  yearMinutes: number;
}

/** A part of the year's budget and its share of it; the shares of a breakdown add up to 100 %. */
export interface ShareRow<Key extends string> {
  key: Key;
  cents: number;
  shareBasisPoints: number | null;
}

export interface KpiReport {
  actionId: string;
  action: SummaryRow['action'];
  kpi: Kpi;
  indicator: IndicatorProgress;
}

export interface ObjectiveReport {
  objective: Objective;
  indicator: IndicatorProgress;
}

/**
 * Every figure and state the screens, the PDF, the workbook and `check` show, computed once per
 * version of the plan: none of them redoes arithmetic.
 */
export interface PlanReport {
  /** The date indicators are read at (yyyy-mm-dd). */
  asOf: string;
  budget: BudgetSummary;
  /** The consultant's table: one row per action, grouped by category. */
  summaryRows: SummaryRow[];
  /** Money rows in the summary's order, commissions last: they add up to the budget's totals. */
  moneyRows: MoneyRow[];
  hoursRows: HoursRow[];
  internalMinutesPerWeek: number;
  /** By category, with distribution commissions as their own row so the rows add up to the year. */
  byCategory: ShareRow<ActionCategory | 'commissions'>[];
  byFamily: ShareRow<FamilyKey>[];
  kpis: KpiReport[];
  objectives: ObjectiveReport[];
  /** The plan's key dates that have a date, in calendar order. */
  keyDates: KeyDate[];
  breakEven: BreakEven;
  review: Record<StepId, StepReview>;
  /** The steps the app lists for this plan (key accounts only where the firm sells to companies, or has some). */
  listedSteps: StepId[];
  warnings: CoachWarning[];
  /** "L'essentiel du plan": the one page a banker or a client reads first. */
  atAGlance: PlanAtAGlance;
  /** The « Pilotage » dashboard: planned against actual by month, category and action. */
  steering: SteeringReport;
  /** The key accounts' weighted pipeline, by quarter and stage, against the new business wanted (issue 17). */
  pipeline: PipelineReport;
  /** Each key account's share of wallet, committee and weighted deals, in the plan's order. */
  accounts: AccountSummary[];
  accountTotals: AccountTotals;
  /** The sales export's figures as stored (issue 15); null when no file was imported. */
  customers: { figures: CustomerFigures; amounts: 'ht' | 'ttc' | null } | null;
}

export interface ReportOptions {
  /** yyyy-mm-dd; by default today within the plan's year, else the year's last day. */
  asOf?: string;
  today?: Date;
}

function moneyAndHoursRows(plan: Plan, rows: SummaryRow[], budget: BudgetSummary) {
  const forecast = plan.company.revenueForecastCents;
  const moneyRows: MoneyRow[] = [];
  const hoursRows: HoursRow[] = [];
  for (const summary of rows) {
    for (const line of summary.action.costLines) {
      const cost = actionBudget({ ...summary.action, costLines: [line] }, forecast);
      if (line.kind === 'internalHours') hoursRows.push({ summary, line, monthsMinutes: cost.minutes, yearMinutes: cost.totalMinutes });
      else moneyRows.push({ source: 'costLine', summary, line, monthsCents: cost.cents, quartersCents: quarterTotals(cost.cents), yearCents: cost.totalCents });
    }
  }
  const channels = new Map(plan.channels.map((channel) => [channel.id, channel]));
  for (const commission of budget.byChannel) {
    const channel = channels.get(commission.channelId);
    if (channel) {
      moneyRows.push({ source: 'commission', channel, monthsCents: commission.cents, quartersCents: quarterTotals(commission.cents), yearCents: commission.totalCents });
    }
  }
  return { moneyRows, hoursRows };
}

function breakdowns(budget: BudgetSummary) {
  const commissions = budget.byChannel.reduce((sum, commission) => sum + commission.totalCents, 0);
  const categories: [ActionCategory | 'commissions', number][] = [
    ...actionCategories.flatMap((category): [ActionCategory, number][] =>
      budget.byCategory[category] === undefined ? [] : [[category, budget.byCategory[category] ?? 0]],
    ),
    ...(budget.byChannel.length > 0 ? [['commissions', commissions] as [ActionCategory | 'commissions', number]] : []),
  ];
  const families = Object.entries(budget.byFamily) as [FamilyKey, number][];
  const withShares = <Key extends string>(parts: [Key, number][]): ShareRow<Key>[] => {
    const shares = sharesOfTotal(parts.map(([, cents]) => cents));
    return parts.map(([key, cents], index) => ({ key, cents, shareBasisPoints: shares[index] }));
  };
  return { byCategory: withShares(categories), byFamily: withShares(families) };
}

export function buildReport(plan: Plan, options: ReportOptions = {}): PlanReport {
  const year = plan.company.planYear;
  const asOf = options.asOf ?? steeringAsOf(plan, options.today);
  const budget = computeBudget(plan);
  const rows = summaryRows(plan, budget);
  const steering = steeringReport(plan, budget, asOf);
  const pipeline = pipelineReport(plan);
  const review = reviewPlan(plan, budget, asOf, steering, pipeline);
  const report: Omit<PlanReport, 'atAGlance'> = {
    asOf,
    budget,
    summaryRows: rows,
    ...moneyAndHoursRows(plan, rows, budget),
    internalMinutesPerWeek: minutesPerWeek(budget.yearMinutes),
    ...breakdowns(budget),
    kpis: rows.flatMap((row) =>
      row.action.kpis.map((kpi) => ({ actionId: row.action.id, action: row.action, kpi, indicator: kpiIndicator(kpi, year, asOf) })),
    ),
    objectives: plan.objectives.map((objective) => ({ objective, indicator: objectiveIndicator(objective, year, asOf) })),
    keyDates: plan.keyDates.filter((date) => date.date !== '').sort(byIsoDate),
    breakEven: computeBreakEven(plan),
    review,
    listedSteps: visibleSteps(plan.company.customerKind, plan.accounts.length),
    warnings: Object.values(review).flatMap((step) => step.warnings),
    steering,
    pipeline,
    accounts: plan.accounts.map(accountSummary),
    accountTotals: accountTotals(plan.accounts),
    customers: plan.customerFile.figures ? { figures: plan.customerFile.figures, amounts: plan.customerFile.amounts } : null,
  };
  return { ...report, atAGlance: planAtAGlance(plan, report) };
}

/** Reports are built once per version of the plan (and date), however many readers ask for them. */
const cache = new WeakMap<Plan, PlanReport>();

export function reportOf(plan: Plan, options: ReportOptions = {}): PlanReport {
  const cached = cache.get(plan);
  const asOf = options.asOf ?? steeringAsOf(plan, options.today);
  if (cached && cached.asOf === asOf) return cached;
  const report = buildReport(plan, { ...options, asOf });
  cache.set(plan, report);
  return report;
}
