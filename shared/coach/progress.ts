import type { CompanyProfile, Plan } from '../plan';
import { countForecastMonths } from '../compute/revenue';
import type { StepId } from '../steps';

export type StepState = 'notStarted' | 'inProgress' | 'complete';

/** What a step still lacks, as catalogue keys (coach.missing.<key>) the UI words. */
export interface StepProgress {
  step: StepId;
  state: StepState;
  missing: string[];
}

const stateFrom = (filled: number, total: number): StepState =>
  filled === 0 ? 'notStarted' : filled === total ? 'complete' : 'inProgress';

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

/** Progress of every step that has rules today; later issues add theirs here. */
export function planProgress(plan: Plan): Partial<Record<StepId, StepProgress>> {
  return { company: companyProgress(plan.company) };
}
