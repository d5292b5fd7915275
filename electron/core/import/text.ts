/**
 * Folds a label for matching: case, accents, apostrophes and spacing do not matter, so
 * « Événements et salons », "evenements  et salons" and "ÉVÉNEMENTS ET SALONS" are one name.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Splits a cell listing several names ("Fidéliser ; Attirer"), dropping empty parts. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
