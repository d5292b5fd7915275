import type { Objective, Plan } from '../plan';
import { isBlank, type CoachWarning, type StepReview } from './types';

export type MeasureGap = 'indicator' | 'target' | 'deadline';

/**
 * What keeps an objective from being measurable (SMART): an indicator, a target value, a deadline.
 * The starting value is not required: a new business or a new indicator often starts from nothing.
 */
export function objectiveGaps(objective: Objective): MeasureGap[] {
  const gaps: MeasureGap[] = [];
  if (isBlank(objective.indicator)) gaps.push('indicator');
  if (isBlank(objective.target)) gaps.push('target');
  if (isBlank(objective.deadline)) gaps.push('deadline');
  return gaps;
}

export const isMeasurable = (objective: Objective): boolean => objectiveGaps(objective).length === 0;

export function reviewObjectives(plan: Pick<Plan, 'objectives'>): StepReview {
  const warnings: CoachWarning[] = [];
  if (plan.objectives.length === 0) {
    warnings.push({ step: 'objectives', code: 'noObjective', severity: 'warning' });
    return { progress: { step: 'objectives', state: 'notStarted', missing: ['objectives'] }, warnings };
  }
  for (const objective of plan.objectives) {
    const gaps = objectiveGaps(objective);
    if (gaps.length > 0) {
      warnings.push({
        step: 'objectives',
        code: 'objectiveNotMeasurable',
        severity: 'warning',
        // The missing parts travel as keys; wording.ts translates them.
        params: { title: objective.title.trim() || '…', missing: gaps.join(',') },
        itemId: objective.id,
      });
    }
  }
  const complete = warnings.length === 0;
  return {
    progress: { step: 'objectives', state: complete ? 'complete' : 'inProgress', missing: complete ? [] : ['measurableObjectives'] },
    warnings,
  };
}
