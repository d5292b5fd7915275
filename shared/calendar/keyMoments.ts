import { byIsoDate } from '../dates';
import type { KeyDate } from '../plan';
import { keyDateRuleKey, type KeyDateKey } from './keyDates';

/**
 * The key moments of a plan placed on the calendar's month columns: a column is a few characters
 * wide, so each moment gets a short label there, and its full label and date elsewhere (a tooltip on
 * screen, a legend under the grid on screen and in the PDF).
 */

/** The most characters a short label takes, its ellipsis included: « Chandeleur », « Matinale… ». */
export const SHORT_LABEL_MAX = 11;
/** The moments a month column shows one under the other; more become « +2 ». */
export const MOMENTS_SHOWN_PER_MONTH = 2;

export interface KeyMoment {
  id: string;
  /** The label cleaned for display (no control characters, single spaces); '…' when nothing is left. */
  label: string;
  short: string;
  date: string;
  month: number;
  day: number;
  builtIn: boolean;
}

export interface MonthMoments {
  month: number;
  /** Every moment of the month, in date order. */
  moments: KeyMoment[];
  /** The ones the column shows; the others are counted in « +N ». */
  shown: KeyMoment[];
  hidden: KeyMoment[];
}

export interface YearMoments {
  /** The plan year's moments in date order: the legend. */
  moments: KeyMoment[];
  /** Twelve entries, January first. */
  months: MonthMoments[];
  /** Dates the plan holds for another year: the calendar cannot place them, the legend says so. */
  outsideYear: KeyMoment[];
}

// Control characters, bidirectional overrides and invisible joiners: a pasted label must not reorder
// or hide the text around it (« ‮gnp.exe »), nor print as boxes in the PDF.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** A label as it may be shown: invisible characters gone, spaces collapsed; '…' for an empty one. */
export function cleanLabel(label: string): string {
  // Line breaks and tabs are spaces first: « Salon\nPréventica » is two words.
  const cleaned = label.replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  return cleaned === '' ? '…' : cleaned;
}

let segmenter: Intl.Segmenter | undefined;

/** Latin letters, punctuation and currency signs only: text where each code unit is one character. */
const ONE_UNIT_EACH = /^[\u0020-\u02ff\u2000-\u200c\u200e-\u206f\u20a0-\u20bf]*$/;

/** Characters as a reader counts them: « é » written as e + accent, or an emoji, is one. */
function graphemes(value: string): string[] {
  // Most labels are plain Latin text: the segmenter, slow to create, is not needed for them.
  if (ONE_UNIT_EACH.test(value)) return value.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(value), (part) => part.segment);
}

// Short words that end nothing well: « Fête des… » says less than « Fête… » and looks cut.
const DANGLING = /^(de|des|du|d’|d'|la|le|les|l’|l'|et|à|au|aux|en|sur|pour|the|of|and|a|an|for|in|on|at|to|&|-|–|—|:)$/i;

/**
 * The label in at most `max` characters: whole when it fits; else the part before a subtitle
 * (« Épiphanie : la galette » → « Épiphanie… »), as many whole words as fit, or the first word cut,
 * always ending with an ellipsis so a reader knows there is more.
 */
export function abbreviate(label: string, max = SHORT_LABEL_MAX): string {
  const full = cleanLabel(label);
  if (graphemes(full).length <= max) return full;
  // Keep room for the ellipsis.
  const room = Math.max(1, max - 1);
  const head = full.split(/\s*[:(—–]\s*|\s+-\s+|,\s*/)[0].trim() || full;
  const words = head.split(' ');
  const kept: string[] = [];
  for (const word of words) {
    const next = [...kept, word].join(' ');
    if (graphemes(next).length > room) break;
    kept.push(word);
  }
  while (kept.length > 1 && DANGLING.test(kept[kept.length - 1])) kept.pop();
  const start = kept.length > 0 ? kept.join(' ') : graphemes(words[0]).slice(0, room).join('');
  return `${start.replace(/[\s.,;:!?’'\-–—&]+$/u, '') || graphemes(full).slice(0, room).join('')}…`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a real calendar day written yyyy-mm-dd; null for anything else (« 2027-02-30 »). */
function calendarDay(iso: string): [number, number, number] | null {
  const match = ISO_DAY.exec(iso);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  // Leap years repeat every 400 years: 2000 + year % 400 has the same February as the year itself.
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(2000 + (year % 400), month, 0)).getUTCDate() : 0;
  return day >= 1 && day <= daysInMonth ? [year, month, day] : null;
}

/**
 * The plan's key dates placed on the months of `year`. A built-in date takes the short name its
 * catalogue gives (« Pâques », « Soldes »), when `shortNames` has one; any other is abbreviated.
 * Dates left empty or not real days are left out.
 */
export function keyMomentsOfYear(
  dates: readonly KeyDate[],
  year: number,
  shortNames: Partial<Record<KeyDateKey, string>> = {},
  shownPerMonth = MOMENTS_SHOWN_PER_MONTH,
): YearMoments {
  const placed = dates
    .flatMap((date) => {
      const day = calendarDay(date.date);
      if (!day) return [];
      const key = keyDateRuleKey(date);
      const label = cleanLabel(date.label);
      const curated = key ? shortNames[key] : undefined;
      const short = curated && curated.trim() !== '' ? abbreviate(curated) : abbreviate(label);
      const moment: KeyMoment = { id: date.id, label, short, date: date.date, month: day[1], day: day[2], builtIn: date.builtIn };
      return [{ year: day[0], moment }];
    })
    // Same-day moments keep the plan's order (a stable sort); no locale collation to load.
    .sort((a, b) => byIsoDate(a.moment, b.moment));
  const moments = placed.filter((entry) => entry.year === year).map((entry) => entry.moment);
  const outsideYear = placed.filter((entry) => entry.year !== year).map((entry) => entry.moment);
  // When some are hidden, « +N » takes the last slot: a column is never taller than `shownPerMonth` lines.
  const visible = (list: KeyMoment[]) => (list.length <= shownPerMonth ? list : list.slice(0, Math.max(1, shownPerMonth - 1)));
  const months = Array.from({ length: 12 }, (_, index): MonthMoments => {
    const ofMonth = moments.filter((moment) => moment.month === index + 1);
    const shown = visible(ofMonth);
    return { month: index + 1, moments: ofMonth, shown, hidden: ofMonth.slice(shown.length) };
  });
  return { moments, months, outsideYear };
}
