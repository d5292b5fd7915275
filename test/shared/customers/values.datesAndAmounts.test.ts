import { describe, expect, it } from 'vitest';
import { dayOfIso, isoOfDay, readCents, readDay, readOptedOut } from '../../../shared/customers/values';

const iso = (cell: string | number): string | null => {
  const day = readDay(cell);
  return day === null ? null : isoOfDay(day);
};

describe('a date cell', () => {
  it.each([
    ['31/12/2026', '2026-12-31'],
    ['1/2/2026', '2026-02-01'],
    ['01/02/26', '2026-02-01'],
    ['31-12-2026', '2026-12-31'],
    ['31.12.2026', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026/12/31', '2026-12-31'],
    ['  05/03/2026  ', '2026-03-05'],
    ['05/03/2026 14:32', '2026-03-05'],
    ['05/03/2026 14:32:10', '2026-03-05'],
    ['2026-03-05T14:32:10', '2026-03-05'],
    ['2026-03-05T14:32:10Z', '2026-03-05'],
    // The date as written, not moved by the zone: 00:30 at +01:00 is still the 5th.
    ['2026-03-05T00:30:00.000+01:00', '2026-03-05'],
    ['2026-03-05T23:30:00-05:00', '2026-03-05'],
    ['29/02/2024', '2024-02-29'],
  ])('%j is %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(['31/02/2026', '29/02/2025', '00/01/2026', '01/13/2026', '2026-02-30', '31/12', 'demain', '', '45000', '05/03/2026 25:00', '05-03/2026', '2026.03.05'])(
    'refuses %j',
    (text) => {
      expect(readDay(text)).toBeNull();
    },
  );

  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    // 2025-01-01 is 20 089 days after 1970-01-01, itself serial 25 569.
    [45_658, '2025-01-01'],
    [45_658.75, '2025-01-01'],
    [2_958_465, '9999-12-31'],
  ])('reads the Excel serial %d as %s', (serial, expected) => {
    expect(iso(serial)).toBe(expected);
  });

  it('refuses serials outside 1…2958465 and Excel\'s 29 February 1900 (serial 60)', () => {
    for (const serial of [0, 0.5, -1, 60, 2_958_466, Number.NaN, Infinity]) expect(readDay(serial)).toBeNull();
  });

  it('reads a strict as-of date', () => {
    expect(dayOfIso('1970-01-02')).toBe(1);
    expect(dayOfIso('2026-02-29')).toBeNull();
    expect(dayOfIso('2026-3-1')).toBeNull();
  });
});

describe('an amount cell', () => {
  it.each([
    ['1 250,50', 125_050],
    ['1250.5', 125_050],
    ['1 250,50 €', 125_050],
    ['-12,00', -1_200],
    ['1.250,50', 125_050],
    ['(12,00)', -1_200],
    ['( 12,00 € )', -1_200],
    ['12,00-', -1_200],
    ['0', 0],
    ['-0,00', 0],
    ['(0,00)', 0],
    ['999 999 999 999,99', 99_999_999_999_999],
  ])('%j is %i cents', (text, cents) => {
    expect(readCents(text)).toBe(cents);
  });

  it.each(['0,005', '12,345', 'abc', '', '-', '()', '(-12,00)', '-12,00-', '12 abc', '1e5'])('refuses %j', (text) => {
    expect(readCents(text)).toBeNull();
  });

  it.each([
    [12.5, 1_250],
    [12.345, 1_235], // half away from zero, from "12.345" as written (the double is 12.3449999…)
    [1.005, 101],
    [-12.345, -1_235],
    [0.004, 0],
    [0.005, 1],
    [-0, 0],
    [1e-7, 0],
    [45, 4_500],
  ])('reads the number %d as %i cents', (value, cents) => {
    expect(readCents(value)).toBe(cents);
  });

  it('refuses a number too large to count in cents exactly, and NaN', () => {
    expect(readCents(1e21)).toBeNull();
    expect(readCents(Number.NaN)).toBeNull();
    expect(readCents(Infinity)).toBeNull();
  });

  it('never gives -0 (a « -0,00 » line is no credit note)', () => {
    expect(Object.is(readCents('-0,00'), 0)).toBe(true);
    expect(Object.is(readCents(-0), 0)).toBe(true);
  });
});

describe('an opt-out cell', () => {
  it('reads a yes in an opt-out column as a refusal', () => {
    for (const word of ['oui', 'Yes', '1', 'TRUE', 'x', 'Vrai', 'o', 'Y', ' oui ']) expect(readOptedOut(word, 'optOut'), word).toBe(true);
    for (const word of ['non', 'no', '0', '', 'peut-être']) expect(readOptedOut(word, 'optOut'), word).toBe(false);
    expect(readOptedOut(1, 'optOut')).toBe(true);
  });

  it('reads a no in a consent column as a refusal, and an empty cell as none', () => {
    for (const word of ['non', 'No', '0', 'false', 'FAUX', 'n']) expect(readOptedOut(word, 'consent'), word).toBe(true);
    for (const word of ['oui', 'yes', '1', '', 'x']) expect(readOptedOut(word, 'consent'), word).toBe(false);
    expect(readOptedOut(0, 'consent')).toBe(true);
  });
});
