import { Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { formatEuros } from '../../../shared/money';
import { reportOf } from '../../../shared/report/planReport';
import { useSettledPlan } from '../../app/planReview';
import { SpacerRow } from '../../components/SpacerRow';
import { StepHeader } from '../../components/StepHeader';
import { useVirtualRows } from '../../components/useVirtualRows';
import { PreviousYearComparison } from './PreviousYearComparison';

/** The consultant's table: one row per action, the same figures (from the plan's report) as the budget step. */
/** Category, action, objectives, KPIs, owner, four quarters, total, months. */
const SUMMARY_COLUMNS = 11;
const SUMMARY_ROW_ESTIMATE = 53;

export function SummaryStep() {
  const { t } = useTranslation();
  const plan = useSettledPlan();
  const report = plan ? reportOf(plan) : null;
  const { holder, indexes, before, after, measure } = useVirtualRows(report?.summaryRows.length ?? 0, SUMMARY_ROW_ESTIMATE);
  if (!report) return null;
  const { budget, summaryRows: rows, moneyRows } = report;
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  const quarters = [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  // Cents everywhere: the quarter columns add up to the totals printed beside them.
  const euros = (cents: number) => (cents === 0 ? '' : formatEuros(cents));
  const cell = { whiteSpace: 'nowrap' as const, textAlign: 'right' as const };

  return (
    <Stack spacing={3}>
      <StepHeader step="summary" intro={t('summary.intro')} />
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('summary.noAction')}</Typography>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="summary-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('summary.category')}</TableCell>
                <TableCell>{t('summary.action')}</TableCell>
                <TableCell>{t('summary.objectives')}</TableCell>
                <TableCell>{t('summary.kpis')}</TableCell>
                <TableCell>{t('summary.owner')}</TableCell>
                {quarters.map((quarter) => (
                  <TableCell key={quarter} sx={cell}>
                    {quarter}
                  </TableCell>
                ))}
                <TableCell sx={cell}>{t('summary.total')}</TableCell>
                <TableCell>{t('summary.months')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody ref={holder}>
              <SpacerRow height={before} columns={SUMMARY_COLUMNS} />
              {indexes.map((index) => {
                const { action, cost, quartersCents, objectiveTitles, kpiNames } = rows[index];
                return (
                  <TableRow key={action.id} data-testid="summary-row" data-index={index} ref={measure}>
                    <TableCell sx={{ borderLeft: 4, borderLeftColor: categoryColors[action.category], minWidth: 130 }}>
                      {t(`actionPlan.categories.${action.category}`)}
                    </TableCell>
                    <TableCell sx={{ minWidth: 180 }}>{action.title}</TableCell>
                    <TableCell sx={{ minWidth: 160 }}>{objectiveTitles.join(' ; ')}</TableCell>
                    <TableCell>{kpiNames.join(' ; ')}</TableCell>
                    <TableCell>{action.owner.name}</TableCell>
                    {quartersCents.map((value, quarter) => (
                      <TableCell key={quarter} sx={cell}>
                        {euros(value)}
                      </TableCell>
                    ))}
                    <TableCell sx={{ ...cell, fontWeight: 600 }}>{euros(cost.totalCents)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{action.activeMonths.map((month) => monthNames[month - 1]).join(' ')}</TableCell>
                  </TableRow>
                );
              })}
              <SpacerRow height={after} columns={SUMMARY_COLUMNS} />
              {moneyRows.flatMap((row) =>
                row.source === 'commission'
                  ? [
                      <TableRow key={row.channel.id} data-testid="summary-commission-row">
                        <TableCell sx={{ borderLeft: 4, borderLeftColor: 'divider' }}>{t('steps.names.distribution')}</TableCell>
                        <TableCell colSpan={4}>{t('budget.commission', { channel: row.channel.name || '…' })}</TableCell>
                        {row.quartersCents.map((value, quarter) => (
                          <TableCell key={quarter} sx={cell}>
                            {euros(value)}
                          </TableCell>
                        ))}
                        <TableCell sx={{ ...cell, fontWeight: 600 }}>{euros(row.yearCents)}</TableCell>
                        <TableCell />
                      </TableRow>,
                    ]
                  : [],
              )}
              <TableRow sx={{ '& td': { fontWeight: 700, borderTop: 2 } }}>
                <TableCell colSpan={5}>{t('summary.total')}</TableCell>
                {budget.quartersCents.map((value, quarter) => (
                  <TableCell key={quarter} sx={cell} data-testid="summary-quarter-total">
                    {formatEuros(value)}
                  </TableCell>
                ))}
                <TableCell sx={cell} data-testid="summary-year-total">
                  {formatEuros(budget.yearCents)}
                </TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </Paper>
      )}
      {plan && <PreviousYearComparison plan={plan} />}
    </Stack>
  );
}
