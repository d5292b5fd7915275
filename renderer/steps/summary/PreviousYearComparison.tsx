import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { compareWithPreviousYear, formatComparisonChange, formatComparisonValue } from '../../../shared/compute/previousYear';
import type { Plan } from '../../../shared/plan';

/** Next year's plan next to the totals of the plan it came from: what grows, what shrinks. */
export function PreviousYearComparison({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const previous = plan.meta.previousYear;
  if (!previous) return null;
  const rows = compareWithPreviousYear(plan) ?? [];
  const cell = { textAlign: 'right' as const, whiteSpace: 'nowrap' as const };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="comparison-title" data-testid="previous-year">
      <Typography variant="h3" id="comparison-title">
        {t('nextYear.comparisonTitle', { year: previous.planYear })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('nextYear.comparisonHelp', { title: previous.title })}
      </Typography>
      <Table size="small" sx={{ maxWidth: 720 }}>
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell sx={cell}>{t('nextYear.previous', { year: previous.planYear })}</TableCell>
            <TableCell sx={cell}>{t('nextYear.current', { year: plan.company.planYear })}</TableCell>
            <TableCell sx={cell}>{t('nextYear.change')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{t(`nextYear.${row.key}`)}</TableCell>
              <TableCell sx={cell}>{formatComparisonValue(row, row.before)}</TableCell>
              <TableCell sx={cell}>{formatComparisonValue(row, row.after)}</TableCell>
              <TableCell sx={cell}>{formatComparisonChange(row)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
