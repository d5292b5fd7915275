/**
 * A French number format, built on first use: each costs the process milliseconds to create, and a
 * command such as `info` needs one of them at most.
 */
function frenchFormat(options: Intl.NumberFormatOptions): () => Intl.NumberFormat {
  let format: Intl.NumberFormat | undefined;
  return () => (format ??= new Intl.NumberFormat('fr-FR', options));
}

/** Formatting happens only at the edge; everything inside is integer cents. */
const euroFormat = frenchFormat({ style: 'currency', currency: 'EUR' });
const euroFormatNoDecimals = frenchFormat({ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function formatEuros(cents: number, options: { decimals?: boolean } = {}): string {
  const format = options.decimals === false ? euroFormatNoDecimals : euroFormat;
  return format().format(cents / 100);
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
const grouped = (digits: string, group: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);

/** Cents to the text shown in an input field, « 180 000,00 », from the integer: never a float artefact. */
export function centsToInputText(cents: number | null, style: NumberStyle = 'fr'): string {
  if (cents === null) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const { group, decimal } = marks[style];
  return `${sign}${grouped(String(Math.floor(abs / 100)), group)}${decimal}${String(abs % 100).padStart(2, '0')}`;
}

const percentFormat = frenchFormat({ style: 'percent', maximumFractionDigits: 2 });

/** Basis points (350) as French text ("3,5 %"). */
export const formatPercent = (basisPoints: number): string => percentFormat().format(basisPoints / 10_000);

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

const countFormat = frenchFormat({});

/** A count as French readers write it: "50 000". */
export const formatCount = (value: number): string => countFormat().format(value);

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
