import { describe, expect, it } from 'vitest';
import { reviewDiagnostic } from '../../../shared/coach/diagnostic';
import { swotQuadrants, type Competitor, type SwotItem } from '../../../shared/plan';

type Quadrant = SwotItem['quadrant'];

const item = (quadrant: Quadrant, text: string, id = `swot-${quadrant}`): SwotItem => ({ id, quadrant, text });

const competitor = (name: string, id = 'comp-1'): Competitor => ({
  id,
  name,
  positioning: '',
  addedValue: '',
  strengths: '',
  weaknesses: '',
  priceLevel: 'unknown',
  keepsPromise: 'unknown',
  notes: '',
});

const fullSwot = (): SwotItem[] => [
  item('strength', 'Clientèle fidèle'),
  item('weakness', 'Pas de site internet'),
  item('opportunity', 'Nouveau quartier à 500 m'),
  item('threat', 'Une chaîne s’installe dans la rue'),
];

const quadrantsWarnedOf = (review: ReturnType<typeof reviewDiagnostic>) =>
  review.warnings.filter((warning) => warning.code === 'swotQuadrantEmpty').map((warning) => warning.params?.quadrant);

describe('reviewDiagnostic', () => {
  it('is notStarted on an empty diagnostic, lacks both parts, and says nothing yet', () => {
    const review = reviewDiagnostic({ swot: [], competitors: [] });
    expect(review.progress).toEqual({ step: 'diagnostic', state: 'notStarted', missing: ['swot', 'competitors'] });
    expect(review.warnings).toEqual([]);
  });

  it('once started, names each empty quadrant (by key, for the catalogue to word) and the missing competitor', () => {
    const review = reviewDiagnostic({ swot: [item('strength', 'Savoir-faire reconnu')], competitors: [] });
    expect(review.warnings).toEqual([
      { step: 'diagnostic', code: 'swotQuadrantEmpty', severity: 'info', params: { quadrant: 'weakness' } },
      { step: 'diagnostic', code: 'swotQuadrantEmpty', severity: 'info', params: { quadrant: 'opportunity' } },
      { step: 'diagnostic', code: 'swotQuadrantEmpty', severity: 'info', params: { quadrant: 'threat' } },
      { step: 'diagnostic', code: 'noCompetitor', severity: 'info' },
    ]);
    expect(review.progress.state).toBe('inProgress');
    expect(review.progress.missing).toEqual(['swot', 'competitors']);
  });

  it.each(swotQuadrants)('flags the %s quadrant alone when it is the only empty one', (empty) => {
    const review = reviewDiagnostic({
      swot: fullSwot().filter((entry) => entry.quadrant !== empty),
      competitors: [competitor('Pains & Co')],
    });
    expect(quadrantsWarnedOf(review)).toEqual([empty]);
    expect(review.warnings.map((warning) => warning.code)).not.toContain('noCompetitor');
    expect(review.progress).toEqual({ step: 'diagnostic', state: 'inProgress', missing: ['swot'] });
  });

  it('stays notStarted and silent while the only rows are blank ones just added', () => {
    const review = reviewDiagnostic({ swot: [item('strength', '  ')], competitors: [competitor('', 'comp-blank')] });
    expect(review.progress.state).toBe('notStarted');
    expect(review.warnings).toEqual([]);
  });

  it('does not count an item with blank text as filling its quadrant', () => {
    const swot = [...fullSwot().filter((entry) => entry.quadrant !== 'threat'), item('threat', '  \n\t ')];
    const review = reviewDiagnostic({ swot, competitors: [competitor('Pains & Co')] });
    expect(quadrantsWarnedOf(review)).toEqual(['threat']);
    expect(review.progress.missing).toEqual(['swot']);
  });

  it('counts a quadrant as filled when one of its several items has text', () => {
    const swot = [...fullSwot(), item('threat', '', 'swot-blank')];
    const review = reviewDiagnostic({ swot, competitors: [competitor('Pains & Co')] });
    expect(quadrantsWarnedOf(review)).toEqual([]);
    expect(review.progress.state).toBe('complete');
  });

  it('a competitor row without a name is not a competitor', () => {
    const review = reviewDiagnostic({ swot: fullSwot(), competitors: [competitor('   ', 'comp-blank')] });
    expect(review.warnings).toEqual([{ step: 'diagnostic', code: 'noCompetitor', severity: 'info' }]);
    expect(review.progress).toEqual({ step: 'diagnostic', state: 'inProgress', missing: ['competitors'] });
  });

  it('a named competitor alone starts the step and leaves the four quadrants to fill', () => {
    const review = reviewDiagnostic({ swot: [], competitors: [competitor('Pains & Co')] });
    expect(quadrantsWarnedOf(review)).toEqual([...swotQuadrants]);
    expect(review.progress).toEqual({ step: 'diagnostic', state: 'inProgress', missing: ['swot'] });
  });

  it('is complete, with nothing missing and no warning, with four quadrants and a named competitor', () => {
    const review = reviewDiagnostic({
      swot: fullSwot(),
      competitors: [competitor('', 'comp-blank'), competitor('Pains & Co', 'comp-named')],
    });
    expect(review).toEqual({ progress: { step: 'diagnostic', state: 'complete', missing: [] }, warnings: [] });
  });
});
