import { useRef, useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../shared/dates';
import { formatCount, formatEuros, formatPercent } from '../../../shared/money';
import { customerSegmentIds, type CustomerFigures, type CustomerSegmentId, type Plan } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { newId } from '../../app/ids';
import type { Language } from '../../../shared/i18n';
import { ChartWithTable } from '../../components/ChartWithTable';
import { exportSegmentContacts } from './salesCalls';

const hundredthsText = (value: number | null) => (value === null ? '—' : (value / 100).toFixed(2).replace('.', ','));

/** The figures as cards: the same values the PDF, the workbook and `check --json` print. */
export function FiguresGrid({ figures, amounts }: { figures: CustomerFigures; amounts: 'ht' | 'ttc' | null }) {
  const { t, i18n } = useTranslation();
  const amountsNote = amounts === null ? '' : ` (${t(amounts === 'ht' ? 'customers.figures.amountsHt' : 'customers.figures.amountsTtc')})`;
  const cards: [string, string, string][] = [
    ['customers', t('customers.figures.customers'), formatCount(figures.customers)],
    ['purchases', t('customers.figures.purchases'), formatCount(figures.purchases)],
    ['revenue', `${t('customers.figures.revenue')}${amountsNote}`, formatEuros(figures.revenueCents)],
    ['averageBasket', t('customers.figures.averageBasket'), figures.averageBasketCents === null ? '—' : formatEuros(figures.averageBasketCents)],
    ['purchasesPerYear', t('customers.figures.purchasesPerYear'), hundredthsText(figures.purchasesPerYearHundredths)],
    ['retention', t('customers.figures.retention'), figures.retentionBasisPoints === null ? t('customers.figures.retentionNone') : formatPercent(figures.retentionBasisPoints)],
    ['top20Share', t('customers.figures.top20Share'), figures.top20ShareBasisPoints === null ? '—' : formatPercent(figures.top20ShareBasisPoints)],
  ];
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('customers.figures.asOf', { date: formatLongDate(figures.asOf, i18n.language as Language) })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1.5 }}>
        {cards.map(([key, label, value]) => (
          <Paper key={key} variant="outlined" sx={{ p: 1.5 }}>
            <Typography variant="caption" color="text.secondary">{label}</Typography>
            <Typography sx={{ fontWeight: 700, fontSize: '1.15rem' }} data-testid={`sales-figure-${key}`}>{value}</Typography>
          </Paper>
        ))}
      </Box>
    </Box>
  );
}

const segmentRule = (t: (key: string, params?: Record<string, unknown>) => string, segment: CustomerSegmentId, plan: Plan) => {
  const { thresholds } = plan.customerFile;
  const params = { new: { days: thresholds.newWithinDays }, loyal: { count: thresholds.loyalPurchases }, lost: { days: thresholds.lostAfterDays }, toReactivate: { from: thresholds.reactivateFromDays, to: thresholds.lostAfterDays }, occasional: {} }[segment];
  return t(`customers.segmentRules.${segment}`, params);
};

/**
 * The stored figures, the customers by segment and the revenue by month as charts, and what the
 * owner can do with a segment: add it to the targets, or export its contacts for a mailing tool.
 */
export function StoredFigures({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const saveItem = useAppStore((state) => state.saveItem);
  const updateSection = useAppStore((state) => state.updateSection);
  const [exported, setExported] = useState<{ segment: CustomerSegmentId; contacts: number; optedOut: number } | null>(null);
  const [askingFile, setAskingFile] = useState<CustomerSegmentId | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const { figures, amounts, source } = plan.customerFile;
  if (!figures) return null;
  const translate = (key: string, params?: Record<string, unknown>) => t(key, params ?? {}) as string;
  const monthLabels = figures.monthlyRevenue.map((entry) => `${t(`months.short.${Number(entry.month.slice(5)) - 1}`)} ${entry.month.slice(2, 4)}`);

  const addTarget = (segment: CustomerSegmentId) => {
    const name = t('customers.segmentTarget', { segment: t(`customers.segments.${segment}`).toLowerCase(), count: figures.segments[segment] });
    saveItem('segments', { id: newId(), name, role: 'secondary', criteria: {}, estimatedSize: String(figures.segments[segment]), priority: 3, description: segmentRule(translate, segment, plan) });
  };
  const exportContacts = async (segment: CustomerSegmentId, file?: File) => {
    const result = await exportSegmentContacts(segment, file);
    if (result) setExported({ segment, ...result });
    else if (!file) setAskingFile(segment);
  };
  const useInCalculator = () =>
    updateSection('customerValue', {
      ...plan.customerValue,
      averageTransactionCents: figures.averageBasketCents,
      purchasesPerYearHundredths: figures.purchasesPerYearHundredths,
      retentionBasisPoints: figures.retentionBasisPoints,
    });

  return (
    <Stack spacing={3} data-testid="sales-stored">
      <Typography variant="body2" color="text.secondary">
        {t('customers.source', { fileName: source?.fileName ?? '', count: figures.lines })}
      </Typography>
      <FiguresGrid figures={figures} amounts={amounts} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <ChartWithTable
          title={t('customers.charts.segments')}
          testId="sales-segment-chart"
          table={{ columns: [t('customers.charts.customersLabel')], rows: customerSegmentIds.map((id) => ({ label: t(`customers.segments.${id}`), values: [formatCount(figures.segments[id])] })) }}
        >
          <BarChart
            height={240}
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: customerSegmentIds.map((id) => t(`customers.segments.${id}`)), width: 100 }]}
            xAxis={[{ tickMinStep: 1, valueFormatter: (value: number) => formatCount(value) }]}
            series={[{ data: customerSegmentIds.map((id) => figures.segments[id]), label: t('customers.charts.customersLabel'), valueFormatter: (value) => formatCount(value ?? 0), color: theme.palette.primary.main }]}
            hideLegend
          />
        </ChartWithTable>
        <ChartWithTable
          title={t('customers.charts.months')}
          testId="sales-month-chart"
          table={{ columns: [t('customers.charts.revenueLabel')], rows: figures.monthlyRevenue.map((entry, index) => ({ label: monthLabels[index], values: [formatEuros(entry.cents)] })) }}
        >
          <BarChart
            height={240}
            xAxis={[{ scaleType: 'band', data: monthLabels }]}
            yAxis={[{ valueFormatter: (value: number) => formatEuros(value, { decimals: false }), width: 80 }]}
            series={[{ data: figures.monthlyRevenue.map((entry) => entry.cents), label: t('customers.charts.revenueLabel'), valueFormatter: (value) => formatEuros(value ?? 0), color: theme.palette.secondary.main }]}
            hideLegend
          />
        </ChartWithTable>
      </Stack>

      <Box>
        <Button variant="outlined" onClick={useInCalculator} data-testid="sales-use-in-calculator">{t('customers.useInCalculator')}</Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>{t('customers.useInCalculatorHelp')}</Typography>
      </Box>

      <Table size="small" aria-label={t('customers.charts.segments')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('customers.segmentTable.segment')}</TableCell>
            <TableCell>{t('customers.segmentTable.rule')}</TableCell>
            <TableCell align="right">{t('customers.segmentTable.count')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {customerSegmentIds.map((segment) => (
            <TableRow key={segment} data-testid={`sales-segment-${segment}`}>
              <TableCell>{t(`customers.segments.${segment}`)}</TableCell>
              <TableCell>{segmentRule(translate, segment, plan)}</TableCell>
              <TableCell align="right">{formatCount(figures.segments[segment])}</TableCell>
              <TableCell align="right">
                <Button size="small" disabled={figures.segments[segment] === 0} onClick={() => addTarget(segment)} data-testid={`sales-add-target-${segment}`}>
                  {t('customers.addToTargets')}
                </Button>
                <Button size="small" disabled={figures.segments[segment] === 0} onClick={() => void exportContacts(segment)}>
                  {t('customers.exportContacts')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <input
        ref={picker}
        type="file"
        hidden
        accept=".csv,.txt,.xlsx"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file && askingFile) void exportContacts(askingFile, file).then(() => setAskingFile(null));
        }}
      />
      {askingFile && (
        <Alert severity="info" action={<Button onClick={() => picker.current?.click()}>{t('customers.chooseFileAgain')}</Button>}>
          {t('errors.salesFileNeeded', { fileName: source?.fileName ?? '' })}
        </Alert>
      )}
      {exported && (
        <Alert severity="success" onClose={() => setExported(null)}>
          {t('customers.exported', { count: exported.contacts, segment: t(`customers.segments.${exported.segment}`), optedOut: exported.optedOut })} {t('customers.exportRules')}
        </Alert>
      )}
      <Button color="inherit" sx={{ alignSelf: 'flex-start' }} onClick={() => updateSection('customerFile', { ...plan.customerFile, source: null, figures: null, mapping: {}, merged: [] })}>
        {t('customers.forget')}
      </Button>
    </Stack>
  );
}
