import { useRef, useState } from 'react';
import { Alert, Box, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SalesChoices, SalesPreview } from '../../../shared/contract';
import { useAppStore } from '../../app/store';
import { SectionHeading } from '../../components/SectionHeading';
import { StepHeader } from '../../components/StepHeader';
import { StoredFigures } from './CustomerFigures';
import { RgpdChecklist } from './RgpdChecklist';
import { SalesImportDialog } from './SalesImportDialog';
import { choicesOf, previewSalesFile } from './salesCalls';

/**
 * « Fichier clients »: what the owner's own sales say (customers, basket, retention, segments to win
 * back), read from an export of the till or the invoicing software, and the RGPD checklist. Right
 * after the diagnostic: its figures are the baselines of the objectives and the first targets.
 */
export function CustomersStep() {
  const { t } = useTranslation();
  const plan = useAppStore((state) => state.opened?.plan);
  const [reading, setReading] = useState<{ preview: SalesPreview; choices: SalesChoices } | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  if (!plan) return null;

  const open = async (file: File) => {
    const preview = await previewSalesFile(file);
    if (preview) setReading({ preview, choices: choicesOf(preview, plan) });
  };

  return (
    <Stack spacing={4} sx={{ maxWidth: 1200 }}>
      <StepHeader step="customers" intro={t('customers.intro')} />
      <Box>
        <SectionHeading id="sales" title={t('customers.salesTitle')} help={t('customers.salesHelp')} />
        <Alert severity="info" sx={{ mb: 2 }}>{t('customers.privacy')}</Alert>
        <input
          ref={picker}
          type="file"
          hidden
          accept=".csv,.txt,.xlsx"
          data-testid="sales-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void open(file);
          }}
        />
        <Button variant="contained" onClick={() => picker.current?.click()} data-testid="sales-import">
          {plan.customerFile.figures ? t('customers.importAgain') : t('customers.importFile')}
        </Button>
      </Box>
      <StoredFigures plan={plan} />
      <RgpdChecklist />
      {reading && <SalesImportDialog initial={reading.preview} initialChoices={reading.choices} onClose={() => setReading(null)} />}
    </Stack>
  );
}
