import { Box, Chip, Tooltip, Typography } from '@mui/material';
import { alpha, type Theme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { KeyMoment, MonthMoments } from '../../../shared/calendar/keyMoments';
import { keyDateRuleKey } from '../../../shared/calendar/keyDates';
import { formatLongDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n';
import type { KeyDate } from '../../../shared/plan';
import { RemoveButton } from '../../components/RemoveButton';

/** A catalogue entry in the screen's language, as actionPlan.*.ts words it. */
export interface CatalogueDate {
  key: string;
  label: string;
  rule: string;
  help?: string;
}

/** A built-in date offered for the plan's year and kind of customers, on the day its rule gives. */
export interface OfferedDate extends CatalogueDate {
  date: string;
}

/** The tooltip says how the date is set, and what to check (local sales dates, the ministry's calendar). */
const explained = (entry: CatalogueDate | undefined, label: string): string =>
  entry ? [label, entry.rule, entry.help].filter(Boolean).join(' — ') : label;

/** « 18 mars 2027 : Matinale cybersécurité de printemps »: the tooltip, the accessible name and the legend say the same. */
function useDescribe() {
  const { t, i18n } = useTranslation();
  return (moment: KeyMoment) => t('calendarMoments.moment', { date: formatLongDate(moment.date, i18n.language as Language), label: moment.label });
}

// A catalogue date is edged in the primary colour, the user's own in the secondary one, as in the legend.
const edge = (moment: KeyMoment) => (moment.builtIn ? 'primary.main' : 'secondary.main');
/**
 * A month column is about 45 pixels wide at 1280: a short label read across would be cut to three
 * letters, so it is set upright (read from the bottom, as a Gantt chart's headings), side by side.
 */
const tag = {
  writingMode: 'vertical-rl',
  transform: 'rotate(180deg)',
  fontSize: '0.6875rem',
  lineHeight: '15px',
  width: 15,
  py: '3px',
  borderRadius: 0.5,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  cursor: 'default',
  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
} as const;

/** The room the upright labels need: the longest one shown, within the height of eleven characters. */
export function momentsHeight(months: readonly MonthMoments[]): number {
  const longest = Math.max(0, ...months.flatMap((month) => [...month.shown.map((moment) => moment.short.length), month.hidden.length > 0 ? 3 : 0]));
  return longest === 0 ? 0 : Math.min(11, Math.max(longest, 4)) * 6.5 + 10;
}

/**
 * A month's column heading: its name, then its key moments side by side by their short label, the
 * full label and date on hover or focus; past two, the second one says « +2 ».
 */
export function MonthHeading({ name, longName, entry, height }: { name: string; longName: string; entry: MonthMoments; height: number }) {
  const { t } = useTranslation();
  const describe = useDescribe();
  const count = entry.moments.length;
  return (
    <Box data-testid={`calendar-month-${entry.month}`} sx={{ minWidth: 0, textAlign: 'center' }}>
      <Typography variant="subtitle2">{name}</Typography>
      {/* Every month keeps the same room, its labels standing on the grid: they all start on one line. */}
      {height > 0 && (
        <Box
          component={count > 0 ? 'ul' : 'div'}
          aria-label={count > 0 ? t('calendarMoments.monthMoments', { count, month: longName }) : undefined}
          sx={{ listStyle: 'none', m: 0, mt: 0.5, p: 0, height, display: 'flex', justifyContent: 'center', alignItems: 'flex-end', gap: '4px' }}
        >
          {entry.shown.map((moment) => (
            <Tooltip key={moment.id} title={describe(moment)} placement="bottom">
              <Box
                component="li"
                tabIndex={0}
                data-testid="key-moment"
                data-date={moment.date}
                aria-label={describe(moment)}
                sx={{
                  ...tag,
                  maxHeight: height,
                  // Upright and turned, the right edge is the one a reader sees first, on the left.
                  borderRight: 3,
                  borderRightColor: edge(moment),
                  bgcolor: (theme: Theme) => alpha(moment.builtIn ? theme.palette.primary.main : theme.palette.secondary.main, 0.12),
                }}
              >
                {moment.short}
              </Box>
            </Tooltip>
          ))}
          {entry.hidden.length > 0 && (
            <Tooltip
              placement="bottom"
              title={
                <Box component="span" sx={{ display: 'block' }}>
                  {entry.hidden.map((moment) => (
                    <Box component="span" key={moment.id} sx={{ display: 'block' }}>
                      {describe(moment)}
                    </Box>
                  ))}
                </Box>
              }
            >
              <Box
                component="li"
                tabIndex={0}
                data-testid="key-moment-more"
                aria-label={t('calendarMoments.moreLabel', { count: entry.hidden.length, month: longName, list: entry.hidden.map(describe).join(' ; ') })}
                sx={{ ...tag, maxHeight: height, fontWeight: 600, bgcolor: 'action.selected' }}
              >
                {t('calendarMoments.more', { count: entry.hidden.length })}
              </Box>
            </Tooltip>
          )}
        </Box>
      )}
    </Box>
  );
}

/**
 * Under the grid, every key moment of the year with its date and whole label: the short labels of
 * the columns are read here. A date pinned from the catalogue can be taken off the calendar; the
 * user's own dates are edited in « Vos dates ».
 */
export function MomentsLegend({
  moments,
  outsideYear,
  year,
  own,
  catalogue,
  onUnpin,
}: {
  moments: KeyMoment[];
  outsideYear: KeyMoment[];
  year: number;
  own: KeyDate[];
  catalogue: CatalogueDate[];
  onUnpin(date: KeyDate): void;
}) {
  const { t, i18n } = useTranslation();
  const describe = useDescribe();
  const byId = new Map(own.map((date) => [date.id, date]));
  const titleOf = (moment: KeyMoment) => {
    const date = byId.get(moment.id);
    const key = date ? keyDateRuleKey(date) : null;
    return explained(catalogue.find((entry) => entry.key === key), moment.label);
  };
  return (
    <Box data-testid="key-moments-legend" sx={{ mt: 2 }}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {t('calendarMoments.legendTitle')}
      </Typography>
      {moments.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('calendarMoments.legendEmpty')}
        </Typography>
      ) : (
        <Box
          component="ul"
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))', columnGap: 3 }}
        >
          {moments.map((moment) => {
            const pinned = moment.builtIn ? byId.get(moment.id) : undefined;
            return (
              <Box component="li" key={moment.id} data-testid="key-moment-legend-item" sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 32 }}>
                <Box aria-hidden sx={{ width: 4, alignSelf: 'stretch', my: 0.5, borderRadius: 1, bgcolor: edge(moment), flexShrink: 0 }} />
                <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                  {formatLongDate(moment.date, i18n.language as Language)}
                </Typography>
                <Typography variant="body2" title={titleOf(moment)} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                  {moment.label}
                </Typography>
                {pinned && <RemoveButton label={t('calendarMoments.removeMoment', { label: moment.label })} onClick={() => onUnpin(pinned)} />}
              </Box>
            );
          })}
        </Box>
      )}
      {outsideYear.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="key-moments-outside-year">
          {t('calendarMoments.outsideYear', { year })}{' '}
          {outsideYear.map(describe).join(' ; ')}
        </Typography>
      )}
    </Box>
  );
}

/**
 * The catalogue's dates for the plan's year not yet on the calendar, as chips: a click pins one (with
 * its ruleKey, so next year's plan recomputes it). A plan may hold a catalogue date pinned to its
 * year (Mother's Day 2027 is 30 May): that one is not offered again.
 */
export function OfferedDates({ offered, own, onPin }: { offered: OfferedDate[]; own: KeyDate[]; onPin(date: OfferedDate): void }) {
  const { t } = useTranslation();
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  const pinnedKeys = new Set<string>(own.map(keyDateRuleKey).filter((key) => key !== null));
  const pinnedLabels = new Set(own.filter((date) => date.builtIn).map((date) => date.label));
  const left = offered.filter((date) => !pinnedKeys.has(date.key) && !pinnedLabels.has(date.label));
  if (left.length === 0) return null;
  return (
    <Box data-testid="key-dates" sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{t('calendarMoments.offeredTitle')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('calendarMoments.offeredHelp')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
        {left.map((date) => (
          <Chip
            key={date.key}
            size="small"
            variant="outlined"
            icon={<AddIcon />}
            data-testid="offered-key-date"
            title={explained(date, date.label)}
            onClick={() => onPin(date)}
            label={`${Number(date.date.slice(8, 10))} ${monthNames[Number(date.date.slice(5, 7)) - 1]} · ${date.label.split(' (')[0] || '…'}`}
          />
        ))}
      </Box>
    </Box>
  );
}
