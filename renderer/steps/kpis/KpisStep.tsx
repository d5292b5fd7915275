import { Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { categoryColors } from '../../../shared/categories';
import { kpiProgress } from '../../../shared/compute/customerValue';
import { formatPercent } from '../../../shared/money';
import { SHORT_TEXT_MAX, type Action, type Kpi } from '../../../shared/plan';
import { useAppStore } from '../../app/store';
import { StepHeader } from '../../components/StepHeader';
import { CustomerValueCalculator } from './CustomerValueCalculator';

/** Targets and monthly actuals of every KPI: the dashboard to steer the year. */
export function KpisStep() {
  const { t } = useTranslation();
  const actions = useAppStore((state) => state.opened?.plan.actions);
  const saveItem = useAppStore((state) => state.saveItem);
  if (!actions) return null;
  const monthNames = t('months.short', { returnObjects: true }) as string[];
  const rows = actions.flatMap((action) => action.kpis.map((kpi) => ({ action, kpi })));
  const setKpi = (action: Action, kpi: Kpi, patch: Partial<Kpi>) =>
    saveItem('actions', { ...action, kpis: action.kpis.map((other) => (other.id === kpi.id ? { ...other, ...patch } : other)) });

  return (
    <Stack spacing={3}>
      <StepHeader step="kpis" intro={t('kpis.intro')} />
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('kpis.noKpi')}</Typography>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="kpi-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('kpis.action')}</TableCell>
                <TableCell>{t('kpis.kpi')}</TableCell>
                <TableCell>{t('kpis.target')}</TableCell>
                {monthNames.map((name) => (
                  <TableCell key={name} sx={{ px: 0.5, textAlign: 'center' }}>
                    {name}
                  </TableCell>
                ))}
                <TableCell>{t('kpis.progress')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ action, kpi }) => {
                const progress = kpiProgress(kpi.target, kpi.actualByMonth);
                return (
                  <TableRow key={kpi.id} data-testid="kpi-row">
                    <TableCell sx={{ borderLeft: 4, borderLeftColor: categoryColors[action.category], maxWidth: 180 }}>
                      <Typography variant="body2" noWrap title={action.title}>
                        {action.title}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ maxWidth: 150 }}>
                      <Typography variant="body2" noWrap title={kpi.name}>
                        {kpi.name} {kpi.unit && `(${kpi.unit})`}
                      </Typography>
                    </TableCell>
                    <TableCell sx={{ minWidth: 96 }}>
                      <TextField
                        value={kpi.target}
                        size="small"
                        onChange={(event) => setKpi(action, kpi, { target: event.target.value })}
                        slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'aria-label': `${kpi.name} — ${t('kpis.target')}` } }}
                      />
                    </TableCell>
                    {kpi.actualByMonth.map((actual, month) => (
                      <TableCell key={month} sx={{ px: 0.25, minWidth: 64 }}>
                        <TextField
                          value={actual ?? ''}
                          size="small"
                          onChange={(event) =>
                            setKpi(action, kpi, {
                              actualByMonth: kpi.actualByMonth.map((value, i) => (i === month ? event.target.value || null : value)),
                            })
                          }
                          slotProps={{ htmlInput: { maxLength: 20, 'aria-label': `${kpi.name} — ${monthNames[month]}`, 'data-testid': `kpi-actual-${month + 1}`, style: { padding: '4px 6px' } } }}
                        />
                      </TableCell>
                    ))}
                    <TableCell>
                      {progress !== null && (
                        <Chip size="small" color={progress >= 10_000 ? 'success' : 'default'} label={formatPercent(progress)} data-testid="kpi-progress" />
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Paper>
      )}
      <CustomerValueCalculator />
    </Stack>
  );
}
