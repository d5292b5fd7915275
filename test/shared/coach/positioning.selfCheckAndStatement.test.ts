import { describe, expect, it } from 'vitest';
import { reviewPositioning, scoreSelfCheck, statementParts } from '../../../shared/coach/positioning';
import { emptyPositioning, selfCheckQuestions, type Positioning } from '../../../shared/plan';

/** Answers the first `answered` questions, the first `yes` of them with "yes" and the rest with "no". */
function answers(yes: number, answered = 10): Positioning['selfCheck'] {
  return Object.fromEntries(selfCheckQuestions.slice(0, answered).map((question, index) => [question, index < yes]));
}

const written = (overrides: Partial<Positioning> = {}): Positioning => ({
  target: 'Actifs du quartier pressés le matin',
  marketDefinition: 'Boulangerie de quartier',
  promise: 'Le pain du matin, prêt à 6 h 30',
  reasonToBelieve: 'Fournil sur place',
  selfCheck: {},
  ...overrides,
});

describe('scoreSelfCheck', () => {
  it('counts nothing on an unanswered test', () => {
    expect(scoreSelfCheck(emptyPositioning())).toEqual({ yes: 0, answered: 0, total: 10, verdict: 'incomplete' });
  });

  it('counts "no" answers as answered but not as yes', () => {
    const score = scoreSelfCheck(written({ selfCheck: { differentiates: true, hardToCopy: false, roomToGrow: false } }));
    expect(score).toEqual({ yes: 1, answered: 3, total: 10, verdict: 'incomplete' });
  });

  it('stays incomplete until all ten are answered, even with nine "yes"', () => {
    expect(scoreSelfCheck(written({ selfCheck: answers(9, 9) })).verdict).toBe('incomplete');
  });

  it.each([
    [10, 'solid'],
    [8, 'solid'],
    [7, 'toStrengthen'],
    [6, 'toStrengthen'],
    [5, 'toRethink'],
    [4, 'toRethink'],
    [0, 'toRethink'],
  ] as const)('with %i "yes" out of ten, the verdict is %s', (yes, verdict) => {
    expect(scoreSelfCheck(written({ selfCheck: answers(yes) }))).toEqual({ yes, answered: 10, total: 10, verdict });
  });
});

describe('statementParts', () => {
  it('gives each piece of the sentence trimmed, with the brand', () => {
    const parts = statementParts(
      written({ target: '  actifs du quartier ', marketDefinition: 'boulangerie\n', promise: ' pain chaud à 6 h 30', reasonToBelieve: 'fournil sur place ' }),
      ' Boulangerie Martin ',
    );
    expect(parts).toEqual({
      target: 'actifs du quartier',
      brand: 'Boulangerie Martin',
      category: 'boulangerie',
      benefit: 'pain chaud à 6 h 30',
      proof: 'fournil sur place',
    });
  });

  it('gives null for each piece not written yet, blank included', () => {
    expect(statementParts(written({ marketDefinition: '   ', reasonToBelieve: '' }), '\t')).toEqual({
      target: 'Actifs du quartier pressés le matin',
      brand: null,
      category: null,
      benefit: 'Le pain du matin, prêt à 6 h 30',
      proof: null,
    });
  });
});

describe('reviewPositioning', () => {
  const codes = (positioning: Positioning) => reviewPositioning({ positioning }).warnings.map((warning) => warning.code);

  it('is notStarted, lacks everything and says nothing on an empty positioning', () => {
    expect(reviewPositioning({ positioning: emptyPositioning() })).toEqual({
      progress: { step: 'positioning', state: 'notStarted', missing: ['positioningElements', 'selfCheck'] },
      warnings: [],
    });
  });

  it.each([1, 2, 3])('warns that the positioning is incomplete with %i piece(s) of four', (count) => {
    const pieces = ['target', 'marketDefinition', 'promise', 'reasonToBelieve'] as const;
    const positioning = { ...emptyPositioning(), ...Object.fromEntries(pieces.slice(0, count).map((piece) => [piece, 'écrit'])) };
    const review = reviewPositioning({ positioning });
    expect(review.warnings).toEqual([{ step: 'positioning', code: 'positioningIncomplete', severity: 'info' }]);
    expect(review.progress.state).toBe('inProgress');
    expect(review.progress.missing).toEqual(['positioningElements', 'selfCheck']);
  });

  it('does not count a blank piece as written', () => {
    expect(codes(written({ promise: '   ' }))).toEqual(['positioningIncomplete']);
    expect(codes(written())).toEqual([]);
  });

  it.each(['Tout le monde', 'les familles, de 7 à 77 ans', 'le grand public'])('warns when the target is %j', (target) => {
    expect(reviewPositioning({ positioning: written({ target }) }).warnings).toContainEqual({
      step: 'positioning',
      code: 'positioningEveryone',
      severity: 'warning',
    });
  });

  it('does not take an ordinary target for "everyone"', () => {
    expect(codes(written({ target: 'Femmes actives de 25 à 40 ans' }))).not.toContain('positioningEveryone');
  });

  it('calls the positioning weak, with its score, once all ten are answered without a majority of six "yes"', () => {
    expect(reviewPositioning({ positioning: written({ selfCheck: answers(5) }) }).warnings).toEqual([
      { step: 'positioning', code: 'positioningWeak', severity: 'warning', params: { yes: 5, total: 10 } },
    ]);
  });

  it('does not call it weak at six "yes", nor while questions remain unanswered', () => {
    expect(codes(written({ selfCheck: answers(6) }))).toEqual([]);
    expect(codes(written({ selfCheck: answers(0, 9) }))).toEqual([]);
  });

  it('is inProgress with only the test answered, and lists the pieces as missing', () => {
    const review = reviewPositioning({ positioning: { ...emptyPositioning(), selfCheck: { differentiates: false } } });
    expect(review.progress).toEqual({ step: 'positioning', state: 'inProgress', missing: ['positioningElements', 'selfCheck'] });
  });

  it('is inProgress with the four pieces but the test half answered', () => {
    expect(reviewPositioning({ positioning: written({ selfCheck: answers(5, 5) }) }).progress).toEqual({
      step: 'positioning',
      state: 'inProgress',
      missing: ['selfCheck'],
    });
  });

  it('is not complete with every box filled when the target is "everyone": a precise target is missing', () => {
    expect(reviewPositioning({ positioning: written({ target: 'Tout le monde', selfCheck: answers(9) }) }).progress).toEqual({
      step: 'positioning',
      state: 'inProgress',
      missing: ['preciseTarget'],
    });
  });

  it('is not complete with every box filled when the test says the positioning is weak', () => {
    expect(reviewPositioning({ positioning: written({ selfCheck: answers(5) }) }).progress).toEqual({
      step: 'positioning',
      state: 'inProgress',
      missing: ['strongerPositioning'],
    });
  });

  it('is complete with the four pieces and all ten answers', () => {
    expect(reviewPositioning({ positioning: written({ selfCheck: answers(9) }) })).toEqual({
      progress: { step: 'positioning', state: 'complete', missing: [] },
      warnings: [],
    });
  });
});
