import type { Plan, Segment } from '../plan';
import { describesEveryone } from './everyone';
import { isBlank, warningAt, type CoachWarning, missingIf, type MissingKey, type StepReview } from './types';

const warningFor = warningAt('targets');

const segmentTexts = (segment: Segment): string[] => [segment.name, segment.description, ...Object.values(segment.criteria)];

/** A core target counts only once it says who it is. */
const isDescribedCore = (segment: Segment) =>
  segment.role === 'core' && !(isBlank(segment.name) && isBlank(segment.description));

export function reviewTargets(plan: Pick<Plan, 'segments' | 'personas'>): StepReview {
  const warnings: CoachWarning[] = [];

  if (plan.segments.length === 0) {
    warnings.push(warningFor('noSegment', 'warning'));
    return { progress: { step: 'targets', state: 'notStarted', missing: ['segments', 'coreTarget'] }, warnings };
  }
  const cores = plan.segments.filter(isDescribedCore);
  if (cores.length === 0) warnings.push(warningFor('noCoreTarget', 'warning'));
  if (cores.length > 1) warnings.push(warningFor('severalCoreTargets', 'info', { count: cores.length }));
  for (const segment of plan.segments) {
    if (segmentTexts(segment).some(describesEveryone)) {
      warnings.push(warningFor('everyoneTarget', 'warning', { name: segment.name.trim() || '…' }, segment.id));
    }
  }
  const withoutPersona = cores.filter((core) => !plan.personas.some((persona) => persona.segmentId === core.id));
  for (const core of withoutPersona) warnings.push(warningFor('coreWithoutPersona', 'info', { name: core.name.trim() || '…' }, core.id));

  const everyone = warnings.some((warning) => warning.code === 'everyoneTarget');
  const missing: MissingKey[] = [
    ...missingIf(cores.length === 0, 'coreTarget'),
    ...missingIf(cores.length === 0 || withoutPersona.length > 0, 'persona'),
    ...missingIf(everyone, 'preciseTarget'),
  ];
  return { progress: { step: 'targets', state: missing.length === 0 ? 'complete' : 'inProgress', missing }, warnings };
}
