/**
 * The names of every call between the renderer and the main process. Kept apart from the schemas so
 * the preload can list them without bundling zod; contract.ts must define exactly these.
 */
export const callNames = [
  'app.info',
  'prefs.get',
  'prefs.setLanguage',
  'prefs.setAuthor',
  'plan.create',
  'plan.open',
  'plan.openWithDialog',
  'plan.close',
  'plan.get',
  'plan.updateSection',
  'plan.saveItem',
  'plan.deleteItem',
  'plan.moveItem',
  'plan.saveCopy',
  'plan.updateMeta',
  'plan.saveAsTemplate',
  'plan.createFromTemplate',
  'plan.createNextYear',
  'plan.previewCopy',
  'plans.list',
  'plans.importFile',
  'plan.createFromSample',
  'plan.previewImport',
  'plan.addActions',
  'plan.importJson',
  'plan.check',
  'plan.exportToFile',
  'plan.exportBytes',
  'plan.exportJson',
  'customers.preview',
  'customers.analyze',
  'customers.apply',
  'customers.exportSegment',
] as const;
export type CallName = (typeof callNames)[number];

/** The IPC channel of a call: written once here, never repeated as a string elsewhere. */
export const channelOf = (name: CallName): string => `cap:${name}`;

/** Commands the desktop menu sends to the window; browser mode has no menu. */
export const menuCommands = [
  'newPlan',
  'openPlan',
  'saveCopy',
  'exportPdf',
  'exportXlsx',
  'saveAsTemplate',
  'nextYear',
  'closePlan',
] as const;
/** What the shell tells the window besides menu commands: it opened a plan itself (a double-click on a file, a recent plan). */
export const shellNotices = ['planOpened'] as const;
/** Everything the window may hear from the shell on the menu channel. */
export type MenuCommand = (typeof menuCommands)[number] | (typeof shellNotices)[number];
export const MENU_CHANNEL = 'cap:menu';
