import type { CompanyProfile, Plan } from '../plan';
import { countForecastMonths } from '../compute/revenue';
import type { StepId } from '../steps';
import { computeBudget, type BudgetSummary } from '../compute/budget';
import { reviewBudget, reviewCalendar, reviewKpis, reviewPromotion, reviewSummary } from './actions';
import { reviewCustomers } from './customers';
import { reviewAccounts } from './accounts';
import { journeyWarnings } from './journey';
import { pipelineReport, type PipelineReport } from '../compute/pipeline';
import { reviewSteering, steeringAsOf } from './steering';
import { steeringReport, type SteeringReport } from '../compute/steering';
import { reviewDiagnostic } from './diagnostic';
import { reviewDistribution } from './distribution';
import { reviewOffer } from './offer';
import { reviewObjectives } from './objectives';
import { reviewPositioning } from './positioning';
import { reviewTargets } from './targets';
import { stateFrom, type CoachWarning, type MissingKey, type StepProgress, type StepReview } from './types';

export type { StepProgress, StepState, CoachWarning, StepReview } from './types';

export function companyProgress(company: CompanyProfile): StepProgress {
  const checks: [MissingKey, boolean][] = [
    ['companyName', company.name.trim() !== ''],
    ['activity', company.activity.trim() !== ''],
    ['location', company.location.trim() !== ''],
    ['staff', company.staff !== null],
    ['currentRevenue', company.currentRevenueCents !== null],
    ['revenueForecast', countForecastMonths(company) === 12],
  ];
  const missing = checks.filter(([, done]) => !done).map(([key]) => key);
  return { step: 'company', state: stateFrom(checks.length - missing.length, checks.length), missing };
}

/**
 * Completeness and warnings of every step, in the method's order; `budget` saves computing it again.
 * The « Pilotage » step is read at `asOf`, by default the plan's « Date du point »; `pipeline`, the
 * plan report's, saves computing it again too.
 */
export function reviewPlan(
  plan: Plan,
  budget: BudgetSummary = computeBudget(plan),
  asOf: string = steeringAsOf(plan),
  steering: SteeringReport = steeringReport(plan, budget, asOf),
  pipeline: PipelineReport = pipelineReport(plan),
): Record<StepId, StepReview> {
  const actions = reviewPromotion(plan);
  const promotion = { ...actions, warnings: [...actions.warnings, ...journeyWarnings(plan)] };
  const actionPlan = { promotion, budget: reviewBudget(plan, budget), kpis: reviewKpis(plan), calendar: reviewCalendar(plan) };
  return {
    company: { progress: companyProgress(plan.company), warnings: [] },
    diagnostic: reviewDiagnostic(plan),
    customers: reviewCustomers(plan),
    objectives: reviewObjectives(plan),
    targets: reviewTargets(plan),
    accounts: reviewAccounts(plan, pipeline),
    positioning: reviewPositioning(plan),
    offer: reviewOffer(plan),
    promotion,
    distribution: reviewDistribution(plan),
    budget: actionPlan.budget,
    kpis: actionPlan.kpis,
    calendar: actionPlan.calendar,
    summary: reviewSummary(actionPlan),
    pilotage: reviewSteering(plan, steering),
  };
}

export function planProgress(plan: Plan): Partial<Record<StepId, StepProgress>> {
  return Object.fromEntries(Object.entries(reviewPlan(plan)).map(([step, review]) => [step, review.progress]));
}

export function planWarnings(plan: Plan): CoachWarning[] {
  return Object.values(reviewPlan(plan)).flatMap((review) => review.warnings);
}
