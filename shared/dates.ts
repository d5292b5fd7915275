import type { Language } from './i18n';
import { en } from './i18n/en';
import { fr } from './i18n/fr';

/** The catalogues' month names, not Intl's: the same in every runtime, and no ICU data to load. */
const monthNames: Record<Language, readonly string[]> = { fr: fr.months.long, en: en.months.long };

/**
 * "2026-12-01" as « 1er décembre 2026 » or "1 December 2026"; empty when no date was chosen, and the
 * text itself when it is not a calendar date. French writes the first day of a month as an ordinal
 * (« 1er »), which Intl does not do, so the whole date is written here.
 */
export function formatLongDate(iso: string, language: Language): string {
  if (iso.trim() === '') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return iso;
  const dayText = language === 'fr' && day === 1 ? '1er' : String(day);
  return `${dayText} ${monthNames[language][month - 1]} ${year}`;
}

/** The calendar day of a moment where the user is (not in UTC), as "2026-12-01". */
export const localIsoDay = (moment: Date): string =>
  `${moment.getFullYear()}-${String(moment.getMonth() + 1).padStart(2, '0')}-${String(moment.getDate()).padStart(2, '0')}`;

/**
 * Orders by "2027-03-15"-style dates: such texts sort as plain strings, so no locale collation is
 * needed (and none is loaded, which costs a short command about 8 ms).
 */
export const byIsoDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
