import { computeBudget } from '../compute/budget';
import { roundDivide } from '../compute/pricing';
import type { Plan } from '../plan';
import { isBlank, type CoachWarning, type StepReview } from './types';

/** More internal time than this, in hours a week on average, is a lot for a very small team. */
export const WEEKLY_HOURS_LIMIT = 15;

/**
 * A larger team can give marketing more time: about a tenth of each person's 35-hour week, and never
 * less than what a team of four or five can spare.
 */
export const weeklyHoursLimit = (staff: number | null): number => Math.max(WEEKLY_HOURS_LIMIT, Math.round((staff ?? 0) * 3.5));

type ActionPlanInput = Pick<Plan, 'actions' | 'objectives' | 'company' | 'budget'> & Partial<Pick<Plan, 'channels'>>;

/**
 * The action plan holds together when every action serves an objective, has an owner, months and a
 * KPI, and every objective is served by an action.
 */
export function reviewPromotion(plan: ActionPlanInput): StepReview {
  const warnings: CoachWarning[] = [];
  const add = (code: string, severity: CoachWarning['severity'], params?: CoachWarning['params'], itemId?: string) =>
    warnings.push({ step: 'promotion', code, severity, ...(params && { params }), ...(itemId && { itemId }) });

  if (plan.actions.length === 0) {
    return { progress: { step: 'promotion', state: 'notStarted', missing: ['actions'] }, warnings };
  }
  const knownObjectives = new Set(plan.objectives.map((objective) => objective.id));
  for (const action of plan.actions) {
    const title = action.title.trim() || '…';
    if (!action.objectiveIds.some((id) => knownObjectives.has(id))) add('actionWithoutObjective', 'warning', { title }, action.id);
    if (isBlank(action.owner.name)) add('actionWithoutOwner', 'warning', { title }, action.id);
    if (action.activeMonths.length === 0) add('actionWithoutMonth', 'warning', { title }, action.id);
    if (action.kpis.length === 0) add('actionWithoutKpi', 'warning', { title }, action.id);
  }
  for (const objective of plan.objectives) {
    if (!plan.actions.some((action) => action.objectiveIds.includes(objective.id))) {
      add('objectiveWithoutAction', 'warning', { title: objective.title.trim() || '…' }, objective.id);
    }
  }
  const complete = warnings.length === 0;
  return {
    progress: { step: 'promotion', state: complete ? 'complete' : 'inProgress', missing: complete ? [] : ['actionsComplete'] },
    warnings,
  };
}

/** The budget holds together when spend has KPIs, stays within the envelope and can be computed. */
export function reviewBudget(plan: ActionPlanInput): StepReview {
  const warnings: CoachWarning[] = [];
  const budget = computeBudget(plan);
  const hasCosts = plan.actions.some((action) => action.costLines.length > 0) || budget.byChannel.length > 0;
  if (!hasCosts) return { progress: { step: 'budget', state: 'notStarted', missing: ['costs'] }, warnings };

  for (const [category, cents] of Object.entries(budget.byCategory)) {
    const measured = plan.actions.some((action) => action.category === category && action.kpis.length > 0);
    if ((cents ?? 0) > 0 && !measured) warnings.push({ step: 'budget', code: 'spendWithoutKpi', severity: 'warning', params: { category } });
  }
  const envelope = budgetEnvelope(plan);
  if (envelope !== null && budget.yearCents > envelope) {
    warnings.push({ step: 'budget', code: 'overEnvelope', severity: 'warning', params: { total: budget.yearCents, envelope } });
  }
  const forecastMissing = plan.company.revenueForecastCents.some((month) => month === null);
  const usesRevenue = plan.actions.some((action) => action.costLines.some((line) => line.kind === 'percentOfRevenue'));
  if (usesRevenue && forecastMissing) warnings.push({ step: 'budget', code: 'percentWithoutForecast', severity: 'warning' });
  const weeklyHours = budget.yearMinutes / 60 / 52;
  const limit = weeklyHoursLimit(plan.company.staff);
  if (weeklyHours > limit) {
    warnings.push({ step: 'budget', code: 'tooManyHours', severity: 'info', params: { hours: Math.round(weeklyHours), limit } });
  }
  const missing = plan.budget.method !== 'fromActions' && envelope === null ? ['envelope'] : [];
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
  const state = placed === 0 ? 'notStarted' : placed === plan.actions.length ? 'complete' : 'inProgress';
  return { progress: { step: 'calendar', state, missing: state === 'complete' ? [] : ['calendarMonths'] }, warnings: [] };
}

/** The KPI step is complete when every action has at least one KPI with a target. */
export function reviewKpis(plan: Pick<Plan, 'actions'>): StepReview {
  const measured = plan.actions.filter((action) => action.kpis.some((kpi) => !isBlank(kpi.target))).length;
  const state = measured === 0 ? 'notStarted' : measured === plan.actions.length ? 'complete' : 'inProgress';
  return { progress: { step: 'kpis', state, missing: state === 'complete' ? [] : ['kpiTargets'] }, warnings: [] };
}
