import { Box, Button, Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StepState } from '../../shared/coach/progress';
import { visibleSteps, type StepId } from '../../shared/steps';
import { usePlanReview } from './planReview';
import { useAppStore } from './store';

const stateColors: Record<StepState, 'default' | 'warning' | 'success'> = {
  notStarted: 'default',
  inProgress: 'warning',
  complete: 'success',
};

export function StepList() {
  const { t } = useTranslation();
  const reviews = usePlanReview();
  const current = useAppStore((state) => state.step);
  const goTo = useAppStore((state) => state.goTo);
  const customerKind = useAppStore((state) => state.opened?.plan.company.customerKind ?? 'b2c');
  const accountCount = useAppStore((state) => state.opened?.plan.accounts.length ?? 0);
  if (!reviews) return null;
  const steps = visibleSteps(customerKind, accountCount);
  // A shop's plan does not list the key accounts, but a shop that also sells to a few companies can open them.
  const accountsHidden = !steps.includes('accounts');
  const stateOf = (step: StepId): StepState => reviews[step]?.progress.state ?? 'notStarted';

  return (
    <nav aria-label={t('steps.title')}>
      <Typography variant="overline" sx={{ px: 2, color: 'text.secondary' }}>
        {t('steps.title')}
      </Typography>
      <List dense>
        {steps.map((step, index) => {
          const state = stateOf(step);
          return (
            <ListItem key={step} disablePadding>
              <ListItemButton
                selected={step === current}
                onClick={() => goTo(step)}
                data-testid={`step-${step}`}
              >
                <ListItemText primary={`${index + 1}. ${t(`steps.names.${step}`)}`} sx={{ pr: 1 }} />
                <Chip
                  size="small"
                  label={t(`steps.states.${state}`)}
                  color={stateColors[state]}
                  sx={{ flexShrink: 0 }}
                  data-testid={`step-state-${step}`}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
      {accountsHidden && (
        <Box sx={{ px: 2, pb: 1 }}>
          <Button
            size="small"
            variant={current === 'accounts' ? 'outlined' : 'text'}
            onClick={() => goTo('accounts')}
            aria-current={current === 'accounts' ? 'page' : undefined}
            title={t('accounts.hiddenStep.help')}
            sx={{ color: 'text.secondary', textTransform: 'none', justifyContent: 'flex-start' }}
            data-testid="step-accounts-hidden"
          >
            {t('accounts.hiddenStep.link')}
          </Button>
        </Box>
      )}
    </nav>
  );
}
