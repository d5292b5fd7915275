import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { builtInKeyDatesForYear, keyDateRuleKey } from '../../../shared/calendar/keyDates';
import { categoryColors } from '../../../shared/categories';
import { actionCategories, SHORT_TEXT_MAX, type Action, type ActionCategory, type KeyDate } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { itemById } from '../../app/itemById';
import { IsoDateField } from '../../components/IsoDateField';
import { RemoveButton } from '../../components/RemoveButton';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';
import { PrintButton } from '../../components/PrintButton';
import { StepHeader } from '../../components/StepHeader';
import { useVirtualRows } from '../../components/useVirtualRows';
import { paintMonths } from './monthPainting';

/** A catalogue entry in the screen's language, as actionPlan.*.ts words it. */
interface CatalogueDate {
  key: string;
  label: string;
  rule: string;
  help?: string;
}

/** A built-in date offered for the plan's year and kind of customers, on the day its rule gives. */
interface OfferedDate extends CatalogueDate {
  date: string;
}

/** The tooltip says how the date is set, and what to check (local sales dates, the ministry's calendar). */
const explained = (entry: CatalogueDate | undefined, label: string): string =>
  entry ? [label, entry.rule, entry.help].filter(Boolean).join(' — ') : label;

const GRID = '220px 110px repeat(12, minmax(42px, 1fr))';
/** Every line lays out the same columns, so the lines line up as one grid. */
const gridRow = { display: 'grid', gridTemplateColumns: GRID, gap: 0.5, pb: 0.5, alignItems: 'center' } as const;
const LINE_ESTIMATE = 32;

/** A category's heading in the grid, or one of its actions. */
type GridEntry = { kind: 'heading'; category: ActionCategory } | { kind: 'action'; action: Action };

/**
 * The key moments as a legend of small chips in calendar order: month columns are too narrow for
 * labels like « Journées européennes des métiers d’art »; the label and its rule stay in the tooltip.
 * A click on an offered date pins it to the plan (with its ruleKey, so next year's plan recomputes
 * it); a pinned one can be removed.
 */
function KeyDates({
  offered,
  catalogue,
  own,
  onPin,
  onUnpin,
}: {
  offered: OfferedDate[];
  catalogue: CatalogueDate[];
  own: KeyDate[];
  onPin(date: OfferedDate): void;
  onUnpin(date: KeyDate): void;
}) {
  const { t } = useTranslation();
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  // A plan may hold a catalogue date pinned to its year (Mother's Day 2027 is 30 May): that one wins.
  const pinnedKeys = new Set<string>(own.map(keyDateRuleKey).filter((key) => key !== null));
  const pinnedLabels = new Set(own.filter((date) => date.builtIn).map((date) => date.label));
  const entryOf = (key: string | null) => catalogue.find((entry) => entry.key === key);
  const dates = [
    ...offered
      .filter((date) => !pinnedKeys.has(date.key) && !pinnedLabels.has(date.label))
      .map((date) => ({
        key: `builtin-${date.key}`,
        date: date.date,
        label: date.label,
        title: explained(date, date.label),
        own: false,
        onClick: () => onPin(date),
        onDelete: undefined,
      })),
    ...own
      .filter((date) => date.date !== '')
      .map((date) => ({
        key: date.id,
        date: date.date,
        label: date.label,
        title: explained(entryOf(keyDateRuleKey(date)), date.label),
        own: !date.builtIn,
        onClick: undefined,
        onDelete: date.builtIn ? () => onUnpin(date) : undefined,
      })),
  ]
    .map((date) => ({ ...date, month: Number(date.date.slice(5, 7)), day: Number(date.date.slice(8, 10)) }))
    .sort((a, b) => a.month - b.month || a.day - b.day);
  return (
    <Box data-testid="key-dates">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('calendar.keyDatesTitle')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
        {dates.map((date) => (
          <Chip
            key={date.key}
            size="small"
            variant={date.own ? 'filled' : 'outlined'}
            color={date.own ? 'secondary' : date.onDelete ? 'primary' : 'default'}
            title={date.title}
            onClick={date.onClick}
            onDelete={date.onDelete}
            label={`${date.day} ${monthNames[date.month - 1]} · ${date.label.split(' (')[0] || '…'}`}
          />
        ))}
      </Box>
    </Box>
  );
}

/** One action's line of the grid: its own row of the same columns, so that a long plan renders only the rows in view. */
const ActionLine = memo(function ActionLine({
  action,
  onPaintStart,
  onPaintEnter,
}: {
  action: Action;
  onPaintStart(action: Action, month: number): void;
  onPaintEnter(action: Action, month: number): void;
}) {
  const { t } = useTranslation();
  const monthNames = t('months.long', { returnObjects: true }) as string[];
  const color = categoryColors[action.category];
  return (
    <Box sx={gridRow} data-testid="calendar-line">
      <Typography variant="body2" noWrap title={action.title} sx={{ borderLeft: 4, borderLeftColor: color, pl: 1 }}>
        {action.title || '…'}
      </Typography>
      <Typography variant="body2" noWrap color="text.secondary" title={action.owner.name}>
        {action.owner.name}
      </Typography>
      {monthNames.map((name, index) => {
        const month = index + 1;
        const on = action.activeMonths.includes(month);
        return (
          <Box
            key={name}
            component="button"
            type="button"
            aria-pressed={on}
            aria-label={t('calendar.toggleMonth', { action: action.title || '…', month: name })}
            data-testid={`calendar-cell-${month}`}
            onMouseDown={(event: React.MouseEvent) => {
              event.preventDefault();
              onPaintStart(action, month);
            }}
            onMouseEnter={() => onPaintEnter(action, month)}
            onKeyDown={(event: React.KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onPaintStart(action, month);
              }
            }}
            sx={{
              height: 28,
              border: 1,
              borderColor: 'divider',
              borderRadius: 0.5,
              cursor: 'pointer',
              bgcolor: on ? color : 'background.paper',
              '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
            }}
          />
        );
      })}
    </Box>
  );
});

function OwnDates({ dates }: { dates: KeyDate[] }) {
  const { t } = useTranslation();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const year = useAppStore((state) => state.opened?.plan.company.planYear ?? new Date().getFullYear());
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <SectionHeading id="own-dates" title={t('calendar.yourDates')} level="h3" />
      <Stack spacing={1}>
        {dates.map((date) => (
          <Stack key={date.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="own-date">
            <TextField
              label={t('calendar.keyDateLabel')}
              placeholder={t('calendar.keyDateLabelPlaceholder')}
              value={date.label}
              onChange={(event) => saveItem('keyDates', { ...date, label: event.target.value })}
              sx={{ maxWidth: 360 }}
              slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'own-date-label' } }}
            />
            <IsoDateField
              label={t('calendar.keyDateDate')}
              value={date.date}
              onChange={(value) => saveItem('keyDates', { ...date, date: value })}
              testId="own-date-date"
            />
            <RemoveButton label={t('calendar.removeKeyDate')} onClick={() => deleteItem('keyDates', date.id)} />
          </Stack>
        ))}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        data-testid="add-own-date"
        onClick={() => saveItem('keyDates', { id: newId(), label: '', date: `${year}-01-01`, builtIn: false, ruleKey: null })}
      >
        {t('calendar.addKeyDate')}
      </Button>
    </Paper>
  );
}

export function CalendarStep() {
  const { t } = useTranslation();
  const actions = useAppStore((state) => state.opened?.plan.actions);
  const keyDates = useAppStore((state) => state.opened?.plan.keyDates);
  const planYear = useAppStore((state) => state.opened?.plan.company.planYear);
  const customerKind = useAppStore((state) => state.opened?.plan.company.customerKind);
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const painting = useRef<{ actionId: string; on: boolean } | null>(null);

  useEffect(() => {
    const stop = () => (painting.current = null);
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  // Stable, so the memoised lines re-render only when their own action changes. Each paint reads the
  // action as the store holds it now: the row may have changed since the drag began.
  const paint = useCallback(
    (id: string, month: number, on: boolean) => {
      const latest = itemById(useAppStore.getState().opened?.plan.actions ?? [], id);
      if (latest) saveItem('actions', { ...latest, activeMonths: paintMonths(latest.activeMonths, month, on) });
    },
    [saveItem],
  );
  const start = useCallback(
    (action: Action, month: number) => {
      const on = !action.activeMonths.includes(month);
      painting.current = { actionId: action.id, on };
      paint(action.id, month, on);
    },
    [paint],
  );
  const enter = useCallback(
    (action: Action, month: number) => {
      if (painting.current?.actionId === action.id) paint(action.id, month, painting.current.on);
    },
    [paint],
  );
  const entries = useMemo(
    () =>
      actionCategories.flatMap((category): GridEntry[] => {
        const inCategory = (actions ?? []).filter((action) => action.category === category);
        return inCategory.length === 0 ? [] : [{ kind: 'heading', category }, ...inCategory.map((action): GridEntry => ({ kind: 'action', action }))];
      }),
    [actions],
  );
  const { holder, indexes, before, after, measure } = useVirtualRows(entries.length, LINE_ESTIMATE);

  if (!actions || !keyDates || planYear === undefined || !customerKind) return null;
  const catalogue = (() => {
    const entries: unknown = t('keyDates', { returnObjects: true });
    return Array.isArray(entries) ? (entries as CatalogueDate[]) : [];
  })();
  // The days come from the rules for the plan's year; the words from the catalogue of the screen's language.
  const offered = builtInKeyDatesForYear(planYear, customerKind).flatMap(({ key, date }) => {
    const entry = catalogue.find((candidate) => candidate.key === key);
    return entry ? [{ ...entry, date }] : [];
  });
  const pin = (date: OfferedDate) =>
    saveItem('keyDates', { id: newId(), label: date.label, date: date.date, builtIn: true, ruleKey: date.key });
  const monthNames = t('months.short', { returnObjects: true }) as string[];

  return (
    <Stack spacing={3}>
      <StepHeader step="calendar" intro={t('calendar.intro')} />
      <PrintButton />
      <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
        <KeyDates offered={offered} catalogue={catalogue} own={keyDates} onPin={pin} onUnpin={(date) => deleteItem('keyDates', date.id)} />
        <Box ref={holder} sx={{ mt: 2, minWidth: 880, userSelect: 'none' }} data-testid="calendar-grid">
          <Box sx={gridRow}>
            <Typography variant="subtitle2">{t('calendar.action')}</Typography>
            <Typography variant="subtitle2">{t('calendar.owner')}</Typography>
            {monthNames.map((name) => (
              <Typography key={name} variant="subtitle2" sx={{ textAlign: 'center' }}>
                {name}
              </Typography>
            ))}
          </Box>
          {before > 0 && <Box aria-hidden sx={{ height: before }} />}
          {indexes.map((index) => {
            const entry = entries[index];
            return (
              <Box key={entry.kind === 'heading' ? entry.category : entry.action.id} data-index={index} ref={measure}>
                {entry.kind === 'heading' ? (
                  <Typography variant="overline" component="div" sx={{ color: categoryColors[entry.category], mt: 1 }}>
                    {t(`actionPlan.categories.${entry.category}`)}
                  </Typography>
                ) : (
                  <ActionLine action={entry.action} onPaintStart={start} onPaintEnter={enter} />
                )}
              </Box>
            );
          })}
          {after > 0 && <Box aria-hidden sx={{ height: after }} />}
        </Box>
        {actions.length === 0 && <Typography color="text.secondary">{t('calendar.noAction')}</Typography>}
      </Paper>
      <OwnDates dates={keyDates.filter((date) => !date.builtIn)} />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {actionCategories.map((category) => (
          <Chip key={category} size="small" label={t(`actionPlan.categories.${category}`)} sx={{ bgcolor: categoryColors[category], color: '#fff' }} />
        ))}
      </Box>
    </Stack>
  );
}
