import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { fr } from '../../shared/i18n/fr';
import type { Plan } from '../../shared/plan';
import { buildSample, sampleIds, sampleTextPairs } from '../../shared/samples';

/**
 * The places where the French and English versions of a sample may differ: the texts a user writes.
 * Paths use [] for list items; everything else (ids, figures, dates, names of people and companies,
 * KPI targets and actuals typed in the French way) must be the same in both languages.
 */
const TEXT_PATHS = [
  /^meta\.title$/,
  /^company\.(activity|location|notes)$/,
  /^swot\[\]\.text$/,
  /^competitors\[\]\.(name|positioning|addedValue|strengths|weaknesses|notes)$/,
  /^objectives\[\]\.(title|indicator|unit|notes)$/,
  /^segments\[\]\.(name|estimatedSize|description)$/,
  /^segments\[\]\.criteria\[\]\.(key|value)$/,
  /^personas\[\]\.(age|situation|needs|frustrations|habits|quote)$/,
  /^positioning\.(target|marketDefinition|promise|reasonToBelieve)$/,
  /^offer\.(description|competitiveAdvantage|priceStrategyNote)$/,
  /^products\[\]\.(name|notes)$/,
  /^products\[\]\.competitorPrices\[\]\.label$/,
  /^channels\[\]\.(name|role)$/,
  /^actions\[\]\.(title|description)$/,
  /^actions\[\]\.costLines\[\]\.label$/,
  /^actions\[\]\.kpis\[\]\.(name|unit)$/,
  /^actions\[\]\.detail\.(resources|successFactors|limits|review)$/,
  /^keyDates\[\]\.label$/,
  /^rgpd\.items\.\w+\.note$/,
  /^customerFile\.note$/,
  /^accounts\[\]\.(sector|why|nextStep)$/,
  /^accounts\[\]\.committee\[\]\.position$/,
  /^accounts\[\]\.opportunities\[\]\.title$/,
];

const isTextPath = (path: string) => TEXT_PATHS.some((pattern) => pattern.test(path.replace(/\[\d+\]/g, '[]')));

interface Comparison {
  /** Where the two versions differ in something other than a text. */
  problems: string[];
  /** Text leaves compared, and how many of them are translated. */
  texts: number;
  translated: number;
}

/**
 * Walks both versions side by side. Segment criteria are keyed by their (translated) names, so they
 * are compared as ordered [key, value] pairs.
 */
function compareVersions(french: unknown, english: unknown): Comparison {
  const result: Comparison = { problems: [], texts: 0, translated: 0 };
  const walk = (a: unknown, b: unknown, path: string) => {
    if (path.endsWith('.criteria') && !Array.isArray(a) && a && b && typeof a === 'object' && typeof b === 'object') {
      const pairs = (node: object) => Object.entries(node).map(([key, value]) => ({ key, value: value as unknown }));
      return walk(pairs(a), pairs(b), path);
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return result.problems.push(`${path}: lists differ`);
      return a.forEach((item, index) => walk(item, b[index], `${path}[${index}]`));
    }
    if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
      const keys = Object.keys(a).sort();
      if (keys.join() !== Object.keys(b).sort().join()) return result.problems.push(`${path}: keys differ`);
      return keys.forEach((key) => walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
    }
    if (typeof a === 'string' && typeof b === 'string' && isTextPath(path)) {
      result.texts += 1;
      if (a !== b) result.translated += 1;
      return;
    }
    if (a !== b) result.problems.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
  };
  walk(french, english, '');
  return result;
}

// Spot checks for a text left in the wrong language: a few very common words of the other one.
const FRENCH_WORDS = /(^|[^\p{L}])(avec|pour|nous|notre|dans|les|une|des|sont|chaque)(?![\p{L}])/iu;
const ENGLISH_WORDS = /(^|[^\p{L}])(the|and|with|your|our|every|for)(?![\p{L}])/iu;

describe('comparing the two versions of a sample', () => {
  it('finds a changed figure, a changed name and a missing item', () => {
    const french = buildSample('bakery', 'fr');
    const english = buildSample('bakery', 'en');
    expect(compareVersions(french, english).problems).toEqual([]);

    const tampered: Plan = structuredClone(english);
    tampered.products[0].priceExclVatCents += 1;
    tampered.company.name = 'Morel Bakery';
    tampered.actions[0].kpis[0].target = '6,00';
    tampered.swot.pop();
    expect(compareVersions(french, tampered).problems).toEqual([
      'actions[0].kpis[0].target: "600" ≠ "6,00"',
      'company.name: "Boulangerie Morel" ≠ "Morel Bakery"',
      'products[0].priceExclVatCents: 123 ≠ 124',
      'swot: lists differ',
    ]);
  });
});

describe.each(sampleIds)('sample %s in French and in English', (id) => {
  const french = buildSample(id, 'fr');
  const english = buildSample(id, 'en');
  const pairs = sampleTextPairs(id);

  it('has the same structure and figures, only the texts differ', () => {
    const comparison = compareVersions(french, english);
    expect(comparison.problems).toEqual([]);
    // Nearly every text is translated; the rest are shared words such as "Instagram" or a catalogue unit like "%".
    expect(comparison.translated / comparison.texts).toBeGreaterThanOrEqual(0.9);
  });

  it('writes every text as a French/English pair that really differs', () => {
    expect(pairs.length).toBeGreaterThan(150);
    for (const { fr: french, en: english } of pairs) {
      expect(french.trim(), english).not.toBe('');
      expect(english.trim(), french).not.toBe('');
      // A text that needs no translation (a name, a place) is written once, as a plain string.
      expect(english, french).not.toBe(french);
    }
  });

  it('keeps each text in its own language (spot check on common words)', () => {
    for (const { fr: french, en: english } of pairs) {
      expect(english, `English text: ${english}`).not.toMatch(FRENCH_WORDS);
      expect(french, `French text: ${french}`).not.toMatch(ENGLISH_WORDS);
    }
  });

  it('keeps the names of the company, its people and providers in French', () => {
    expect(english.company.name).toBe(french.company.name);
    expect(english.personas.map((persona) => persona.name)).toEqual(french.personas.map((persona) => persona.name));
    expect(english.actions.map((action) => action.owner.name)).toEqual(french.actions.map((action) => action.owner.name));
    expect(english.meta.title).toContain(french.company.name);
  });

  it('translates the titles of every objective and action', () => {
    for (const [index, objective] of french.objectives.entries()) expect(english.objectives[index].title).not.toBe(objective.title);
    for (const [index, action] of french.actions.entries()) expect(english.actions[index].title).not.toBe(action.title);
    expect(english.positioning.promise).not.toBe(french.positioning.promise);
  });

  it('has a name and a one-line description for the picker in both catalogues', () => {
    for (const catalogue of [fr, en]) {
      expect(catalogue.samples.names[id].trim()).not.toBe('');
      expect(catalogue.samples.descriptions[id]).toContain(french.company.name);
    }
    expect(en.samples.names[id]).not.toBe(fr.samples.names[id]);
  });
});
