import { swotQuadrants, type Plan } from '../plan';
import { isBlank, stateFrom, type CoachWarning, missingIf, type MissingKey, type StepReview } from './types';

/** Complete when each SWOT quadrant has an item and at least one competitor is named. */
export function reviewDiagnostic(plan: Pick<Plan, 'swot' | 'competitors'>): StepReview {
  const emptyQuadrants = swotQuadrants.filter(
    (quadrant) => !plan.swot.some((item) => item.quadrant === quadrant && !isBlank(item.text)),
  );
  const namedCompetitors = plan.competitors.filter((competitor) => !isBlank(competitor.name));
  const done = swotQuadrants.length - emptyQuadrants.length + (namedCompetitors.length > 0 ? 1 : 0);

  // Blank rows just added do not count as a start: no warning until something is written.
  const warnings: CoachWarning[] = [];
  if (done > 0) {
    for (const quadrant of emptyQuadrants) {
      warnings.push({ step: 'diagnostic', code: 'swotQuadrantEmpty', severity: 'info', params: { quadrant } });
    }
    if (namedCompetitors.length === 0) warnings.push({ step: 'diagnostic', code: 'noCompetitor', severity: 'info' });
  }
  const missing: MissingKey[] = [...missingIf(emptyQuadrants.length > 0, 'swot'), ...missingIf(namedCompetitors.length === 0, 'competitors')];
  return { progress: { step: 'diagnostic', state: stateFrom(done, swotQuadrants.length + 1), missing }, warnings };
}
