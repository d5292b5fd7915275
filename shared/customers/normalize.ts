/**
 * How two lines of a sales export are compared: each identity is brought to one spelling, so that
 * « Marie@Shop.fr », « Hélène DUPONT-Léger » or « +33 6 12 34 56 78 » meet the same customer written
 * another way on another line.
 */

/** Addresses compare case-blind; the spaces a spreadsheet leaves around a cell do not count. */
export const normalizeEmail = (text: string): string => text.trim().toLowerCase();

/** Customer numbers compare as written ("00123" is not "123": some shops pad them on purpose). */
export const normalizeCustomerNumber = (text: string): string => text.trim();

/** « 75 011 » and "75011" are one postcode; letters upper case for foreign ones ("sw1a 1aa"). */
export const normalizePostcode = (text: string): string => text.replace(/\s/g, '').toUpperCase();

/** Letters that NFD does not split into a base letter and a mark. */
const ligatures: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * A name as compared: lower case, no accents, no punctuation (deleted, not turned into a space, so
 * « Dupont-Léger » and "dupontleger" meet), single spaces. « Œ » and « ß » become "oe" and "ss".
 */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => ligatures[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Digits only, and the French number written internationally brought back to its national form:
 * « +33 6 12 34 56 78 » and « 0033 6 12 34 56 78 » are "0612345678". Other countries stay as typed.
 */
export function normalizePhone(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('0033')) return `0${digits.slice(4)}`;
  if (digits.length === 11 && digits.startsWith('33')) return `0${digits.slice(2)}`;
  return digits;
}

/**
 * Whether `a` becomes `b` in at most `max` insertions, deletions or substitutions (Levenshtein).
 * Only the band of `max` cells around the diagonal can stay within `max`, and a row whose every
 * cell exceeds it ends the search: two names cost a few dozen steps, not their lengths' product.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > max) return false;
  const over = max + 1;
  let previous = new Int32Array(b.length + 1).map((_, j) => (j <= max ? j : over));
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current.fill(over);
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    if (from === 1) current[0] = i <= max ? i : over;
    let rowBest = current[from - 1];
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(over, substitution, previous[j] + 1, current[j - 1] + 1);
      rowBest = Math.min(rowBest, current[j]);
    }
    if (rowBest > max) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= max;
}

/** Where each of the `parts` segments of a text of `length` starts, and how long it is (the last ones one longer). */
function segmentsOf(length: number, parts: number): { start: number; size: number }[] {
  const base = Math.floor(length / parts);
  const longer = length % parts;
  const segments: { start: number; size: number }[] = [];
  let start = 0;
  for (let part = 0; part < parts; part++) {
    const size = base + (part >= parts - longer ? 1 : 0);
    segments.push({ start, size });
    start += size;
  }
  return segments;
}

/**
 * Every pair [i, j] (i < j) of `texts` within `max` edits of each other, without comparing every pair.
 * Cut a text into max + 1 segments: `max` edits touch at most `max` of them, so a text within reach
 * holds one segment unchanged, shifted by at most `max` places (the pigeonhole filter of PassJoin).
 * Only the texts sharing such a segment are compared, so a town of ten thousand customers stays fast.
 */
export function pairsWithinEdits(texts: readonly string[], max: number): [number, number][] {
  const bySegment = new Map<string, number[]>();
  const pairs: [number, number][] = [];
  // The last text each indexed one was compared with, so that a pair found by two segments is checked once.
  const comparedWith = new Int32Array(texts.length).fill(-1);
  texts.forEach((text, j) => {
    for (let length = Math.max(0, text.length - max); length <= text.length + max; length++) {
      segmentsOf(length, max + 1).forEach(({ start, size }, part) => {
        for (let at = Math.max(0, start - max); at <= Math.min(start + max, text.length - size); at++) {
          for (const i of bySegment.get(`${length}:${part}:${text.slice(at, at + size)}`) ?? []) {
            if (comparedWith[i] === j) continue;
            comparedWith[i] = j;
            if (withinEdits(texts[i], text, max)) pairs.push([i, j]);
          }
        }
      });
    }
    segmentsOf(text.length, max + 1).forEach(({ start, size }, part) => {
      const key = `${text.length}:${part}:${text.slice(start, start + size)}`;
      const list = bySegment.get(key);
      if (list) list.push(j);
      else bySegment.set(key, [j]);
    });
  });
  return pairs;
}
