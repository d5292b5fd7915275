import { describe, expect, it } from 'vitest';
import { formatLongDate, localIsoDay } from '../../shared/dates';

describe('formatLongDate', () => {
  it('writes the first of the month « 1er » in French, and "1" in English', () => {
    expect(formatLongDate('2026-12-01', 'fr')).toBe('1er décembre 2026');
    expect(formatLongDate('2026-12-01', 'en')).toBe('1 December 2026');
  });

  it('writes other days as plain numbers, without a leading zero', () => {
    expect(formatLongDate('2027-06-30', 'fr')).toBe('30 juin 2027');
    expect(formatLongDate('2027-08-09', 'fr')).toBe('9 août 2027');
    expect(formatLongDate('2027-08-09', 'en')).toBe('9 August 2027');
  });

  it('gives nothing for no date, and the text itself for what is not a calendar date', () => {
    expect(formatLongDate('', 'fr')).toBe('');
    expect(formatLongDate('2027-02-30', 'fr')).toBe('2027-02-30');
    expect(formatLongDate('bientôt', 'en')).toBe('bientôt');
  });

  it('takes the local calendar day of a moment', () => {
    expect(localIsoDay(new Date(2026, 11, 1, 23, 30))).toBe('2026-12-01');
  });
});

describe('month names', () => {
  it.each(Array.from({ length: 12 }, (_, index) => index + 1))('month %i is named as Intl names it, in French and in English', (month) => {
    const iso = `2027-${String(month).padStart(2, '0')}-15`;
    const date = new Date(Date.UTC(2027, month - 1, 15));
    const intlName = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date);
    expect(formatLongDate(iso, 'fr')).toBe(`15 ${intlName('fr-FR')} 2027`);
    expect(formatLongDate(iso, 'en')).toBe(`15 ${intlName('en-GB')} 2027`);
  });
});
