import { memo } from 'react';
import { Chip, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, type ChipProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import type { IndicatorStatus } from '../../../shared/compute/indicators';
import { formatPercent } from '../../../shared/money';
import { kpiDirections, SHORT_TEXT_MAX, type Action, type Kpi, type KpiDirection, type Objective } from '../../../shared/plan';
import { reportOf } from '../../../shared/report/planReport';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';
import { StepHeader } from '../../components/StepHeader';
import { CustomerValueCalculator } from './CustomerValueCalculator';

/** Green only when it really is on track: nothing turns green by rounding or by default. */
const statusColors: Record<IndicatorStatus, ChipProps['color']> = { ahead: 'success', onTrack: 'success', late: 'warning', notMeasured: 'default' };

const emptyMonths = (): (string | null)[] => Array.from({ length: 12 }, () => null);

/**
 * Each row finds its own action or objective through a map built once per version of the list, so a
 * thousand rows do not each scan the plan on every keystroke.
 */
const lookups = new WeakMap<readonly { id: string }[], Map<string, unknown>>();
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  let found = lookups.get(items) as Map<string, T> | undefined;
  if (!found) {
    found = new Map(items.map((item) => [item.id, item]));
    lookups.set(items, found);
  }
  return found;
}
type StoreState = ReturnType<typeof useAppStore.getState>;
const noItems: never[] = [];
const selectAction = (id: string) => (state: StoreState) => byId<Action>(state.opened?.plan.actions ?? noItems).get(id);
const selectObjective = (id: string) => (state: StoreState) => byId<Objective>(state.opened?.plan.objectives ?? noItems).get(id);

function longDate(iso: string, language: string, month: 'long' | '2-digit' = 'long'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return '—';
  const format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** The direction the figures use; picking one records it, even the one already shown by default. */
function DirectionSelect({ value, chosen, label, testId, onChange }: { value: KpiDirection; chosen: boolean; label: string; testId: string; onChange(direction: KpiDirection): void }) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      value={value}
      onChange={(event) => onChange(event.target.value as KpiDirection)}
      sx={{ width: 160 }}
      slotProps={{ htmlInput: { 'aria-label': label, 'data-testid': testId } }}
    >
      {kpiDirections.map((direction) => (
        <MenuItem key={direction} value={direction} onClick={!chosen && direction === value ? () => onChange(direction) : undefined}>
          {t(`indicators.directions.${direction}`)}
        </MenuItem>
      ))}
    </TextField>
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

function MonthlyActualCells({ values, name, testIdPrefix, onChange }: { values: (string | null)[]; name: string; testIdPrefix: string; onChange(values: (string | null)[]): void }) {
  const { t } = useTranslation();
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  return values.map((actual, month) => (
    <TableCell key={month} sx={{ px: 0.25, minWidth: 64 }}>
      <TextField
        value={actual ?? ''}
        size="small"
        onChange={(event) => onChange(values.map((value, i) => (i === month ? event.target.value || null : value)))}
        slotProps={{
          htmlInput: { maxLength: 20, 'aria-label': `${name} — ${monthNames[month]}`, 'data-testid': `${testIdPrefix}-actual-${month + 1}`, style: { padding: '4px 6px' } },
        }}
      />
    </TableCell>
  ));
}

/** Narrow side padding, so that progress and status fit at 1280 px before the months. */
const compactCells = { '& .MuiTableCell-root': { px: 1 } } as const;

/** The first column stays in view while the months scroll sideways. */
const stickyFirst = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;

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

const KpiRow = memo(function KpiRow({ actionId, kpiId, direction, progressBasisPoints, status }: { actionId: string; kpiId: string } & IndicatorFigures) {
  const { t } = useTranslation();
  const action = useAppStore(selectAction(actionId));
  const saveItem = useAppStore((state) => state.saveItem);
  const kpi = action?.kpis.find((candidate) => candidate.id === kpiId);
  if (!action || !kpi) return null;
  const set = (patch: Partial<Kpi>) => saveItem('actions', { ...action, kpis: action.kpis.map((other) => (other.id === kpi.id ? { ...other, ...patch } : other)) });
  const label = (part: string) => `${kpi.name} — ${part}`;
  return (
    <TableRow data-testid="kpi-row">
      <TableCell sx={{ ...stickyFirst, borderLeft: 4, borderLeftColor: categoryColors[action.category], maxWidth: 220, minWidth: 180 }}>
        <Typography variant="body2" noWrap title={kpi.name} sx={{ fontWeight: 600 }}>
          {kpi.name || '…'} {kpi.unit && `(${kpi.unit})`}
        </Typography>
        <Typography variant="caption" color="text.secondary" noWrap title={action.title} component="div">
          {action.title}
        </Typography>
      </TableCell>
      <TableCell>
        <DirectionSelect value={direction} chosen={Boolean(kpi.direction)} label={label(t('indicators.direction'))} testId="kpi-direction" onChange={(chosen) => set({ direction: chosen })} />
      </TableCell>
      <TableCell>
        <TextField
          value={kpi.baseline ?? ''}
          size="small"
          sx={{ width: 96 }}
          onChange={(event) => set({ baseline: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'aria-label': label(t('indicators.baseline')), 'data-testid': 'kpi-baseline' } }}
        />
      </TableCell>
      <TableCell>
        <TextField
          value={kpi.target}
          size="small"
          sx={{ width: 96 }}
          onChange={(event) => set({ target: event.target.value })}
          slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'aria-label': label(t('indicators.target')), 'data-testid': 'kpi-target' } }}
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
          chosen={Boolean(objective.direction)}
          label={`${name} — ${t('indicators.direction')}`}
          testId="objective-direction"
          onChange={(chosen) => set({ direction: chosen })}
        />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="objective-span">
        {objective.baseline || '—'} → {objective.target || '—'}
        {unit}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{longDate(objective.deadline, i18n.language, '2-digit')}</TableCell>
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
  const plan = useAppStore((state) => state.opened?.plan);
  if (!plan) return null;
  const report = reportOf(plan);
  const head = { whiteSpace: 'nowrap' as const };

  return (
    <Stack spacing={3}>
      <StepHeader step="kpis" intro={t('kpis.intro')} />
      <Stack spacing={0.5}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }} data-testid="kpi-as-of">
          {t('indicators.asOf', { date: longDate(report.asOf, i18n.language) })}
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
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
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
            <TableBody>
              {report.kpis.map(({ actionId, kpi, indicator }) => (
                <KpiRow key={kpi.id} actionId={actionId} kpiId={kpi.id} {...figuresOf(indicator)} />
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {report.objectives.length > 0 && (
        <Stack component="section" aria-labelledby="objectives-progress-title">
          <SectionHeading id="objectives-progress-title" title={t('indicators.objectivesTitle')} help={t('indicators.objectivesHelp')} level="h3" />
          <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
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
          </Paper>
        </Stack>
      )}
      <CustomerValueCalculator />
    </Stack>
  );
}
