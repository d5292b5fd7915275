import { byIsoDate } from '../dates';
import { actionPlanEn } from '../i18n/actionPlan.en';
import { actionPlanFr } from '../i18n/actionPlan.fr';
import type { CompanyProfile, KeyDate } from '../plan';

/**
 * The key dates of the commercial year, computed for any year by the rule that sets them: Easter
 * moves, Mother's Day follows Pentecost, the sales follow the Code de commerce. The catalogue
 * (actionPlan.*.ts) holds each date's label, its rule in words and its audience; this module holds
 * the same rule as a computation, one per catalogue key. Dates are ISO strings (yyyy-mm-dd) of the
 * Gregorian calendar; the computations hold from 1583 (the first full Gregorian year) on.
 */

export type KeyDateKey = (typeof actionPlanFr.keyDates)[number]['key'];
export type KeyDateAudience = (typeof actionPlanFr.keyDates)[number]['audience'];
export type CustomerKind = CompanyProfile['customerKind'];

export interface BuiltInKeyDate {
  key: KeyDateKey;
  date: string;
}

const SUNDAY = 0;
const MONDAY = 1;
const WEDNESDAY = 3;
const THURSDAY = 4;
const SATURDAY = 6;

/** Midnight UTC of a calendar day; setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 19xx. */
function day(year: number, month: number, dayOfMonth: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, dayOfMonth);
  return date;
}

const addDays = (date: Date, days: number): Date =>
  day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate() + days);

const toIso = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

function fromIso(iso: string): Date {
  const [year, month, dayOfMonth] = iso.split('-').map(Number);
  return day(year, month, dayOfMonth);
}

/** The nth (1 = first) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date {
  const first = day(year, month, 1);
  return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): Date {
  const last = day(year, month + 1, 0);
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/** The first Monday-to-Friday day on or after the given day. */
function firstWeekdayFrom(date: Date): Date {
  const weekday = date.getUTCDay();
  return weekday === SATURDAY ? addDays(date, 2) : weekday === SUNDAY ? addDays(date, 1) : date;
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
function easterDate(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return day(year, Math.floor(monthAndDay / 31), (monthAndDay % 31) + 1);
}

export const easterSunday = (year: number): string => toIso(easterDate(year));

/** Pentecost Sunday: seven weeks after Easter. */
export const pentecostSunday = (year: number): string => toIso(addDays(easterDate(year), 49));

/** Code de commerce art. D310-15-2: the 2nd Wednesday of January, or the 1st when the 2nd is after the 12th. */
function winterSalesStart(year: number): Date {
  const second = nthWeekday(year, 1, WEDNESDAY, 2);
  return second.getUTCDate() > 12 ? addDays(second, -7) : second;
}

/** Code de commerce art. D310-15-2: the last Wednesday of June, or the one before when the last is after the 28th. */
function summerSalesStart(year: number): Date {
  const last = lastWeekday(year, 6, WEDNESDAY);
  return last.getUTCDate() > 28 ? addDays(last, -7) : last;
}

/** French law: the last Sunday of May, moved to the 1st Sunday of June when that Sunday is Pentecost. */
function mothersDay(year: number): Date {
  const lastSundayOfMay = lastWeekday(year, 5, SUNDAY);
  return toIso(lastSundayOfMay) === pentecostSunday(year) ? nthWeekday(year, 6, SUNDAY, 1) : lastSundayOfMay;
}

/** Black Friday: the day after the 4th Thursday of November (US Thanksgiving). */
const blackFriday = (year: number): Date => addDays(nthWeekday(year, 11, THURSDAY, 4), 1);

/**
 * One rule per catalogue key; a key added to the catalogue without its rule is a compile error.
 * The approximate dates (a season, a week whose dates organisers announce) use the rule their
 * catalogue text states, so the label and the computed day agree.
 */
const rules: Record<KeyDateKey, (year: number) => Date> = {
  epiphany: (year) => day(year, 1, 6),
  winterSales: winterSalesStart,
  candlemas: (year) => day(year, 2, 2),
  valentinesDay: (year) => day(year, 2, 14),
  grandmothersDay: (year) => nthWeekday(year, 3, SUNDAY, 1),
  craftsDays: (year) => nthWeekday(year, 4, SATURDAY, 1),
  easter: easterDate,
  mayDay: (year) => day(year, 5, 1),
  mothersDay,
  fathersDay: (year) => nthWeekday(year, 6, SUNDAY, 3),
  musicDay: (year) => day(year, 6, 21),
  summerSales: summerSalesStart,
  // Once the 14 July holiday is past, France slows down until mid-August. The Monday after the
  // 14th falls on the 15th to the 21st: the 3rd Monday of July.
  b2bSummerLull: (year) => nthWeekday(year, 7, MONDAY, 3),
  // The education ministry publishes the real date; this is the usual shape of it.
  backToSchool: (year) => firstWeekdayFrom(day(year, 9, 1)),
  tradeShowSeason: (year) => nthWeekday(year, 9, MONDAY, 2),
  heritageDays: (year) => nthWeekday(year, 9, SATURDAY, 3),
  b2bBudgetSeason: (year) => firstWeekdayFrom(day(year, 10, 1)),
  tasteWeek: (year) => nthWeekday(year, 10, MONDAY, 2),
  halloween: (year) => day(year, 10, 31),
  beaujolaisNouveau: (year) => nthWeekday(year, 11, THURSDAY, 3),
  blackFriday,
  cyberMonday: (year) => addDays(blackFriday(year), 3),
  christmasShopping: (year) => day(year, 12, 1),
  christmas: (year) => day(year, 12, 25),
  newYearsEve: (year) => day(year, 12, 31),
};

export const isKeyDateKey = (value: string): value is KeyDateKey => Object.hasOwn(rules, value);

/** The day a built-in key date falls on in a year, by its rule. */
export const keyDateForYear = (key: KeyDateKey, year: number): string => toIso(rules[key](year));

/** A plan for business clients gets the B2B seasons, one for consumers the consumer occasions; 'both' gets all. */
export const offeredTo = (audience: KeyDateAudience, customerKind: CustomerKind): boolean =>
  audience === 'all' || customerKind === 'both' || audience === customerKind;

/** The catalogue's key dates offered to a kind of customers, computed for a year, in calendar order. */
export function builtInKeyDatesForYear(year: number, customerKind: CustomerKind): BuiltInKeyDate[] {
  return actionPlanFr.keyDates
    .filter((entry) => offeredTo(entry.audience, customerKind))
    .map((entry) => ({ key: entry.key, date: keyDateForYear(entry.key, year) }))
    .sort(byIsoDate);
}

/**
 * Labels the catalogue gave before the dates were computed by rule (when they still said
 * "usually the last Sunday of May"): plans saved then carry them and no ruleKey.
 */
const formerLabels: Partial<Record<KeyDateKey, readonly string[]>> = {
  winterSales: ['Début des soldes d’hiver (2e mercredi de janvier, en général)', 'Winter sales begin (usually the 2nd Wednesday of January)'],
  grandmothersDay: ['Fête des grands-mères (1er dimanche de mars)', 'Grandmothers’ Day (1st Sunday of March)'],
  craftsDays: ['Journées européennes des métiers d’art (début avril)', 'European Artistic Crafts Days (early April)'],
  easter: ['Pâques (date variable, entre fin mars et fin avril)', 'Easter (date varies, between late March and late April)'],
  mayDay: ['1er mai : le muguet', 'May Day: lily of the valley'],
  mothersDay: ['Fête des mères (dernier dimanche de mai, en général)', 'Mother’s Day (usually the last Sunday of May)'],
  fathersDay: ['Fête des pères (3e dimanche de juin)', 'Father’s Day (3rd Sunday of June)'],
  summerSales: ['Début des soldes d’été (fin juin)', 'Summer sales begin (late June)'],
  backToSchool: ['Rentrée des classes (début septembre)', 'Back to school (early September)'],
  heritageDays: ['Journées européennes du patrimoine (3e week-end de septembre)', 'European Heritage Days (3rd weekend of September)'],
  tasteWeek: ['Semaine du goût (mi-octobre)', 'Semaine du goût, taste week (mid-October)'],
  beaujolaisNouveau: ['Beaujolais nouveau (3e jeudi de novembre)', 'Beaujolais nouveau (3rd Thursday of November)'],
  blackFriday: ['Black Friday (fin novembre)', 'Black Friday (late November)'],
  cyberMonday: ['Cyber Monday (le lundi qui suit le Black Friday)', 'Cyber Monday (the Monday after Black Friday)'],
  christmasShopping: ['Marchés de Noël et achats de cadeaux (début décembre)', 'Christmas markets and gift shopping (early December)'],
};

const keyByLabel = new Map<string, KeyDateKey>([
  ...[...actionPlanFr.keyDates, ...actionPlanEn.keyDates].map((entry) => [entry.label, entry.key as KeyDateKey] as const),
  ...Object.entries(formerLabels).flatMap(([key, labels]) => labels.map((label) => [label, key as KeyDateKey] as const)),
]);

/**
 * The catalogue key of a date pinned in a plan: its ruleKey, or, for a file saved before dates had
 * one, the catalogue label (French or English, current or former) it carries. Null for the user's
 * own dates and for built-in dates whose rule is unknown.
 */
export function keyDateRuleKey(date: Pick<KeyDate, 'builtIn' | 'label'> & { ruleKey?: string | null }): KeyDateKey | null {
  if (!date.builtIn) return null;
  if (date.ruleKey) return isKeyDateKey(date.ruleKey) ? date.ruleKey : null;
  return keyByLabel.get(date.label) ?? null;
}

/**
 * The same weekday a year later: the day with the date's weekday nearest to its calendar date one
 * year on (an open day on Saturday 5 June 2027 becomes Saturday 3 June 2028). A year moves the
 * weekday on by one day, or two across 29 February, so this is always 52 weeks later.
 */
export function sameWeekdayOneYearLater(iso: string): string {
  if (!iso) return iso;
  const from = fromIso(iso);
  const [year, month] = [from.getUTCFullYear() + 1, from.getUTCMonth() + 1];
  // 29 February has no calendar date the next year: 28 February stands for it.
  const sameDate = day(year, month, Math.min(from.getUTCDate(), day(year, month + 1, 0).getUTCDate()));
  const drift = (sameDate.getUTCDay() - from.getUTCDay() + 7) % 7;
  return toIso(addDays(sameDate, drift <= 3 ? -drift : 7 - drift));
}
