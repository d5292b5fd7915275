import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { builtInKeyDatesForYear, type KeyDateKey } from '../../../shared/calendar/keyDates';
import { keyMomentsOfYear } from '../../../shared/calendar/keyMoments';
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
import { MomentsLegend, momentsHeight, MonthHeading, OfferedDates, type CatalogueDate, type OfferedDate } from './KeyMoments';
import { paintMonths } from './monthPainting';

const GRID = '220px 110px repeat(12, minmax(42px, 1fr))';
/** Every line lays out the same columns, so the lines line up as one grid. */
const gridRow = { display: 'grid', gridTemplateColumns: GRID, gap: 0.5, pb: 0.5, alignItems: 'center' } as const;
/** The header's months carry their key moments under their names: every heading starts at the top. */
const headerRow = { ...gridRow, alignItems: 'start' } as const;
const LINE_ESTIMATE = 32;

/** A category's heading in the grid, or one of its actions. */
type GridEntry = { kind: 'heading'; category: ActionCategory } | { kind: 'action'; action: Action };

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
  // Worked out again only when the dates change, not on every month painted.
  const moments = useMemo(
    () => keyMomentsOfYear(keyDates ?? [], planYear ?? 0, t('calendarMoments.short', { returnObjects: true }) as Partial<Record<KeyDateKey, string>>),
    [keyDates, planYear, t],
  );

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
  const longMonthNames = t('months.long', { returnObjects: true }) as string[];
  const headingHeight = momentsHeight(moments.months);

  return (
    <Stack spacing={3}>
      <StepHeader step="calendar" intro={t('calendar.intro')} />
      <PrintButton />
      <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
        <Box ref={holder} sx={{ minWidth: 880, userSelect: 'none' }} data-testid="calendar-grid">
          <Box sx={headerRow} data-testid="calendar-header">
            <Typography variant="subtitle2">{t('calendar.action')}</Typography>
            <Typography variant="subtitle2">{t('calendar.owner')}</Typography>
            {moments.months.map((entry) => (
              <MonthHeading key={entry.month} name={monthNames[entry.month - 1]} longName={longMonthNames[entry.month - 1]} entry={entry} height={headingHeight} />
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
        <MomentsLegend
          moments={moments.moments}
          outsideYear={moments.outsideYear}
          year={planYear}
          own={keyDates}
          catalogue={catalogue}
          onUnpin={(date) => deleteItem('keyDates', date.id)}
        />
        <OfferedDates offered={offered} own={keyDates} onPin={pin} />
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
