import { describe, expect, it } from 'vitest';
import type { CoachWarning } from '../../../shared/coach/types';
import { wordMissing, wordWarning } from '../../../shared/coach/wording';
import { createTranslator, type Translate } from '../../../shared/i18n';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';

const frT = createTranslator('fr');
const enT = createTranslator('en');

const emptyQuadrant = (quadrant: string): CoachWarning => ({
  step: 'diagnostic',
  code: 'swotQuadrantEmpty',
  severity: 'info',
  params: { quadrant },
});

const notMeasurable = (title: string, missing: string): CoachWarning => ({
  step: 'objectives',
  code: 'objectiveNotMeasurable',
  severity: 'warning',
  params: { title, missing },
  itemId: 'obj-1',
});

/** Every parameter any warning sentence uses, so none is left as a placeholder. */
const WORDING_PARAMS = { quadrant: 'strength', missing: 'target', title: 'Être plus connu', name: 'Tout le monde', count: 2, yes: 3, total: 10 };

/** A translator that shows which key it was asked for and with which parameters. */
const echo: Translate = (key, params) => (params && Object.keys(params).length > 0 ? `${key} ${JSON.stringify(params)}` : `<${key}>`);

describe('wordWarning, with any catalogue', () => {
  it('turns the quadrant key into its translated title before it goes into the sentence', () => {
    expect(wordWarning(echo, emptyQuadrant('weakness'))).toBe(
      'warnings.swotQuadrantEmpty {"quadrant":"<diagnostic.quadrants.weakness.title>"}',
    );
  });

  it('translates each missing part and joins them with ", "', () => {
    expect(wordWarning(echo, notMeasurable('Être plus connu', 'indicator,deadline'))).toBe(
      'warnings.objectiveNotMeasurable {"title":"Être plus connu","missing":"<objectives.missingParts.indicator>, <objectives.missingParts.deadline>"}',
    );
  });

  it('passes the other parameters through untouched', () => {
    const warning: CoachWarning = { step: 'targets', code: 'severalCoreTargets', severity: 'info', params: { count: 3 } };
    expect(wordWarning(echo, warning)).toBe('warnings.severalCoreTargets {"count":3}');
  });

  it('leaves the warning itself as it was (the keys stay keys)', () => {
    const warning = notMeasurable('Être plus connu', 'target');
    wordWarning(echo, warning);
    expect(warning.params).toEqual({ title: 'Être plus connu', missing: 'target' });
  });
});

describe('wordWarning, in French and English', () => {
  it.each([
    ['strength', 'Forces', 'Strengths'],
    ['weakness', 'Faiblesses', 'Weaknesses'],
    ['opportunity', 'Opportunités', 'Opportunities'],
    ['threat', 'Menaces', 'Threats'],
  ])('names the empty %s quadrant by its title', (quadrant, frTitle, enTitle) => {
    const inFrench = wordWarning(frT, emptyQuadrant(quadrant));
    const inEnglish = wordWarning(enT, emptyQuadrant(quadrant));
    expect(inFrench).toContain(`« ${frTitle} »`);
    expect(inEnglish).toContain(`“${enTitle}”`);
    expect(inFrench).not.toContain(quadrant);
  });

  it('names the objective and what it lacks, in words', () => {
    const inFrench = wordWarning(frT, notMeasurable('Être plus connu', 'indicator,target,deadline'));
    expect(inFrench).toContain('« Être plus connu »');
    expect(inFrench).toContain('un indicateur, une valeur visée, une échéance');
    expect(inFrench).not.toMatch(/indicator|deadline|warnings\./);

    const inEnglish = wordWarning(enT, notMeasurable('Être plus connu', 'deadline'));
    expect(inEnglish).toContain('“Être plus connu”');
    expect(inEnglish).toContain('a deadline');
    expect(inEnglish).not.toContain('an indicator');
  });

  it('puts the segment’s name into the "everyone" warning', () => {
    const warning: CoachWarning = { step: 'targets', code: 'everyoneTarget', severity: 'warning', params: { name: 'Tout le monde' }, itemId: 's' };
    expect(wordWarning(frT, warning)).toContain('« Tout le monde »');
    expect(wordWarning(enT, warning)).toContain('“Tout le monde”');
  });

  it('puts the score into the weak-positioning warning', () => {
    const warning: CoachWarning = { step: 'positioning', code: 'positioningWeak', severity: 'warning', params: { yes: 3, total: 10 } };
    expect(wordWarning(frT, warning)).toMatch(/\b3\b.*\b10\b/);
    expect(wordWarning(enT, warning)).toMatch(/\b3\b.*\b10\b/);
  });

  it.each([
    'swotQuadrantEmpty',
    'noCompetitor',
    'noObjective',
    'objectiveNotMeasurable',
    'noSegment',
    'noCoreTarget',
    'severalCoreTargets',
    'everyoneTarget',
    'coreWithoutPersona',
    'positioningIncomplete',
    'positioningEveryone',
    'positioningWeak',
  ])('has a sentence for %s in both languages', (code) => {
    const warning = { step: 'diagnostic', code, severity: 'info', params: WORDING_PARAMS } as CoachWarning;
    for (const t of [frT, enT]) {
      const sentence = wordWarning(t, warning);
      expect(sentence).not.toContain('warnings.');
      expect(sentence).not.toContain('{{');
    }
    expect(wordWarning(frT, warning)).not.toBe(wordWarning(enT, warning));
  });
});

describe('wordMissing', () => {
  it('joins the coach.missing texts with ", " in the order given', () => {
    expect(wordMissing(frT, ['location', 'companyName'])).toBe(`${fr.coach.missing.location}, ${fr.coach.missing.companyName}`);
    expect(wordMissing(enT, ['location', 'companyName'])).toBe(`${en.coach.missing.location}, ${en.coach.missing.companyName}`);
  });

  it('is empty when nothing is missing', () => {
    expect(wordMissing(frT, [])).toBe('');
  });

  it('reads each key under coach.missing', () => {
    expect(wordMissing(echo, ['swot', 'competitors'])).toBe('<coach.missing.swot>, <coach.missing.competitors>');
  });

  it.each([
    'swot',
    'competitors',
    'objectives',
    'measurableObjectives',
    'segments',
    'coreTarget',
    'persona',
    'positioningElements',
    'selfCheck',
  ] as const)('words the strategy key %s in both languages', (key) => {
    const inFrench = wordMissing(frT, [key]);
    const inEnglish = wordMissing(enT, [key]);
    expect(inFrench).not.toContain('coach.missing');
    expect(inEnglish).not.toContain('coach.missing');
    expect(inFrench).not.toBe(inEnglish);
  });

  it('words the diagnostic’s to-do with the SWOT grid and the competitor', () => {
    expect(wordMissing(frT, ['swot', 'competitors'])).toMatch(/SWOT.*, .*concurrent/);
    expect(wordMissing(enT, ['swot', 'competitors'])).toMatch(/SWOT.*, .*competitor/);
  });
});
