import { swotQuadrants, type Plan } from '../plan';
import { isBlank, stateFrom, type CoachWarning, type StepReview } from './types';

/** Complete when each SWOT quadrant has an item and at least one competitor is named. */
export function reviewDiagnostic(plan: Pick<Plan, 'swot' | 'competitors'>): StepReview {
  const emptyQuadrants = swotQuadrants.filter(
    (quadrant) => !plan.swot.some((item) => item.quadrant === quadrant && !isBlank(item.text)),
  );
  const namedCompetitors = plan.competitors.filter((competitor) => !isBlank(competitor.name));
  const started = plan.swot.length > 0 || plan.competitors.length > 0;

  const warnings: CoachWarning[] = [];
  if (started) {
    for (const quadrant of emptyQuadrants) {
      warnings.push({ step: 'diagnostic', code: 'swotQuadrantEmpty', severity: 'info', params: { quadrant } });
    }
    if (namedCompetitors.length === 0) warnings.push({ step: 'diagnostic', code: 'noCompetitor', severity: 'info' });
  }
  const missing = [...(emptyQuadrants.length > 0 ? ['swot'] : []), ...(namedCompetitors.length === 0 ? ['competitors'] : [])];
  const done = swotQuadrants.length - emptyQuadrants.length + (namedCompetitors.length > 0 ? 1 : 0);
  return { progress: { step: 'diagnostic', state: stateFrom(done, swotQuadrants.length + 1), missing }, warnings };
}
