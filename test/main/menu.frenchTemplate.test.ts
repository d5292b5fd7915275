import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';
import { createTranslator } from '../../shared/i18n';

const t = createTranslator('fr');

// The type comes from the template itself: tests never import 'electron', even for types.
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

const submenuOf = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
const findItem = (template: MenuItemConstructorOptions[], label: string) =>
  template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : [])).find((item) => item.label === label);

describe('the application menu', () => {
  it('has French top-level labels with a French translator', () => {
    const template = menuTemplate(t, vi.fn(), 'linux');
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('has English labels with an English translator', () => {
    const template = menuTemplate(createTranslator('en'), vi.fn(), 'win32');
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('gives New and Open their standard shortcuts', () => {
    const template = menuTemplate(t, vi.fn(), 'linux');
    expect(findItem(template, 'Nouveau plan')?.accelerator).toBe('CmdOrCtrl+N');
    expect(findItem(template, 'Ouvrir…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('sends newPlan when "Nouveau plan" is clicked', () => {
    const send = vi.fn();
    const item = findItem(menuTemplate(t, send, 'linux'), 'Nouveau plan');
    (item?.click as () => void)();
    expect(send).toHaveBeenCalledExactlyOnceWith('newPlan');
  });

  it('sends each file command to the window', () => {
    const send = vi.fn();
    const file = submenuOf(menuTemplate(t, send, 'linux')[0]);
    for (const item of file) if (typeof item.click === 'function') (item.click as () => void)();
    expect(send.mock.calls.map(([command]) => command)).toEqual(['newPlan', 'openPlan', 'saveCopy', 'exportPdf', 'exportXlsx', 'saveAsTemplate', 'nextYear', 'closePlan']);
  });

  it('keeps the standard edit roles so copy and paste work in fields', () => {
    const edit = submenuOf(menuTemplate(t, vi.fn(), 'linux')[1]);
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(edit.find((item) => item.role === 'paste')?.label).toBe('Coller');
  });

  it('adds the app menu first on macOS only', () => {
    const mac = menuTemplate(t, vi.fn(), 'darwin');
    expect(mac).toHaveLength(5);
    expect(mac[0].role).toBe('appMenu');
    expect(mac.slice(1).map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    for (const platform of ['linux', 'win32'] as const) {
      expect(menuTemplate(t, vi.fn(), platform).some((item) => item.role === 'appMenu')).toBe(false);
    }
  });
});

describe('the recent plans in the File menu', () => {
  const recentSubmenu = (template: MenuItemConstructorOptions[]) =>
    submenuOf(template[0]).find((item) => item.label === 'Plans récents')?.submenu as MenuItemConstructorOptions[];

  it('lists each recent plan by title and opens its path when clicked', () => {
    const open = vi.fn();
    const files = [
      { path: '/plans/martin.capm', title: 'Boulangerie Martin 2027', openedAt: '2027-01-02T00:00:00.000Z' },
      { path: '/plans/salon.capm', title: 'Salon Élégance', openedAt: '2027-01-01T00:00:00.000Z' },
    ];
    const items = recentSubmenu(menuTemplate(t, vi.fn(), 'linux', { files, open }));
    expect(items.map((item) => item.label)).toEqual(['Boulangerie Martin 2027', 'Salon Élégance']);
    (items[1].click as () => void)();
    expect(open).toHaveBeenCalledExactlyOnceWith('/plans/salon.capm');
  });

  it('says there is none, greyed out, when no plan was opened yet', () => {
    const items = recentSubmenu(menuTemplate(t, vi.fn(), 'linux'));
    expect(items).toEqual([{ label: 'Aucun plan ouvert récemment.', enabled: false }]);
  });

  it('offers the exports, the template and next year\'s plan in the File menu', () => {
    const send = vi.fn();
    const file = submenuOf(menuTemplate(t, send, 'linux')[0]);
    for (const [label, command] of [
      ['Exporter en PDF…', 'exportPdf'],
      ['Exporter en classeur Excel…', 'exportXlsx'],
      ['Enregistrer comme modèle…', 'saveAsTemplate'],
      ['Préparer le plan de l’année suivante', 'nextYear'],
    ]) {
      (file.find((item) => item.label === label)?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });
});
