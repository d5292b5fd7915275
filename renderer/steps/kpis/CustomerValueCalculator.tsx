import { useState } from 'react';
import { Box, Paper, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { acquisitionCost, customerValue } from '../../../shared/compute/customerValue';
import { formatEuros } from '../../../shared/money';
import { AmountField } from '../../components/AmountField';
import { PercentField } from '../../components/PercentField';
import { SectionHeading } from '../../components/SectionHeading';

function Result({ label, cents, testId }: { label: string; cents: number | null; testId: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }} data-testid={testId}>
        {cents === null ? '—' : formatEuros(cents)}
      </Typography>
    </Box>
  );
}

/** A tool, not part of the plan: the figures typed here are not saved. */
export function CustomerValueCalculator() {
  const { t } = useTranslation();
  const [basket, setBasket] = useState<number | null>(4_500);
  const [purchases, setPurchases] = useState('6');
  const [retention, setRetention] = useState(6000);
  const [years, setYears] = useState('3');
  const [cost, setCost] = useState<number | null>(3_000);
  const [margin, setMargin] = useState(4000);
  const [perProspect, setPerProspect] = useState<number | null>(150);
  const [conversion, setConversion] = useState(500);
  const purchasesHundredths = /^\d+([.,]\d{1,2})?$/.test(purchases.trim()) ? Math.round(Number(purchases.replace(',', '.')) * 100) : null;
  const yearCount = /^\d{1,2}$/.test(years.trim()) ? Number(years) : null;
  const value =
    basket !== null && purchasesHundredths !== null && yearCount !== null
      ? customerValue({
          averageTransactionCents: basket,
          purchasesPerYearHundredths: purchasesHundredths,
          retentionBasisPoints: retention,
          years: yearCount,
          acquisitionCostCents: cost ?? 0,
          marginRateBasisPoints: margin,
        })
      : null;
  const cac = perProspect === null ? null : acquisitionCost(perProspect, conversion);

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SectionHeading id="clv-title" title={t('kpis.calculatorTitle')} help={t('kpis.calculatorHelp')} level="h3" />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1.5 }}>
          <AmountField label={t('kpis.averageTransaction')} cents={basket} onCents={setBasket} slotProps={{ htmlInput: { 'data-testid': 'clv-basket' } }} />
          <TextField
            label={t('kpis.purchasesPerYear')}
            value={purchases}
            error={purchasesHundredths === null}
            helperText={purchasesHundredths === null ? t('kpis.invalidNumber') : undefined}
            onChange={(event) => setPurchases(event.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'clv-purchases' } }}
          />
          <PercentField label={t('kpis.retention')} basisPoints={retention} onBasisPoints={setRetention} />
          <TextField
            label={t('kpis.years')}
            value={years}
            error={yearCount === null}
            helperText={yearCount === null ? t('kpis.invalidNumber') : undefined}
            onChange={(event) => setYears(event.target.value)}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'clv-years' } }}
          />
          <AmountField label={t('kpis.acquisitionCost')} cents={cost} onCents={setCost} />
          <PercentField label={t('kpis.marginRate')} basisPoints={margin} onBasisPoints={setMargin} />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 1.5, mt: 2 }}>
          <Result label={t('kpis.gross')} cents={value?.grossCents ?? null} testId="clv-gross" />
          <Result label={t('kpis.net')} cents={value?.netCents ?? null} testId="clv-net" />
          <Result label={t('kpis.marginGross')} cents={value?.marginGrossCents ?? null} testId="clv-margin-gross" />
          <Result label={t('kpis.marginNet')} cents={value?.marginNetCents ?? null} testId="clv-margin-net" />
        </Box>
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SectionHeading id="cac-title" title={t('kpis.cacTitle')} help={t('kpis.cacHelp')} level="h3" />
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          <AmountField label={t('kpis.costPerProspect')} cents={perProspect} onCents={setPerProspect} />
          <PercentField label={t('kpis.conversion')} basisPoints={conversion} onBasisPoints={setConversion} />
        </Box>
        <Box sx={{ mt: 2 }}>
          <Typography variant="caption" color="text.secondary">
            {t('kpis.cac')}
          </Typography>
          <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }} data-testid="cac-value">
            {cac === null ? t('kpis.cacNone') : formatEuros(cac)}
          </Typography>
        </Box>
      </Paper>
    </Box>
  );
}
