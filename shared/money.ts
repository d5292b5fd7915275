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
