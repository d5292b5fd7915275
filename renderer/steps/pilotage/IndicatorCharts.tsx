import { Box, Chip, Paper, Typography, useTheme, type ChipProps } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { expectedShare, readDecimal, type IndicatorProgress, type IndicatorStatus } from '../../../shared/compute/indicators';
import { formatNumber } from '../../../shared/money';
import type { PlanReport } from '../../../shared/report/planReport';

const statusColors: Record<IndicatorStatus, ChipProps['color']> = { ahead: 'success', onTrack: 'success', late: 'warning', notMeasured: 'default' };
/** Enough small charts for a plan's main indicators; the Indicateurs step lists them all. */
const SHOWN = 24;

const numberOf = (text: string | null | undefined): number | null => {
  const decimal = readDecimal(text);
  return decimal === null ? null : Number(decimal.units) / 10 ** decimal.scale;
};
const monthEnd = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;

interface Chartable {
  key: string;
  title: string;
  baseline: string | undefined;
  target: string;
  deadline: string;
  actualByMonth: readonly (string | null)[] | undefined;
  indicator: IndicatorProgress;
}

/** One indicator: its actuals by month, the target, the start, and the path the plan expects between them. */
function IndicatorChart({ item, year }: { item: Chartable; year: number }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const months = t('months.short', { returnObjects: true }) as unknown as string[];
  const baseline = numberOf(item.baseline);
  const target = numberOf(item.target);
  const actuals = Array.from({ length: 12 }, (_, index) => numberOf(item.actualByMonth?.[index]));
  const path =
    baseline === null || target === null
      ? null
      : months.map((_, index) => baseline + ((target - baseline) * expectedShare(year, monthEnd(year, index + 1), item.deadline)) / 10_000);
  const format = (value: number | null) => (value === null ? '—' : formatNumber(value, 2));
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="pilotage-indicator">
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'flex-start' }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {item.title || '…'}
        </Typography>
        <Chip size="small" color={statusColors[item.indicator.status]} label={t(`indicators.statuses.${item.indicator.status}`)} />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {t('pilotage.indicatorLine', { baseline: format(baseline), target: format(target) })}
      </Typography>
      <Box role="img" aria-label={t('pilotage.indicatorChart', { title: item.title })}>
        <LineChart
          height={170}
          margin={{ left: 4, right: 8, top: 8, bottom: 4 }}
          xAxis={[{ scaleType: 'point', data: months }]}
          yAxis={[{ width: 48, valueFormatter: (value: number) => formatNumber(value, 2) }]}
          series={[
            { data: actuals, label: t('pilotage.actuals'), color: theme.palette.secondary.main, valueFormatter: format, connectNulls: true, curve: 'linear' as const },
            ...(path ? [{ data: path, label: t('pilotage.expectedPath'), color: theme.palette.primary.light, valueFormatter: format, showMark: false, curve: 'linear' as const }] : []),
            ...(target === null ? [] : [{ data: months.map(() => target), label: t('indicators.target'), color: theme.palette.success.main, valueFormatter: format, showMark: false, curve: 'linear' as const }]),
          ]}
          hideLegend
        />
      </Box>
    </Paper>
  );
}

/** Every KPI and objective as a small chart with its status, from the shared progress function. */
export function IndicatorCharts({ report, year }: { report: PlanReport; year: number }) {
  const { t } = useTranslation();
  const items: Chartable[] = [
    ...report.objectives.map(({ objective, indicator }) => ({ key: objective.id, title: objective.title, baseline: objective.baseline, target: objective.target, deadline: objective.deadline, actualByMonth: objective.actualByMonth, indicator })),
    ...report.kpis.map(({ kpi, indicator, actionId }) => ({ key: `${actionId}-${kpi.id}`, title: kpi.name, baseline: kpi.baseline, target: kpi.target, deadline: '', actualByMonth: kpi.actualByMonth, indicator })),
  ];
  if (items.length === 0) return <Typography color="text.secondary">{t('pilotage.noIndicator')}</Typography>;
  return (
    <>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))', gap: 1.5 }}>
        {items.slice(0, SHOWN).map((item) => (
          <IndicatorChart key={item.key} item={item} year={year} />
        ))}
      </Box>
      {items.length > SHOWN && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('pilotage.moreIndicators', { count: items.length - SHOWN })}
        </Typography>
      )}
    </>
  );
}
