import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { companyProgress } from '../../../shared/coach/progress';
import {
  computeYearlyForecast,
  countForecastMonths,
  fillEmptyMonths,
  forecastQuarterTotals,
  quarterMonthIndexes,
  quarters,
  spreadQuarterIntoMonths,
  spreadYearIntoMonths,
} from '../../../shared/compute/revenue';
import { formatEuros } from '../../../shared/money';
import {
  customerKinds,
  forecastEntries,
  SHORT_TEXT_MAX,
  LONG_TEXT_MAX,
  type CompanyProfile,
  type ForecastEntry,
} from '../../../shared/plan';
import { AmountField } from '../../components/AmountField';
import { useAppStore } from '../../app/store';
import { ForecastChart } from './ForecastChart';
import { StaffField } from './StaffField';
import { SectionHeading } from '../../components/SectionHeading';

/** Read-only months a quarterly or yearly figure was spread into, one per line. */
function SpreadMonths({ months, indexes, testId }: { months: (number | null)[]; indexes: number[]; testId: string }) {
  const { t } = useTranslation();
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  return (
    <Box component="ul" data-testid={testId} sx={{ listStyle: 'none', m: 0, mt: 0.5, p: 0, color: 'text.secondary', typography: 'body2' }}>
      {indexes.map((index) => (
        <Box component="li" key={index} sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, px: 1.75 }}>
          <span>{monthNames[index]}</span>
          <span>{months[index] === null ? '—' : formatEuros(months[index])}</span>
        </Box>
      ))}
    </Box>
  );
}

function ForecastGrid({ company, update }: { company: CompanyProfile; update(patch: Partial<CompanyProfile>): void }) {
  const { t } = useTranslation();
  const monthNames = t('months.long', { returnObjects: true }) as string[];
  const shortMonthNames = t('months.short', { returnObjects: true }) as string[];
  const months = company.revenueForecastCents;
  const setMonth = (index: number, cents: number | null) =>
    update({ revenueForecastCents: months.map((value, i) => (i === index ? cents : value)) });
  const quarterTotals = forecastQuarterTotals(company);
  const entry = company.forecastEntry;
  const entryLabels: Record<ForecastEntry, string> = {
    month: t('company.forecastByMonth'),
    quarter: t('company.forecastByQuarter'),
    year: t('company.forecastByYear'),
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="forecast-title">
      <SectionHeading id="forecast-title" title={t('company.forecastTitle')} help={t('company.forecastHelp')} level="h3" />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={entry}
          // Clicking the chosen button again would deselect it: a way of typing is always chosen.
          onChange={(_, next: ForecastEntry | null) => next && update({ forecastEntry: next })}
          aria-label={t('company.forecastEntry')}
          sx={{ flexShrink: 0, '& .MuiToggleButton-root': { whiteSpace: 'nowrap', px: 1.5 } }}
        >
          {forecastEntries.map((value) => (
            <ToggleButton key={value} value={value} data-testid={`forecast-entry-${value}`}>
              {entryLabels[value]}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {entry !== 'month' && (
          <Typography variant="body2" color="text.secondary" data-testid="forecast-spread-help">
            {t('company.spreadHelp')}
          </Typography>
        )}
      </Stack>
      {entry === 'month' && (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(150px, 1fr))', gap: 2 }}>
          {months.map((cents, index) => (
            <AmountField
              key={index}
              label={monthNames[index]}
              cents={cents}
              onCents={(value) => setMonth(index, value)}
              slotProps={{ htmlInput: { 'data-testid': `forecast-${index + 1}` } }}
            />
          ))}
        </Box>
      )}
      {entry === 'quarter' && (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(150px, 1fr))', gap: 2 }}>
          {quarters.map((quarter) => {
            const indexes = quarterMonthIndexes(quarter);
            return (
              <Box key={quarter}>
                <AmountField
                  fullWidth
                  label={t('company.quarterLabel', {
                    quarter,
                    from: shortMonthNames[indexes[0]],
                    to: shortMonthNames[indexes[2]],
                  })}
                  cents={quarterTotals[quarter - 1]}
                  onCents={(cents) => update({ revenueForecastCents: spreadQuarterIntoMonths(months, quarter, cents) })}
                  slotProps={{ htmlInput: { 'data-testid': `forecast-q${quarter}` } }}
                />
                <SpreadMonths months={months} indexes={indexes} testId={`forecast-q${quarter}-months`} />
              </Box>
            );
          })}
        </Box>
      )}
      {entry === 'year' && (
        <>
          <AmountField
            label={t('company.yearAmount')}
            cents={countForecastMonths(company) === 0 ? null : computeYearlyForecast(company)}
            onCents={(cents) => update({ revenueForecastCents: spreadYearIntoMonths(cents) })}
            slotProps={{ htmlInput: { 'data-testid': 'forecast-year' } }}
            sx={{ width: 'calc((100% - 48px) / 4)', minWidth: 150 }}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(150px, 1fr))', gap: 2 }}>
            {quarters.map((quarter) => (
              <SpreadMonths key={quarter} months={months} indexes={quarterMonthIndexes(quarter)} testId={`forecast-year-q${quarter}-months`} />
            ))}
          </Box>
        </>
      )}
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
      <ForecastChart company={company} />
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
