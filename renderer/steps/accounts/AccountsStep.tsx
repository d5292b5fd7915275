import { useState } from 'react';
import { Box, Button, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { KeyAccount } from '../../../shared/plan';
import { useFocusOnAdd } from '../../app/focusNew';
import { newId } from '../../app/ids';
import { usePlanReport, usePlanReview } from '../../app/planReview';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';
import { StepHeader } from '../../components/StepHeader';
import { AccountCard } from './AccountCard';
import { MethodIntro } from './MethodIntro';
import { PipelinePanel } from './PipelinePanel';

/** Warnings about one account are shown on its card; the pipeline's shortfall stays at the top of the step. */
const ACCOUNT_CODES = ['accountWithoutDecisionMaker', 'accountSingleContact', 'accountAbovePotential'];

const blankAccount = (): KeyAccount => ({
  id: newId(),
  company: '',
  sector: '',
  size: null,
  why: '',
  currentRevenueCents: null,
  potentialCents: null,
  nextStep: '',
  nextStepDate: '',
  actions: [],
  committee: [],
  opportunities: [],
});

/** "id|id|…": the list re-renders only when accounts come, go or move; each card reads its own account. */
const selectOrder = (accounts: KeyAccount[] | undefined) => (accounts ?? []).map((account) => account.id).join('|');

/**
 * « Comptes clés »: a short named list of companies to win or grow (account-based marketing), each
 * with its buying committee and its deals, then the weighted pipeline against the new business
 * wanted per quarter. Every figure comes from the plan's report.
 */
export function AccountsStep() {
  const { t } = useTranslation();
  const order = useAppStore((state) => selectOrder(state.opened?.plan.accounts));
  const saveItem = useAppStore((state) => state.saveItem);
  const report = usePlanReport();
  const reviews = usePlanReview();
  const focus = useFocusOnAdd();
  const ids = order ? order.split('|') : [];
  // A plan with one account shows it unfolded; with more, the owner opens the ones to work on.
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set(ids.length === 1 ? ids : []));
  const toggle = (id: string) =>
    setOpenIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const warnings = reviews?.accounts?.warnings ?? [];

  const add = () => {
    const account = focus.created(blankAccount());
    setOpenIds((current) => new Set(current).add(account.id));
    saveItem('accounts', account);
  };

  return (
    <Stack spacing={4} sx={{ maxWidth: 1200 }}>
      <StepHeader step="accounts" intro={t('accounts.intro')} inlineCodes={ACCOUNT_CODES} />
      <MethodIntro />
      <Box component="section" aria-labelledby="accounts-list-title">
        <SectionHeading id="accounts-list-title" title={t('accounts.listTitle')} help={t('accounts.listHelp')} />
        <Stack spacing={1.5} data-testid="account-list">
          {ids.length === 0 && <Typography color="text.secondary">{t('accounts.empty')}</Typography>}
          {ids.map((id, index) => (
            <AccountCard
              key={id}
              id={id}
              index={index}
              count={ids.length}
              open={openIds.has(id)}
              onToggle={toggle}
              autoFocus={focus.shouldFocus(id)}
              summary={report?.accounts.find((summary) => summary.accountId === id) ?? null}
              lines={report?.pipeline.lines.filter((line) => line.accountId === id) ?? []}
              warnings={warnings.filter((warning) => warning.itemId === id && ACCOUNT_CODES.includes(warning.code))}
            />
          ))}
        </Stack>
        <Button startIcon={<AddIcon />} variant="outlined" sx={{ mt: 1.5 }} onClick={add} data-testid="add-account">
          {t('accounts.add')}
        </Button>
      </Box>
      {report && <PipelinePanel pipeline={report.pipeline} />}
    </Stack>
  );
}
