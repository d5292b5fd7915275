import { selfCheckQuestions, type Plan, type Positioning } from '../plan';
import { describesEveryone } from './everyone';
import { isBlank, stateFrom, type CoachWarning, missingIf, type MissingKey, type StepReview } from './types';

export const positioningElements = ['target', 'marketDefinition', 'promise', 'reasonToBelieve'] as const;

export type SelfCheckVerdict = 'incomplete' | 'solid' | 'toStrengthen' | 'toRethink';

/**
 * The ten yes/no questions: a large majority of "yes" means the positioning holds (8 or more: solid);
 * below a majority (fewer than 6) it is to rethink, in between it is a base to strengthen.
 */
export function scoreSelfCheck(positioning: Positioning) {
  const answers = selfCheckQuestions.map((question) => positioning.selfCheck[question]);
  const yes = answers.filter((answer) => answer === true).length;
  const answered = answers.filter((answer) => answer !== undefined).length;
  const total = selfCheckQuestions.length;
  const verdict: SelfCheckVerdict =
    answered < total ? 'incomplete' : yes >= 8 ? 'solid' : yes >= 6 ? 'toStrengthen' : 'toRethink';
  return { yes, answered, total, verdict };
}

/** The statement's parts, trimmed; null where the user has not written that part yet. */
export function statementParts(positioning: Positioning, brand: string) {
  const part = (text: string) => (isBlank(text) ? null : text.trim());
  return {
    target: part(positioning.target),
    brand: part(brand),
    category: part(positioning.marketDefinition),
    benefit: part(positioning.promise),
    proof: part(positioning.reasonToBelieve),
  };
}

export function reviewPositioning(plan: Pick<Plan, 'positioning'>): StepReview {
  const { positioning } = plan;
  const filled = positioningElements.filter((element) => !isBlank(positioning[element])).length;
  const score = scoreSelfCheck(positioning);
  const warnings: CoachWarning[] = [];
  if (filled > 0 && filled < positioningElements.length) {
    warnings.push({ step: 'positioning', code: 'positioningIncomplete', severity: 'info' });
  }
  if (describesEveryone(positioning.target)) {
    warnings.push({ step: 'positioning', code: 'positioningEveryone', severity: 'warning' });
  }
  if (score.verdict === 'toRethink') {
    warnings.push({ step: 'positioning', code: 'positioningWeak', severity: 'warning', params: { yes: score.yes, total: score.total } });
  }
  const missing: MissingKey[] = [
    ...missingIf(filled < positioningElements.length, 'positioningElements'),
    ...missingIf(score.answered < score.total, 'selfCheck'),
    // A positioning aimed at everyone, or failing its own test, is not finished even when every box is filled.
    ...missingIf(warnings.some((warning) => warning.code === 'positioningEveryone'), 'preciseTarget'),
    ...missingIf(score.verdict === 'toRethink', 'strongerPositioning'),
  ];
  const state =
    missing.length > 0 && filled + score.answered === positioningElements.length + score.total
      ? 'inProgress'
      : stateFrom(filled + score.answered, positioningElements.length + score.total);
  return { progress: { step: 'positioning', state, missing }, warnings };
}
