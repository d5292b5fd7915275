import { memo } from 'react';
import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, type ChipProps } from '@mui/material';
import { styled, type Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import type { IndicatorStatus } from '../../../shared/compute/indicators';
import { formatPercent } from '../../../shared/money';
import { kpiDirections, SHORT_TEXT_MAX, type Action, type Kpi, type KpiDirection, type Objective } from '../../../shared/plan';
import { itemById } from '../../app/itemById';
import { usePlanReport } from '../../app/planReview';
import { BaselineFromData } from '../../components/BaselineFromData';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';
import { ScrollingTable, stickyFirst, stickyMarked } from '../../components/ScrollingTable';
import { SpacerRow } from '../../components/SpacerRow';
import { StepHeader } from '../../components/StepHeader';
import { useVirtualRows } from '../../components/useVirtualRows';
import { CustomerValueCalculator } from './CustomerValueCalculator';

/** Green only when it really is on track: nothing turns green by rounding or by default. */
const statusColors: Record<IndicatorStatus, ChipProps['color']> = { ahead: 'success', onTrack: 'success', late: 'warning', notMeasured: 'default' };

const emptyMonths = (): (string | null)[] => Array.from({ length: 12 }, () => null);

type StoreState = ReturnType<typeof useAppStore.getState>;
const noItems: never[] = [];
// Each row finds its own action or objective without scanning the plan on every keystroke.
const selectAction = (id: string) => (state: StoreState) => itemById<Action>(state.opened?.plan.actions ?? noItems, id);
const selectObjective = (id: string) => (state: StoreState) => itemById<Objective>(state.opened?.plan.objectives ?? noItems, id);

/** « 31 décembre 2027 » for the date of the figures; « 31/12/2027 » where a table is short of room. */
function formatDate(iso: string, language: string, style: 'long' | 'numeric' = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '—';
  const parts = style === 'long' ? ({ day: 'numeric', month: 'long' } as const) : ({ day: '2-digit', month: '2-digit' } as const);
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { ...parts, year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** The direction the figures use: the user's choice, else the catalogue's or what the figures say. */
function DirectionSelect({ value, label, testId, onChange }: { value: KpiDirection; label: string; testId: string; onChange(direction: KpiDirection): void }) {
  const { t } = useTranslation();
  return (
    <DirectionNative value={value} aria-label={label} data-testid={testId} onChange={(event) => onChange(event.target.value as KpiDirection)}>
      {kpiDirections.map((direction) => (
        <option key={direction} value={direction}>
          {t(`indicators.directions.${direction}`)}
        </option>
      ))}
    </DirectionNative>
  );
}

function ProgressCells({ progressBasisPoints, status, testIdPrefix }: { progressBasisPoints: number | null; status: IndicatorStatus; testIdPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <TableCell sx={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 600 }} data-testid={`${testIdPrefix}-progress`}>
        {progressBasisPoints === null ? '—' : formatPercent(progressBasisPoints)}
      </TableCell>
      <TableCell>
        <Chip size="small" color={statusColors[status]} label={t(`indicators.statuses.${status}`)} data-testid={`${testIdPrefix}-status`} data-status={status} />
      </TableCell>
    </>
  );
}

/**
 * Plain inputs and selects styled once, not MUI text fields: a thousand rows of fifteen MUI fields
 * take many seconds to mount (measured: 8 s for 200 rows, 1,1 s with these), and at this size they
 * look alike.
 */
const figureControl = ({ theme }: { theme: Theme }) => ({
  boxSizing: 'border-box' as const,
  height: 32,
  padding: '4px 6px',
  font: 'inherit',
  fontSize: theme.typography.body2.fontSize,
  color: theme.palette.text.primary,
  backgroundColor: theme.palette.background.paper,
  border: `1px solid ${theme.palette.grey[400]}`,
  borderRadius: theme.shape.borderRadius,
  '&:hover': { borderColor: theme.palette.text.primary },
  '&:focus': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2, borderColor: 'transparent' },
});
const MonthInput = styled('input')(figureControl, { width: 56 });
const FigureInput = styled('input')(figureControl, { width: 88 });
const DirectionNative = styled('select')(figureControl, { width: 136, cursor: 'pointer' });
const MonthCell = styled('td')(({ theme }) => ({ padding: theme.spacing(0.5, 0.25), borderBottom: `1px solid ${theme.palette.divider}` }));

function MonthlyActualCells({ values, name, testIdPrefix, onChange }: { values: (string | null)[]; name: string; testIdPrefix: string; onChange(values: (string | null)[]): void }) {
  const { t } = useTranslation();
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  return values.map((actual, month) => (
    <MonthCell key={month}>
      <MonthInput
        value={actual ?? ''}
        maxLength={20}
        aria-label={`${name} — ${monthNames[month]}`}
        data-testid={`${testIdPrefix}-actual-${month + 1}`}
        onChange={(event) => onChange(values.map((value, i) => (i === month ? event.target.value || null : value)))}
      />
    </MonthCell>
  ));
}

/** Narrow side padding, so that progress and status fit at 1280 px before the months. */
const compactCells = { '& .MuiTableCell-root': { px: 1 } } as const;

/**
 * The first column stays in view while the months scroll sideways. Its colour mark is a shadow, not a
 * border: a collapsed table's borders stay behind when a sticky cell moves.
 */

function MonthHeaders() {
  const { t } = useTranslation();
  return (t('months.short', { returnObjects: true }) as string[]).map((name) => (
    <TableCell key={name} sx={{ px: 0.5, textAlign: 'center' }}>
      {name}
    </TableCell>
  ));
}

interface IndicatorFigures {
  direction: KpiDirection;
  progressBasisPoints: number | null;
  status: IndicatorStatus;
}

/** Name, direction, baseline, target, progress, status and the twelve months. */
const KPI_COLUMNS = 18;
const KPI_ROW_ESTIMATE = 57;

type RowPlace = { index: number; measure?: (element: Element | null) => void };

const KpiRow = memo(function KpiRow({ actionId, kpiId, direction, progressBasisPoints, status, index, measure }: { actionId: string; kpiId: string } & IndicatorFigures & RowPlace) {
  const { t } = useTranslation();
  const action = useAppStore(selectAction(actionId));
  const saveItem = useAppStore((state) => state.saveItem);
  const kpi = action?.kpis.find((candidate) => candidate.id === kpiId);
  if (!action || !kpi) return null;
  const set = (patch: Partial<Kpi>) => saveItem('actions', { ...action, kpis: action.kpis.map((other) => (other.id === kpi.id ? { ...other, ...patch } : other)) });
  const label = (part: string) => `${kpi.name} — ${part}`;
  return (
    <TableRow data-testid="kpi-row" data-index={index} ref={measure}>
      <TableCell sx={{ ...stickyMarked(categoryColors[action.category]), maxWidth: 220, minWidth: 180 }}>
        <Typography variant="body2" noWrap title={kpi.name} sx={{ fontWeight: 600 }}>
          {kpi.name || '…'} {kpi.unit && `(${kpi.unit})`}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap title={action.title} component="div">
          {action.title}
        </Typography>
      </TableCell>
      <TableCell>
        <DirectionSelect value={direction} label={label(t('indicators.direction'))} testId="kpi-direction" onChange={(chosen) => set({ direction: chosen })} />
      </TableCell>
      <TableCell>
        <Box sx={{ display: 'flex', alignItems: 'center' }}>
          <FigureInput
            value={kpi.baseline ?? ''}
            maxLength={SHORT_TEXT_MAX}
            aria-label={label(t('indicators.baseline'))}
            data-testid="kpi-baseline"
            onChange={(event) => set({ baseline: event.target.value })}
          />
          <BaselineFromData testId="kpi-baseline-from-data" onPick={(baseline) => set({ baseline })} />
        </Box>
      </TableCell>
      <TableCell>
        <FigureInput
          value={kpi.target}
          maxLength={SHORT_TEXT_MAX}
          aria-label={label(t('indicators.target'))}
          data-testid="kpi-target"
          onChange={(event) => set({ target: event.target.value })}
        />
      </TableCell>
      <ProgressCells progressBasisPoints={progressBasisPoints} status={status} testIdPrefix="kpi" />
      <MonthlyActualCells values={kpi.actualByMonth} name={kpi.name} testIdPrefix="kpi" onChange={(actualByMonth) => set({ actualByMonth })} />
    </TableRow>
  );
});

const ObjectiveRow = memo(function ObjectiveRow({ objectiveId, direction, progressBasisPoints, status }: { objectiveId: string } & IndicatorFigures) {
  const { t, i18n } = useTranslation();
  const objective = useAppStore(selectObjective(objectiveId));
  const saveItem = useAppStore((state) => state.saveItem);
  if (!objective) return null;
  const set = (patch: Partial<Objective>) => saveItem('objectives', { ...objective, ...patch });
  const name = objective.title || objective.indicator;
  const unit = objective.unit ? ` ${objective.unit}` : '';
  return (
    <TableRow data-testid="objective-progress-row">
      <TableCell sx={{ ...stickyFirst, maxWidth: 200, minWidth: 160 }}>
        <Typography variant="body2" noWrap title={objective.title} sx={{ fontWeight: 600 }}>
          {objective.title || '…'}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap title={objective.indicator} component="div">
          {objective.indicator}
        </Typography>
      </TableCell>
      <TableCell>
        <DirectionSelect
          value={direction}
          label={`${name} — ${t('indicators.direction')}`}
          testId="objective-direction"
          onChange={(chosen) => set({ direction: chosen })}
        />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="objective-span">
        {objective.baseline || '—'} → {objective.target || '—'}
        {unit}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(objective.deadline, i18n.language, 'numeric')}</TableCell>
      <ProgressCells progressBasisPoints={progressBasisPoints} status={status} testIdPrefix="objective" />
      <MonthlyActualCells values={objective.actualByMonth ?? emptyMonths()} name={name} testIdPrefix="objective" onChange={(actualByMonth) => set({ actualByMonth })} />
    </TableRow>
  );
});

const figuresOf = ({ direction, progressBasisPoints, status }: IndicatorFigures): IndicatorFigures => ({ direction, progressBasisPoints, status });

/**
 * Starting values, targets and monthly actuals of every KPI and objective: the dashboard to steer the
 * year. Progress and statuses come from the plan's report, built once per version of the plan.
 */
export function KpisStep() {
  const { t, i18n } = useTranslation();
  // Progress and statuses follow once typing pauses; the figures typed show at once in their rows.
  const report = usePlanReport();
  const { holder, indexes, before, after, measure } = useVirtualRows(report?.kpis.length ?? 0, KPI_ROW_ESTIMATE);
  if (!report) return null;
  const head = { whiteSpace: 'nowrap' as const };

  return (
    <Stack spacing={3}>
      <StepHeader step="kpis" intro={t('kpis.intro')} />
      <Stack spacing={0.5}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="kpi-as-of">
          {t('indicators.asOf', { date: formatDate(report.asOf, i18n.language) })}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="kpi-progress-help">
          {t('indicators.progressHelp')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('indicators.directionHelp')}
        </Typography>
      </Stack>
      {report.kpis.length === 0 ? (
        <Typography color="text.secondary">{t('kpis.noKpi')}</Typography>
      ) : (
        <ScrollingTable label={t('kpis.kpi')}>
          <Table size="small" data-testid="kpi-table" sx={compactCells}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ ...stickyFirst, zIndex: 2 }}>
                  {t('kpis.kpi')} · {t('kpis.action')}
                </TableCell>
                <TableCell sx={head}>{t('indicators.direction')}</TableCell>
                <TableCell sx={head}>{t('indicators.baseline')}</TableCell>
                <TableCell sx={head}>{t('indicators.target')}</TableCell>
                <TableCell sx={head}>{t('indicators.progress')}</TableCell>
                <TableCell sx={head}>{t('indicators.status')}</TableCell>
                <MonthHeaders />
              </TableRow>
            </TableHead>
            <TableBody ref={holder}>
              <SpacerRow height={before} columns={KPI_COLUMNS} />
              {indexes.map((index) => {
                const { actionId, kpi, indicator } = report.kpis[index];
                return <KpiRow key={kpi.id} index={index} measure={measure} actionId={actionId} kpiId={kpi.id} {...figuresOf(indicator)} />;
              })}
              <SpacerRow height={after} columns={KPI_COLUMNS} />
            </TableBody>
          </Table>
        </ScrollingTable>
      )}
      {report.objectives.length > 0 && (
        <Stack component="section" aria-labelledby="objectives-progress-title">
          <SectionHeading id="objectives-progress-title" title={t('indicators.objectivesTitle')} help={t('indicators.objectivesHelp')} level="h3" />
          <ScrollingTable label={t('indicators.objectivesTitle')}>
            <Table size="small" data-testid="objective-progress-table" sx={compactCells}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ ...stickyFirst, zIndex: 2 }}>{t('objectives.fields.title')}</TableCell>
                  <TableCell sx={head}>{t('indicators.direction')}</TableCell>
                  <TableCell sx={head}>
                    {t('indicators.baseline')} → {t('indicators.target')}
                  </TableCell>
                  <TableCell sx={head}>{t('objectives.fields.deadline')}</TableCell>
                  <TableCell sx={head}>{t('indicators.progress')}</TableCell>
                  <TableCell sx={head}>{t('indicators.status')}</TableCell>
                  <MonthHeaders />
                </TableRow>
              </TableHead>
              <TableBody>
                {report.objectives.map(({ objective, indicator }) => (
                  <ObjectiveRow key={objective.id} objectiveId={objective.id} {...figuresOf(indicator)} />
                ))}
              </TableBody>
            </Table>
          </ScrollingTable>
        </Stack>
      )}
      <CustomerValueCalculator />
    </Stack>
  );
}
