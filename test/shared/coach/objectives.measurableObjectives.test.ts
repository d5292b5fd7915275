import { describe, expect, it } from 'vitest';
import { isMeasurable, objectiveGaps, reviewObjectives } from '../../../shared/coach/objectives';
import type { Objective } from '../../../shared/plan';

/** A SMART objective: indicator, baseline, target value and deadline all given. */
function measurable(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj-1',
    title: 'Doubler les visites de notre page boutique',
    family: 'awareness',
    indicator: 'Visites mensuelles de la page boutique',
    baseline: '300',
    target: '600',
    unit: 'visites',
    deadline: '2027-06-30',
    notes: '',
    ...overrides,
  };
}

/** The vague wish the method warns about: a title and nothing to measure it by. */
const vague = (overrides: Partial<Objective> = {}): Objective =>
  measurable({ id: 'obj-vague', title: 'Être plus connu', indicator: '', baseline: '', target: '', unit: '', deadline: '', ...overrides });

describe('objectiveGaps', () => {
  it('finds nothing missing in a SMART objective', () => {
    expect(objectiveGaps(measurable())).toEqual([]);
    expect(isMeasurable(measurable())).toBe(true);
  });

  it.each([
    ['indicator', { indicator: '' }],
    ['target', { target: '' }],
    ['deadline', { deadline: '' }],
  ] as const)('reports a missing %s on its own', (gap, change) => {
    expect(objectiveGaps(measurable(change))).toEqual([gap]);
    expect(isMeasurable(measurable(change))).toBe(false);
  });

  it('counts whitespace as missing', () => {
    expect(objectiveGaps(measurable({ indicator: '   ', target: '\t\n' }))).toEqual(['indicator', 'target']);
  });

  it('lists every gap, in the order indicator, target, deadline', () => {
    expect(objectiveGaps(vague())).toEqual(['indicator', 'target', 'deadline']);
  });

  it('accepts a target of zero (a value, not a blank)', () => {
    expect(objectiveGaps(measurable({ target: '0' }))).toEqual([]);
  });
});

describe('reviewObjectives', () => {
  it('warns that there is no objective and stays notStarted when the list is empty', () => {
    expect(reviewObjectives({ objectives: [] })).toEqual({
      progress: { step: 'objectives', state: 'notStarted', missing: ['objectives'] },
      warnings: [{ step: 'objectives', code: 'noObjective', severity: 'warning' }],
    });
  });

  it('flags the vague "Être plus connu" with its id, its title and all three missing parts', () => {
    const review = reviewObjectives({ objectives: [vague()] });
    expect(review.warnings).toEqual([
      {
        step: 'objectives',
        code: 'objectiveNotMeasurable',
        severity: 'warning',
        params: { title: 'Être plus connu', missing: 'indicator,target,deadline' },
        itemId: 'obj-vague',
      },
    ]);
    expect(review.progress).toEqual({ step: 'objectives', state: 'inProgress', missing: ['measurableObjectives'] });
  });

  it('does not flag the same ambition once reworded with a measure', () => {
    const reworded = measurable({
      id: 'obj-vague',
      title: 'Doubler les visites mensuelles de notre page boutique d’ici juin',
    });
    expect(reviewObjectives({ objectives: [reworded] })).toEqual({
      progress: { step: 'objectives', state: 'complete', missing: [] },
      warnings: [],
    });
  });

  it('gives one warning per unmeasurable objective, naming only what each one lacks', () => {
    const review = reviewObjectives({
      objectives: [
        measurable({ id: 'obj-a', title: 'Gagner des clients le midi', deadline: '' }),
        measurable({ id: 'obj-ok' }),
        measurable({ id: 'obj-b', title: 'Fidéliser les habitués', indicator: ' ', target: '' }),
      ],
    });
    expect(review.warnings.map((warning) => [warning.itemId, warning.params])).toEqual([
      ['obj-a', { title: 'Gagner des clients le midi', missing: 'deadline' }],
      ['obj-b', { title: 'Fidéliser les habitués', missing: 'indicator,target' }],
    ]);
    expect(review.progress.state).toBe('inProgress');
  });

  it('trims the title it reports, and stands in "…" for an untitled objective', () => {
    const review = reviewObjectives({
      objectives: [measurable({ id: 'obj-a', title: '  Se faire connaître  ', target: '' }), measurable({ id: 'obj-b', title: '   ', target: '' })],
    });
    expect(review.warnings.map((warning) => (warning.params as { title?: string } | undefined)?.title)).toEqual(['Se faire connaître', '…']);
  });

  it('is complete only when every objective is measurable', () => {
    const objectives = [measurable({ id: 'obj-a' }), measurable({ id: 'obj-b', title: 'Augmenter le panier moyen' })];
    expect(reviewObjectives({ objectives }).progress.state).toBe('complete');
    const oneGap = [...objectives, measurable({ id: 'obj-c', indicator: '' })];
    expect(reviewObjectives({ objectives: oneGap }).progress).toEqual({
      step: 'objectives',
      state: 'inProgress',
      missing: ['measurableObjectives'],
    });
  });
});
