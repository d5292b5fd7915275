import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store';

/** Asked before leaving the plan or exporting while some changes could not be written to the file. */
export function UnsavedChangesDialog() {
  const { t } = useTranslation();
  const prompt = useAppStore((state) => state.unsavedPrompt);
  const answer = useAppStore((state) => state.answerUnsavedPrompt);
  const leaving = prompt !== 'export';
  return (
    <Dialog open={prompt !== null} onClose={() => void answer(false)} data-testid="unsaved-dialog">
      <DialogTitle>{t('app.notSaved')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t(leaving ? 'app.unsavedLeave' : 'app.unsavedExport')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void answer(false)} data-testid="unsaved-stay" autoFocus>
          {t('app.stay')}
        </Button>
        <Button onClick={() => void answer(true)} color="warning" data-testid="unsaved-go-on">
          {t(leaving ? 'app.leaveWithoutSaving' : 'app.exportAnyway')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
