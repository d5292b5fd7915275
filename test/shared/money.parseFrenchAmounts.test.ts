import { describe, expect, it } from 'vitest';
import { centsToInputText, formatEuros, parseEurosToCents } from '../../shared/money';

const NNBSP = '\u202f'; // narrow no-break space: fr-FR thousands separator
const NBSP = '\u00a0'; // no-break space: fr-FR space before the currency sign

describe('parseEurosToCents reads amounts as French users type them', () => {
  it.each([
    ['1 250,50', 125_050],
    ['1250.5', 125_050],
    ['1 250 €', 125_000],
    [`1${NBSP}250,50`, 125_050],
    [`1${NNBSP}250,50${NBSP}€`, 125_050],
    ['0,07', 7],
    ['0,1', 10],
    ['1,10', 110],
    ['-3', -300],
    ['-1 250,5', -125_050],
    ['  42  ', 4200],
    ['1250,', 125_000],
    ['1.250,50', 125_050],
    ['1,250.50', 125_050],
    ['1.250.000', 125_000_000],
    ['1 250 000,5', 125_000_050],
    [`180${NNBSP}000,00`, 18_000_000],
  ])('%j → %i cents', (text, cents) => {
    expect(parseEurosToCents(text)).toBe(cents);
  });

  it('is exact where floats are not (0,07 × 100 is not 7 in binary)', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(parseEurosToCents('0,07')).toBe(7);
    expect(parseEurosToCents('1 234 567,89')).toBe(123_456_789);
  });

  it.each(['1.25,50', '12.5,0', '1,250,5.0', '1.2345,00', '12,345', 'abc', '1,2,3', '', '   ', '€', '12 abc', '1.2.3', '--3', '3-', '1e5', '0x10'])(
    'refuses %j',
    (text) => {
      expect(parseEurosToCents(text)).toBeNull();
    },
  );

  it('refuses amounts too large to stay exact', () => {
    expect(parseEurosToCents('999999999999999999')).toBeNull();
  });
});

describe('centsToInputText writes cents back into an input field', () => {
  it.each([
    [125_050, `1${NNBSP}250,50`],
    [18_000_000, `180${NNBSP}000,00`],
    [125_000, `1${NNBSP}250,00`],
    [5, '0,05'],
    [0, '0,00'],
    [-5, '-0,05'],
    [-125_050, `-1${NNBSP}250,50`],
    [123_456_789, `1${NNBSP}234${NNBSP}567,89`],
  ])('%i → %j', (cents, text) => {
    expect(centsToInputText(cents)).toBe(text);
  });

  it('writes English amounts the English way, and reads them back', () => {
    expect(centsToInputText(18_000_000, 'en')).toBe('180,000.00');
    expect(centsToInputText(-125_050, 'en')).toBe('-1,250.50');
    for (const cents of [-100_001, 0, 7, 99_999, 123_456_789]) expect(parseEurosToCents(centsToInputText(cents, 'en'))).toBe(cents);
  });

  it('writes nothing for a value not entered yet', () => {
    expect(centsToInputText(null)).toBe('');
  });

  it('reads back to the same cents', () => {
    for (const cents of [-100_001, -99, -1, 0, 1, 7, 10, 99, 100, 101, 123_456_789]) {
      expect(parseEurosToCents(centsToInputText(cents))).toBe(cents);
    }
  });
});

describe('formatEuros formats at the edge, the French way', () => {
  it('writes 125050 cents as "1 250,50 €" with the French spaces', () => {
    expect(formatEuros(125_050)).toBe(`1${NNBSP}250,50${NBSP}€`);
  });

  it('writes negatives, zero and large amounts', () => {
    expect(formatEuros(-125_050)).toBe(`-1${NNBSP}250,50${NBSP}€`);
    expect(formatEuros(0)).toBe(`0,00${NBSP}€`);
    expect(formatEuros(100_000_000_000)).toBe(`1${NNBSP}000${NNBSP}000${NNBSP}000,00${NBSP}€`);
  });

  it('rounds to whole euros when asked', () => {
    expect(formatEuros(125_049, { decimals: false })).toBe(`1${NNBSP}250${NBSP}€`);
    expect(formatEuros(125_050, { decimals: false })).toBe(`1${NNBSP}251${NBSP}€`);
  });

  it('a formatted amount pasted back into a field reads as the same cents', () => {
    for (const cents of [-125_050, 7, 125_050, 32_000_000]) {
      expect(parseEurosToCents(formatEuros(cents))).toBe(cents);
    }
  });
});
