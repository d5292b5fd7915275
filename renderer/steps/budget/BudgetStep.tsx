import { useState } from 'react';
import { Box, Button, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { budgetEnvelope } from '../../../shared/coach/actions';
import { computeBudget, quarterTotals, type FamilyKey } from '../../../shared/compute/budget';
import { roundDivide } from '../../../shared/compute/pricing';
import { categoryColors } from '../../../shared/categories';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../shared/money';
import { actionCategories, type BudgetSettings } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { AmountField } from '../../components/AmountField';
import { PercentField } from '../../components/PercentField';
import { StepHeader } from '../../components/StepHeader';

const euros = (cents: number) => formatEuros(cents, { decimals: false });
const share = (part: number, whole: number) => (whole > 0 ? formatPercent(roundDivide(part * 10_000, whole)) : '—');

function MethodFields({ settings, onChange }: { settings: BudgetSettings; onChange(settings: BudgetSettings): void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <TextField
        select
        label={t('budget.method')}
        value={settings.method}
        onChange={(event) => onChange({ ...settings, method: event.target.value as BudgetSettings['method'] })}
        sx={{ width: 360 }}
        slotProps={{ htmlInput: { 'data-testid': 'budget-method' } }}
      >
        {(['fixedEnvelope', 'percentOfRevenue', 'fromActions'] as const).map((method) => (
          <MenuItem key={method} value={method}>
            {t(`budget.methods.${method}`)}
          </MenuItem>
        ))}
      </TextField>
      {settings.method === 'fixedEnvelope' && (
        <AmountField
          label={t('budget.envelope')}
          cents={settings.envelopeCents}
          onCents={(envelopeCents) => onChange({ ...settings, envelopeCents })}
          sx={{ width: 220 }}
          slotProps={{ htmlInput: { 'data-testid': 'budget-envelope' } }}
        />
      )}
      {settings.method === 'percentOfRevenue' && (
        <PercentField
          label={t('budget.envelopeRate')}
          basisPoints={settings.envelopeRateBasisPoints ?? 0}
          onBasisPoints={(envelopeRateBasisPoints) => onChange({ ...settings, envelopeRateBasisPoints })}
          sx={{ width: 200 }}
          slotProps={{ htmlInput: { 'data-testid': 'budget-envelope-rate' } }}
        />
      )}
    </Stack>
  );
}

/** Every figure comes from computeBudget in shared/: the same numbers as the CLI and the exports. */
export function BudgetStep() {
  const { t } = useTranslation();
  const plan = useAppStore((state) => state.opened?.plan);
  const updateSection = useAppStore((state) => state.updateSection);
  const [months, setMonths] = useState(false);
  if (!plan) return null;
  const budget = computeBudget(plan);
  const envelope = budgetEnvelope(plan);
  const forecast = plan.company.revenueForecastCents.map((month) => month ?? 0);
  const columns = months ? (t('months.short', { returnObjects: true }) as string[]) : [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  const byPeriod = (monthly: number[]) => (months ? monthly : quarterTotals(monthly));
  const revenueByPeriod = byPeriod(forecast);
  const yearRevenue = forecast.reduce((sum, value) => sum + value, 0);
  const cell = { whiteSpace: 'nowrap' as const, textAlign: 'right' as const, px: 1 };

  return (
    <Stack spacing={3} sx={{ maxWidth: 1300 }}>
      <StepHeader step="budget" intro={t('budget.intro')} />
      <MethodFields settings={plan.budget} onChange={(settings) => updateSection('budget', settings)} />
      {envelope !== null && (
        <Typography sx={{ fontWeight: 600 }} color={budget.yearCents > envelope ? 'error.main' : 'success.main'} data-testid="budget-envelope-line">
          {t('budget.envelopeLine', { envelope: formatEuros(envelope), total: formatEuros(budget.yearCents) })}
        </Typography>
      )}
      {budget.yearCents === 0 && budget.yearMinutes === 0 ? (
        <Typography color="text.secondary">{t('budget.noCosts')}</Typography>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Stack direction="row" sx={{ justifyContent: 'flex-end', p: 1 }}>
            <Button size="small" onClick={() => setMonths(!months)} data-testid="budget-toggle-months">
              {months ? t('budget.showQuarters') : t('budget.showMonths')}
            </Button>
          </Stack>
          <Table size="small" data-testid="budget-grid">
            <TableHead>
              <TableRow>
                <TableCell>{t('budget.action')}</TableCell>
                {columns.map((label) => (
                  <TableCell key={label} sx={cell}>
                    {label}
                  </TableCell>
                ))}
                <TableCell sx={{ ...cell, fontWeight: 700 }}>{t('budget.year')}</TableCell>
                <TableCell sx={cell}>{t('budget.hours')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {actionCategories.flatMap((category) =>
                plan.actions
                  .map((action, index) => ({ action, cost: budget.byAction[index] }))
                  .filter(({ action }) => action.category === category)
                  .map(({ action, cost }) => (
                    <TableRow key={action.id} data-testid="budget-row">
                      <TableCell sx={{ borderLeft: 4, borderLeftColor: categoryColors[category], maxWidth: 280 }}>
                        <Typography variant="body2" noWrap title={action.title}>
                          {action.title || '…'}
                        </Typography>
                      </TableCell>
                      {byPeriod(cost.cents).map((value, period) => (
                        <TableCell key={period} sx={cell}>
                          {value === 0 ? '' : euros(value)}
                        </TableCell>
                      ))}
                      <TableCell sx={{ ...cell, fontWeight: 600 }}>{euros(cost.totalCents)}</TableCell>
                      <TableCell sx={cell}>{cost.totalMinutes > 0 ? `${minutesToHoursText(cost.totalMinutes)} h` : ''}</TableCell>
                    </TableRow>
                  )),
              )}
              {budget.byChannel.map((commission) => (
                <TableRow key={commission.channelId} data-testid="budget-commission-row">
                  <TableCell sx={{ borderLeft: 4, borderLeftColor: 'divider' }}>
                    {t('budget.commission', { channel: plan.channels.find((channel) => channel.id === commission.channelId)?.name || '…' })}
                  </TableCell>
                  {byPeriod(commission.cents).map((value, period) => (
                    <TableCell key={period} sx={cell}>
                      {value === 0 ? '' : euros(value)}
                    </TableCell>
                  ))}
                  <TableCell sx={{ ...cell, fontWeight: 600 }}>{euros(commission.totalCents)}</TableCell>
                  <TableCell />
                </TableRow>
              ))}
              <TableRow sx={{ '& td': { fontWeight: 700, borderTop: 2 } }} data-testid="budget-total-row">
                <TableCell>{t('budget.total')}</TableCell>
                {byPeriod(budget.monthsCents).map((value, period) => (
                  <TableCell key={period} sx={cell} data-testid="budget-period-total">
                    {euros(value)}
                  </TableCell>
                ))}
                <TableCell sx={cell} data-testid="budget-year-total">
                  {formatEuros(budget.yearCents)}
                </TableCell>
                <TableCell sx={cell} data-testid="budget-hours-total">
                  {minutesToHoursText(budget.yearMinutes)} h
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('budget.shareOfRevenue')}</TableCell>
                {byPeriod(budget.monthsCents).map((value, period) => (
                  <TableCell key={period} sx={cell}>
                    {share(value, revenueByPeriod[period])}
                  </TableCell>
                ))}
                <TableCell sx={cell} data-testid="budget-share">
                  {share(budget.yearCents, yearRevenue)}
                </TableCell>
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </Paper>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <Breakdown
          title={t('budget.byCategory')}
          rows={actionCategories
            .filter((category) => budget.byCategory[category] !== undefined)
            .map((category) => ({ key: category, label: t(`actionPlan.categories.${category}`), cents: budget.byCategory[category] ?? 0, color: categoryColors[category] }))}
          total={budget.yearCents}
        />
        <Breakdown
          title={t('budget.byFamily')}
          rows={(Object.entries(budget.byFamily) as [FamilyKey, number][]).map(([family, cents]) => ({
            key: family,
            label: family === 'unassigned' ? t('budget.unassigned') : t(`objectives.families.${family}`),
            cents,
          }))}
          total={budget.yearCents}
        />
      </Box>
      <Typography data-testid="budget-internal-time">
        {t('budget.internalTime', { hours: minutesToHoursText(budget.yearMinutes), weekly: Math.round(budget.yearMinutes / 60 / 52) })}
      </Typography>
    </Stack>
  );
}

function Breakdown({ title, rows, total }: { title: string; rows: { key: string; label: string; cents: number; color?: string }[]; total: number }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Table size="small">
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-testid={`breakdown-${row.key}`}>
              <TableCell sx={{ borderLeft: row.color ? 4 : 0, borderLeftColor: row.color }}>{row.label}</TableCell>
              <TableCell sx={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(row.cents)}</TableCell>
              <TableCell sx={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{share(row.cents, total)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
