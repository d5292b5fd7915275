import { defaultAsOf, kpiIndicator, objectiveIndicator } from '../compute/indicators';
import type { SteeringReport } from '../compute/steering';
import { formatEuros, formatPercent } from '../money';
import type { Plan } from '../plan';
import { warningAt, type CoachWarning, type StepReview } from './types';

const warn = warningAt('pilotage');

/**
 * A category is over budget once it has spent 5 % more than planned to date: an invoice a few euros
 * above its quote is not worth an alert, a campaign that runs away is.
 */
const OVER_BUDGET_BASIS_POINTS = 500;

/** An objective due within this many days while less than half-way is worth a word: there is still time to act. */
const DEADLINE_NEAR_DAYS = 45;
const FAR_FROM_TARGET_BASIS_POINTS = 5_000;

/** The « Date du point »: the one the owner chose, else today within the plan's year, else its last day. */
export const steeringAsOf = (plan: Pick<Plan, 'steering' | 'company'>, today?: Date): string => plan.steering.asOf || defaultAsOf(plan.company.planYear, today);

/** The last day of the month before the as-of date's, in the plan's year; null in January. */
function endOfPreviousMonth(asOf: string): string | null {
  const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  if (month === 1) return null;
  const last = new Date(Date.UTC(year, month - 1, 0)).getUTCDate();
  return `${year}-${String(month - 1).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Months gone by at the date: those before its month, and its own once it is the month's last day. */
function monthsGoneBy(report: SteeringReport): number {
  const { asOf, monthsToDate } = report;
  if (monthsToDate === 0 || monthsToDate === 12) return monthsToDate;
  const [year, month, day] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), Number(asOf.slice(8, 10))];
  return day === new Date(Date.UTC(year, month, 0)).getUTCDate() ? monthsToDate : monthsToDate - 1;
}

/** Actions that planned spending in months gone by and have nothing typed for one of them. */
function actionsMissingActuals(report: SteeringReport): { actionId: string; title: string; months: number[] }[] {
  const gone = monthsGoneBy(report);
  return report.byAction.flatMap((line) => {
    const months = line.plannedMonthsCents.slice(0, gone).flatMap((cents, index) => (cents > 0 && !line.actualTyped[index] ? [index + 1] : []));
    return months.length === 0 ? [] : [{ actionId: line.actionId, title: line.title, months }];
  });
}

/**
 * « Pilotage »: what the year's spend and indicators say at the « Date du point ». Complete when every
 * action that planned spending in the months gone by has its actual spend typed for them; warnings
 * for a category over budget, an action with no actual spend, an indicator late two months running,
 * an objective due soon while far from its target.
 */
export function reviewSteering(plan: Pick<Plan, 'actions' | 'objectives' | 'company'>, report: SteeringReport): StepReview {
  const year = plan.company.planYear;
  const typed = plan.actions.some((action) => action.actualSpendCents.some((cents) => cents !== null));
  const missing = actionsMissingActuals(report);
  const warnings: CoachWarning[] = [];
  for (const line of report.byCategory) {
    const tolerated = line.plannedToDateCents + Math.floor((line.plannedToDateCents * OVER_BUDGET_BASIS_POINTS) / 10_000);
    if (line.actualToDateCents > tolerated && line.actualMonthsCents.some((cents) => cents > 0)) {
      warnings.push(warn('categoryOverBudget', 'warning', { category: line.category, actual: formatEuros(line.actualToDateCents), planned: formatEuros(line.plannedToDateCents) }));
    }
  }
  for (const { actionId, title, months } of missing) warnings.push(warn('actionWithoutActuals', 'warning', { title: title.trim() || '…', months: months.join(',') }, actionId));
  const previous = endOfPreviousMonth(report.asOf);
  for (const action of plan.actions) {
    for (const kpi of action.kpis) {
      if (previous && kpiIndicator(kpi, year, report.asOf).status === 'late' && kpiIndicator(kpi, year, previous).status === 'late') {
        warnings.push(warn('kpiLateTwice', 'warning', { name: kpi.name.trim() || '…' }, action.id));
      }
    }
  }
  for (const objective of plan.objectives) {
    if (!objective.deadline) continue;
    const days = daysBetween(report.asOf, objective.deadline);
    const progress = objectiveIndicator(objective, year, report.asOf).progressBasisPoints;
    if (days >= 0 && days <= DEADLINE_NEAR_DAYS && progress !== null && progress < FAR_FROM_TARGET_BASIS_POINTS) {
      warnings.push(warn('objectiveDeadlineNear', 'warning', { title: objective.title.trim() || '…', days, progress: formatPercent(Math.max(progress, 0)) }, objective.id));
    }
  }
  const state = !typed ? 'notStarted' : missing.length === 0 ? 'complete' : 'inProgress';
  return { progress: { step: 'pilotage', state, missing: missing.length === 0 ? [] : ['actualsToDate'] }, warnings };
}
