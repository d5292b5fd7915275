import { Alert, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/steps';

/** A step the method has but this version does not: said plainly, never a fake page. */
export function ComingStep({ step }: { step: StepId }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t(`steps.names.${step}`)}
      </Typography>
      <Alert severity="info" data-testid="coming-step">
        <strong>{t('steps.coming')}.</strong> {t('steps.comingText')}
      </Alert>
    </>
  );
}
