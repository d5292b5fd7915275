import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/callNames';
import type { RecentFile } from '../../shared/contract';

type Translate = (key: string) => string;

/** A French-first application menu with the standard shortcuts; commands go to the window. */
export function menuTemplate(
  t: Translate,
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
  recent: { files: RecentFile[]; open: (path: string) => void } = { files: [], open: () => undefined },
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.files.length === 0
      ? [{ label: t('home.noRecent'), enabled: false }]
      : recent.files.map((file) => ({ label: file.title, toolTip: file.path, click: () => recent.open(file.path) }));
  const command = (label: string, accelerator: string | undefined, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('menu.file'),
      submenu: [
        command(t('menu.newPlan'), 'CmdOrCtrl+N', 'newPlan'),
        command(t('menu.openPlan'), 'CmdOrCtrl+O', 'openPlan'),
        { label: t('menu.recent'), submenu: recentItems },
        { type: 'separator' },
        command(t('menu.saveCopy'), 'CmdOrCtrl+Shift+S', 'saveCopy'),
        command(t('menu.exportPdf'), 'CmdOrCtrl+P', 'exportPdf'),
        command(t('menu.exportXlsx'), 'CmdOrCtrl+E', 'exportXlsx'),
        { type: 'separator' },
        command(t('menu.saveAsTemplate'), undefined, 'saveAsTemplate'),
        command(t('menu.nextYear'), undefined, 'nextYear'),
        command(t('menu.closePlan'), 'CmdOrCtrl+W', 'closePlan'),
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.resetZoom') },
        { role: 'zoomIn', label: t('menu.zoomIn') },
        { role: 'zoomOut', label: t('menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [{ role: 'about', label: t('menu.about') }],
    },
  ];
}
