import { create } from 'zustand';
import type { AppInfo, AuthorInput, CopyPreview, ExportFormat, ItemSave, OpenedPlan, PlanListing, Preferences, SectionUpdate } from '../../shared/contract';
import type { Language } from '../../shared/i18n';
import type { ImportPreview } from '../../shared/importActions';
import type { SampleId } from '../../shared/samples';
import type { Action, CollectionItem, CollectionName, Plan, PlanMeta, SectionName, Sections } from '../../shared/plan';
import type { AppError, Result } from '../../shared/result';
import type { StepId } from '../../shared/steps';
import { api } from '../api';
import { offerDownload } from './download';
import { readAsBase64 } from './fileBytes';
import { applyLanguage, currentLanguage } from './i18n';
import { changesBetween, type PlanChange } from '../../shared/planChanges';
import { createHistory } from './history';
import { createSaveQueue, writtenOnce, type SaveStatus } from './saveQueue';

export type CopyKind = 'nextYear' | 'template';

/** What needs every change written and waits for the user's answer because some are not. */
export type UnsavedPrompt = 'leave' | 'export';

interface AppState {
  info: AppInfo | null;
  preferences: Preferences | null;
  opened: OpenedPlan | null;
  step: StepId;
  saveState: SaveStatus;
  unsavedPrompt: UnsavedPrompt | null;
  /** The last failure to show, already a code the UI translates. */
  error: AppError | null;
  /** A success to confirm briefly (catalogue key and its values); `undoable` offers "Annuler" beside it. */
  notice: { key: string; params?: Record<string, string | number>; undoable?: boolean } | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Next year's plan or a template about to be made: what it will be called and where it goes, to confirm. */
  copyPrompt: (CopyPreview & { kind: CopyKind }) | null;
  /** Says what next year's plan or the template will be and where it goes, then waits for answerCopyPrompt. */
  askCopy(kind: CopyKind): Promise<void>;
  /** Browser mode: the plans in the plans folder, for the home screen (null until listed). */
  folderPlans: PlanListing[] | null;
  listFolderPlans(): Promise<void>;
  /** Browser mode: .capm files dropped or picked, copied into the plans folder, then listed. */
  addPlanFiles(files: File[]): Promise<void>;
  answerCopyPrompt(goOn: boolean): Promise<void>;
  init(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  createPlan(title: string, year: number): Promise<void>;
  openPlan(path: string): Promise<void>;
  openWithDialog(): Promise<void>;
  closePlan(): Promise<void>;
  saveCopy(): Promise<void>;
  saveAsTemplate(): Promise<void>;
  createFromTemplate(title: string, templatePath?: string): Promise<void>;
  createNextYear(): Promise<void>;
  /** A fresh copy of a sample plan, in the language on screen. */
  createFromSample(sample: SampleId): Promise<void>;
  updateMeta(change: Partial<PlanMeta>): void;
  setAuthor(author: AuthorInput | null): Promise<boolean>;
  /** Reads a spreadsheet of actions into a preview; failures are shown like any other. */
  previewImport(fileName: string, base64: string): Promise<ImportPreview | null>;
  addActions(actions: Action[]): void;
  /** Desktop: asks where to save; browser mode: offers the file as a download. */
  exportPlan(format: ExportFormat): Promise<void>;
  goTo(step: StepId): void;
  updateSection<K extends SectionName>(name: K, data: Sections[K]): void;
  /** Adds the item at the end, or updates it in place. */
  saveItem<C extends CollectionName>(collection: C, item: CollectionItem<C>): void;
  deleteItem(collection: CollectionName, id: string): void;
  moveItem(collection: CollectionName, id: string, toIndex: number): void;
  /** Tries the failed save now instead of after the wait. */
  retrySaving(): void;
  /** Answers unsavedPrompt: go on without the unsaved changes, or stay and keep them queued. */
  answerUnsavedPrompt(goOn: boolean): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  /** Takes the plan back one step of its history (or forward again), and saves that like any edit. */
  undo(): void;
  redo(): void;
}

let structuralChange = 0;

export const useAppStore = create<AppState>((set, get) => {
  const handle = <T>(result: Result<T>, onOk: (value: T) => void) => {
    if (result.ok) onOk(result.value);
    else set({ error: result.error });
  };

  const queue = createSaveQueue({
    onStatus: (saveState) => set({ saveState }),
    // Said once; the header keeps saying "not saved" and later edits stay queued.
    onPermanentFailure: (error) => set({ error }),
  });

  /** What to do once the user agrees to go on without the changes not written. */
  let afterUnsavedPrompt: (() => Promise<void>) | null = null;

  /**
   * Runs `next` once every change is written. If some cannot be, asks first: leaving the plan
   * forgets them, an export goes on with what the file holds and keeps them queued.
   */
  const whenSaved = async (prompt: UnsavedPrompt, next: () => Promise<void>) => {
    const saved = get().saveState === 'failed' ? null : await queue.settled();
    if (saved?.ok) return next();
    afterUnsavedPrompt = next;
    set({ unsavedPrompt: prompt });
  };

  const history = createHistory();
  const historyState = () => ({ canUndo: history.canUndo(), canRedo: history.canRedo() });
  /** Another plan, or the file's own version of it, is on screen: the history was about something else. */
  const forgetHistory = () => {
    history.clear();
    set(historyState());
  };

  /** Applies a change to the plan on screen at once and records it; the queue writes it to the file. */
  const applyLocally = (key: string, change: (plan: Plan) => Partial<Plan>): Plan | null => {
    const opened = get().opened;
    if (!opened) return null;
    const plan = { ...opened.plan, ...change(opened.plan) };
    history.record(key, opened.plan, plan);
    set({ opened: { ...opened, plan }, ...historyState() });
    return plan;
  };

  /** The calls that write one change of an undo or a redo, under the keys a plain edit would use. */
  const enqueueChange = (change: PlanChange) => {
    switch (change.kind) {
      case 'meta':
        return queue.enqueue('meta', () => api.call('plan.updateMeta', change.meta));
      case 'section':
        return queue.enqueue(`section:${change.name}`, () => api.call('plan.updateSection', { name: change.name, data: change.data } as SectionUpdate));
      case 'save':
        return queue.enqueue(`item:${change.collection}:${change.item.id}`, () =>
          api.call('plan.saveItem', { collection: change.collection, item: change.item, position: change.position } as ItemSave),
        );
      case 'delete':
        return queue.enqueue(`delete:${(structuralChange += 1)}`, () => api.call('plan.deleteItem', { collection: change.collection, id: change.id }));
      case 'move':
        return queue.enqueue(`move:${(structuralChange += 1)}`, () =>
          api.call('plan.moveItem', { collection: change.collection, id: change.id, toIndex: change.toIndex }),
        );
    }
  };

  /** Shows a plan from the history and writes what differs from the one on screen. */
  const travelTo = (target: Plan | null) => {
    const opened = get().opened;
    if (!opened || !target) return;
    for (const change of changesBetween(opened.plan, target)) enqueueChange(change);
    set({ opened: { ...opened, plan: target }, ...historyState() });
  };

  const adopt = (opened: OpenedPlan | null) => {
    if (!opened) return;
    forgetHistory();
    set({ opened, step: 'company' });
    void api.call('prefs.get', {}).then((result) => handle(result, (preferences) => set({ preferences })));
  };

  return {
    info: null,
    preferences: null,
    opened: null,
    step: 'company',
    saveState: 'saved',
    unsavedPrompt: null,
    error: null,
    notice: null,
    canUndo: false,
    canRedo: false,
    copyPrompt: null,
    folderPlans: null,
    async listFolderPlans() {
      handle(await api.call('plans.list', {}), (folderPlans) => set({ folderPlans }));
    },
    async addPlanFiles(files) {
      const added: string[] = [];
      for (const file of files) {
        const result = await api.call('plans.importFile', { fileName: file.name, base64: await readAsBase64(file) });
        if (result.ok) added.push(file.name);
        else set({ error: result.error });
      }
      if (added.length > 0) set({ notice: { key: 'folderPlans.added', params: { count: added.length, name: added[0] } } });
      await get().listFolderPlans();
    },
    async askCopy(kind) {
      handle(await api.call('plan.previewCopy', { kind }), (preview) => set({ copyPrompt: { ...preview, kind } }));
    },
    async answerCopyPrompt(goOn) {
      const prompt = get().copyPrompt;
      set({ copyPrompt: null });
      if (!goOn || !prompt) return;
      if (prompt.kind === 'nextYear') await get().createNextYear();
      else await get().saveAsTemplate();
    },
    async init() {
      // Also told when the desktop opened another plan: changes queued for the one before must not land in it.
      queue.discard();
      forgetHistory();
      const [info, preferences, current] = await Promise.all([
        api.call('app.info', {}),
        api.call('prefs.get', {}),
        api.call('plan.get', {}),
      ]);
      handle(info, (value) => set({ info: value }));
      handle(preferences, (value) => {
        applyLanguage(value.language);
        set({ preferences: value });
      });
      // After a reload in browser mode the plan is still open on the other side: show it again.
      if (current.ok) set({ opened: current.value });
    },
    async setLanguage(language) {
      applyLanguage(language);
      handle(await api.call('prefs.setLanguage', { language }), (preferences) => set({ preferences }));
    },
    async createPlan(title, year) {
      handle(await api.call('plan.create', { title, year }), adopt);
    },
    async openPlan(path) {
      handle(await api.call('plan.open', { path }), adopt);
    },
    async openWithDialog() {
      const open = async () => handle(await api.call('plan.openWithDialog', {}), adopt);
      if (get().opened) await whenSaved('leave', open);
      else await open();
    },
    async closePlan() {
      await whenSaved('leave', async () => {
        handle(await api.call('plan.close', {}), () => {
          forgetHistory();
          set({ opened: null });
        });
        handle(await api.call('prefs.get', {}), (preferences) => set({ preferences }));
      });
    },
    async saveCopy() {
      handle(await api.call('plan.saveCopy', {}), (saved) => {
        if (saved) set({ notice: { key: 'app.copySaved', params: { path: saved.path } } });
      });
    },
    async saveAsTemplate() {
      await whenSaved('leave', async () => {
        handle(await api.call('plan.saveAsTemplate', {}), (opened) => {
          if (!opened) return;
          adopt(opened);
          set({ notice: { key: 'templates.saved', params: { path: opened.path } } });
        });
      });
    },
    async createFromTemplate(title, templatePath) {
      handle(await api.call('plan.createFromTemplate', { title, templatePath }), adopt);
    },
    async createFromSample(sample) {
      handle(await api.call('plan.createFromSample', { sample, language: currentLanguage() }), adopt);
    },
    async createNextYear() {
      await whenSaved('leave', async () => {
        handle(await api.call('plan.createNextYear', {}), (opened) => {
          adopt(opened);
          set({ notice: { key: 'nextYear.created', params: { title: opened.plan.meta.title } } });
        });
      });
    },
    updateMeta(change) {
      const plan = applyLocally('meta', (current) => ({ meta: { ...current.meta, ...change } }));
      if (!plan) return;
      queue.enqueue('meta', () => api.call('plan.updateMeta', plan.meta));
    },
    async setAuthor(author) {
      const result = await api.call('prefs.setAuthor', { author });
      handle(result, (preferences) => set({ preferences }));
      return result.ok;
    },
    async previewImport(fileName, base64) {
      await queue.settled();
      const result = await api.call('plan.previewImport', { fileName, base64 });
      if (!result.ok) set({ error: result.error });
      return result.ok ? result.value : null;
    },
    addActions(actions) {
      if (!applyLocally(`import:${structuralChange + 1}`, (plan) => ({ actions: [...plan.actions, ...actions] }))) return;
      const written = async (): Promise<Result<boolean>> => {
        const current = await api.call('plan.get', {});
        if (!current.ok) return current;
        const ids = new Set(current.value.plan.actions.map((action) => action.id));
        return { ok: true, value: actions.every((action) => ids.has(action.id)) };
      };
      queue.enqueue(
        `import:${(structuralChange += 1)}`,
        writtenOnce(() => api.call('plan.addActions', { actions }), written),
      );
      set({ notice: { key: 'importActions.done', params: { count: actions.length } } });
    },
    async exportPlan(format) {
      await whenSaved('export', async () => {
        const language = currentLanguage();
        if (get().info?.mode === 'desktop') {
          handle(await api.call('plan.exportToFile', { format, language }), (saved) => {
            if (saved) set({ notice: { key: 'app.exported', params: { path: saved.path } } });
          });
          return;
        }
        handle(await api.call('plan.exportBytes', { format, language }), (file) => {
          offerDownload(file);
          set({ notice: { key: 'app.downloaded', params: { name: file.fileName } } });
        });
      });
    },
    goTo(step) {
      set({ step });
    },
    updateSection(name, data) {
      if (!applyLocally(`section:${name}`, () => ({ [name]: data }))) return;
      queue.enqueue(`section:${name}`, () => api.call('plan.updateSection', { name, data } as SectionUpdate));
    },
    saveItem(collection, item) {
      let position = 0;
      const plan = applyLocally(`item:${collection}:${item.id}`, (current) => {
        const list = current[collection] as CollectionItem<typeof collection>[];
        const index = list.findIndex((existing) => existing.id === item.id);
        position = index >= 0 ? index : list.length;
        return { [collection]: index >= 0 ? list.map((existing, i) => (i === index ? item : existing)) : [...list, item] };
      });
      if (!plan) return;
      queue.enqueue(`item:${collection}:${item.id}`, () =>
        api.call('plan.saveItem', { collection, item, position } as ItemSave),
      );
    },
    deleteItem(collection, id) {
      const plan = applyLocally(`delete:${structuralChange + 1}`, (current) => ({
        [collection]: (current[collection] as { id: string }[]).filter((item) => item.id !== id),
      }));
      if (!plan) return;
      queue.enqueue(`delete:${(structuralChange += 1)}`, () => api.call('plan.deleteItem', { collection, id }));
      set({ notice: { key: `undo.deleted.${collection}`, undoable: true } });
    },
    moveItem(collection, id, toIndex) {
      const plan = applyLocally(`move:${structuralChange + 1}`, (current) => {
        const list = [...(current[collection] as { id: string }[])];
        const from = list.findIndex((item) => item.id === id);
        if (from < 0) return {};
        const [moved] = list.splice(from, 1);
        list.splice(Math.max(0, Math.min(toIndex, list.length)), 0, moved);
        return { [collection]: list };
      });
      if (!plan) return;
      queue.enqueue(`move:${(structuralChange += 1)}`, () => api.call('plan.moveItem', { collection, id, toIndex }));
    },
    retrySaving() {
      queue.retry();
    },
    async answerUnsavedPrompt(goOn) {
      const prompt = get().unsavedPrompt;
      const next = afterUnsavedPrompt;
      afterUnsavedPrompt = null;
      set({ unsavedPrompt: null });
      if (!goOn || !next) return;
      if (prompt === 'export') return next();
      const pathBefore = get().opened?.path;
      queue.discard();
      await next();
      // Still on the same plan (the open dialog was cancelled): show what its file holds.
      if (pathBefore && get().opened?.path === pathBefore) {
        handle(await api.call('plan.get', {}), (opened) => {
          forgetHistory();
          set({ opened });
        });
      }
    },
    dismissError() {
      set({ error: null });
    },
    dismissNotice() {
      set({ notice: null });
    },
    undo() {
      travelTo(history.undo());
      if (get().notice?.undoable) set({ notice: null });
    },
    redo() {
      travelTo(history.redo());
    },
  };
});
