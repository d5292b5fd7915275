import { describe, expect, it } from 'vitest';
import {
  builtInKeyDatesForYear,
  easterSunday,
  keyDateForYear,
  keyDateRuleKey,
  pentecostSunday,
  sameWeekdayOneYearLater,
  type KeyDateKey,
} from '../../shared/calendar/keyDates';
import { actionPlanEn } from '../../shared/i18n/actionPlan.en';
import { actionPlanFr } from '../../shared/i18n/actionPlan.fr';
import { emptyPlan, planSchema, type KeyDate, type Plan } from '../../shared/plan';
import { nextYearPlan } from '../../shared/planCopies';

const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
const [SUNDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY] = [0, 3, 4, 5, 6];
const years = Array.from({ length: 101 }, (_, index) => 2000 + index);
const dayOf = (iso: string): number => Number(iso.slice(8, 10));

describe('Easter and Pentecost', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(keyDateForYear('easter', year)).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April, Pentecost seven weeks later', () => {
    for (const year of years) {
      const easter = easterSunday(year);
      expect(weekday(easter), easter).toBe(SUNDAY);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25', easter).toBe(true);
      expect((Date.parse(pentecostSunday(year)) - Date.parse(easter)) / 86_400_000).toBe(49);
    }
  });
});

describe("Mother's Day and the other family days", () => {
  it.each([
    [2024, '2024-05-26'], // Pentecost is 19 May: the last Sunday of May stands.
    [2027, '2027-05-30'],
    [2028, '2028-05-28'],
  ])("Mother's Day %i is %s", (year, date) => expect(keyDateForYear('mothersDay', year)).toBe(date));

  it('moves to the first Sunday of June when the last Sunday of May is Pentecost (2020)', () => {
    expect(pentecostSunday(2020)).toBe('2020-05-31');
    expect(keyDateForYear('mothersDay', 2020)).toBe('2020-06-07');
  });

  it('follows the rule every year of the century, colliding years included', () => {
    const collisions: number[] = [];
    for (const year of years) {
      const date = keyDateForYear('mothersDay', year);
      expect(weekday(date), date).toBe(SUNDAY);
      const lastSundayOfMay = Array.from({ length: 7 }, (_, index) => `${year}-05-${25 + index}`).find((day) => weekday(day) === SUNDAY);
      if (lastSundayOfMay === pentecostSunday(year)) {
        collisions.push(year);
        expect(date, String(year)).toMatch(new RegExp(`^${year}-06-0[1-7]$`));
      } else expect(date, String(year)).toBe(lastSundayOfMay);
    }
    expect(collisions).toContain(2020);
  });

  it("puts Father's Day on the third Sunday of June and Grandmothers' Day on the first Sunday of March", () => {
    expect(keyDateForYear('fathersDay', 2027)).toBe('2027-06-20');
    expect(keyDateForYear('fathersDay', 2028)).toBe('2028-06-18');
    expect(keyDateForYear('grandmothersDay', 2027)).toBe('2027-03-07');
    expect(keyDateForYear('grandmothersDay', 2026)).toBe('2026-03-01');
  });
});

describe('the sales (Code de commerce art. D310-15-2)', () => {
  it.each([
    [2026, '2026-01-07'], // the 2nd Wednesday would be the 14th: brought forward
    [2027, '2027-01-06'], // the 2nd Wednesday would be the 13th: brought forward
    [2028, '2028-01-12'], // the 2nd Wednesday is the 12th: it stands
  ])('winter sales %i start on %s', (year, date) => expect(keyDateForYear('winterSales', year)).toBe(date));

  it.each([
    [2026, '2026-06-24'], // the last Wednesday is the 24th: it stands
    [2027, '2027-06-23'], // the last Wednesday would be the 30th: brought forward
    [2022, '2022-06-22'], // the last Wednesday would be the 29th: brought forward
    [2028, '2028-06-28'], // the last Wednesday is the 28th: it stands
  ])('summer sales %i start on %s', (year, date) => expect(keyDateForYear('summerSales', year)).toBe(date));

  it('start on a Wednesday, 6 to 12 January and 22 to 28 June, every year', () => {
    for (const year of years) {
      const winter = keyDateForYear('winterSales', year);
      const summer = keyDateForYear('summerSales', year);
      expect([weekday(winter), weekday(summer)], String(year)).toEqual([WEDNESDAY, WEDNESDAY]);
      expect(winter.slice(5, 7) === '01' && dayOf(winter) >= 6 && dayOf(winter) <= 12, winter).toBe(true);
      expect(summer.slice(5, 7) === '06' && dayOf(summer) >= 22 && dayOf(summer) <= 28, summer).toBe(true);
    }
  });
});

describe('November and the other computed dates', () => {
  it.each([
    [2027, '2027-11-26', '2027-11-29'],
    [2028, '2028-11-24', '2028-11-27'],
  ])('Black Friday %i is %s, Cyber Monday %s', (year, friday, monday) => {
    expect(keyDateForYear('blackFriday', year)).toBe(friday);
    expect(keyDateForYear('cyberMonday', year)).toBe(monday);
  });

  it('puts Black Friday the day after the 4th Thursday of November, and Beaujolais on the 3rd Thursday', () => {
    for (const year of years) {
      const friday = keyDateForYear('blackFriday', year);
      expect(weekday(friday), friday).toBe(FRIDAY);
      expect(dayOf(friday) >= 23 && dayOf(friday) <= 29, friday).toBe(true);
      const beaujolais = keyDateForYear('beaujolaisNouveau', year);
      expect(weekday(beaujolais), beaujolais).toBe(THURSDAY);
      expect(dayOf(beaujolais) >= 15 && dayOf(beaujolais) <= 21, beaujolais).toBe(true);
    }
  });

  it('gives the Saturday of the third weekend of September for the heritage days', () => {
    expect(keyDateForYear('heritageDays', 2025)).toBe('2025-09-20');
    expect(keyDateForYear('heritageDays', 2027)).toBe('2027-09-18');
  });

  it('approximates the first school day by the first weekday from 1 September', () => {
    expect(keyDateForYear('backToSchool', 2027)).toBe('2027-09-01');
    expect(keyDateForYear('backToSchool', 2024)).toBe('2024-09-02');
    expect(keyDateForYear('backToSchool', 2029)).toBe('2029-09-03');
  });

  it('keeps the fixed days fixed', () => {
    expect(['epiphany', 'candlemas', 'valentinesDay', 'mayDay', 'musicDay', 'halloween', 'christmasShopping', 'christmas', 'newYearsEve'].map((key) => keyDateForYear(key as KeyDateKey, 2031))).toEqual(
      ['2031-01-06', '2031-02-02', '2031-02-14', '2031-05-01', '2031-06-21', '2031-10-31', '2031-12-01', '2031-12-25', '2031-12-31'],
    );
  });
});

describe('the dates offered to a plan', () => {
  const keys = (kind: 'b2c' | 'b2b' | 'both') => builtInKeyDatesForYear(2027, kind).map((date) => date.key);
  const b2bSeasons = ['b2bSummerLull', 'tradeShowSeason', 'b2bBudgetSeason'];

  it('offer the B2B seasons only to plans with business clients', () => {
    for (const key of b2bSeasons) {
      expect(keys('b2b')).toContain(key);
      expect(keys('both')).toContain(key);
      expect(keys('b2c')).not.toContain(key);
    }
  });

  it('offer the consumer occasions only to plans with consumers, and the shared ones to all', () => {
    for (const key of ['grandmothersDay', 'candlemas', 'epiphany', 'mothersDay', 'blackFriday']) {
      expect(keys('b2c')).toContain(key);
      expect(keys('b2b')).not.toContain(key);
    }
    expect(keys('b2b')).toEqual(expect.arrayContaining(['backToSchool', 'christmas']));
    expect(keys('both')).toHaveLength(actionPlanFr.keyDates.length);
  });

  it('come in calendar order, each on the day of its rule for the year asked', () => {
    const dates = builtInKeyDatesForYear(2028, 'both');
    expect(dates.map((date) => date.date)).toEqual(dates.map((date) => date.date).sort());
    expect(dates.every((date) => date.date.startsWith('2028-'))).toBe(true);
    expect(dates.find((date) => date.key === 'mothersDay')?.date).toBe('2028-05-28');
  });

  it('have the same keys and audiences in English as in French', () => {
    const shape = (entries: readonly { key: string; audience: string }[]) => entries.map(({ key, audience }) => [key, audience]);
    expect(shape(actionPlanEn.keyDates)).toEqual(shape(actionPlanFr.keyDates));
  });

  it('have labels that state no day (the rule text says how the day is set)', () => {
    for (const entry of [...actionPlanFr.keyDates, ...actionPlanEn.keyDates]) {
      expect(entry.label.replaceAll('B2B', ''), entry.key).not.toMatch(/\d/);
      expect(entry.rule.trim(), entry.key).not.toBe('');
    }
  });
});

describe('recognising the built-in dates of a plan', () => {
  const date = (fields: Partial<KeyDate>): KeyDate => ({ id: 'd', label: '', date: '2027-05-30', builtIn: true, ruleKey: null, ...fields });

  it('reads the ruleKey, or for older files the catalogue label in either language, old labels included', () => {
    expect(keyDateRuleKey(date({ ruleKey: 'mothersDay', label: 'Fête des mamans' }))).toBe('mothersDay');
    expect(keyDateRuleKey(date({ label: 'Fête des mères' }))).toBe('mothersDay');
    expect(keyDateRuleKey(date({ label: 'Black Friday (late November)' }))).toBe('blackFriday');
    expect(keyDateRuleKey(date({ label: 'Fête des mères (dernier dimanche de mai, en général)' }))).toBe('mothersDay');
  });

  it("never takes the user's own date for a built-in one, nor guesses an unknown rule", () => {
    expect(keyDateRuleKey(date({ builtIn: false, label: 'Fête des mères' }))).toBeNull();
    expect(keyDateRuleKey(date({ label: 'Fête de la boutique' }))).toBeNull();
    expect(keyDateRuleKey(date({ ruleKey: 'toString', label: 'Fête des mères' }))).toBeNull();
  });

  it('parses an old file without ruleKey as null', () => {
    const old = { id: 'd', label: 'Noël', date: '2027-12-25', builtIn: true };
    const plan = { ...emptyPlan(2027, 'Plan', '2027-01-01T00:00:00.000Z'), keyDates: [old] };
    expect(planSchema.parse(plan).keyDates[0].ruleKey).toBeNull();
  });
});

describe("next year's plan", () => {
  const plan: Plan = {
    ...emptyPlan(2027, 'Fleurs Martin 2027', '2026-10-01T00:00:00.000Z'),
    keyDates: [
      { id: 'mothers', label: 'Fête des mères', date: '2027-05-30', builtIn: true, ruleKey: 'mothersDay' },
      // Saved before ruleKey existed: recognised by its former label.
      { id: 'black-friday', label: 'Black Friday (fin novembre)', date: '2027-11-26', builtIn: true, ruleKey: null },
      { id: 'open-day', label: 'Portes ouvertes', date: '2027-06-05', builtIn: false, ruleKey: null },
      { id: 'unset', label: 'À fixer', date: '', builtIn: false, ruleKey: null },
    ],
  };
  const next = nextYearPlan(plan, '2027-11-02T09:00:00.000Z');
  const dateOf = (id: string) => next.keyDates.find((date) => date.id === id);

  it('recomputes the built-in dates by their rule for the new year', () => {
    expect(next.company.planYear).toBe(2028);
    expect(dateOf('mothers')?.date).toBe('2028-05-28');
    expect(dateOf('black-friday')).toMatchObject({ date: '2028-11-24', ruleKey: 'blackFriday' });
  });

  it("keeps the user's own dates on their weekday: a Saturday stays a Saturday", () => {
    expect(weekday('2027-06-05')).toBe(SATURDAY);
    expect(dateOf('open-day')?.date).toBe('2028-06-03');
    expect(weekday(dateOf('open-day')?.date ?? '')).toBe(SATURDAY);
    expect(dateOf('unset')?.date).toBe('');
  });

  it('moves an own date to the nearest same weekday, across 29 February too', () => {
    expect(sameWeekdayOneYearLater('2027-06-05')).toBe('2028-06-03');
    expect(sameWeekdayOneYearLater('2028-02-29')).toBe('2029-02-27');
    expect(sameWeekdayOneYearLater('2027-12-31')).toBe('2028-12-29');
    for (const from of ['2027-01-01', '2027-03-15', '2028-02-28', '2028-07-14', '2029-12-31']) {
      const to = sameWeekdayOneYearLater(from);
      expect(weekday(to), from).toBe(weekday(from));
      expect(Math.abs(Date.parse(to) - Date.parse(`${Number(from.slice(0, 4)) + 1}${from.slice(4)}`)) / 86_400_000, from).toBeLessThanOrEqual(3);
    }
  });
});
