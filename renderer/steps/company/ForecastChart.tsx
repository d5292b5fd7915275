import { Box, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../shared/money';
import type { CompanyProfile } from '../../../shared/plan';
import { ChartWithTable } from '../../components/ChartWithTable';

/** The forecast typed month by month, as bars: the seasons a table of twelve amounts hides. */
export function ForecastChart({ company }: { company: CompanyProfile }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const months = t('months.short', { returnObjects: true }) as unknown as string[];
  const cents = company.revenueForecastCents.map((value) => value ?? 0);
  if (cents.every((value) => value === 0)) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <ChartWithTable
        title={t('charts.revenueForecast')}
        testId="forecast-chart"
        table={{ columns: [t('charts.amount')], rows: months.map((label, index) => ({ label, values: [company.revenueForecastCents[index] === null ? '—' : formatEuros(cents[index])] })) }}
      >
        <BarChart
          height={220}
          xAxis={[{ scaleType: 'band', data: months }]}
          yAxis={[{ valueFormatter: (value: number) => formatEuros(value, { decimals: false }), width: 90 }]}
          series={[{ data: cents, label: t('charts.amount'), valueFormatter: (value) => formatEuros(value ?? 0), color: theme.palette.primary.main }]}
          hideLegend
        />
      </ChartWithTable>
    </Box>
  );
}
