import { describe, expect, it } from 'vitest';
import {
  normalizeCustomerNumber,
  normalizeEmail,
  normalizeName,
  normalizePhone,
  normalizePostcode,
  pairsWithinEdits,
  withinEdits,
} from '../../../shared/customers/normalize';
import { seededRandom } from './salesTableBuilder';

describe('identities are brought to one spelling', () => {
  it('compares e-mails trimmed and case-blind', () => {
    expect(normalizeEmail('  Marie.Dupont@Shop.FR ')).toBe('marie.dupont@shop.fr');
  });

  it.each([
    ['  Hélène DUPONT-Léger ', 'helene dupontleger'],
    ["O'Brien", 'obrien'],
    ['Cœur  de   Lion', 'coeur de lion'],
    ['ÆSCHYLE', 'aeschyle'],
    ['Straße', 'strasse'],
    ['Jean-Pierre, S.A.R.L. (Lyon)', 'jeanpierre sarl lyon'],
    ['Ñandú 2', 'nandu 2'],
    ['\u00a0Zoé\tMartin\u202f', 'zoe martin'],
    [' - ', ''],
  ])('name %j → %j', (text, normalised) => {
    expect(normalizeName(text)).toBe(normalised);
  });

  it('removes every space from a postcode and upper-cases it', () => {
    expect(normalizePostcode(' 75 011 ')).toBe('75011');
    expect(normalizePostcode('sw1a 1aa')).toBe('SW1A1AA');
  });

  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['+33 6 12 34 56 78', '0612345678'],
    ['0033 6 12 34 56 78', '0612345678'],
    ['33612345678', '0612345678'],
    // Not an 11-digit French number written internationally: kept as digits.
    ['+33 (0)6 12 34 56 78', '330612345678'],
    ['+44 20 7946 0958', '442079460958'],
    ['3312', '3312'],
  ])('phone %j → %j', (text, normalised) => {
    expect(normalizePhone(text)).toBe(normalised);
  });

  it('only trims customer numbers ("00123" stays distinct from "123")', () => {
    expect(normalizeCustomerNumber('  00123 ')).toBe('00123');
  });
});

/** The textbook Levenshtein distance, to check the bounded one against. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

describe('withinEdits, a bounded Levenshtein distance', () => {
  it.each([
    ['dupont', 'dupont', true], // 0 edits
    ['dupont', 'dupond', true], // 1 substitution
    ['dupont', 'dupon', true], // 1 deletion
    ['martin', 'martine', true], // 1 insertion
    ['durand', 'durant', true],
    ['dupont', 'dupnot', true], // a swap is 2 substitutions
    ['dupont', 'dpnot', false], // 3 edits
    ['martin', 'martinez', true], // 2 insertions
    ['martin', 'martinezz', false], // 3 insertions: pruned by the lengths alone
    ['', 'ab', true],
    ['', 'abc', false],
    ['abc', 'xyz', false],
  ])('%j and %j within 2 edits: %s', (a, b, expected) => {
    expect(withinEdits(a, b, 2)).toBe(expected);
    expect(withinEdits(b, a, 2)).toBe(expected);
  });

  it('agrees with the textbook distance on random short words', () => {
    const random = seededRandom(7);
    const word = () => Array.from({ length: Math.floor(random() * 8) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let run = 0; run < 3000; run++) {
      const [a, b] = [word(), word()];
      for (const max of [0, 1, 2, 3]) expect(withinEdits(a, b, max), `${a} / ${b} / ${max}`).toBe(levenshtein(a, b) <= max);
    }
  });
});

describe('pairsWithinEdits finds every close pair without comparing them all', () => {
  it('lists the pairs (i < j) within two edits', () => {
    // dupont–dupond 1 edit, dupont–dupuis 3, dupond–dupuis 3, martin–martine 1.
    expect(pairsWithinEdits(['dupont', 'martin', 'dupond', 'dupuis', 'martine'], 2)).toEqual([
      [0, 2],
      [1, 4],
    ]);
  });

  it('finds exactly the pairs a comparison of every pair finds, short names included', () => {
    const random = seededRandom(11);
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
    for (let run = 0; run < 20; run++) {
      const texts = Array.from({ length: 60 }, word);
      const expected: [number, number][] = [];
      for (let j = 0; j < texts.length; j++) for (let i = 0; i < j; i++) if (levenshtein(texts[i], texts[j]) <= 2) expected.push([i, j]);
      const byPair = (x: [number, number], y: [number, number]) => x[0] - y[0] || x[1] - y[1];
      expect(pairsWithinEdits(texts, 2).sort(byPair)).toEqual(expected.sort(byPair));
    }
  });
});
