import { describe, expect, it } from 'vitest';
import { abbreviate, cleanLabel, keyMomentsOfYear, SHORT_LABEL_MAX } from '../../shared/calendar/keyMoments';
import { keyDateForYear, type KeyDateKey } from '../../shared/calendar/keyDates';
import { calendarMomentsEn } from '../../shared/i18n/calendarMoments.en';
import { calendarMomentsFr } from '../../shared/i18n/calendarMoments.fr';
import { actionPlanFr } from '../../shared/i18n/actionPlan.fr';
import type { KeyDate } from '../../shared/plan';

const own = (id: string, label: string, date: string): KeyDate => ({ id, label, date, builtIn: false, ruleKey: null });
const pinned = (id: string, key: KeyDateKey, label: string): KeyDate => ({ id, label, date: keyDateForYear(key, 2027), builtIn: true, ruleKey: key });
const length = (value: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value)).length;

describe('abbreviating a key moment for a month column', () => {
  it('keeps a label that fits whole, without an ellipsis', () => {
    expect(abbreviate('Pâques')).toBe('Pâques');
    expect(abbreviate('Chandeleur')).toBe('Chandeleur');
  });

  it('keeps the words that fit, then an ellipsis', () => {
    expect(abbreviate('Salon Préventica')).toBe('Salon…');
    expect(abbreviate('Matinale cybersécurité de printemps')).toBe('Matinale…');
    expect(abbreviate('Webinaire NIS 2')).toBe('Webinaire…');
    expect(abbreviate('Portes ouvertes de l’atelier')).toBe('Portes…');
  });

  it('stops before a subtitle, and never ends on « des » or « de »', () => {
    expect(abbreviate('Épiphanie : la galette des rois')).toBe('Épiphanie…');
    expect(abbreviate('Fête des mères')).toBe('Fête…');
    expect(abbreviate('Vente privée (clients fidèles)')).toBe('Vente…');
  });

  it('cuts a single long word, counting an accented letter or an emoji as one character', () => {
    expect(abbreviate('Cybersécurité')).toBe('Cybersécur…');
    expect(abbreviate('Anticonstitutionnellement')).toHaveLength(SHORT_LABEL_MAX);
    const emoji = abbreviate('🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉');
    expect(emoji).toBe(`${'🎉'.repeat(SHORT_LABEL_MAX - 1)}…`);
    // « é » written as e + a combining accent stays whole.
    expect(abbreviate('Re\u0301ouverture du magasin')).toBe('Re\u0301ouvertur…');
    expect(abbreviate('e\u0301'.repeat(15))).toBe(`${'e\u0301'.repeat(SHORT_LABEL_MAX - 1)}…`);
  });

  it('stays within its length, whatever it is given', () => {
    const labels = ['Salon Anjou Entreprises & Numérique', 'a'.repeat(5000), 'x y z w v u t s r q p', '——————————————', '::: :::', 'B2B : rentrée des salons professionnels'];
    for (const label of labels) expect(length(abbreviate(label)), label).toBeLessThanOrEqual(SHORT_LABEL_MAX);
    expect(length(abbreviate('Une très longue journée', 6))).toBeLessThanOrEqual(6);
  });

  it('shows hostile text as plain, visible text: no control characters, no direction overrides, no blank label', () => {
    expect(cleanLabel('Salon\u0000\u0007 Préventica\u202e\u200b')).toBe('Salon Préventica');
    expect(cleanLabel('\u202egnp.exe')).toBe('gnp.exe');
    expect(cleanLabel('  \t\n ')).toBe('…');
    expect(abbreviate('\u200b\u200b')).toBe('…');
    // Markup is text here: React and the PDF print it as written.
    expect(abbreviate('<img src=x onerror=alert(1)>')).toBe('<img src=x…');
    expect(abbreviate('Salon\r\nPréventica')).toBe('Salon…');
  });
});

describe('placing the plan’s key dates on the months of its year', () => {
  it('gives twelve empty months for a plan without dates', () => {
    const year = keyMomentsOfYear([], 2027);
    expect(year.moments).toEqual([]);
    expect(year.outsideYear).toEqual([]);
    expect(year.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(year.months.every((month) => month.moments.length === 0 && month.shown.length === 0 && month.hidden.length === 0)).toBe(true);
  });

  it('puts each date in its month, in date order, and keeps the full label', () => {
    const year = keyMomentsOfYear(
      [own('show', 'Salon Préventica', '2027-06-15'), own('open', 'Portes ouvertes de l’atelier', '2027-03-20'), own('summer', 'Fête de l’été', '2027-06-01')],
      2027,
    );
    expect(year.moments.map((moment) => moment.id)).toEqual(['open', 'summer', 'show']);
    const june = year.months[5];
    expect(june.moments.map((moment) => [moment.short, moment.label, moment.day])).toEqual([
      ['Fête…', 'Fête de l’été', 1],
      ['Salon…', 'Salon Préventica', 15],
    ]);
    expect(june.hidden).toEqual([]);
  });

  it('shows two moments in a month; past two, one and « +N » for the rest', () => {
    const dates = ['2027-10-01', '2027-10-14', '2027-10-14', '2027-10-31'].map((date, index) => own(`d${index}`, `Date ${index}`, date));
    const october = keyMomentsOfYear(dates, 2027).months[9];
    expect(october.moments).toHaveLength(4);
    expect(october.shown.map((moment) => moment.id)).toEqual(['d0']);
    expect(october.hidden.map((moment) => moment.id)).toEqual(['d1', 'd2', 'd3']);
    const two = keyMomentsOfYear(dates.slice(0, 2), 2027).months[9];
    expect([two.shown.length, two.hidden.length]).toEqual([2, 0]);
  });

  it('leaves out empty and impossible dates, and sets apart the ones of another year', () => {
    const year = keyMomentsOfYear(
      [own('empty', 'Sans date', ''), own('bad', 'Trente février', '2027-02-30'), own('text', 'Bientôt', 'juin'), own('last', 'Salon 2026', '2026-10-14'), own('next', 'Salon 2028', '2028-02-29'), own('leap', 'Bissextile', '2028-02-29')],
      2027,
    );
    expect(year.moments).toEqual([]);
    expect(year.outsideYear.map((moment) => moment.id)).toEqual(['last', 'next', 'leap']);
    expect(keyMomentsOfYear([own('leap', 'Bissextile', '2028-02-29')], 2028).months[1].moments).toHaveLength(1);
    expect(keyMomentsOfYear([own('no', 'Pas bissextile', '2100-02-29')], 2100).moments).toEqual([]);
  });

  it('names a catalogue date by its short name, a pinned date without one by its label', () => {
    const dates = [pinned('easter', 'easter', 'Pâques : les chocolats'), pinned('budgets', 'b2bBudgetSeason', 'B2B : vos clients préparent leurs budgets de l’an prochain')];
    const year = keyMomentsOfYear(dates, 2027, calendarMomentsFr.calendarMoments.short);
    expect(year.moments.map((moment) => [moment.date, moment.short, moment.builtIn])).toEqual([
      ['2027-03-28', 'Pâques', true],
      ['2027-10-01', 'Budgets B2B', true],
    ]);
    expect(keyMomentsOfYear(dates, 2027).moments.map((moment) => moment.short)).toEqual(['Pâques…', 'B2B…']);
  });

  it('has a short name of at most eleven characters for every catalogue date, in both languages', () => {
    for (const short of [calendarMomentsFr.calendarMoments.short, calendarMomentsEn.calendarMoments.short] as Record<string, string>[]) {
      expect(Object.keys(short).sort()).toEqual(actionPlanFr.keyDates.map((entry) => entry.key).sort());
      for (const [key, name] of Object.entries(short)) {
        expect(length(name), key).toBeLessThanOrEqual(SHORT_LABEL_MAX);
        expect(abbreviate(name), key).toBe(name);
      }
    }
  });
});
