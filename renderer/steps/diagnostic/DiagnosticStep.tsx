import { Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { StepHeader } from '../../components/StepHeader';
import { SwotGrid } from './SwotGrid';
import { CompetitorsTable } from './CompetitorsTable';

export function DiagnosticStep() {
  const { t } = useTranslation();
  return (
    <Stack spacing={4} sx={{ maxWidth: 1200 }}>
      <StepHeader step="diagnostic" intro={t('diagnostic.intro')} />
      <SwotGrid />
      <CompetitorsTable />
    </Stack>
  );
}
