import { describe, expect, it } from 'vitest';
import { reviewTargets } from '../../../shared/coach/targets';
import type { Persona, Segment } from '../../../shared/plan';

function segment(overrides: Partial<Segment> = {}): Segment {
  return {
    id: 'seg-core',
    name: 'Salariés du quartier',
    role: 'core',
    criteria: { âge: '25-50 ans', lieu: 'Lyon 7e' },
    estimatedSize: '3 000',
    priority: 1,
    description: 'Déjeunent sur le pouce',
    ...overrides,
  };
}

function persona(segmentId: string | null, id = `pers-${segmentId ?? 'none'}`): Persona {
  return {
    id,
    segmentId,
    name: 'Julie',
    age: '34 ans',
    situation: 'Cadre, bureau à 5 minutes',
    needs: 'Déjeuner rapide',
    frustrations: 'Files d’attente',
    habits: 'Commande sur son téléphone',
    quote: '',
  };
}

const codes = (review: ReturnType<typeof reviewTargets>) => review.warnings.map((warning) => warning.code);
const everyoneWarnings = (review: ReturnType<typeof reviewTargets>) =>
  review.warnings.filter((warning) => warning.code === 'everyoneTarget');

describe('reviewTargets: segments and the core target', () => {
  it('warns that there is no segment and stays notStarted with nothing described', () => {
    expect(reviewTargets({ segments: [], personas: [] })).toEqual({
      progress: { step: 'targets', state: 'notStarted', missing: ['segments', 'coreTarget'] },
      warnings: [{ step: 'targets', code: 'noSegment', severity: 'warning' }],
    });
  });

  it('warns when no segment is the core target', () => {
    const review = reviewTargets({ segments: [segment({ role: 'secondary' })], personas: [persona('seg-core')] });
    expect(review.warnings).toEqual([{ step: 'targets', code: 'noCoreTarget', severity: 'warning' }]);
    expect(review.progress).toEqual({ step: 'targets', state: 'inProgress', missing: ['coreTarget', 'persona'] });
  });

  it('does not count a core segment with neither name nor description', () => {
    const blankCore = segment({ id: 'seg-blank', name: '  ', description: '\n' });
    const review = reviewTargets({ segments: [blankCore], personas: [persona('seg-blank')] });
    expect(codes(review)).toEqual(['noCoreTarget']);
    expect(review.progress.missing).toEqual(['coreTarget', 'persona']);
  });

  it.each([
    ['a name only', { description: '' }],
    ['a description only', { name: '' }],
  ])('counts a core segment described by %s', (_label, change) => {
    const review = reviewTargets({ segments: [segment(change)], personas: [persona('seg-core')] });
    expect(codes(review)).not.toContain('noCoreTarget');
    expect(review.progress.state).toBe('complete');
  });

  it('says how many segments are marked core when there are several, but does not count a blank one', () => {
    const review = reviewTargets({
      segments: [
        segment({ id: 'seg-a' }),
        segment({ id: 'seg-b', name: 'Familles du quartier' }),
        segment({ id: 'seg-blank', name: '', description: '' }),
      ],
      personas: [persona('seg-a'), persona('seg-b')],
    });
    expect(review.warnings).toEqual([{ step: 'targets', code: 'severalCoreTargets', severity: 'info', params: { count: 2 } }]);
  });

  it('asks for a persona for each core target that has none, naming it', () => {
    const review = reviewTargets({
      segments: [segment({ id: 'seg-a', name: 'Salariés du quartier' }), segment({ id: 'seg-b', name: '  Familles  ' })],
      personas: [persona('seg-a')],
    });
    expect(review.warnings).toContainEqual({
      step: 'targets',
      code: 'coreWithoutPersona',
      severity: 'info',
      params: { name: 'Familles' },
      itemId: 'seg-b',
    });
    expect(review.warnings.filter((warning) => warning.code === 'coreWithoutPersona')).toHaveLength(1);
    expect(review.progress).toEqual({ step: 'targets', state: 'inProgress', missing: ['persona'] });
  });

  it('does not accept a persona of another segment, or of none, for the core target', () => {
    const review = reviewTargets({
      segments: [segment(), segment({ id: 'seg-second', role: 'secondary', name: 'Touristes' })],
      personas: [persona('seg-second'), persona(null)],
    });
    expect(codes(review)).toEqual(['coreWithoutPersona']);
    expect(review.progress.state).toBe('inProgress');
  });

  it('is complete with a described core target, its persona and no "everyone" segment', () => {
    const review = reviewTargets({
      segments: [segment(), segment({ id: 'seg-second', role: 'prescriber', name: 'Comités d’entreprise', description: '' })],
      personas: [persona('seg-core')],
    });
    expect(review).toEqual({ progress: { step: 'targets', state: 'complete', missing: [] }, warnings: [] });
  });
});

describe('reviewTargets: "everyone" is not a target', () => {
  it.each(['tout le monde', 'Tout le monde', 'de 7 à 77 ans', '7 à 77 ans', 'tous publics', 'grand public', 'everyone'])(
    'warns when the segment name says %j',
    (name) => {
      const review = reviewTargets({ segments: [segment({ name, description: '' })], personas: [persona('seg-core')] });
      expect(everyoneWarnings(review)).toEqual([
        { step: 'targets', code: 'everyoneTarget', severity: 'warning', params: { name }, itemId: 'seg-core' },
      ]);
    },
  );

  it('is in progress, with a precise target to write, when the core target and its persona are there but it means "everyone"', () => {
    const review = reviewTargets({ segments: [segment({ name: 'Tout le monde' })], personas: [persona('seg-core')] });
    expect(review.progress).toEqual({ step: 'targets', state: 'inProgress', missing: ['preciseTarget'] });
  });

  it.each(['Tout le monde', 'de 7 à 77 ans', 'grand public'])('warns when the description says %j', (description) => {
    const review = reviewTargets({
      segments: [segment({ name: 'Nos clients', description: `En fait, ${description}.` })],
      personas: [persona('seg-core')],
    });
    expect(everyoneWarnings(review).map((warning) => [warning.itemId, warning.params])).toEqual([['seg-core', { name: 'Nos clients' }]]);
  });

  it.each(['7 à 77 ans', 'tous publics', 'everyone'])('warns when a criterion value says %j', (value) => {
    const review = reviewTargets({
      segments: [segment({ criteria: { lieu: 'Lyon 7e', âge: value } })],
      personas: [persona('seg-core')],
    });
    expect(everyoneWarnings(review)).toHaveLength(1);
  });

  it('warns once per segment even when several of its texts say "everyone", and names an unnamed one "…"', () => {
    const review = reviewTargets({
      segments: [segment({ name: '', description: 'tout le monde', criteria: { âge: 'de 7 à 77 ans' } })],
      personas: [persona('seg-core')],
    });
    expect(everyoneWarnings(review).map((warning) => warning.params)).toEqual([{ name: '…' }]);
  });

  it('points at each "everyone" segment, whatever its role', () => {
    const review = reviewTargets({
      segments: [segment(), segment({ id: 'seg-wide', role: 'secondary', name: 'Grand public' })],
      personas: [persona('seg-core')],
    });
    expect(everyoneWarnings(review).map((warning) => warning.itemId)).toEqual(['seg-wide']);
  });

  it.each([
    'familles du quartier, 30-45 ans',
    'artisans du BTP de 5 à 50 salariés',
    'femmes actives de 25 à 40 ans',
    'Tout-Petits',
    'monde du vin',
  ])('does not warn for the ordinary target %j, in any field', (text) => {
    const review = reviewTargets({
      segments: [segment({ name: text, description: text, criteria: { profil: text } })],
      personas: [persona('seg-core')],
    });
    expect(review).toEqual({ progress: { step: 'targets', state: 'complete', missing: [] }, warnings: [] });
  });

  it('keeps the step from being complete even with a core target and its persona', () => {
    const review = reviewTargets({ segments: [segment({ name: 'Tout le monde' })], personas: [persona('seg-core')] });
    expect(codes(review)).toEqual(['everyoneTarget']);
    expect(review.progress.state).toBe('inProgress');
  });
});
