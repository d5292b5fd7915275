import type { CompanyProfile, Plan } from '../plan';
import { countForecastMonths } from '../compute/revenue';
import type { StepId } from '../steps';
import { reviewBudget, reviewCalendar, reviewKpis, reviewPromotion } from './actions';
import { reviewDiagnostic } from './diagnostic';
import { reviewDistribution } from './distribution';
import { reviewOffer } from './offer';
import { reviewObjectives } from './objectives';
import { reviewPositioning } from './positioning';
import { reviewTargets } from './targets';
import { stateFrom, type CoachWarning, type StepProgress, type StepReview } from './types';

export type { StepProgress, StepState, CoachWarning, StepReview } from './types';

export function companyProgress(company: CompanyProfile): StepProgress {
  const checks: [string, boolean][] = [
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

/** Completeness and warnings of every step that has rules today, in the method's order. */
export function reviewPlan(plan: Plan): Partial<Record<StepId, StepReview>> {
  const promotion = reviewPromotion(plan);
  return {
    company: { progress: companyProgress(plan.company), warnings: [] },
    diagnostic: reviewDiagnostic(plan),
    objectives: reviewObjectives(plan),
    targets: reviewTargets(plan),
    positioning: reviewPositioning(plan),
    offer: reviewOffer(plan),
    promotion,
    distribution: reviewDistribution(plan),
    budget: reviewBudget(plan),
    kpis: reviewKpis(plan),
    calendar: reviewCalendar(plan),
    // The summary only shows the action plan: it is ready when the actions are.
    summary: { progress: { ...promotion.progress, step: 'summary' }, warnings: [] },
  };
}

export function planProgress(plan: Plan): Partial<Record<StepId, StepProgress>> {
  return Object.fromEntries(Object.entries(reviewPlan(plan)).map(([step, review]) => [step, review.progress]));
}

export function planWarnings(plan: Plan): CoachWarning[] {
  return Object.values(reviewPlan(plan)).flatMap((review) => review.warnings);
}
