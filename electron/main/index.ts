// The desktop shell: window, menu, dialogs and IPC; everything else lives in electron/core.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { MENU_CHANNEL, type Handlers, type MenuCommand } from '../../shared/contract';
import { createTranslator, describeError } from '../../shared/i18n';
import type { AppError } from '../../shared/result';
import { createHandlers, type DesktopDialogs, type SaveFormat } from '../core/services/handlers';
import { PreferencesStore } from '../core/services/preferences';
import { PlanSession } from '../core/services/planSession';
import { defaultPlansFolder, defaultUserDataDir } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { PLAN_EXTENSION } from '../core/store/format';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { planPathFromArgv } from './openFiles';
import { lockDown, windowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).href;

// The preferences the CLI and browser mode read too (paths.ts); set before anything reads userData.
app.setPath('userData', defaultUserDataDir());
if (!app.requestSingleInstanceLock()) app.quit();

const sessions = new Map<number, { handlers: Handlers; session: PlanSession }>();
/** A plan to open once a window exists: from the command line, or macOS's open-file before ready. */
let pendingPlanPath = planPathFromArgv(process.argv);
const translate = () => createTranslator(new PreferencesStore(app.getPath('userData')).read().language);

function dialogsFor(window: BrowserWindow): DesktopDialogs {
  const filters = (format: SaveFormat = 'capm') => [
    { name: translate()(`web.fileFilters.${format}`), extensions: [format === 'capm' ? PLAN_EXTENSION.slice(1) : format] },
  ];
  return {
    async chooseOpenPath() {
      const result = await dialog.showOpenDialog(window, {
        title: translate()('web.dialogTitleOpen'),
        filters: filters(),
        properties: ['openFile'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(suggestedName, format) {
      const result = await dialog.showSaveDialog(window, {
        title: translate()(format === 'capm' ? 'web.dialogTitleSave' : 'web.dialogTitleExport'),
        defaultPath: `${suggestedName}.${format}`,
        filters: filters(format),
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

/** A plan the shell was handed but could not open: the same sentence the page would show. */
const showRefusal = (error: AppError) => dialog.showErrorBox(translate()('app.name'), describeError(translate(), error));

function refreshMenu(): void {
  const t = translate();
  const recentFiles = new PreferencesStore(app.getPath('userData')).read().recentFiles;
  const toFocused = (command: MenuCommand) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, command);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(t, toFocused, process.platform, { files: recentFiles, open: openPlanInWindow })),
  );
}

/** Opens a plan the shell was handed (a file, a recent plan) in the first window, then tells the page. */
function openPlanInWindow(planPath: string): void {
  const [window] = BrowserWindow.getAllWindows();
  const entry = window && sessions.get(window.webContents.id);
  if (!window || !entry) {
    pendingPlanPath = planPath;
    return;
  }
  void entry.handlers['plan.open']({ path: planPath }).then((result) => {
    // A refused file (newer version, not ours…) leaves the open plan as it was and says why.
    if (result.ok) window.webContents.send(MENU_CHANNEL, 'planOpened');
    else showRefusal(result.error);
  });
  if (window.isMinimized()) window.restore();
  window.focus();
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(path.join(here, '..', 'preload', 'index.cjs'), 'Cap Marketing'));
  const session = new PlanSession(defaultPlansFolder(app.getPath('documents')));
  const handlers = createHandlers(
    {
      mode: 'desktop',
      version: APP_VERSION,
      userDataDir: app.getPath('userData'),
      plansFolder: defaultPlansFolder(app.getPath('documents')),
      dialogs: dialogsFor(window),
      onPreferencesChanged: (openedPath) => {
        if (openedPath) app.addRecentDocument(openedPath);
        refreshMenu();
      },
    },
    session,
  );
  const id = window.webContents.id;
  sessions.set(id, { handlers, session });
  lockDown(window.webContents, appUrl);
  // The page blocks unloading while edits are not written yet (its beforeunload guard). Electron would
  // then cancel the close silently: ask instead, and close only if the user chooses to leave.
  window.webContents.on('will-prevent-unload', (event) => {
    const t = translate();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      message: t('app.notSaved'),
      detail: t('app.unsavedLeave'),
      buttons: [t('app.stay'), t('app.leaveWithoutSaving')],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  window.on('closed', () => {
    session.close();
    sessions.delete(id);
  });
  window.once('ready-to-show', () => window.show());
  // A plan given on the command line is open before the page asks which plan is open.
  if (pendingPlanPath) {
    void handlers['plan.open']({ path: pendingPlanPath }).then((result) => {
      if (!result.ok) showRefusal(result.error);
    });
    pendingPlanPath = null;
  }
  void window.loadURL(appUrl);
}

// Windows and Linux: a double-click on a .capm while the app runs starts a second instance with the path.
app.on('second-instance', (_event, argv) => {
  const planPath = planPathFromArgv(argv);
  const [first] = BrowserWindow.getAllWindows();
  if (planPath) openPlanInWindow(planPath);
  else if (first) {
    if (first.isMinimized()) first.restore();
    first.focus();
  }
});

// macOS hands the file over with an event, possibly before the app is ready.
app.on('open-file', (event, planPath) => {
  event.preventDefault();
  if (app.isReady()) openPlanInWindow(planPath);
  else pendingPlanPath = planPath;
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  registerIpc(
    ipcMain,
    (senderId) => {
      const entry = sessions.get(senderId);
      if (!entry) throw new Error('No window for this sender');
      return entry.handlers;
    },
    (url) => url === appUrl,
  );
  refreshMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
