import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { companyProgress } from '../../../shared/coach/progress';
import { computeYearlyForecast, countForecastMonths, fillEmptyMonths } from '../../../shared/compute/revenue';
import { formatEuros } from '../../../shared/money';
import { customerKinds, SHORT_TEXT_MAX, LONG_TEXT_MAX, type CompanyProfile } from '../../../shared/plan';
import { AmountField } from '../../components/AmountField';
import { useAppStore } from '../../app/store';
import { StaffField } from './StaffField';
import { SectionHeading } from '../../components/SectionHeading';

function ForecastGrid({ company, update }: { company: CompanyProfile; update(patch: Partial<CompanyProfile>): void }) {
  const { t } = useTranslation();
  const monthNames = t('months.long', { returnObjects: true }) as string[];
  const setMonth = (index: number, cents: number | null) =>
    update({ revenueForecastCents: company.revenueForecastCents.map((value, i) => (i === index ? cents : value)) });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="forecast-title">
      <SectionHeading id="forecast-title" title={t('company.forecastTitle')} help={t('company.forecastHelp')} level="h3" />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(150px, 1fr))', gap: 2 }}>
        {company.revenueForecastCents.map((cents, index) => (
          <AmountField
            key={index}
            label={monthNames[index]}
            cents={cents}
            onCents={(value) => setMonth(index, value)}
            slotProps={{ htmlInput: { 'data-testid': `forecast-${index + 1}` } }}
          />
        ))}
      </Box>
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h3" component="p" data-testid="forecast-total">
          {t('company.forecastTotal')} : {formatEuros(computeYearlyForecast(company))}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('company.forecastMonthsFilled', { count: countForecastMonths(company) })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <Button
          variant="outlined"
          disabled={company.currentRevenueCents === null || countForecastMonths(company) === 12}
          onClick={() => update({ revenueForecastCents: fillEmptyMonths(company) })}
          title={t('company.fillRemainingHelp')}
        >
          {t('company.fillRemaining')}
        </Button>
      </Stack>
    </Paper>
  );
}

export function CompanyStep() {
  const { t } = useTranslation();
  const company = useAppStore((state) => state.opened?.plan.company);
  const updateSection = useAppStore((state) => state.updateSection);
  if (!company) return null;
  const update = (patch: Partial<CompanyProfile>) => updateSection('company', { ...company, ...patch });
  const progress = companyProgress(company);
  const text = (field: 'name' | 'activity' | 'location', testId: string) => (
    <TextField
      label={t(`company.${field}`)}
      placeholder={t(`company.${field}Placeholder`)}
      value={company[field]}
      onChange={(event) => update({ [field]: event.target.value })}
      slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': testId } }}
    />
  );

  return (
    <Stack spacing={3} sx={{ maxWidth: 980 }}>
      <Box>
        <Typography variant="h1" gutterBottom>
          {t('steps.names.company')}
        </Typography>
        <Typography color="text.secondary">{t('company.intro')}</Typography>
      </Box>
      {progress.missing.length > 0 && (
        <Alert severity="info" data-testid="company-missing">
          {t('company.missingTitle')} {progress.missing.map((key) => t(`coach.missing.${key}`)).join(', ')}.
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        {text('name', 'company-name')}
        {text('activity', 'company-activity')}
        <TextField
          select
          label={t('company.customerKind')}
          value={company.customerKind}
          onChange={(event) => update({ customerKind: event.target.value as CompanyProfile['customerKind'] })}
          slotProps={{ htmlInput: { 'data-testid': 'company-customer-kind' } }}
        >
          {customerKinds.map((kind) => (
            <MenuItem key={kind} value={kind} data-testid={`customer-kind-${kind}`}>
              {t(`company.customerKinds.${kind}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('location', 'company-location')}
        <StaffField value={company.staff} onChange={(staff) => update({ staff })} />
        <AmountField
          label={t('company.currentRevenue')}
          placeholder={t('company.currentRevenuePlaceholder')}
          cents={company.currentRevenueCents}
          onCents={(currentRevenueCents) => update({ currentRevenueCents })}
          slotProps={{ htmlInput: { 'data-testid': 'company-revenue' } }}
        />
        <TextField label={t('company.planYear')} value={company.planYear} disabled sx={{ maxWidth: 200 }} />
      </Box>
      <ForecastGrid company={company} update={update} />
      <TextField
        label={t('company.notes')}
        placeholder={t('company.notesPlaceholder')}
        value={company.notes}
        onChange={(event) => update({ notes: event.target.value })}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': 'company-notes' } }}
      />
    </Stack>
  );
}
