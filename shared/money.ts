/** Formatting happens only at the edge; everything inside is integer cents. */
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const euroFormatNoDecimals = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});

export function formatEuros(cents: number, options: { decimals?: boolean } = {}): string {
  const format = options.decimals === false ? euroFormatNoDecimals : euroFormat;
  return format.format(cents / 100);
}

/**
 * Reads an amount as a French user types it: "1 250,50", "1250.5", "1 250 €".
 * Returns integer cents, or null when the text is not an amount.
 */
export function parseEurosToCents(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const [whole, fraction = ''] = cleaned.replace('-', '').split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(value)) return null;
  return negative ? -value : value;
}

/** Cents to the text shown in an input field: "1250,5" → "1250,50", never a float artefact. */
export function centsToInputText(cents: number | null): string {
  if (cents === null) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });

/** Basis points (350) as French text ("3,5 %"). */
export const formatPercent = (basisPoints: number): string => percentFormat.format(basisPoints / 10_000);

/** Reads "3,5", "3.5 %" or "20" as basis points (350, 350, 2000); null when it is not a rate. */
export function parsePercentToBasisPoints(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f%]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function basisPointsToInputText(basisPoints: number | null): string {
  if (basisPoints === null) return '';
  const fraction = basisPoints % 100;
  return fraction === 0 ? String(basisPoints / 100) : `${Math.floor(basisPoints / 100)},${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

const countFormat = new Intl.NumberFormat('fr-FR');

/** A count as French readers write it: "50 000". */
export const formatCount = (value: number): string => countFormat.format(value);

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
