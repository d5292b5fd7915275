import { memo } from 'react';
import { Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { minutesToHoursText, parseHoursToMinutes } from '../../../shared/money';
import { SHORT_TEXT_MAX, type CostLine, type Period } from '../../../shared/plan';
import { RemoveButton } from '../../components/RemoveButton';
import { newId } from '../../app/ids';
import { AmountField } from '../../components/AmountField';
import { ParsedField } from '../../components/ParsedField';
import { PercentField } from '../../components/PercentField';

type PeriodChoice = 'activeMonths' | 'year' | 'q1' | 'q2' | 'q3' | 'q4' | 'months';
/** The action's months first: it is the default, and it follows the action when its months change. */
const periodChoices: PeriodChoice[] = ['activeMonths', 'year', 'q1', 'q2', 'q3', 'q4', 'months'];

const choiceOf = (period: Period): PeriodChoice =>
  period.kind === 'quarter' ? (`q${period.quarter}` as PeriodChoice) : period.kind;

const periodFor = (choice: PeriodChoice): Period =>
  choice === 'activeMonths' || choice === 'year'
    ? { kind: choice }
    : choice === 'months'
      ? { kind: 'months', from: 1, to: 12 }
      : { kind: 'quarter', quarter: Number(choice.slice(1)) };

/** A new line of the kind chosen keeps its label and period. */
function withKind(line: CostLine, kind: CostLine['kind']): CostLine {
  const base = { id: line.id, label: line.label, period: line.period };
  if (kind === 'fixed') return { ...base, kind, amountCents: 0 };
  if (kind === 'percentOfRevenue') return { ...base, kind, rateBasisPoints: 0 };
  return { ...base, kind, minutes: 0, per: 'week' };
}

function PeriodFields({ period, onChange }: { period: Period; onChange(period: Period): void }) {
  const { t } = useTranslation();
  const months = t('months.long', { returnObjects: true }) as string[];
  const monthSelect = (label: string, value: number, set: (month: number) => void) => (
    <TextField select label={label} value={value} onChange={(event) => set(Number(event.target.value))} sx={{ width: 140 }}>
      {months.map((name, index) => (
        <MenuItem key={name} value={index + 1}>
          {name}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <>
      <TextField
        select
        label={t('promotion.costs.period')}
        value={choiceOf(period)}
        onChange={(event) => onChange(periodFor(event.target.value as PeriodChoice))}
        sx={{ width: 200 }}
        slotProps={{ htmlInput: { 'data-testid': 'cost-period' } }}
      >
        {periodChoices.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {t(`promotion.costs.periods.${choice}`)}
          </MenuItem>
        ))}
      </TextField>
      {period.kind === 'months' && (
        <>
          {monthSelect(t('promotion.costs.from'), period.from, (from) => onChange({ ...period, from, to: Math.max(from, period.to) }))}
          {monthSelect(t('promotion.costs.to'), period.to, (to) => onChange({ ...period, to, from: Math.min(to, period.from) }))}
        </>
      )}
    </>
  );
}

function CostLineRow({ line, onChange, onRemove }: { line: CostLine; onChange(line: CostLine): void; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }} data-testid="cost-line">
      <TextField
        select
        label={t('promotion.costs.kind')}
        value={line.kind}
        onChange={(event) => onChange(withKind(line, event.target.value as CostLine['kind']))}
        sx={{ width: 200 }}
        slotProps={{ htmlInput: { 'data-testid': 'cost-kind' } }}
      >
        {(['fixed', 'percentOfRevenue', 'internalHours'] as const).map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`promotion.costs.kinds.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('promotion.costs.label')}
        placeholder={t('promotion.costs.labelPlaceholder')}
        value={line.label}
        onChange={(event) => onChange({ ...line, label: event.target.value })}
        sx={{ width: 180 }}
        slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX } }}
      />
      {line.kind === 'fixed' && (
        <AmountField
          label={t('promotion.costs.amount')}
          cents={line.amountCents}
          onCents={(cents) => onChange({ ...line, amountCents: cents ?? 0 })}
          sx={{ width: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'cost-amount' } }}
        />
      )}
      {line.kind === 'percentOfRevenue' && (
        <PercentField
          label={t('promotion.costs.rate')}
          basisPoints={line.rateBasisPoints}
          onBasisPoints={(rateBasisPoints) => onChange({ ...line, rateBasisPoints })}
          sx={{ width: 120 }}
          slotProps={{ htmlInput: { 'data-testid': 'cost-rate' } }}
        />
      )}
      {line.kind === 'internalHours' && (
        <>
          <ParsedField
            label={t('promotion.costs.hours')}
            value={line.minutes}
            toText={minutesToHoursText}
            parse={parseHoursToMinutes}
            errorText={t('promotion.costs.invalidHours')}
            onValue={(minutes) => onChange({ ...line, minutes: minutes ?? 0 })}
            sx={{ width: 100 }}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'cost-hours' } }}
          />
          <TextField
            select
            label={t('promotion.costs.per')}
            value={line.per}
            onChange={(event) => onChange({ ...line, per: event.target.value as 'week' | 'month' })}
            sx={{ width: 120 }}
            slotProps={{ htmlInput: { 'data-testid': 'cost-per' } }}
          >
            {(['week', 'month'] as const).map((per) => (
              <MenuItem key={per} value={per}>
                {t(`promotion.costs.perOptions.${per}`)}
              </MenuItem>
            ))}
          </TextField>
        </>
      )}
      <PeriodFields period={line.period} onChange={(period) => onChange({ ...line, period })} />
      <RemoveButton label={t('promotion.costs.remove')} onClick={onRemove} />
    </Stack>
  );
}

export const CostLinesEditor = memo(function CostLinesEditor({ lines, onChange }: { lines: CostLine[]; onChange(lines: CostLine[]): void }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {t('promotion.costs.title')}
      </Typography>
      <Stack spacing={1.5}>
        {lines.map((line) => (
          <CostLineRow
            key={line.id}
            line={line}
            onChange={(changed) => onChange(lines.map((other) => (other.id === line.id ? changed : other)))}
            onRemove={() => onChange(lines.filter((other) => other.id !== line.id))}
          />
        ))}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        data-testid="add-cost"
        onClick={() => onChange([...lines, { id: newId(), kind: 'fixed', label: '', amountCents: 0, period: { kind: 'activeMonths' } }])}
      >
        {t('promotion.costs.add')}
      </Button>
    </Box>
  );
});
