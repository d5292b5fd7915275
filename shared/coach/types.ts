import type { StepId } from '../steps';

export type StepState = 'notStarted' | 'inProgress' | 'complete';

/** What a step still lacks, as catalogue keys (coach.missing.<key>) the UI words. */
export interface StepProgress {
  step: StepId;
  state: StepState;
  missing: string[];
}

export type Severity = 'warning' | 'info';

/**
 * A coaching remark as data: the sentence is warnings.<code> in the catalogues, so the screen, the
 * CLI and the PDF say the same thing. `itemId` points at the item concerned, when there is one.
 */
export interface CoachWarning {
  step: StepId;
  code: string;
  severity: Severity;
  params?: Record<string, string | number>;
  itemId?: string;
}

export interface StepReview {
  progress: StepProgress;
  warnings: CoachWarning[];
}

export const stateFrom = (done: number, total: number): StepState =>
  done === 0 ? 'notStarted' : done >= total ? 'complete' : 'inProgress';

export const isBlank = (text: string): boolean => text.trim() === '';
