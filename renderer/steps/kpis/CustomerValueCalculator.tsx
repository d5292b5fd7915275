import { Alert, Box, InputAdornment, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { planCustomerValue } from '../../../shared/compute/customerValue';
import { basisPointsToInputText, formatEuros, numberStyleOf, parsePercentToBasisPoints } from '../../../shared/money';
import type { Plan } from '../../../shared/plan';
import { formatLongDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n';
import { useAppStore } from '../../app/store';
import { AmountField } from '../../components/AmountField';
import { ParsedField, type ParsedFieldProps } from '../../components/ParsedField';
import { SectionHeading } from '../../components/SectionHeading';

type Inputs = Plan['customerValue'];

function Result({ label, cents, help, testId }: { label: string; cents: number | null; help?: string; testId: string }) {
  return (
    <Box title={help}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }} data-testid={testId}>
        {cents === null ? '—' : formatEuros(cents)}
      </Typography>
    </Box>
  );
}

/** "6" or "0,33" purchases a year, kept in hundredths (600, 33). */
function parseHundredths(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return value <= 100_000 ? value : null;
}

const parseYears = (text: string): number | null => {
  const value = /^\s*\d{1,2}\s*$/.test(text) ? Number(text) : null;
  return value !== null && value >= 1 && value <= 50 ? value : null;
};

const parseRate = (text: string): number | null => {
  const value = parsePercentToBasisPoints(text);
  return value !== null && value <= 10_000 ? value : null;
};

type NumberFieldProps = Omit<ParsedFieldProps<number>, 'toText' | 'parse' | 'errorText' | 'onValue' | 'value'> & {
  value: number | null;
  onValue(value: number | null): void;
  testId: string;
};

/** A rate that may stay empty (the plain PercentField reads an empty field as 0 %). */
function OptionalPercentField({ testId, ...props }: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <ParsedField
      {...props}
      toText={(value) => basisPointsToInputText(value, numberStyleOf(i18n.language))}
      parse={parseRate}
      errorText={t('distribution.invalidPercent')}
      slotProps={{
        htmlInput: { inputMode: 'decimal', 'data-testid': testId },
        input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
      }}
    />
  );
}

/**
 * The training's customer value (VMC) and acquisition cost. What is typed is saved in the plan's
 * customerValue section, so the report and the workbook show the same figures; the margin rate
 * follows the plan's products until the owner types one.
 */
export function CustomerValueCalculator() {
  const { t, i18n } = useTranslation();
  const inputs = useAppStore((state) => state.opened?.plan.customerValue);
  const products = useAppStore((state) => state.opened?.plan.products);
  const sales = useAppStore((state) => state.opened?.plan.customerFile.figures ?? null);
  const updateSection = useAppStore((state) => state.updateSection);
  if (!inputs || !products) return null;
  /** Where a figure comes from, when it is the customer file's: the owner sees it is their own sales. */
  const fromSales = (typed: number | null, fromFile: number | null | undefined) =>
    sales && typed !== null && typed === fromFile ? t('customers.fromFile', { date: formatLongDate(sales.asOf, i18n.language as Language) }) : undefined;
  const update = (patch: Partial<Inputs>) => updateSection('customerValue', { ...inputs, ...patch });
  const figures = planCustomerValue({ customerValue: inputs, products });
  const marginHelp = !figures.marginRateFromProducts
    ? t('customerValuePlan.marginRateTyped')
    : figures.marginRateBasisPoints === null
      ? t('customerValuePlan.marginRateNoProducts')
      : t('customerValuePlan.marginRateFromProducts');

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 1fr', gap: 2 }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SectionHeading id="clv-title" title={t('kpis.calculatorTitle')} help={`${t('kpis.calculatorHelp')} ${t('customerValuePlan.saved')}`} level="h3" />
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 1.5 }}>
          <AmountField
            label={t('kpis.averageTransaction')}
            cents={inputs.averageTransactionCents}
            onCents={(averageTransactionCents) => update({ averageTransactionCents })}
            helperText={fromSales(inputs.averageTransactionCents, sales?.averageBasketCents)}
            slotProps={{ htmlInput: { 'data-testid': 'clv-basket' } }}
          />
          <ParsedField
            label={t('kpis.purchasesPerYear')}
            value={inputs.purchasesPerYearHundredths}
            toText={(value) => basisPointsToInputText(value, numberStyleOf(i18n.language))}
            parse={parseHundredths}
            errorText={t('kpis.invalidNumber')}
            onValue={(purchasesPerYearHundredths) => update({ purchasesPerYearHundredths })}
            helperText={fromSales(inputs.purchasesPerYearHundredths, sales?.purchasesPerYearHundredths)}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'clv-purchases' } }}
          />
          <OptionalPercentField
            label={t('kpis.retention')}
            value={inputs.retentionBasisPoints}
            onValue={(retentionBasisPoints) => update({ retentionBasisPoints })}
            helperText={fromSales(inputs.retentionBasisPoints, sales?.retentionBasisPoints)}
            testId="clv-retention"
          />
          <ParsedField
            label={t('kpis.years')}
            value={inputs.years}
            toText={(years) => (years === null ? '' : String(years))}
            parse={parseYears}
            errorText={t('kpis.invalidNumber')}
            onValue={(years) => update({ years })}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'clv-years' } }}
          />
          <AmountField
            label={t('kpis.acquisitionCost')}
            cents={inputs.acquisitionCostCents}
            onCents={(acquisitionCostCents) => update({ acquisitionCostCents })}
            helperText={
              figures.acquisitionCostFromProspects && figures.computedAcquisitionCostCents !== null
                ? t('customerValuePlan.acquisitionCostFromProspects', { amount: formatEuros(figures.computedAcquisitionCostCents) })
                : undefined
            }
            slotProps={{ htmlInput: { 'data-testid': 'clv-acquisition-cost' } }}
          />
          {/* Empty and untouched, the field shows the products' rate; emptying it goes back to that rate. */}
          <OptionalPercentField
            label={t('kpis.marginRate')}
            value={figures.marginRateBasisPoints}
            onValue={(marginRateBasisPoints) => update({ marginRateBasisPoints })}
            helperText={marginHelp}
            testId="clv-margin-rate"
          />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 1.5, mt: 2 }}>
          <Result
            label={t('customerValuePlan.profitPerTransaction')}
            cents={figures.profitPerTransactionCents}
            help={t('customerValuePlan.profitPerTransactionHelp')}
            testId="clv-profit-per-transaction"
          />
          <Result label={t('kpis.gross')} cents={figures.grossCents} testId="clv-gross" />
          <Result label={t('kpis.net')} cents={figures.netCents} testId="clv-net" />
          <Result label={t('kpis.marginGross')} cents={figures.marginGrossCents} testId="clv-margin-gross" />
          <Result label={t('kpis.marginNet')} cents={figures.marginNetCents} testId="clv-margin-net" />
        </Box>
        {figures.laterYearsCountOnePurchase && (
          <Alert severity="info" sx={{ mt: 1.5 }} data-testid="clv-later-years">
            {t('customerValuePlan.laterYearsOnePurchase')}
          </Alert>
        )}
      </Paper>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <SectionHeading id="cac-title" title={t('kpis.cacTitle')} help={t('kpis.cacHelp')} level="h3" />
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          <AmountField
            label={t('kpis.costPerProspect')}
            cents={inputs.costPerProspectCents}
            onCents={(costPerProspectCents) => update({ costPerProspectCents })}
            slotProps={{ htmlInput: { 'data-testid': 'cac-cost-per-prospect' } }}
          />
          <OptionalPercentField
            label={t('kpis.conversion')}
            value={inputs.conversionBasisPoints}
            onValue={(conversionBasisPoints) => update({ conversionBasisPoints })}
            testId="cac-conversion"
          />
        </Box>
        <Box sx={{ mt: 2 }}>
          <Typography variant="caption" color="text.secondary">
            {t('kpis.cac')}
          </Typography>
          <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }} data-testid="cac-value">
            {figures.computedAcquisitionCostCents !== null
              ? formatEuros(figures.computedAcquisitionCostCents)
              : inputs.conversionBasisPoints === 0
                ? t('kpis.cacNone')
                : '—'}
          </Typography>
        </Box>
      </Paper>
    </Box>
  );
}
