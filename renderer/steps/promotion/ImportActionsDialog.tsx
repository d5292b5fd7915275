import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/importActions';
import { readAsBase64 } from '../../app/fileBytes';
import { useAppStore } from '../../app/store';

/** Pick a spreadsheet, see what would be added and what is refused (and why), then confirm. */
export function ImportActionsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { previewImport, addActions } = useAppStore.getState();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [fileName, setFileName] = useState('');
  const [reading, setReading] = useState(false);

  const read = async (file: File) => {
    setReading(true);
    setPreview(null);
    setFileName(file.name);
    try {
      setPreview(await previewImport(file.name, await readAsBase64(file)));
    } finally {
      setReading(false);
    }
  };

  const accepted = preview?.accepted ?? [];
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('importActions.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('importActions.intro')}
        </Typography>
        <Button component="label" variant="outlined" disabled={reading}>
          {reading ? t('importActions.reading') : t('importActions.chooseFile')}
          <input
            hidden
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void read(file);
            }}
          />
        </Button>
        {preview && (
          <Box sx={{ mt: 2 }} data-testid="import-preview">
            <Typography variant="body2" color="text.secondary">
              {t('importActions.fileRead', { name: fileName })}
            </Typography>
            <Typography variant="h3" sx={{ mt: 2 }}>
              {accepted.length > 0 ? t('importActions.acceptedTitle', { count: accepted.length }) : t('importActions.noneAccepted')}
            </Typography>
            <List dense data-testid="import-accepted" sx={{ maxHeight: 220, overflowY: 'auto' }}>
              {accepted.map(({ row, action }) => (
                <ListItem key={row} disableGutters>
                  <ListItemText
                    primary={action.title}
                    secondary={`${t('importActions.rowLabel', { row })} · ${t(`actionPlan.categories.${action.category}`)}`}
                  />
                </ListItem>
              ))}
            </List>
            {preview.refused.length > 0 && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="import-refused">
                <Typography variant="subtitle2">{t('importActions.refusedTitle', { count: preview.refused.length })}</Typography>
                {preview.refused.map(({ row, reason }) => (
                  <Typography key={row} variant="body2">
                    {t('importActions.rowLabel', { row })} : {t(`importActions.reasons.${reason.code}`, reason.params ?? {})}
                  </Typography>
                ))}
              </Alert>
            )}
            {preview.warnings.length > 0 && (
              <Alert severity="warning" sx={{ mt: 1 }} data-testid="import-warnings">
                <Typography variant="subtitle2">{t('importActions.warningsTitle')}</Typography>
                {preview.warnings.map((warning, index) => (
                  <Typography key={index} variant="body2">
                    {warning.row ? `${t('importActions.rowLabel', { row: warning.row })} : ` : ''}
                    {t(`importActions.warnings.${warning.code}`, warning.params ?? {})}
                  </Typography>
                ))}
              </Alert>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('importActions.cancel')}</Button>
        <Button
          variant="contained"
          disabled={accepted.length === 0}
          data-testid="import-confirm"
          onClick={() => {
            addActions(accepted.map(({ action }) => action));
            onClose();
          }}
        >
          {t('importActions.confirm', { count: accepted.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
