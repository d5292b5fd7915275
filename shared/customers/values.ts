import { parseEurosToCents } from '../money';

/**
 * Reading one cell of a sales export: a date, an amount, a yes/no. Dates are calendar days counted
 * from 1970-01-01 (day 0), so that « 365 days before » is a subtraction and no time zone ever moves a
 * sale to the day before.
 */

type Cell = string | number;

const DAY_MS = 86_400_000;

/** A cell as text: an XLSX number written plainly ("123", not « 123,0 »). */
export const cellString = (cell: Cell | undefined): string => (cell === undefined ? '' : String(cell));

/** The day number of a calendar date, or null when the date does not exist (31/02, 29/02/2025). */
export function dayOf(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(date.getTime() / DAY_MS);
}

/** yyyy-mm-dd of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The calendar month of a day number, as year × 12 + month index (January 2026 is 2026 × 12). */
export function monthOfDay(day: number): number {
  const date = new Date(day * DAY_MS);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** yyyy-mm of a month as `monthOfDay` counts it. */
export const isoOfMonth = (month: number): string => `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;

/** A time after the date, read and dropped: the date counts as written, whatever the zone says. */
const time = String.raw`(?:(?:T|\s+)([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const dayFirst = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${time}$`);
const yearFirst = new RegExp(String.raw`^(\d{4})([/-])(\d{1,2})\2(\d{1,2})${time}$`);

/** 31/12/2026, 1/2/2026, 31/12/26 (2026), 31-12-2026, 31.12.2026, 2026-12-31, 2026/12/31, each maybe with a time. */
function dayOfText(text: string): number | null {
  const trimmed = text.trim();
  const french = dayFirst.exec(trimmed);
  if (french) {
    const year = french[4].length === 2 ? 2000 + Number(french[4]) : Number(french[4]);
    return dayOf(year, Number(french[3]), Number(french[1]));
  }
  const iso = yearFirst.exec(trimmed);
  return iso ? dayOf(Number(iso[1]), Number(iso[3]), Number(iso[4])) : null;
}

/** 1899-12-30 and 1899-12-31 as day numbers. */
const EXCEL_EPOCH = -25_569;
const EXCEL_EPOCH_BEFORE_MARCH_1900 = -25_568;
const EXCEL_LAST_SERIAL = 2_958_465; // 9999-12-31

/**
 * Excel's serial day number (1900 date system), the time of day dropped. Excel believes in a
 * 29 February 1900: serial 60 is that day, which is no date; from serial 61 (1 March 1900) on, days
 * count from 1899-12-30.
 */
function dayOfSerial(serial: number): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > EXCEL_LAST_SERIAL || whole === 60) return null;
  return whole < 60 ? EXCEL_EPOCH_BEFORE_MARCH_1900 + whole : EXCEL_EPOCH + whole;
}

/** A date cell's day number, or null when it is not a date. */
export const readDay = (cell: Cell | undefined): number | null =>
  typeof cell === 'number' ? dayOfSerial(cell) : dayOfText(cellString(cell));

/** A strict yyyy-mm-dd (the as-of date), or null. */
export function dayOfIso(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** -0 is 0: « -0,00 » is no credit note. */
const unsigned0 = (cents: number | null): number | null => (cents === 0 ? 0 : cents);

/**
 * An XLSX number in cents, rounded half away from zero from its shortest decimal writing: 1.005 is
 * "1.005" as typed (101 cents), not the 1.00499999… the double holds.
 */
function centsOfNumber(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const [mantissa, exponent = '0'] = Math.abs(value).toString().split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  // How many of `digits` stand before the cents' decimal point.
  const point = whole.length + Number(exponent) + 2;
  const kept = point <= 0 ? '0' : point >= digits.length ? digits.padEnd(point, '0') : digits.slice(0, point);
  const next = point < 0 ? '0' : (digits[point] ?? '0');
  const cents = Number(BigInt(kept) + (next >= '5' ? 1n : 0n));
  if (!Number.isSafeInteger(cents)) return null;
  return unsigned0(value < 0 ? -cents : cents);
}

/** A text amount: what `parseEurosToCents` reads, and the accountants' negatives « (12,00) » and « 12,00- ». */
function centsOfText(text: string): number | null {
  const trimmed = text.trim();
  const accountant = /^\((.*)\)$/.exec(trimmed) ?? /^(.*)-$/.exec(trimmed);
  if (!accountant) return unsigned0(parseEurosToCents(trimmed));
  const cents = parseEurosToCents(accountant[1]);
  // « (-12) » or « -12- » says minus twice: no amount.
  return cents === null || cents < 0 || Object.is(cents, -0) ? null : unsigned0(-cents);
}

/** An amount cell in cents, or null when it is not an amount (empty, text, three decimals…). */
export const readCents = (cell: Cell | undefined): number | null =>
  typeof cell === 'number' ? centsOfNumber(cell) : centsOfText(cellString(cell));

export type OptOutKind = 'optOut' | 'consent';
const optedOutWords = new Set(['oui', 'yes', '1', 'true', 'x', 'vrai', 'o', 'y']);
const refusedWords = new Set(['non', 'no', '0', 'false', 'faux', 'n']);

/**
 * Whether a line marks its customer as refusing marketing. An opt-out column says so with « oui »,
 * a consent column with « non »; an empty cell never does (no refusal was recorded).
 */
export function readOptedOut(cell: Cell | undefined, kind: OptOutKind): boolean {
  const word = cellString(cell).trim().toLowerCase();
  return (kind === 'optOut' ? optedOutWords : refusedWords).has(word);
}
