import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { breakEvenDateGap, breakEvenRevenueGap, computeBreakEven } from '../../../shared/compute/breakEven';
import { computeYearlyForecast } from '../../../shared/compute/revenue';
import { formatEuros, formatPercent } from '../../../shared/money';
import type { CompanyProfile, Offer, Product } from '../../../shared/plan';
import { formatLongDate } from '../../../shared/dates';
import { SectionHeading } from '../../components/SectionHeading';

function Figure({ label, value, help, testId }: { label: string; value: string; help?: string; testId: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }} data-testid={testId}>
        {value}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary" component="p">
          {help}
        </Typography>
      )}
    </Box>
  );
}

interface BreakEvenPanelProps {
  offer: Offer;
  products: Product[];
  company: CompanyProfile;
}

/** The whole business's seuil de rentabilité, point mort and marge de sécurité, from computeBreakEven. */
export function BreakEvenPanel({ offer, products, company }: BreakEvenPanelProps) {
  const { t, i18n } = useTranslation();
  const figures = computeBreakEven({ offer, products, company });
  const text = (key: string) => t(`offerFigures.breakEven.${key}`);
  const hasForecast = company.revenueForecastCents.some((month) => month !== null);
  const revenueGap = breakEvenRevenueGap({ offer }, figures);
  const dateGap = breakEvenDateGap({ company }, figures);
  const rateText = figures.variableMarginRateBasisPoints === null ? text('noProducts') : formatPercent(figures.variableMarginRateBasisPoints);
  const revenueText = revenueGap !== null ? text(revenueGap) : figures.revenueCents === null ? '—' : formatEuros(figures.revenueCents);
  const dateText = dateGap !== null ? text(dateGap) : figures.date === null ? '—' : formatLongDate(figures.date, i18n.language === 'en' ? 'en' : 'fr');
  const safetyText =
    figures.safetyMarginCents === null
      ? '—'
      : figures.safetyMarginBasisPoints === null
        ? formatEuros(figures.safetyMarginCents)
        : t('offerFigures.breakEven.safetyMarginValue', {
            amount: formatEuros(figures.safetyMarginCents),
            share: formatPercent(figures.safetyMarginBasisPoints),
          });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="break-even-title">
      <SectionHeading id="break-even-title" title={text('title')} help={text('help')} level="h3" />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 2 }}>
        <Figure label={text('variableMarginRate')} value={rateText} help={text('variableMarginRateHelp')} testId="break-even-rate" />
        <Figure label={text('revenue')} value={revenueText} testId="break-even-revenue" />
        <Figure label={text('date')} value={dateText} help={text('dateHelp')} testId="break-even-date" />
        <Figure
          label={text('safetyMargin')}
          value={safetyText}
          help={hasForecast ? t('offerFigures.breakEven.forecastValue', { amount: formatEuros(computeYearlyForecast(company)) }) : undefined}
          testId="break-even-safety"
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }}>
        {text('formula')}
      </Typography>
    </Paper>
  );
}
