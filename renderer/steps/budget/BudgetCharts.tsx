import { Stack, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { formatEuros } from '../../../shared/money';
import type { PlanReport } from '../../../shared/report/planReport';
import { ChartWithTable } from '../../components/ChartWithTable';

const euroAxis = (cents: number) => formatEuros(cents, { decimals: false });
const euroValue = (cents: number | null) => formatEuros(cents ?? 0);

/**
 * The budget as two charts, from the report's figures: the quarters planned beside what was spent
 * (actual spend typed per action), and the categories in their own colours.
 */
export function BudgetCharts({ report }: { report: PlanReport }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const quarters = [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  const categories = report.byCategory.filter((row) => row.cents > 0);
  const categoryName = (key: (typeof categories)[number]['key']) => (key === 'commissions' ? t('costPeriods.commissionsRow') : t(`actionPlan.categories.${key}`));
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
      <ChartWithTable
        title={t('charts.budgetByQuarter')}
        testId="budget-chart-quarters"
        table={{
          columns: [t('charts.planned'), t('charts.actual')],
          rows: quarters.map((label, index) => ({ label, values: [formatEuros(report.budget.quartersCents[index]), formatEuros(report.steering.total.actualQuarterCents[index])] })),
        }}
      >
        <BarChart
          height={260}
          xAxis={[{ scaleType: 'band', data: quarters }]}
          yAxis={[{ valueFormatter: euroAxis, width: 80 }]}
          series={[
            { data: report.budget.quartersCents, label: t('charts.planned'), valueFormatter: euroValue, color: theme.palette.primary.main },
            { data: report.steering.total.actualQuarterCents, label: t('charts.actual'), valueFormatter: euroValue, color: theme.palette.secondary.main },
          ]}
        />
      </ChartWithTable>
      <ChartWithTable
        title={t('charts.budgetByCategory')}
        testId="budget-chart-categories"
        table={{ columns: [t('charts.amount')], rows: categories.map((row) => ({ label: categoryName(row.key), values: [formatEuros(row.cents)] })) }}
      >
        <BarChart
          height={260}
          layout="horizontal"
          yAxis={[
            {
              scaleType: 'band',
              data: categories.map((row) => categoryName(row.key)),
              width: 170,
              colorMap: { type: 'ordinal', values: categories.map((row) => categoryName(row.key)), colors: categories.map((row) => (row.key === 'commissions' ? theme.palette.grey[500] : categoryColors[row.key])) },
            },
          ]}
          xAxis={[{ valueFormatter: euroAxis }]}
          series={[{ data: categories.map((row) => row.cents), label: t('charts.amount'), valueFormatter: euroValue }]}
          hideLegend
        />
      </ChartWithTable>
    </Stack>
  );
}
