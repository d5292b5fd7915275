import { useEffect } from 'react';
import { Alert, Button, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/i18n';
import { api } from '../api';
import { useAppStore } from './store';
import { HomeScreen } from '../steps/home/HomeScreen';
import { PlanFrame } from './PlanFrame';
import { CopyDialog } from './CopyDialog';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

export function App() {
  const { t } = useTranslation();
  // Whether a plan is open, not the plan: an edit must not re-render the whole frame.
  const hasPlan = useAppStore((state) => state.opened !== null);
  const error = useAppStore((state) => state.error);
  const init = useAppStore((state) => state.init);
  const dismissError = useAppStore((state) => state.dismissError);
  const notice = useAppStore((state) => state.notice);
  const dismissNotice = useAppStore((state) => state.dismissNotice);

  useEffect(() => {
    void init();
  }, [init]);

  useEffect(() => {
    const store = useAppStore.getState();
    return api.onMenuCommand?.((command) => {
      if (command === 'openPlan') void store.openWithDialog();
      if (command === 'saveCopy') void store.saveCopy();
      if (command === 'exportPdf') void store.exportPlan('pdf');
      if (command === 'exportXlsx') void store.exportPlan('xlsx');
      if (command === 'saveAsTemplate') void store.askCopy('template');
      if (command === 'nextYear') void store.askCopy('nextYear');
      if (command === 'planOpened') void store.init();
      if (command === 'newPlan' || command === 'closePlan') void store.closePlan();
    });
  }, []);

  // Ctrl+Z / Ctrl+Shift+Z (Cmd on macOS, Ctrl+Y too) undo and redo edits of the plan, from any field:
  // the fields show the plan, so the plan's history is also theirs.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const store = useAppStore.getState();
      if (!store.opened || (key !== 'z' && key !== 'y')) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) store.redo();
      else store.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Closing or reloading while a change is not written asks first: the browser asks in browser mode,
  // the main process ('will-prevent-unload') on the desktop.
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (useAppStore.getState().saveState === 'saved') return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  return (
    <>
      {hasPlan ? <PlanFrame /> : <HomeScreen />}
      <UnsavedChangesDialog />
      <CopyDialog />
      <Snackbar open={error !== null} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        <Alert severity="error" onClose={dismissError} variant="filled" role="alert" sx={{ maxWidth: 720 }}>
          {error ? describeError((key, params) => t(key, params ?? {}) as string, error) : ''}
        </Alert>
      </Snackbar>
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={dismissNotice}>
        <Alert
          severity="success"
          onClose={dismissNotice}
          variant="filled"
          action={
            notice?.undoable ? (
              <Button color="inherit" size="small" onClick={() => useAppStore.getState().undo()} data-testid="notice-undo">
                {t('undo.undoButton')}
              </Button>
            ) : undefined
          }
        >
          {notice ? t(notice.key, notice.params ?? {}) : ''}
        </Alert>
      </Snackbar>
    </>
  );
}
