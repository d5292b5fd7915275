import { useState } from 'react';
import { Box, Button, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { budgetEnvelope } from '../../../shared/coach/actions';
import { categoryColors } from '../../../shared/categories';
import { formatEuros, formatPercent, minutesToHoursText } from '../../../shared/money';
import type { BudgetSettings } from '../../../shared/plan';
import { reportOf, type ShareRow } from '../../../shared/report/planReport';
import { useSettledPlan } from '../../app/planReview';
import { useAppStore } from '../../app/store';
import { AmountField } from '../../components/AmountField';
import { PercentField } from '../../components/PercentField';
import { ScrollingTable, stickyEnds } from '../../components/ScrollingTable';
import { SpacerRow } from '../../components/SpacerRow';
import { StepHeader } from '../../components/StepHeader';
import { BudgetCharts } from './BudgetCharts';
import { useVirtualRows } from '../../components/useVirtualRows';

/** A period with nothing spent stays blank, so the months that cost something stand out. */
const periodEuros = (cents: number) => (cents === 0 ? '' : formatEuros(cents));
const share = (basisPoints: number | null) => (basisPoints === null ? '—' : formatPercent(basisPoints));

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

/** A budget line's height in the small table: what the list expects before measuring. */
const BUDGET_ROW_ESTIMATE = 33;

/**
 * Every figure comes from the plan's report in shared/: the same numbers as the summary, the CLI and
 * the exports. The screen only picks months or quarters and formats; it adds nothing up itself.
 */
export function BudgetStep() {
  const { t } = useTranslation();
  const settings = useAppStore((state) => state.opened?.plan.budget);
  const updateSection = useAppStore((state) => state.updateSection);
  const [months, setMonths] = useState(false);
  // The figures follow once typing pauses; the fields show what is typed at once.
  const settled = useSettledPlan();
  const report = settled ? reportOf(settled) : null;
  const { holder, indexes, before, after, measure } = useVirtualRows(report?.summaryRows.length ?? 0, BUDGET_ROW_ESTIMATE);
  if (!settings || !settled || !report) return null;
  const { budget } = report;
  const envelope = budgetEnvelope(settled);
  const columns = months ? (t('months.short', { returnObjects: true }) as string[]) : [1, 2, 3, 4].map((quarter) => t('budget.quarterShort', { quarter }));
  const byPeriod = (figures: { monthsCents: number[]; quartersCents: number[] }) => (months ? figures.monthsCents : figures.quartersCents);
  const commissions = report.moneyRows.flatMap((row) => (row.source === 'commission' ? [row] : []));
  const cell = { whiteSpace: 'nowrap' as const, textAlign: 'right' as const, px: 1 };

  return (
    <Stack spacing={3} sx={{ maxWidth: 1300 }}>
      <StepHeader step="budget" intro={t('budget.intro')} />
      <MethodFields settings={settings} onChange={(settings) => updateSection('budget', settings)} />
      {envelope !== null && (
        <Typography sx={{ fontWeight: 600 }} color={budget.yearCents > envelope ? 'error.main' : 'success.main'} data-testid="budget-envelope-line">
          {t('budget.envelopeLine', { envelope: formatEuros(envelope), total: formatEuros(budget.yearCents) })}
        </Typography>
      )}
      {budget.yearCents === 0 && budget.yearMinutes === 0 ? (
        <Typography color="text.secondary">{t('budget.noCosts')}</Typography>
      ) : (
        <Stack spacing={1}>
          <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
            <Button size="small" onClick={() => setMonths(!months)} data-testid="budget-toggle-months">
              {months ? t('budget.showQuarters') : t('budget.showMonths')}
            </Button>
          </Stack>
          <ScrollingTable label={t('steps.names.budget')}>
          <Table size="small" data-testid="budget-grid" sx={stickyEnds}>
            <TableHead>
              <TableRow>
                <TableCell>{t('budget.action')}</TableCell>
                {columns.map((label) => (
                  <TableCell key={label} sx={cell}>
                    {label}
                  </TableCell>
                ))}
                <TableCell sx={cell}>{t('budget.hours')}</TableCell>
                <TableCell sx={{ ...cell, fontWeight: 700 }}>{t('budget.year')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody ref={holder}>
              <SpacerRow height={before} columns={columns.length + 3} />
              {indexes.map((index) => {
                const { action, category, cost, quartersCents } = report.summaryRows[index];
                return (
                  <TableRow key={action.id} data-testid="budget-row" data-index={index} ref={measure}>
                    <TableCell sx={{ boxShadow: `inset 4px 0 0 ${categoryColors[category]}`, pl: 1.5, maxWidth: 280 }}>
                      <Typography variant="body2" noWrap title={action.title}>
                        {action.title || '…'}
                      </Typography>
                    </TableCell>
                    {byPeriod({ monthsCents: cost.cents, quartersCents }).map((value, period) => (
                      <TableCell key={period} sx={cell} data-testid="budget-period">
                        {periodEuros(value)}
                      </TableCell>
                    ))}
                    <TableCell sx={cell}>{cost.totalMinutes > 0 ? `${minutesToHoursText(cost.totalMinutes)} h` : ''}</TableCell>
                    <TableCell sx={{ ...cell, fontWeight: 600 }} data-testid="budget-row-total">
                      {formatEuros(cost.totalCents)}
                    </TableCell>
                  </TableRow>
                );
              })}
              <SpacerRow height={after} columns={columns.length + 3} />
              {commissions.map((commission) => (
                <TableRow key={commission.channel.id} data-testid="budget-commission-row">
                  <TableCell sx={{ pl: 1.5 }}>{t('budget.commission', { channel: commission.channel.name || '…' })}</TableCell>
                  {byPeriod(commission).map((value, period) => (
                    <TableCell key={period} sx={cell} data-testid="budget-period">
                      {periodEuros(value)}
                    </TableCell>
                  ))}
                  <TableCell />
                  <TableCell sx={{ ...cell, fontWeight: 600 }} data-testid="budget-row-total">
                    {formatEuros(commission.yearCents)}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow sx={{ '& td': { fontWeight: 700, borderTop: 2 } }} data-testid="budget-total-row">
                <TableCell>{t('budget.total')}</TableCell>
                {byPeriod(budget).map((value, period) => (
                  <TableCell key={period} sx={cell} data-testid="budget-period-total">
                    {formatEuros(value)}
                  </TableCell>
                ))}
                <TableCell sx={cell} data-testid="budget-hours-total">
                  {minutesToHoursText(budget.yearMinutes)} h
                </TableCell>
                <TableCell sx={cell} data-testid="budget-year-total">
                  {formatEuros(budget.yearCents)}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('budget.shareOfRevenue')}</TableCell>
                <TableCell colSpan={columns.length + 1} />
                <TableCell sx={cell} data-testid="budget-share">
                  {share(budget.shareOfRevenueBasisPoints)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
          </ScrollingTable>
        </Stack>
      )}
      {budget.yearCents > 0 && <BudgetCharts report={report} />}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        <Breakdown
          title={t('budget.byCategory')}
          rows={report.byCategory}
          label={(key) => (key === 'commissions' ? t('costPeriods.commissionsRow') : t(`actionPlan.categories.${key}`))}
          color={(key) => (key === 'commissions' ? 'divider' : categoryColors[key])}
        />
        <Breakdown
          title={t('budget.byFamily')}
          rows={report.byFamily}
          label={(key) => (key === 'unassigned' ? t('budget.unassigned') : t(`objectives.families.${key}`))}
        />
      </Box>
      <Typography data-testid="budget-internal-time">
        {t('budget.internalTime', { hours: minutesToHoursText(budget.yearMinutes), weekly: minutesToHoursText(report.internalMinutesPerWeek) })}
      </Typography>
    </Stack>
  );
}

function Breakdown<Key extends string>({
  title,
  rows,
  label,
  color,
}: {
  title: string;
  rows: ShareRow<Key>[];
  label(key: Key): string;
  color?(key: Key): string;
}) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Table size="small">
        <TableBody>
          {rows.map((row) => {
            const border = color?.(row.key);
            return (
              <TableRow key={row.key} data-testid={`breakdown-${row.key}`}>
                <TableCell sx={{ borderLeft: border ? 4 : 0, borderLeftColor: border }}>{label(row.key)}</TableCell>
                <TableCell sx={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(row.cents)}</TableCell>
                <TableCell sx={{ textAlign: 'right', whiteSpace: 'nowrap' }} data-testid="breakdown-share">
                  {share(row.shareBasisPoints)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Paper>
  );
}
