import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { wordMissing, wordWarning } from '../../shared/coach/wording';
import type { StepId } from '../../shared/steps';
import { usePlanReview } from '../app/planReview';

/**
 * Title, the two or three sentences of help, then what the step still lacks and its warnings, worded
 * from the shared coaching rules. Warnings tied to one item can be left to that item (`inlineCodes`).
 */
/** Beyond this, the list is folded: a long plan must not bury the screen (and the typing) under alerts. */
const SHOWN_WARNINGS = 5;

export function StepHeader({ step, intro, inlineCodes = [] }: { step: StepId; intro: string; inlineCodes?: string[] }) {
  const { t } = useTranslation();
  const reviews = usePlanReview();
  const [showAll, setShowAll] = useState(false);
  if (!reviews) return null;
  const review = reviews[step];
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
      {(showAll ? warnings : warnings.slice(0, SHOWN_WARNINGS)).map((warning, index) => (
        <Alert key={`${warning.code}-${warning.itemId ?? index}`} severity={warning.severity} data-testid={`warning-${warning.code}`}>
          {wordWarning(translate, warning)}
        </Alert>
      ))}
      {!showAll && warnings.length > SHOWN_WARNINGS && (
        <Box>
          <Button onClick={() => setShowAll(true)} data-testid="show-all-warnings">
            {t('steps.moreWarnings', { count: warnings.length - SHOWN_WARNINGS })}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
