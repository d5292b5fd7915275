import { Button } from '@mui/material';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { useTranslation } from 'react-i18next';

/** Prints the step on A4 landscape (see the print rules in main.tsx); hidden on paper itself. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button startIcon={<PrintOutlined />} variant="outlined" onClick={() => window.print()} data-print="hide" data-testid="print" sx={{ alignSelf: 'flex-start' }}>
      {t('print.button')}
    </Button>
  );
}
