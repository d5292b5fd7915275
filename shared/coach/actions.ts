import { computeBudget, monthsOf, type BudgetSummary } from '../compute/budget';
import { indicatorProgress, isNumber } from '../compute/indicators';
import { roundDivide } from '../compute/pricing';
import type { Action, CostLine, Plan } from '../plan';
import { isBlank, missingIf, warningAt, type CoachWarning, type MissingKey, type StepReview, type StepState } from './types';

/** More internal time than this, in hours a week on average, is a lot for a very small team. */
export const WEEKLY_HOURS_LIMIT = 15;

/**
 * A larger team can give marketing more time: about a tenth of each person's 35-hour week, and never
 * less than what a team of four or five can spare.
 */
export const weeklyHoursLimit = (staff: number | null): number => Math.max(WEEKLY_HOURS_LIMIT, Math.round((staff ?? 0) * 3.5));

/** Internal time of the year as minutes per week, the figure the screens, the PDF and `check` show. */
export const minutesPerWeek = (yearMinutes: number): number => roundDivide(yearMinutes, 52);

type ActionPlanInput = Pick<Plan, 'actions' | 'objectives' | 'company' | 'budget'> & Partial<Pick<Plan, 'channels'>>;

const stateOf = (done: number, total: number, started: boolean): StepState =>
  total > 0 && done === total ? 'complete' : started ? 'inProgress' : 'notStarted';

/**
 * The action plan holds together when every action serves an objective, has an owner, months and a
 * KPI, and every objective is served by an action.
 */
export function reviewPromotion(plan: ActionPlanInput): StepReview {
  const warnings: CoachWarning[] = [];
  const warn = warningAt('promotion');
  if (plan.actions.length === 0) {
    return { progress: { step: 'promotion', state: 'notStarted', missing: ['actions'] }, warnings };
  }
  const knownObjectives = new Set(plan.objectives.map((objective) => objective.id));
  for (const action of plan.actions) {
    const title = action.title.trim() || '…';
    if (!action.objectiveIds.some((id) => knownObjectives.has(id))) warnings.push(warn('actionWithoutObjective', 'warning', { title }, action.id));
    if (isBlank(action.owner.name)) warnings.push(warn('actionWithoutOwner', 'warning', { title }, action.id));
    if (action.activeMonths.length === 0) warnings.push(warn('actionWithoutMonth', 'warning', { title }, action.id));
    if (action.kpis.length === 0) warnings.push(warn('actionWithoutKpi', 'warning', { title }, action.id));
  }
  for (const objective of plan.objectives) {
    if (!plan.actions.some((action) => action.objectiveIds.includes(objective.id))) {
      warnings.push(warn('objectiveWithoutAction', 'warning', { title: objective.title.trim() || '…' }, objective.id));
    }
  }
  const complete = warnings.length === 0;
  return {
    progress: { step: 'promotion', state: complete ? 'complete' : 'inProgress', missing: complete ? [] : ['actionsComplete'] },
    warnings,
  };
}

/** A cost line that costs something: an amount, a rate or some time. */
const costsSomething = (line: CostLine): boolean =>
  line.kind === 'fixed' ? line.amountCents > 0 : line.kind === 'percentOfRevenue' ? line.rateBasisPoints > 0 : line.minutes > 0;

export const hasCost = (action: Action): boolean => action.costLines.some(costsSomething);

/** The months of a fixed cost that fall outside the action's months (none when the action has no months yet). */
export function monthsOutsideAction(action: Action, line: CostLine): number[] {
  if (line.kind !== 'fixed' || line.amountCents === 0 || action.activeMonths.length === 0) return [];
  return monthsOf(line.period, action.activeMonths).filter((month) => !action.activeMonths.includes(month));
}

/**
 * The budget is complete when every action has a cost and nothing is wrong with the spend: every
 * category spent in is measured, the envelope holds, % of revenue has a forecast, no fixed cost falls
 * in months when its action does not run.
 */
export function reviewBudget(plan: ActionPlanInput, budget: BudgetSummary = computeBudget(plan)): StepReview {
  const warnings: CoachWarning[] = [];
  const warn = warningAt('budget');
  const costed = plan.actions.filter(hasCost).length;
  const started = costed > 0 || budget.byChannel.length > 0;
  if (!started) return { progress: { step: 'budget', state: 'notStarted', missing: ['costs'] }, warnings };

  for (const [category, cents] of Object.entries(budget.byCategory)) {
    const measured = plan.actions.some((action) => action.category === category && action.kpis.length > 0);
    if ((cents ?? 0) > 0 && !measured) warnings.push(warn('spendWithoutKpi', 'warning', { category }));
  }
  const envelope = budgetEnvelope(plan);
  if (envelope !== null && budget.yearCents > envelope) {
    warnings.push(warn('overEnvelope', 'warning', { total: budget.yearCents, envelope }));
  }
  const forecastMissing = plan.company.revenueForecastCents.some((month) => month === null);
  const usesRevenue = plan.actions.some((action) => action.costLines.some((line) => line.kind === 'percentOfRevenue'));
  if (usesRevenue && forecastMissing) warnings.push(warn('percentWithoutForecast', 'warning'));
  for (const action of plan.actions) {
    for (const line of action.costLines) {
      const outside = monthsOutsideAction(action, line);
      if (outside.length === 0) continue;
      // The months travel as numbers; wording.ts names them in the reader's language.
      warnings.push(warn('fixedCostOutsideMonths', 'warning', { line: line.label.trim() || '…', title: action.title.trim() || '…', months: outside.join(',') }, action.id));
    }
  }
  const weeklyMinutes = minutesPerWeek(budget.yearMinutes);
  const limit = weeklyHoursLimit(plan.company.staff);
  if (weeklyMinutes > limit * 60) {
    warnings.push(warn('tooManyHours', 'info', { hours: roundDivide(weeklyMinutes, 60), limit }));
  }
  const missing: MissingKey[] = [
    ...missingIf(costed < plan.actions.length, 'actionCosts'),
    ...missingIf(plan.budget.method !== 'fromActions' && envelope === null, 'envelope'),
  ];
  const complete = missing.length === 0 && warnings.every((warning) => warning.severity === 'info');
  return { progress: { step: 'budget', state: complete ? 'complete' : 'inProgress', missing }, warnings };
}

/** The envelope in cents, from a fixed amount or a rate of the yearly forecast; null when none is set. */
export function budgetEnvelope(plan: Pick<Plan, 'budget' | 'company'>): number | null {
  const { budget, company } = plan;
  if (budget.method === 'fixedEnvelope') return budget.envelopeCents;
  if (budget.method === 'percentOfRevenue' && budget.envelopeRateBasisPoints !== null) {
    const yearRevenue = company.revenueForecastCents.reduce<number>((sum, month) => sum + (month ?? 0), 0);
    return roundDivide(yearRevenue * budget.envelopeRateBasisPoints, 10_000);
  }
  return null;
}

/** The calendar is complete when every action has at least one month. */
export function reviewCalendar(plan: Pick<Plan, 'actions'>): StepReview {
  const placed = plan.actions.filter((action) => action.activeMonths.length > 0).length;
  const state = stateOf(placed, plan.actions.length, placed > 0);
  return { progress: { step: 'calendar', state, missing: state === 'complete' ? [] : ['calendarMonths'] }, warnings: [] };
}

/**
 * The KPI step is complete when every action has a KPI and every KPI has a numeric target value;
 * a target on the wrong side of its starting value is warned about.
 */
export function reviewKpis(plan: Pick<Plan, 'actions'>): StepReview {
  const warnings: CoachWarning[] = [];
  const kpis = plan.actions.flatMap((action) => action.kpis.map((kpi) => ({ action, kpi })));
  const measured = plan.actions.filter((action) => action.kpis.length > 0).length;
  const targeted = kpis.filter(({ kpi }) => isNumber(kpi.target)).length;
  for (const { action, kpi } of kpis) {
    if (indicatorProgress(kpi, 0).problem !== 'targetAgainstDirection') continue;
    warnings.push(
      warningAt('kpis')('kpiTargetAgainstDirection', 'warning', { name: kpi.name.trim() || '…', baseline: kpi.baseline ?? '', target: kpi.target }, action.id),
    );
  }
  const missing: MissingKey[] = [
    ...missingIf(measured < plan.actions.length || plan.actions.length === 0, 'kpiForEachAction'),
    ...missingIf(targeted < kpis.length || kpis.length === 0, 'kpiTargets'),
  ];
  const state: StepState = missing.length === 0 && warnings.length === 0 ? 'complete' : kpis.length > 0 ? 'inProgress' : 'notStarted';
  return { progress: { step: 'kpis', state, missing }, warnings };
}

/** The summary shows the action plan: done when the steps it summarises are. */
export function reviewSummary(summarised: Record<'promotion' | 'budget' | 'kpis' | 'calendar', StepReview>): StepReview {
  const keys = { promotion: 'summaryPromotion', budget: 'summaryBudget', kpis: 'summaryKpis', calendar: 'summaryCalendar' } as const;
  const steps = Object.entries(summarised) as [keyof typeof keys, StepReview][];
  const missing = steps.filter(([, review]) => review.progress.state !== 'complete').map(([step]) => keys[step]);
  const started = steps.some(([, review]) => review.progress.state !== 'notStarted');
  return { progress: { step: 'summary', state: stateOf(steps.length - missing.length, steps.length, started), missing }, warnings: [] };
}
