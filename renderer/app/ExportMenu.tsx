import { useState } from 'react';
import { Button, ListItemIcon, ListItemText, Menu, MenuItem } from '@mui/material';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import TableChartOutlined from '@mui/icons-material/TableChartOutlined';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../shared/contract';
import { useAppStore } from './store';

const formats: { format: ExportFormat; label: string; Icon: typeof PictureAsPdfOutlined }[] = [
  { format: 'pdf', label: 'app.exportPdf', Icon: PictureAsPdfOutlined },
  { format: 'xlsx', label: 'app.exportXlsx', Icon: TableChartOutlined },
];

/** The top bar's "Exporter" button: the PDF report or the Excel workbook, in the language on screen. */
export function ExportMenu() {
  const { t } = useTranslation();
  const exportPlan = useAppStore((state) => state.exportPlan);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      await exportPlan(format);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<FileDownloadOutlined />}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={busy}
        aria-haspopup="menu"
        data-testid="export-button"
      >
        {busy ? t('app.exporting') : t('app.export')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {formats.map(({ format, label, Icon }) => (
          <MenuItem key={format} onClick={() => void run(format)} data-testid={`export-${format}`}>
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t(label)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
