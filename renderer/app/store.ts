import { create } from 'zustand';
import type { AppInfo, OpenedPlan, Preferences } from '../../shared/contract';
import type { Language } from '../../shared/i18n';
import type { SectionName, Sections } from '../../shared/plan';
import type { AppError, Result } from '../../shared/result';
import type { StepId } from '../../shared/steps';
import { api } from '../api';
import { applyLanguage } from './i18n';

type SaveState = 'saved' | 'saving' | 'failed';

interface AppState {
  info: AppInfo | null;
  preferences: Preferences | null;
  opened: OpenedPlan | null;
  step: StepId;
  saveState: SaveState;
  /** The last failure to show, already a code the UI translates. */
  error: AppError | null;
  /** A success to confirm briefly (catalogue key and its values). */
  notice: { key: string; params?: Record<string, string> } | null;
  init(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  createPlan(title: string, year: number): Promise<void>;
  openPlan(path: string): Promise<void>;
  openWithDialog(): Promise<void>;
  closePlan(): Promise<void>;
  saveCopy(): Promise<void>;
  goTo(step: StepId): void;
  updateSection<K extends SectionName>(name: K, data: Sections[K]): void;
  dismissError(): void;
  dismissNotice(): void;
}

/**
 * Autosave queue: the screen updates at once; each section has at most one write in flight and one
 * waiting (the latest value), so fast typing never reorders or piles up writes.
 */
const pending = new Map<SectionName, Sections[SectionName]>();
const inFlight = new Set<SectionName>();

export const useAppStore = create<AppState>((set, get) => {
  const handle = <T>(result: Result<T>, onOk: (value: T) => void) => {
    if (result.ok) onOk(result.value);
    else set({ error: result.error });
  };

  const flush = async (name: SectionName): Promise<void> => {
    if (inFlight.has(name) || !pending.has(name)) return;
    const data = pending.get(name)!;
    pending.delete(name);
    inFlight.add(name);
    set({ saveState: 'saving' });
    const result = await api.call('plan.updateSection', { name, data } as never);
    inFlight.delete(name);
    if (!result.ok) set({ saveState: 'failed', error: result.error });
    if (pending.has(name)) return flush(name);
    if (result.ok && inFlight.size === 0) set({ saveState: 'saved' });
  };

  const adopt = (opened: OpenedPlan | null) => {
    if (!opened) return;
    set({ opened, step: 'company', saveState: 'saved' });
    void api.call('prefs.get', {}).then((result) => handle(result, (preferences) => set({ preferences })));
  };

  return {
    info: null,
    preferences: null,
    opened: null,
    step: 'company',
    saveState: 'saved',
    error: null,
    notice: null,
    async init() {
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
      handle(await api.call('plan.openWithDialog', {}), adopt);
    },
    async closePlan() {
      handle(await api.call('plan.close', {}), () => set({ opened: null }));
      handle(await api.call('prefs.get', {}), (preferences) => set({ preferences }));
    },
    async saveCopy() {
      handle(await api.call('plan.saveCopy', {}), (saved) => {
        if (saved) set({ notice: { key: 'app.copySaved', params: { path: saved.path } } });
      });
    },
    goTo(step) {
      set({ step });
    },
    updateSection(name, data) {
      const opened = get().opened;
      if (!opened) return;
      set({ opened: { ...opened, plan: { ...opened.plan, [name]: data } } });
      pending.set(name, data);
      void flush(name);
    },
    dismissError() {
      set({ error: null });
    },
    dismissNotice() {
      set({ notice: null });
    },
  };
});
