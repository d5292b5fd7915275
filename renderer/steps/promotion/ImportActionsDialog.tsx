import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/importActions';
import { readAsBase64 } from '../../app/fileBytes';
import { useAppStore } from '../../app/store';
import { ImportActualsPreview } from './ImportActualsPreview';

/** Our own workbook read back into its plan: every action it lists is already there, so adding them is not the default. */
const onlyKnownActions = (preview: ImportPreview): boolean =>
  preview.accepted.every(({ row }) => preview.warnings.some((warning) => warning.code === 'sameTitleInPlan' && warning.row === row));

/**
 * Pick a spreadsheet, see what would be added and what is refused (and why), then confirm. A workbook
 * of ours with its « Pilotage » sheet also brings back the actual spend typed in it.
 */
export function ImportActionsDialog({ onClose, purpose = 'actions' }: { onClose: () => void; purpose?: 'actions' | 'actuals' }) {
  const { t } = useTranslation();
  const { previewImport, addActions, saveItem } = useAppStore.getState();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [takeActuals, setTakeActuals] = useState(true);
  const [addAccepted, setAddAccepted] = useState(true);
  const [fileName, setFileName] = useState('');
  const [reading, setReading] = useState(false);

  const read = async (file: File) => {
    setReading(true);
    setPreview(null);
    setFileName(file.name);
    try {
      const read = await previewImport(file.name, await readAsBase64(file));
      setPreview(read);
      setTakeActuals(true);
      setAddAccepted(!(read?.actuals && onlyKnownActions(read)));
    } finally {
      setReading(false);
    }
  };

  const accepted = preview?.accepted ?? [];
  const actualChanges = takeActuals ? (preview?.actuals?.changes ?? []) : [];
  const actionsToAdd = preview?.actuals && !addAccepted ? [] : accepted;
  // What the actions part refuses or questions matters only when they are to be added.
  const actionsShown = !preview?.actuals || addAccepted;
  const confirm = () => {
    const actions = useAppStore.getState().opened?.plan.actions ?? [];
    for (const change of actualChanges) {
      const action = actions.find((candidate) => candidate.id === change.actionId);
      if (action) saveItem('actions', { ...action, actualSpendCents: change.after });
    }
    if (actionsToAdd.length > 0) addActions(actionsToAdd.map(({ action }) => action));
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{t(purpose === 'actions' ? 'importActions.title' : 'importActions.actualsDialogTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t(purpose === 'actions' ? 'importActions.intro' : 'importActions.actualsDialogIntro')}
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
            {preview.actuals && <ImportActualsPreview actuals={preview.actuals} take={takeActuals} onTake={setTakeActuals} />}
            {preview.actuals && accepted.length > 0 ? (
              <FormControlLabel
                sx={{ mt: 2, display: 'flex' }}
                control={<Checkbox checked={addAccepted} onChange={(event) => setAddAccepted(event.target.checked)} data-testid="import-add-actions" />}
                label={
                  <>
                    <Typography component="span">{t('importActions.alsoAddActions', { count: accepted.length })}</Typography>
                    <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
                      {t('importActions.alsoAddActionsHelp')}
                    </Typography>
                  </>
                }
              />
            ) : (
              <Typography variant="h3" sx={{ mt: 2 }}>
                {accepted.length > 0 ? t('importActions.acceptedTitle', { count: accepted.length }) : t('importActions.noneAccepted')}
              </Typography>
            )}
            <List dense data-testid="import-accepted" sx={{ maxHeight: 220, overflowY: 'auto' }}>
              {actionsToAdd.map(({ row, action }) => (
                <ListItem key={row} disableGutters>
                  <ListItemText
                    primary={action.title}
                    secondary={`${t('importActions.rowLabel', { row })} · ${t(`actionPlan.categories.${action.category}`)}`}
                  />
                </ListItem>
              ))}
            </List>
            {actionsShown && preview.refused.length > 0 && (
              <Alert severity="error" sx={{ mt: 1 }} data-testid="import-refused">
                <Typography variant="subtitle2">{t('importActions.refusedTitle', { count: preview.refused.length })}</Typography>
                {preview.refused.map(({ row, reason }) => (
                  <Typography key={row} variant="body2">
                    {t('importActions.rowLabel', { row })} : {t(`importActions.reasons.${reason.code}`, reason.params ?? {})}
                  </Typography>
                ))}
              </Alert>
            )}
            {actionsShown && preview.warnings.length > 0 && (
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
          disabled={actionsToAdd.length === 0 && actualChanges.length === 0}
          data-testid="import-confirm"
          onClick={confirm}
        >
          {preview?.actuals ? t('importActions.confirmImport') : t('importActions.confirm', { count: accepted.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
