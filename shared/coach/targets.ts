import type { Plan, Segment } from '../plan';
import { describesEveryone } from './everyone';
import { isBlank, type CoachWarning, type StepReview } from './types';

const segmentTexts = (segment: Segment): string[] => [segment.name, segment.description, ...Object.values(segment.criteria)];

/** A core target counts only once it says who it is. */
const isDescribedCore = (segment: Segment) =>
  segment.role === 'core' && !(isBlank(segment.name) && isBlank(segment.description));

export function reviewTargets(plan: Pick<Plan, 'segments' | 'personas'>): StepReview {
  const warnings: CoachWarning[] = [];
  const add = (code: string, severity: CoachWarning['severity'], params?: CoachWarning['params'], itemId?: string) =>
    warnings.push({ step: 'targets', code, severity, ...(params && { params }), ...(itemId && { itemId }) });

  if (plan.segments.length === 0) {
    add('noSegment', 'warning');
    return { progress: { step: 'targets', state: 'notStarted', missing: ['segments', 'coreTarget'] }, warnings };
  }
  const cores = plan.segments.filter(isDescribedCore);
  if (cores.length === 0) add('noCoreTarget', 'warning');
  if (cores.length > 1) add('severalCoreTargets', 'info', { count: cores.length });
  for (const segment of plan.segments) {
    if (segmentTexts(segment).some(describesEveryone)) {
      add('everyoneTarget', 'warning', { name: segment.name.trim() || '…' }, segment.id);
    }
  }
  const withoutPersona = cores.filter((core) => !plan.personas.some((persona) => persona.segmentId === core.id));
  for (const core of withoutPersona) add('coreWithoutPersona', 'info', { name: core.name.trim() || '…' }, core.id);

  const everyone = warnings.some((warning) => warning.code === 'everyoneTarget');
  const missing = [
    ...(cores.length === 0 ? ['coreTarget'] : []),
    ...(cores.length === 0 || withoutPersona.length > 0 ? ['persona'] : []),
    ...(everyone ? ['preciseTarget'] : []),
  ];
  return { progress: { step: 'targets', state: missing.length === 0 ? 'complete' : 'inProgress', missing }, warnings };
}
