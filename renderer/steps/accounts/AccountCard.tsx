import { Alert, Box, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CoachWarning } from '../../../shared/coach/types';
import { wordWarning } from '../../../shared/coach/wording';
import type { AccountSummary, OpportunityLine } from '../../../shared/compute/pipeline';
import { formatLongDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n';
import { formatEuros } from '../../../shared/money';
import { companySizes, LONG_TEXT_MAX, SHORT_TEXT_MAX, type KeyAccount } from '../../../shared/plan';
import { itemById } from '../../app/itemById';
import { useAppStore } from '../../app/store';
import { AmountField } from '../../components/AmountField';
import { IsoDateField } from '../../components/IsoDateField';
import { ItemControls } from '../../components/ItemControls';
import { useAccountChange } from './accountChange';
import { AccountActions } from './AccountActions';
import { CommitteeEditor } from './CommitteeEditor';
import { OpportunitiesEditor } from './OpportunitiesEditor';
import { BandChip, WalletShare } from './WalletShare';

const NO_SIZE = 'none';

interface AccountCardProps {
  id: string;
  index: number;
  count: number;
  open: boolean;
  onToggle(id: string): void;
  autoFocus: boolean;
  /** From the plan's report (as of the last pause in typing): share of wallet, contacts, weighted deals. */
  summary: AccountSummary | null;
  lines: OpportunityLine[];
  warnings: CoachWarning[];
}

/** What the folded card says: the band, the people known, the deals and what they weigh (from the report). */
function SummaryChips({ summary, deals }: { summary: AccountSummary | null; deals: number }) {
  const { t } = useTranslation();
  if (!summary) return null;
  return (
    <Stack direction="row" spacing={0.75} sx={{ flexWrap: 'wrap', rowGap: 0.5, alignItems: 'center', mt: 0.5 }}>
      {summary.shareOfWallet.band && <BandChip band={summary.shareOfWallet.band} testId="account-summary-band" />}
      <Chip size="small" variant="outlined" label={summary.contacts === 0 ? t('accounts.noContact') : t('accounts.contacts', { count: summary.contacts })} />
      <Chip
        size="small"
        variant="outlined"
        label={deals === 0 ? t('accounts.noDeal') : t('accounts.deals', { count: deals, weighted: formatEuros(summary.weightedCents) })}
        data-testid="account-summary-deals"
      />
    </Stack>
  );
}

function AccountFields({ account, autoFocus, summary }: { account: KeyAccount; autoFocus: boolean; summary: AccountSummary | null }) {
  const { t } = useTranslation();
  const change = useAccountChange(account.id);
  return (
    <Stack spacing={1.5}>
      <Box sx={{ display: 'grid', gridTemplateColumns: '2fr 2fr 1.4fr', gap: 1.5 }}>
        <TextField
          autoFocus={autoFocus}
          label={t('accounts.account.company')}
          placeholder={t('accounts.account.companyPlaceholder')}
          value={account.company}
          onChange={(event) => change({ company: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'account-company' } }}
        />
        <TextField
          label={t('accounts.account.sector')}
          placeholder={t('accounts.account.sectorPlaceholder')}
          value={account.sector}
          onChange={(event) => change({ sector: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'account-sector' } }}
        />
        <TextField
          select
          label={t('accounts.account.size')}
          value={account.size ?? NO_SIZE}
          onChange={(event) => change({ size: event.target.value === NO_SIZE ? null : (event.target.value as KeyAccount['size']) })}
          slotProps={{ htmlInput: { 'data-testid': 'account-size' } }}
        >
          <MenuItem value={NO_SIZE}>{t('accounts.account.sizeUnknown')}</MenuItem>
          {companySizes.map((size) => (
            <MenuItem key={size} value={size}>
              {t(`accountTerms.sizes.${size}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TextField
        label={t('accounts.account.why')}
        placeholder={t('accounts.account.whyPlaceholder')}
        value={account.why}
        multiline
        minRows={2}
        onChange={(event) => change({ why: event.target.value })}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': 'account-why' } }}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 1.5, alignItems: 'start' }}>
        <AmountField
          label={t('accounts.account.currentRevenue')}
          cents={account.currentRevenueCents}
          onCents={(currentRevenueCents) => change({ currentRevenueCents })}
          slotProps={{ htmlInput: { 'data-testid': 'account-current' } }}
        />
        <AmountField
          label={t('accounts.account.potential')}
          cents={account.potentialCents}
          onCents={(potentialCents) => change({ potentialCents })}
          helperText={t('accounts.account.potentialHelp')}
          slotProps={{ htmlInput: { 'data-testid': 'account-potential' } }}
        />
        <WalletShare share={summary?.shareOfWallet ?? null} />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 1.5 }}>
        <TextField
          label={t('accounts.account.nextStep')}
          placeholder={t('accounts.account.nextStepPlaceholder')}
          value={account.nextStep}
          onChange={(event) => change({ nextStep: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'account-next-step' } }}
        />
        <IsoDateField label={t('accounts.account.nextStepDate')} value={account.nextStepDate} onChange={(nextStepDate) => change({ nextStepDate })} testId="account-next-date" />
      </Box>
    </Stack>
  );
}

/**
 * One key account: a summary line with its band, people and deals, unfolded into its editor on demand.
 * Its warnings (no decision maker, a single contact) stay visible when folded.
 */
export function AccountCard({ id, index, count, open, onToggle, autoFocus, summary, lines, warnings }: AccountCardProps) {
  const { t, i18n } = useTranslation();
  const account = useAppStore((state) => (state.opened ? itemById(state.opened.plan.accounts, id) : undefined));
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  if (!account) return null;
  const translate = (key: string, params?: Record<string, unknown>) => t(key, params ?? {}) as string;

  return (
    <Paper variant="outlined" sx={{ p: 1.5, borderLeft: 6, borderLeftColor: 'primary.main' }} data-testid="account">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: 600 }} noWrap data-testid="account-title">
            {account.company || t('accounts.untitled')}
            {account.sector && (
              <Typography component="span" color="text.secondary" sx={{ fontWeight: 400 }}>
                {' — '}
                {account.sector}
              </Typography>
            )}
          </Typography>
          <SummaryChips summary={summary} deals={lines.length} />
          {account.nextStep.trim() !== '' && (
            <Typography variant="body2" color="text.secondary" noWrap title={account.nextStep} sx={{ mt: 0.5 }} data-testid="account-summary-next">
              {account.nextStepDate
                ? t('accounts.nextStepDated', { step: account.nextStep, date: formatLongDate(account.nextStepDate, i18n.language as Language) })
                : t('accounts.nextStepLine', { step: account.nextStep })}
            </Typography>
          )}
        </Box>
        <Button size="small" onClick={() => onToggle(id)} aria-expanded={open} data-testid="account-toggle">
          {open ? t('accounts.close') : t('accounts.edit')}
        </Button>
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('accounts.moveUp'), moveDown: t('accounts.moveDown'), remove: t('accounts.remove') }}
          onMove={(to) => moveItem('accounts', id, to)}
          onRemove={() => deleteItem('accounts', id)}
        />
      </Stack>
      {warnings.length > 0 && (
        <Stack spacing={1} sx={{ mt: 1 }}>
          {warnings.map((warning) => (
            <Alert key={warning.code} severity={warning.severity} data-testid={`account-warning-${warning.code}`} sx={{ py: 0 }}>
              {wordWarning(translate, warning)}
            </Alert>
          ))}
        </Stack>
      )}
      {open && (
        <Stack spacing={3} sx={{ pt: 2 }}>
          <AccountFields account={account} autoFocus={autoFocus} summary={summary} />
          <AccountActions account={account} />
          <CommitteeEditor account={account} />
          <OpportunitiesEditor account={account} lines={lines} />
        </Stack>
      )}
    </Paper>
  );
}
