import type { Language } from './i18n';

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * "2026-12-01" as « 1er décembre 2026 » or "1 December 2026"; empty when no date was chosen, and the
 * text itself when it is not a calendar date. French writes the first day of a month as an ordinal
 * (« 1er »), which Intl does not do, so the day is written here and only the month name comes from Intl.
 */
export function formatLongDate(iso: string, language: Language): string {
  if (iso.trim() === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  const monthName = new Intl.DateTimeFormat(locales[language], { month: 'long', timeZone: 'UTC' }).format(date);
  const dayText = language === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${monthName} ${year}`;
}

/** The calendar day of a moment where the user is (not in UTC), as "2026-12-01". */
export const localIsoDay = (moment: Date): string =>
  `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;
