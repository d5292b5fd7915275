import type { Translate } from '../../../../shared/i18n';
import { formatCount } from '../../../../shared/money';

/**
 * The longest text a single field prints. The schemas cap long texts at 5,000 characters, but the
 * exporter must survive any plan (an imported file, a future limit): past this, the text is cut at
 * a word with an ellipsis and a note, so a pasted novel costs a few lines, not hundreds of pages.
 */
export const FIELD_TEXT_MAX = 1500;

/** Tabs and carriage returns have no glyph; other control characters would print as boxes. */
export const cleanText = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
    .trim();

export function capText(t: Translate, value: string, max = FIELD_TEXT_MAX): string {
  const cleaned = cleanText(value);
  if (cleaned.length <= max) return cleaned;
  const cut = cleaned.slice(0, max);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40)).trimEnd();
  return `${atWord}… ${t('pdf.truncated', { count: formatCount(cleaned.length) })}`;
}

/** The value, or a dash where nothing was written. */
export const orDash = (value: string | null | undefined): string => (value && value.trim() !== '' ? value : '—');
