import { Stack } from '@mui/material';
import { StepHeader } from '../../components/StepHeader';

export function CustomersStep() {
  return (
    <Stack spacing={4} sx={{ maxWidth: 1200 }}>
      <StepHeader step="customers" intro="" />
    </Stack>
  );
}
