// The desktop shell: window, menu, dialogs and IPC; everything else lives in electron/core.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu } from 'electron';
import { MENU_CHANNEL, type ExportFormat, type Handlers } from '../../shared/contract';
import { createTranslator } from '../../shared/i18n';
import { createHandlers, type DesktopDialogs } from '../core/services/handlers';
import { PreferencesStore } from '../core/services/preferences';
import { PlanSession } from '../core/services/planSession';
import { defaultPlansFolder } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { PLAN_EXTENSION } from '../core/store/format';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { lockDown, windowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).href;

if (!app.requestSingleInstanceLock()) app.quit();

const sessions = new Map<number, { handlers: Handlers; session: PlanSession }>();
const translate = () => createTranslator(new PreferencesStore(app.getPath('userData')).read().language);

function dialogsFor(window: BrowserWindow): DesktopDialogs {
  const filters = (format: 'capm' | ExportFormat = 'capm') => [
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
    },
    session,
  );
  const id = window.webContents.id;
  sessions.set(id, { handlers, session });
  lockDown(window.webContents, appUrl);
  window.on('closed', () => {
    session.close();
    sessions.delete(id);
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
}

app.on('second-instance', () => {
  const [first] = BrowserWindow.getAllWindows();
  if (first) {
    if (first.isMinimized()) first.restore();
    first.focus();
  }
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
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(translate(), (command) => BrowserWindow.getFocusedWindow()?.webContents.send(MENU_CHANNEL, command)),
    ),
  );
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
