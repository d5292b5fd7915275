import { callNames, contract, type CallName, type Handlers } from '../../../shared/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { bundledMigrations } from '../store/migrations';
import { toAppError } from '../store/errors';
import { PreferencesStore } from './preferences';
import { PlanSession } from './planSession';

/** What only the desktop shell can do; browser mode has none of it. */
export interface DesktopDialogs {
  chooseOpenPath(): Promise<string | null>;
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

export interface ServiceContext {
  mode: 'desktop' | 'browser';
  version: string;
  userDataDir: string;
  plansFolder: string;
  dialogs: DesktopDialogs | null;
}

export function createHandlers(context: ServiceContext, session = new PlanSession(context.plansFolder)): Handlers {
  const preferences = new PreferencesStore(context.userDataDir);
  const remember = <T extends { path: string; plan: { meta: { title: string } } }>(result: Result<T>) => {
    if (result.ok) preferences.rememberOpened({ path: result.value.path, title: result.value.plan.meta.title });
    return result;
  };

  return {
    'app.info': async () =>
      ok({
        version: context.version,
        schemaVersion: bundledMigrations().length,
        mode: context.mode,
        plansFolder: context.plansFolder,
      }),
    'prefs.get': async () => ok(preferences.read()),
    'prefs.setLanguage': async ({ language }) => ok(preferences.setLanguage(language)),
    'plan.create': async ({ title, year, path }) => remember(session.create(title, year, path)),
    'plan.open': async ({ path }) => remember(session.open(path)),
    'plan.openWithDialog': async () => {
      if (!context.dialogs) return fail('unsupportedInBrowser');
      const chosen = await context.dialogs.chooseOpenPath();
      return chosen ? remember(session.open(chosen)) : ok(null);
    },
    'plan.close': async () => {
      session.close();
      return ok(null);
    },
    'plan.get': async () => session.get(),
    'plan.updateSection': async (update) => session.withFile((file) => file.updateSection(update.name, update.data)),
    'plan.saveItem': async ({ collection, item, position }) =>
      session.withFile((file) => file.saveItem(collection, item as never, position)),
    'plan.deleteItem': async ({ collection, id }) => session.withFile((file) => file.deleteItem(collection, id)),
    'plan.moveItem': async ({ collection, id, toIndex }) =>
      session.withFile((file) => file.moveItem(collection, id, toIndex)),
    'plan.saveCopy': async ({ path }) => {
      const file = session.current;
      if (!file) return fail('noPlanOpen');
      let destination = path;
      if (!destination) {
        if (!context.dialogs) return fail('unsupportedInBrowser');
        destination = (await context.dialogs.chooseSavePath(file.read().meta.title)) ?? undefined;
        if (!destination) return ok(null);
      }
      return file.saveCopy(destination);
    },
  };
}

/**
 * The single door every front end (IPC, HTTP bridge) goes through: the input is validated with the
 * contract's schema before any service runs, and a thrown error never crosses the boundary.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!(callNames as readonly string[]).includes(name)) return fail('invalidInput', { detail: name });
  const callName = name as CallName;
  const parsed = contract[callName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalidInput', { detail: `${issue.path.join('.')} ${issue.message}`.trim() });
  }
  try {
    return await (handlers[callName] as (input: unknown) => Promise<Result<unknown>>)(parsed.data);
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}
