import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { STAGE_PROBABILITY_BASIS_POINTS, type PipelineReport, type QuarterComparison } from '../../../shared/compute/pipeline';
import { formatEuros, formatPercent } from '../../../shared/money';
import { useAppStore } from '../../app/store';
import { AmountField } from '../../components/AmountField';
import { ChartWithTable } from '../../components/ChartWithTable';
import { ScrollingTable } from '../../components/ScrollingTable';
import { SectionHeading } from '../../components/SectionHeading';

const euroAxis = (cents: number) => formatEuros(cents, { decimals: false });
const euroValue = (cents: number | null) => (cents === null ? '—' : formatEuros(cents));

/** « il vous manque 3 000,00 € », « objectif atteint », or no target yet. */
function Shortfall({ quarter }: { quarter: QuarterComparison }) {
  const { t } = useTranslation();
  if (quarter.shortfallCents === null) return <Typography variant="body2" color="text.secondary">{t('accounts.pipeline.noTarget')}</Typography>;
  if (quarter.shortfallCents > 0) {
    return (
      <Typography variant="body2" sx={{ color: 'error.main', fontWeight: 600, whiteSpace: 'nowrap' }}>
        {t('accounts.pipeline.missing', { amount: formatEuros(quarter.shortfallCents) })}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" sx={{ color: 'success.main', fontWeight: 600 }}>
      {t('accounts.pipeline.reached')}
    </Typography>
  );
}

/** The quarters: weighted pipeline, the target typed here, the gap and the company step's revenue forecast. */
function QuarterTable({ pipeline }: { pipeline: PipelineReport }) {
  const { t } = useTranslation();
  const targets = useAppStore((state) => state.opened?.plan.pipelineTargets);
  const updateSection = useAppStore((state) => state.updateSection);
  if (!targets) return null;
  const setTarget = (quarter: number, cents: number | null) =>
    updateSection('pipelineTargets', { quarterCents: targets.quarterCents.map((value, index) => (index === quarter ? cents : value)) });
  return (
    <ScrollingTable label={t('accounts.pipeline.byQuarterTitle')} testId="pipeline-quarters">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('accounts.pipeline.quarter')}</TableCell>
            <TableCell align="right">{t('accounts.pipeline.weighted')}</TableCell>
            <TableCell>{t('accounts.pipeline.target')}</TableCell>
            <TableCell>{t('accounts.pipeline.shortfall')}</TableCell>
            <TableCell align="right">{t('accounts.pipeline.forecast')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pipeline.quarters.map((quarter) => (
            <TableRow key={quarter.quarter} data-testid={`pipeline-quarter-${quarter.quarter + 1}`}>
              <TableCell component="th" scope="row">
                {t('budget.quarterShort', { quarter: quarter.quarter + 1 })}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }} data-testid="pipeline-quarter-weighted">
                {formatEuros(quarter.weightedCents)}
              </TableCell>
              <TableCell sx={{ width: 190, py: 0.75 }}>
                <AmountField
                  cents={targets.quarterCents[quarter.quarter] ?? null}
                  onCents={(cents) => setTarget(quarter.quarter, cents)}
                  slotProps={{ htmlInput: { 'aria-label': t('accounts.pipeline.targetOf', { quarter: quarter.quarter + 1 }), 'data-testid': `pipeline-target-${quarter.quarter + 1}` } }}
                />
              </TableCell>
              <TableCell data-testid="pipeline-quarter-shortfall">
                <Shortfall quarter={quarter} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {quarter.forecastCents === null ? (
                  <Typography variant="body2" component="span" color="text.secondary">
                    {t('accounts.pipeline.noForecast')}
                  </Typography>
                ) : (
                  formatEuros(quarter.forecastCents)
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollingTable>
  );
}

/** Every stage, even empty, with its usual probability; the total row is the report's year figure. */
function StageTable({ pipeline }: { pipeline: PipelineReport }) {
  const { t } = useTranslation();
  return (
    <ScrollingTable label={t('accounts.pipeline.byStageTitle')} testId="pipeline-stages">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('accounts.pipeline.stage')}</TableCell>
            <TableCell align="right">{t('accounts.pipeline.usualProbability')}</TableCell>
            <TableCell align="right">{t('accounts.pipeline.count')}</TableCell>
            <TableCell align="right">{t('accounts.pipeline.amount')}</TableCell>
            <TableCell align="right">{t('accounts.pipeline.weighted')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pipeline.byStage.map((row) => (
            <TableRow key={row.stage} data-testid={`pipeline-stage-${row.stage}`}>
              <TableCell component="th" scope="row">
                {t(`accountTerms.stages.${row.stage}`)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>
                {formatPercent(STAGE_PROBABILITY_BASIS_POINTS[row.stage])}
              </TableCell>
              <TableCell align="right">{row.count}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatEuros(row.amountCents)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatEuros(row.weightedCents)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow sx={{ '& td, & th': { fontWeight: 700 } }} data-testid="pipeline-stage-total">
            <TableCell component="th" scope="row">
              {t('accounts.pipeline.total')}
            </TableCell>
            <TableCell />
            <TableCell align="right">{pipeline.lines.length}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatEuros(pipeline.amountCents)}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }} data-testid="pipeline-total-weighted">
              {formatEuros(pipeline.weightedCents)}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </ScrollingTable>
  );
}

/**
 * The weighted pipeline of every account against the new business wanted: a chart by quarter (its
 * table one click away), the quarters with their targets and gaps, and the stages. All from the report.
 */
export function PipelinePanel({ pipeline }: { pipeline: PipelineReport }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const quarters = [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  const targets = pipeline.quarters.map((quarter) => quarter.targetCents);
  return (
    <Box component="section" aria-labelledby="pipeline-title" data-testid="pipeline">
      <SectionHeading id="pipeline-title" title={t('accounts.pipeline.title')} help={t('accounts.pipeline.help')} />
      <Stack spacing={2}>
        {pipeline.lines.length === 0 && <Typography color="text.secondary">{t('accounts.pipeline.empty')}</Typography>}
        <ChartWithTable
          title={t('accounts.pipeline.chartTitle')}
          testId="pipeline-chart"
          table={{
            columns: [t('accounts.pipeline.weighted'), t('accounts.pipeline.target')],
            rows: quarters.map((label, index) => ({ label, values: [formatEuros(pipeline.weightedQuarterCents[index]), euroValue(targets[index])] })),
          }}
        >
          <BarChart
            height={260}
            xAxis={[{ scaleType: 'band', data: quarters }]}
            yAxis={[{ valueFormatter: euroAxis, width: 80 }]}
            series={[
              { data: pipeline.weightedQuarterCents, label: t('accounts.pipeline.weighted'), valueFormatter: euroValue, color: theme.palette.primary.main },
              { data: targets, label: t('accounts.pipeline.target'), valueFormatter: euroValue, color: theme.palette.secondary.main },
            ]}
          />
        </ChartWithTable>
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            {t('accounts.pipeline.byQuarterTitle')}
          </Typography>
          <QuarterTable pipeline={pipeline} />
        </Box>
        <Box>
          <Typography variant="h3" sx={{ mb: 1 }}>
            {t('accounts.pipeline.byStageTitle')}
          </Typography>
          <StageTable pipeline={pipeline} />
        </Box>
      </Stack>
    </Box>
  );
}
