import { Alert, Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { reviewPlan } from '../../shared/coach/progress';
import { wordMissing, wordWarning } from '../../shared/coach/wording';
import type { StepId } from '../../shared/steps';
import { useAppStore } from '../app/store';

/**
 * Title, the two or three sentences of help, then what the step still lacks and its warnings, worded
 * from the shared coaching rules. Warnings tied to one item can be left to that item (`inlineCodes`).
 */
export function StepHeader({ step, intro, inlineCodes = [] }: { step: StepId; intro: string; inlineCodes?: string[] }) {
  const { t } = useTranslation();
  const plan = useAppStore((state) => state.opened?.plan);
  if (!plan) return null;
  const review = reviewPlan(plan)[step];
  const translate = (key: string, params?: Record<string, unknown>) => t(key, params ?? {}) as string;
  const warnings = (review?.warnings ?? []).filter((warning) => !inlineCodes.includes(warning.code));

  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="h1" gutterBottom>
          {t(`steps.names.${step}`)}
        </Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 900 }}>
          {intro}
        </Typography>
      </Box>
      {review && review.progress.missing.length > 0 && (
        <Alert severity="info" data-testid={`${step}-missing`}>
          {t('company.missingTitle')} {wordMissing(translate, review.progress.missing)}.
        </Alert>
      )}
      {warnings.map((warning, index) => (
        <Alert key={`${warning.code}-${warning.itemId ?? index}`} severity={warning.severity} data-testid={`warning-${warning.code}`}>
          {wordWarning(translate, warning)}
        </Alert>
      ))}
    </Stack>
  );
}
