import { Box, Button, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { STAGE_PROBABILITY_BASIS_POINTS, type OpportunityLine } from '../../../shared/compute/pipeline';
import { basisPointsToInputText, formatEuros, numberStyleOf, parsePercentToBasisPoints } from '../../../shared/money';
import { pipelineStages, SHORT_TEXT_MAX, type KeyAccount, type Opportunity } from '../../../shared/plan';
import { newId } from '../../app/ids';
import { AmountField } from '../../components/AmountField';
import { ParsedField } from '../../components/ParsedField';
import { RemoveButton } from '../../components/RemoveButton';
import { useAccountChange } from './accountChange';

/** The deal's name and its weighted amount on one line, its figures below: at 1280 px the name has room. */
const dealLayout = { display: 'grid', gridTemplateColumns: '1fr 1fr 1fr 1fr 34px', gap: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 } as const;

const newOpportunity = (): Opportunity => ({
  id: newId(),
  title: '',
  amountCents: 0,
  closingMonth: new Date().getMonth() + 1,
  stage: 'identified',
  probabilityBasisPoints: null,
});

const parseProbability = (text: string) => {
  const value = parsePercentToBasisPoints(text);
  return value !== null && value <= 10_000 ? value : null;
};

/** A probability left empty is the stage's usual one, shown greyed as the placeholder; a typed one overrides it. */
function ProbabilityField({ opportunity, onChange }: { opportunity: Opportunity; onChange(value: number | null): void }) {
  const { t, i18n } = useTranslation();
  const style = numberStyleOf(i18n.language);
  return (
    <ParsedField
      label={t('accounts.opportunities.probability')}
      value={opportunity.probabilityBasisPoints}
      toText={(value) => basisPointsToInputText(value, style)}
      parse={parseProbability}
      errorText={t('accounts.opportunities.invalidProbability')}
      onValue={onChange}
      placeholder={basisPointsToInputText(STAGE_PROBABILITY_BASIS_POINTS[opportunity.stage], style)}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { inputMode: 'decimal', 'data-testid': 'opportunity-probability' },
        input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
      }}
    />
  );
}

/** The account's deals in progress; each one's weighted amount comes from the plan's report. */
export function OpportunitiesEditor({ account, lines }: { account: KeyAccount; lines: OpportunityLine[] }) {
  const { t } = useTranslation();
  const change = useAccountChange(account.id);
  const months = t('months.long', { returnObjects: true }) as unknown as string[];
  const setOpportunity = (id: string, patch: Partial<Opportunity>) =>
    change((current) => ({ opportunities: current.opportunities.map((opportunity) => (opportunity.id === id ? { ...opportunity, ...patch } : opportunity)) }));
  const weightedOf = (id: string) => {
    const line = lines.find((candidate) => candidate.opportunity.id === id);
    return line ? formatEuros(line.weightedCents) : '—';
  };

  return (
    <Box component="section" aria-label={t('accounts.opportunities.title')} data-testid="opportunities">
      <Typography variant="subtitle2">{t('accounts.opportunities.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('accounts.opportunities.help')}
      </Typography>
      <Stack spacing={1.5}>
        {account.opportunities.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('accounts.opportunities.empty')}
          </Typography>
        )}
        {account.opportunities.map((opportunity) => (
          <Box key={opportunity.id} sx={dealLayout} data-testid="opportunity">
            <TextField
              sx={{ gridColumn: 'span 3' }}
              label={t('accounts.opportunities.name')}
              placeholder={t('accounts.opportunities.namePlaceholder')}
              value={opportunity.title}
              onChange={(event) => setOpportunity(opportunity.id, { title: event.target.value })}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'opportunity-title' } }}
            />
            <Box sx={{ textAlign: 'right', pr: 0.5 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {t('accounts.opportunities.weighted')}
              </Typography>
              <Typography sx={{ fontWeight: 600, whiteSpace: 'nowrap' }} data-testid="opportunity-weighted">
                {weightedOf(opportunity.id)}
              </Typography>
            </Box>
            <Box sx={{ gridRow: 'span 2' }}>
              <RemoveButton
                label={t('accounts.opportunities.remove')}
                onClick={() => change((current) => ({ opportunities: current.opportunities.filter((other) => other.id !== opportunity.id) }))}
              />
            </Box>
            <AmountField
              label={t('accounts.opportunities.amount')}
              cents={opportunity.amountCents}
              onCents={(cents) => setOpportunity(opportunity.id, { amountCents: cents ?? 0 })}
              slotProps={{ htmlInput: { 'data-testid': 'opportunity-amount' } }}
            />
            <TextField
              select
              label={t('accounts.opportunities.closingMonth')}
              value={opportunity.closingMonth}
              onChange={(event) => setOpportunity(opportunity.id, { closingMonth: Number(event.target.value) })}
              slotProps={{ htmlInput: { 'data-testid': 'opportunity-month' } }}
            >
              {months.map((name, index) => (
                <MenuItem key={name} value={index + 1}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('accounts.opportunities.stage')}
              value={opportunity.stage}
              onChange={(event) => setOpportunity(opportunity.id, { stage: event.target.value as Opportunity['stage'] })}
              slotProps={{ htmlInput: { 'data-testid': 'opportunity-stage' } }}
            >
              {pipelineStages.map((stage) => (
                <MenuItem key={stage} value={stage}>
                  {t(`accountTerms.stages.${stage}`)}
                </MenuItem>
              ))}
            </TextField>
            <ProbabilityField opportunity={opportunity} onChange={(probabilityBasisPoints) => setOpportunity(opportunity.id, { probabilityBasisPoints })} />
          </Box>
        ))}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        onClick={() => change((current) => ({ opportunities: [...current.opportunities, newOpportunity()] }))}
        data-testid="add-opportunity"
      >
        {t('accounts.opportunities.add')}
      </Button>
    </Box>
  );
}
