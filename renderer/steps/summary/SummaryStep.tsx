import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { formatEuros } from '../../../shared/money';
import { reportOf } from '../../../shared/report/planReport';
import { useSettledPlan } from '../../app/planReview';
import { ScrollingTable, stickyEnds } from '../../components/ScrollingTable';
import { SpacerRow } from '../../components/SpacerRow';
import { PrintButton } from '../../components/PrintButton';
import { StepHeader } from '../../components/StepHeader';
import { useVirtualRows } from '../../components/useVirtualRows';
import { PreviousYearComparison } from './PreviousYearComparison';

/** The consultant's table: one row per action, the same figures (from the plan's report) as the budget step. */
/** Action, category, objectives, KPIs, owner, four quarters, months, total. */
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
      <PrintButton />
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('summary.noAction')}</Typography>
      ) : (
        <ScrollingTable label={t('steps.names.summary')}>
          <Table size="small" data-testid="summary-table" sx={stickyEnds}>
            <TableHead>
              <TableRow>
                <TableCell>{t('summary.action')}</TableCell>
                <TableCell>{t('summary.category')}</TableCell>
                <TableCell>{t('summary.objectives')}</TableCell>
                <TableCell>{t('summary.kpis')}</TableCell>
                <TableCell>{t('summary.owner')}</TableCell>
                {quarters.map((quarter) => (
                  <TableCell key={quarter} sx={cell}>
                    {quarter}
                  </TableCell>
                ))}
                <TableCell>{t('summary.months')}</TableCell>
                <TableCell sx={cell}>{t('summary.total')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody ref={holder}>
              <SpacerRow height={before} columns={SUMMARY_COLUMNS} />
              {indexes.map((index) => {
                const { action, cost, quartersCents, objectiveTitles, kpiNames } = rows[index];
                return (
                  <TableRow key={action.id} data-testid="summary-row" data-index={index} ref={measure}>
                    <TableCell sx={{ boxShadow: `inset 4px 0 0 ${categoryColors[action.category]}`, pl: 1.5, minWidth: 160, maxWidth: 260 }}>{action.title}</TableCell>
                    <TableCell sx={{ minWidth: 110 }}>{t(`actionPlan.categories.${action.category}`)}</TableCell>
                    <TableCell sx={{ minWidth: 160 }}>{objectiveTitles.join(' ; ')}</TableCell>
                    <TableCell>{kpiNames.join(' ; ')}</TableCell>
                    <TableCell>{action.owner.name}</TableCell>
                    {quartersCents.map((value, quarter) => (
                      <TableCell key={quarter} sx={cell}>
                        {euros(value)}
                      </TableCell>
                    ))}
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{action.activeMonths.map((month) => monthNames[month - 1]).join(' ')}</TableCell>
                    <TableCell sx={{ ...cell, fontWeight: 600 }}>{euros(cost.totalCents)}</TableCell>
                  </TableRow>
                );
              })}
              <SpacerRow height={after} columns={SUMMARY_COLUMNS} />
              {moneyRows.flatMap((row) =>
                row.source === 'commission'
                  ? [
                      <TableRow key={row.channel.id} data-testid="summary-commission-row">
                        <TableCell>{t('budget.commission', { channel: row.channel.name || '…' })}</TableCell>
                        <TableCell colSpan={4}>{t('steps.names.distribution')}</TableCell>
                        {row.quartersCents.map((value, quarter) => (
                          <TableCell key={quarter} sx={cell}>
                            {euros(value)}
                          </TableCell>
                        ))}
                        <TableCell />
                        <TableCell sx={{ ...cell, fontWeight: 600 }}>{euros(row.yearCents)}</TableCell>
                      </TableRow>,
                    ]
                  : [],
              )}
              <TableRow sx={{ '& td': { fontWeight: 700, borderTop: 2 } }}>
                <TableCell>{t('summary.total')}</TableCell>
                <TableCell colSpan={4} />
                {budget.quartersCents.map((value, quarter) => (
                  <TableCell key={quarter} sx={cell} data-testid="summary-quarter-total">
                    {formatEuros(value)}
                  </TableCell>
                ))}
                <TableCell />
                <TableCell sx={cell} data-testid="summary-year-total">
                  {formatEuros(budget.yearCents)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </ScrollingTable>
      )}
      {plan && <PreviousYearComparison plan={plan} />}
    </Stack>
  );
}
