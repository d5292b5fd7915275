import { useState } from 'react';
import { Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import type { SpendLine } from '../../../shared/compute/steering';
import { formatLongDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n';
import { formatEuros, formatPercent } from '../../../shared/money';
import { reportOf, type PlanReport } from '../../../shared/report/planReport';
import { useSettledPlan } from '../../app/planReview';
import { useAppStore } from '../../app/store';
import { ChartWithTable } from '../../components/ChartWithTable';
import { IsoDateField } from '../../components/IsoDateField';
import { ScrollingTable, stickyMarked } from '../../components/ScrollingTable';
import { SectionHeading } from '../../components/SectionHeading';
import { StepHeader } from '../../components/StepHeader';
import { ActualsGrid } from './ActualsGrid';
import { IndicatorCharts } from './IndicatorCharts';
import { RevisionPanel } from './RevisionPanel';
import { ImportActionsDialog } from '../promotion/ImportActionsDialog';

const euroAxis = (cents: number) => formatEuros(cents, { decimals: false });
const variancePercent = (line: SpendLine) => (line.varianceBasisPoints === null ? '—' : `${line.varianceBasisPoints > 0 ? '+' : ''}${formatPercent(line.varianceBasisPoints)}`);
const varianceEuros = (line: SpendLine) => `${line.varianceCents > 0 ? '+' : ''}${formatEuros(line.varianceCents)}`;

function Figure({ label, value, testId, color }: { label: string; value: string; testId: string; color?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, flex: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontSize: '1.2rem', color }} data-testid={testId}>
        {value}
      </Typography>
    </Paper>
  );
}

/** Spend at the date, the cumulative curve and the table by category: every figure from the report. */
function Spend({ report }: { report: PlanReport }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const { total, byCategory, initial } = report.steering;
  const months = t('months.short', { returnObjects: true }) as unknown as string[];
  const over = total.varianceCents > 0;
  if (total.plannedYearCents === 0 && total.actualMonthsCents.every((cents) => cents === 0)) {
    return <Typography color="text.secondary" data-testid="pilotage-planned">{t('pilotage.nothingYet')}</Typography>;
  }
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5}>
        <Figure label={t('pilotage.plannedToDate')} value={formatEuros(total.plannedToDateCents)} testId="pilotage-planned" />
        <Figure label={t('pilotage.actualToDate')} value={formatEuros(total.actualToDateCents)} testId="pilotage-actual" />
        <Figure
          label={t('pilotage.variance')}
          value={`${varianceEuros(total)} (${variancePercent(total)})`}
          testId="pilotage-variance"
          color={over ? theme.palette.error.main : theme.palette.success.main}
        />
      </Stack>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
        <ChartWithTable
          title={t('pilotage.cumulativeTitle')}
          testId="pilotage-cumulative-chart"
          table={{
            columns: [t('charts.planned'), t('charts.actual')],
            rows: months.map((label, index) => ({ label, values: [formatEuros(total.plannedCumulativeCents[index]), formatEuros(total.actualCumulativeCents[index])] })),
          }}
        >
          <LineChart
            height={260}
            xAxis={[{ scaleType: 'point', data: months }]}
            yAxis={[{ valueFormatter: euroAxis, width: 80 }]}
            series={[
              { data: total.plannedCumulativeCents, label: t('charts.planned'), color: theme.palette.primary.main, valueFormatter: (value) => formatEuros(value ?? 0), curve: 'linear' },
              {
                data: total.actualCumulativeCents.map((cents, index) => (index < report.steering.monthsToDate ? cents : null)),
                label: t('charts.actual'),
                color: theme.palette.secondary.main,
                valueFormatter: (value) => (value === null ? '—' : formatEuros(value)),
                curve: 'linear',
              },
            ]}
          />
        </ChartWithTable>
        <ChartWithTable
          title={t('pilotage.byMonthTitle')}
          testId="pilotage-month-chart"
          table={{
            columns: [t('charts.planned'), t('charts.actual')],
            rows: months.map((label, index) => ({ label, values: [formatEuros(total.plannedMonthsCents[index]), formatEuros(total.actualMonthsCents[index])] })),
          }}
        >
          <BarChart
            height={260}
            xAxis={[{ scaleType: 'band', data: months }]}
            yAxis={[{ valueFormatter: euroAxis, width: 80 }]}
            series={[
              { data: total.plannedMonthsCents, label: t('charts.planned'), color: theme.palette.primary.main, valueFormatter: (value) => formatEuros(value ?? 0) },
              { data: total.actualMonthsCents, label: t('charts.actual'), color: theme.palette.secondary.main, valueFormatter: (value) => formatEuros(value ?? 0) },
            ]}
          />
        </ChartWithTable>
      </Stack>
      <ScrollingTable label={t('pilotage.byCategoryTitle')} testId="pilotage-categories">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('pilotage.category')}</TableCell>
              {initial && <TableCell align="right">{t('pilotage.initialYear')}</TableCell>}
              <TableCell align="right">{t(initial ? 'pilotage.revisedYear' : 'pilotage.plannedYear')}</TableCell>
              <TableCell align="right">{t('pilotage.plannedToDate')}</TableCell>
              <TableCell align="right">{t('pilotage.actualToDate')}</TableCell>
              <TableCell align="right">{t('pilotage.variance')}</TableCell>
              <TableCell align="right">%</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {byCategory.map((line) => (
              <TableRow key={line.category} data-testid={`pilotage-category-${line.category}`}>
                <TableCell sx={stickyMarked(categoryColors[line.category])}>{t(`actionPlan.categories.${line.category}`)}</TableCell>
                {initial && <TableCell align="right">{formatEuros(line.initialYearCents ?? 0)}</TableCell>}
                <TableCell align="right">{formatEuros(line.plannedYearCents)}</TableCell>
                <TableCell align="right">{formatEuros(line.plannedToDateCents)}</TableCell>
                <TableCell align="right">{formatEuros(line.actualToDateCents)}</TableCell>
                <TableCell align="right" sx={{ color: line.varianceCents > 0 ? 'error.main' : undefined, whiteSpace: 'nowrap' }}>
                  {varianceEuros(line)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {variancePercent(line)}
                </TableCell>
              </TableRow>
            ))}
            <TableRow sx={{ '& td': { fontWeight: 700 } }}>
              <TableCell>{t('pilotage.total')}</TableCell>
              {initial && <TableCell align="right">{formatEuros(initial.yearCents)}</TableCell>}
              <TableCell align="right">{formatEuros(total.plannedYearCents)}</TableCell>
              <TableCell align="right">{formatEuros(total.plannedToDateCents)}</TableCell>
              <TableCell align="right">{formatEuros(total.actualToDateCents)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {varianceEuros(total)}
              </TableCell>
              <TableCell align="right">{variancePercent(total)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </ScrollingTable>
      {total.plannedToDateCents !== total.plannedYearCents && report.budget.byChannel.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('pilotage.commissionsNote')}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * « Pilotage »: the year followed at the « Date du point ». What was spent against what was planned,
 * by month, cumulatively and by category; the actual spend grid; each indicator against its path.
 */
export function PilotageStep() {
  const { t, i18n } = useTranslation();
  const steering = useAppStore((state) => state.opened?.plan.steering);
  const updateSection = useAppStore((state) => state.updateSection);
  const settled = useSettledPlan();
  const [importing, setImporting] = useState(false);
  const report = settled ? reportOf(settled) : null;
  if (!steering || !settled || !report) return null;
  return (
    <Stack spacing={4} sx={{ maxWidth: 1300 }}>
      <StepHeader step="pilotage" intro={t('pilotage.intro')} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <IsoDateField label={t('pilotage.asOf')} value={steering.asOf} onChange={(asOf) => updateSection('steering', { ...steering, asOf })} testId="pilotage-as-of" />
        <Typography color="text.secondary">
          {t('pilotage.asOfShown', { date: formatLongDate(report.asOf, i18n.language as Language), months: report.steering.monthsToDate })}
        </Typography>
        {steering.asOf === '' && <Chip size="small" label={t('pilotage.asOfDefault')} />}
      </Stack>
      <Box>
        <SectionHeading id="pilotage-spend" title={t('pilotage.spendTitle')} help={t('pilotage.spendHelp')} />
        <Spend report={report} />
      </Box>
      <RevisionPanel report={report} />
      <Box>
        <SectionHeading id="pilotage-actuals" title={t('pilotage.actualsTitle')} help={t('pilotage.actualsHelp')} />
        <Button variant="outlined" onClick={() => setImporting(true)} data-testid="pilotage-import" sx={{ mb: 1.5 }}>
          {t('pilotage.importWorkbook')}
        </Button>
        <ActualsGrid />
        {importing && <ImportActionsDialog purpose="actuals" onClose={() => setImporting(false)} />}
      </Box>
      <Box>
        <SectionHeading id="pilotage-indicators" title={t('pilotage.indicatorsTitle')} help={t('pilotage.indicatorsHelp')} />
        <IndicatorCharts report={report} year={settled.company.planYear} />
      </Box>
    </Stack>
  );
}
