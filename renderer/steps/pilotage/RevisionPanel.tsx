import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { reviseSteering } from '../../../shared/compute/steering';
import { formatLongDate } from '../../../shared/dates';
import type { Language } from '../../../shared/i18n';
import { formatEuros } from '../../../shared/money';
import { MAX_REVISIONS } from '../../../shared/plan';
import type { PlanReport } from '../../../shared/report/planReport';
import { useAppStore } from '../../app/store';

/**
 * « Réviser le plan »: the budget as it stands is kept as the initial one (inside the same file), then
 * the plan can change; Pilotage, the PDF and the workbook show the initial, the revised and the actual.
 */
export function RevisionPanel({ report }: { report: PlanReport }) {
  const { t, i18n } = useTranslation();
  const plan = useAppStore((state) => state.opened?.plan);
  const updateSection = useAppStore((state) => state.updateSection);
  const [asking, setAsking] = useState(false);
  if (!plan) return null;
  const { revisions } = plan.steering;
  const initial = report.steering.initial;
  const date = (iso: string) => formatLongDate(iso.slice(0, 10), i18n.language as Language);
  const revise = () => {
    const next = reviseSteering(plan, report.budget, new Date());
    if (next) updateSection('steering', next);
    setAsking(false);
  };
  return (
    <Box data-testid="revision-panel">
      {initial && (
        <Alert severity="info" sx={{ mb: 1.5 }} data-testid="revision-summary">
          {t('pilotage.revision.summary', {
            initial: formatEuros(initial.yearCents),
            revised: formatEuros(report.budget.yearCents),
            actual: formatEuros(report.steering.total.actualToDateCents),
            dates: revisions.map((revision) => date(revision.revisedAt)).join(', '),
          })}
        </Alert>
      )}
      <Button variant="outlined" disabled={revisions.length >= MAX_REVISIONS} onClick={() => setAsking(true)} data-testid="revise-plan">
        {t('pilotage.revision.button')}
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {revisions.length >= MAX_REVISIONS ? t('pilotage.revision.limit', { count: MAX_REVISIONS }) : t('pilotage.revision.help')}
      </Typography>
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="revision-title">
        <DialogTitle id="revision-title">{t('pilotage.revision.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('pilotage.revision.explain', { budget: formatEuros(report.budget.yearCents) })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{t('pilotage.revision.cancel')}</Button>
          <Button variant="contained" onClick={revise} data-testid="revise-confirm">
            {t('pilotage.revision.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
