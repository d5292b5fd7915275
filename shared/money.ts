/**
 * French number texts, written from the integers here rather than by Intl.NumberFormat: the screen,
 * the PDF, the workbook and `check` then print the same characters whatever ICU their runtime ships
 * (Node, Chromium and Electron do not always agree), with no float artefact, and a short command such
 * as `info` does not pay the 10 ms or so that loading ICU's number data costs (decision 013).
 * The marks are the ones Intl's fr-FR writes: a narrow no-break space between thousands, a comma
 * before decimals, a no-break space before « € » and « % ».
 */
const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';
/** What a figure that is not a number (a division by zero upstream) shows instead of « NaN € ». */
const NOT_A_NUMBER = '—';

/** Rounds half away from zero, as Intl does: 0,125 € → 0,13 €, -0,125 € → -0,13 €. */
const roundHalfAway = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

const groupThousands = (digits: string, group: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);

/** The whole part and the remainder of a non-negative integer divided by the scale, every digit kept. */
function splitScaled(abs: number, scale: number): [whole: string, rest: string] {
  if (Number.isSafeInteger(abs)) return [String(Math.floor(abs / scale)), String(abs % scale)];
  // Past 2^53 only BigInt writes the double's digits exactly (String gives « 1e+21 »).
  const big = BigInt(abs);
  return [String(big / BigInt(scale)), String(big % BigInt(scale))];
}

/**
 * A number scaled to an integer (2,5 € is 250 with scale 100) as French text: at most as many
 * decimals as the scale has zeros, trailing zeros dropped unless `fixed`; never « -0 ».
 */
function scaledText(scaled: number, scale: number, fixed: boolean): string | null {
  if (!Number.isFinite(scaled)) return null;
  const rounded = roundHalfAway(scaled);
  const [whole, rest] = splitScaled(Math.abs(rounded), scale);
  const digits = String(scale).length - 1;
  let fraction = digits === 0 ? '' : rest.padStart(digits, '0');
  if (!fixed) fraction = fraction.replace(/0+$/, '');
  return `${rounded < 0 ? '-' : ''}${groupThousands(whole, NARROW_NBSP)}${fraction === '' ? '' : `,${fraction}`}`;
}

/** Formatting happens only at the edge; everything inside is integer cents. */
export function formatEuros(cents: number, options: { decimals?: boolean } = {}): string {
  const text = options.decimals === false ? scaledText(cents / 100, 1, false) : scaledText(cents, 100, true);
  return text === null ? NOT_A_NUMBER : `${text}${NBSP}€`;
}

/**
 * The number in what was typed, with a point for decimals: "1 250,50", "1250.5", "1.250,50" and
 * "1,250.50" all give "1250.50". With both marks, the last one is the decimal mark and the other must
 * group by thousands; a mark repeated alone groups ("1.250.000"); a single mark is the decimal one,
 * so "12,345" stays refused rather than guessed. `strip` removes spaces and units first.
 */
function decimalText(text: string, strip: RegExp): string | null {
  const cleaned = text.replace(strip, '');
  const decimalAt = Math.max(cleaned.lastIndexOf(','), cleaned.lastIndexOf('.'));
  if (decimalAt < 0) return cleaned;
  const mark = cleaned[decimalAt];
  const other = mark === ',' ? '.' : ',';
  const groupedBy = (group: string, digits: string) => new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+$`).test(digits);
  if (cleaned.includes(other)) {
    const whole = cleaned.slice(0, decimalAt);
    return groupedBy(other, whole) ? `${whole.split(other).join('')}.${cleaned.slice(decimalAt + 1)}` : null;
  }
  if (cleaned.indexOf(mark) !== decimalAt) return groupedBy(mark, cleaned) ? cleaned.split(mark).join('') : null;
  return cleaned.replace(mark, '.');
}

/**
 * Reads an amount as it is typed: "1 250,50", "1250.5", "1 250 €", "1.250,50", "1,250.50".
 * Returns integer cents, or null when the text is not an amount.
 */
export function parseEurosToCents(text: string): number | null {
  const cleaned = decimalText(text, /[\s\u00a0\u202f€]/g);
  if (cleaned === null || !/^-?\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const [whole, fraction = ''] = cleaned.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return null;
  return negative ? -value : value;
}

export type NumberStyle = 'fr' | 'en';
/** The marks of the interface's language; any other language reads French. */
export const numberStyleOf = (language: string): NumberStyle => (language === 'en' ? 'en' : 'fr');
/** Thousands and decimal marks: « 180 000,00 » in French (a narrow no-break space), "180,000.00" in English. */
const marks: Record<NumberStyle, { group: string; decimal: string }> = { fr: { group: '\u202f', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** Cents to the text shown in an input field, « 180 000,00 », from the integer: never a float artefact. */
export function centsToInputText(cents: number | null, style: NumberStyle = 'fr'): string {
  if (cents === null) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const { group, decimal } = marks[style];
  return `${sign}${groupThousands(String(Math.floor(abs / 100)), group)}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

/** Basis points (350) as French text ("3,5 %"). */
export function formatPercent(basisPoints: number): string {
  const text = scaledText(basisPoints, 100, false);
  return text === null ? NOT_A_NUMBER : `${text}${NBSP}%`;
}

/** Reads "3,5", "3.5 %" or "20" as basis points (350, 350, 2000); null when it is not a rate. */
export function parsePercentToBasisPoints(text: string): number | null {
  const cleaned = decimalText(text, /[\s\u00a0\u202f%]/g);
  if (cleaned === null || !/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function basisPointsToInputText(basisPoints: number | null, style: NumberStyle = 'fr'): string {
  if (basisPoints === null) return '';
  const fraction = basisPoints % 100;
  const { decimal } = marks[style];
  return fraction === 0 ? String(basisPoints / 100) : `${Math.floor(basisPoints / 100)}${decimal}${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

/** A number as French readers write it, with at most `decimals` decimals: "50 000", "2,75". */
export function formatNumber(value: number, decimals = 3): string {
  const scale = 10 ** decimals;
  // Past 2^53, a double holds no decimals any more: the number is written whole.
  const whole = Number.isInteger(value) || Math.abs(value * scale) > Number.MAX_SAFE_INTEGER;
  return (whole ? scaledText(value, 1, false) : scaledText(value * scale, scale, false)) ?? NOT_A_NUMBER;
}

/** A count as French readers write it: "50 000". */
export const formatCount = (value: number): string => formatNumber(value);

/** Hours as typed ("1,5", "6") to whole minutes (90, 360); null when it is not a duration. */
export function parseHoursToMinutes(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202fh]/gi, '').replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 60);
}

export function minutesToHoursText(minutes: number | null): string {
  if (minutes === null) return '';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? String(hours) : `${hours},${String(Math.round((rest / 60) * 100)).padStart(2, '0').replace(/0$/, '')}`;
}
