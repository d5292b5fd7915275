import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useAppStore } from './store';

/** Asked before next year's plan or a template is made: what happens, and where the new file goes. */
export function CopyDialog() {
  const { t } = useTranslation();
  const prompt = useAppStore((state) => state.copyPrompt);
  const answer = useAppStore((state) => state.answerCopyPrompt);
  const kind = prompt?.kind ?? 'nextYear';
  return (
    <Dialog open={prompt !== null} onClose={() => void answer(false)} data-testid="copy-dialog">
      <DialogTitle>{t(`copyDialog.${kind}.title`)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>{t(`copyDialog.${kind}.what`, { title: prompt?.title ?? '' })}</DialogContentText>
        <DialogContentText sx={{ wordBreak: 'break-all' }} data-testid="copy-dialog-path">
          {prompt?.path ? t('copyDialog.where', { path: prompt.path }) : t('copyDialog.youChoose')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void answer(false)} data-testid="copy-cancel">
          {t('copyDialog.cancel')}
        </Button>
        <Button onClick={() => void answer(true)} variant="contained" data-testid="copy-confirm" autoFocus>
          {t(`copyDialog.${kind}.confirm`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
