import { APP_CODE_PARAM, callNames, contract, type CallName, type ExportFormat, type Handlers } from '../../../shared/contract';
import { createTranslator, type Language } from '../../../shared/i18n';
import type { Plan } from '../../../shared/plan';
import { fail, ok, type Result } from '../../../shared/result';
import { bundledMigrations } from '../store/migrations';
import { toAppError } from '../store/errors';
import { exportedFile, exportPlan, writeExport } from '../export';
import { parseInterchange, toInterchange } from '../../../shared/interchange';
import { asTemplate, nextYearPlan, planFromTemplate } from '../../../shared/planCopies';
import { buildReport } from '../../../shared/report/planReport';
import { checkJson } from '../../../shared/report/checkJson';
import { checkLogo } from './logo';
import { PreferencesStore } from './preferences';
import { PlanSession } from './planSession';
import { importPlanFile, listPlans } from './plansFolder';
import { visiblePath } from '../../../shared/pathText';
import { WriteTargets } from './writeTargets';
import { CustomerImports } from './customers';

/** What only the desktop shell can do; browser mode has none of it. */
export interface DesktopDialogs {
  chooseOpenPath(): Promise<string | null>;
  /** Asks where to save a plan (.capm), an export or a segment's contacts, suggesting a file name with its extension. */
  chooseSavePath(suggestedName: string, format: SaveFormat): Promise<string | null>;
}

/** What a save dialog can be asked for. */
export type SaveFormat = 'capm' | ExportFormat | 'csv';

export interface ServiceContext {
  /** Browser mode writes only inside the plans folder and never exports to a file (see WriteTargets). */
  mode: 'desktop' | 'browser';
  version: string;
  userDataDir: string;
  plansFolder: string;
  dialogs: DesktopDialogs | null;
  /** Told when the language or the recent plans change (with the plan just opened), so the desktop menu follows. */
  onPreferencesChanged?: (openedPath?: string) => void;
  /** False for the CLI, which reads the preferences but never writes them: a script's plans are not recent plans. */
  recordsRecentPlans?: boolean;
}

/** "Atelier CCI" becomes "Atelier CCI (modèle)": the file name tells participants what it is. */
function templateTitle(title: string, language: Language): string {
  const suffix = createTranslator(language)('templates.titleSuffix');
  return title.endsWith(suffix) ? title : `${title} ${suffix}`;
}

/** A plan created without a title is named as the exports already name one: "Plan marketing", "Marketing plan". */
const untitledPlanTitle = (language: Language): string => createTranslator(language)('pdf.fileName');

// The samples' data and the spreadsheet import (parsers, worker) are loaded on first use, so a short
// command such as `cap-marketing info` starts without them. Small modules stay static: loading them
// lazily saved nothing measurable and only cut the bundle into more chunks.
const samples = () => import('../../../shared/samples');
const actionImport = () => import('../import');

export function createHandlers(context: ServiceContext, session = new PlanSession(context.plansFolder)): Handlers {
  const preferences = new PreferencesStore(context.userDataDir);
  const customers = new CustomerImports(session);
  // Browser mode has no folder picker, so the plans folder is the only one the user chose.
  const targets = new WriteTargets(context.mode === 'browser' ? [context.plansFolder] : null);
  const remember = <T extends { path: string; plan: { meta: { title: string } } }>(result: Result<T>) => {
    if (result.ok && context.recordsRecentPlans !== false) {
      preferences.rememberOpened({ path: result.value.path, title: result.value.plan.meta.title });
      context.onPreferencesChanged?.(result.value.path);
    }
    return result;
  };

  /** The plan exported with the author identity, unless the plan or the call leaves it out. */
  const exportWithAuthor = (plan: Plan, format: ExportFormat, language: Language, omitAuthor = false) =>
    exportPlan(plan, format, {
      language,
      author: plan.meta.showAuthor && !omitAuthor ? preferences.read().author : null,
      generatedAt: new Date(),
    });

  /** A new plan written where the caller said (never over an existing file), else in the plans folder; then opened. */
  const createAt = (plan: Plan, path: string | undefined) => {
    const target = path === undefined ? ok(undefined) : targets.check(path, { overwrite: false });
    return target.ok ? remember(session.createFrom(plan, target.value)) : target;
  };

  /**
   * Where to write: the path the caller gave (replacing a file only if it says `overwrite`), else the
   * desktop's save dialog (which asked before replacing). Null means the user cancelled the dialog;
   * browser mode, without dialogs, must give a path.
   */
  const saveDestination = async (
    given: { path?: string; overwrite?: boolean },
    suggestedName: string,
    format: SaveFormat,
  ): Promise<Result<string | null>> => {
    if (given.path) return targets.check(given.path, { overwrite: given.overwrite ?? false });
    if (!context.dialogs) return fail('unsupportedInBrowser');
    const chosen = await context.dialogs.chooseSavePath(suggestedName, format);
    return chosen === null ? ok(null) : targets.check(chosen, { overwrite: true });
  };

  /** A free path beside the open plan for a plan made from it, or in the plans folder where browser mode may not write. */
  const besideCurrent = (title: string) =>
    targets.check(session.pathBesideCurrent(title, (folder) => targets.allowsFolder(folder)), { overwrite: false });

  return {
    'app.info': async () =>
      ok({
        version: context.version,
        schemaVersion: bundledMigrations().length,
        mode: context.mode,
        plansFolder: context.plansFolder,
      }),
    'prefs.get': async () => ok(preferences.read()),
    'prefs.setLanguage': async ({ language }) => {
      const saved = preferences.setLanguage(language);
      context.onPreferencesChanged?.();
      return ok(saved);
    },
    'prefs.setAuthor': async ({ author }) => {
      if (!author) return ok(preferences.setAuthor(null));
      const logo = author.logo ? checkLogo(author.logo.base64) : ok(null);
      return logo.ok ? ok(preferences.setAuthor({ ...author, logo: logo.value })) : logo;
    },
    'plan.create': async ({ title, language, year, path }) => {
      const target = path === undefined ? ok(undefined) : targets.check(path, { overwrite: false });
      if (!target.ok) return target;
      return remember(session.create(title ?? untitledPlanTitle(language ?? preferences.read().language), year, target.value));
    },
    'plan.open': async ({ path, readOnly }) => {
      const opened = session.open(path, { readOnly });
      // Reading a plan for a report is not opening it to work on.
      return readOnly ? opened : remember(opened);
    },
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
    'plan.saveCopy': async (given) => {
      const file = session.current;
      if (!file) return fail('noPlanOpen');
      const destination = await saveDestination(given, file.read().meta.title, 'capm');
      if (!destination.ok) return destination;
      if (destination.value === null) return ok(null);
      return file.saveCopy(destination.value);
    },
    'plan.updateMeta': async (meta) => session.withFile((file) => file.updateMeta(meta)),
    'plan.saveAsTemplate': async ({ path }) => {
      const opened = session.get();
      if (!opened.ok) return opened;
      const { plan } = opened.value;
      const title = templateTitle(plan.meta.title, preferences.read().language);
      // Browser mode has no dialog: the template goes beside the plan.
      const destination = context.dialogs || path ? await saveDestination({ path }, title, 'capm') : besideCurrent(title);
      if (!destination.ok) return destination;
      if (destination.value === null) return ok(null);
      return remember(session.createFrom(asTemplate(plan, title), destination.value));
    },
    'plan.createFromTemplate': async ({ templatePath, title }) => {
      let source = templatePath;
      if (!source) {
        if (!context.dialogs) return fail('unsupportedInBrowser');
        source = (await context.dialogs.chooseOpenPath()) ?? undefined;
        if (!source) return ok(null);
      }
      const template = session.readOther(source);
      if (!template.ok) return template;
      if (!template.value.meta.isTemplate) return fail('notATemplate');
      return remember(session.createFrom(planFromTemplate(template.value, title, new Date().toISOString())));
    },
    'plan.previewImport': async ({ fileName, base64 }) => {
      const opened = session.get();
      if (!opened.ok) return opened;
      const { previewActionImport } = await actionImport();
      return previewActionImport({ name: fileName, bytes: Buffer.from(base64, 'base64') }, opened.value.plan);
    },
    'plan.addActions': async ({ actions }) => session.withFile((file) => file.addItems('actions', actions)),
    'plan.importJson': async ({ json, path }) => {
      const plan = parseInterchange(json);
      return plan.ok ? createAt(plan.value, path) : plan;
    },
    'plan.check': async ({ language, asOf }) => {
      const opened = session.get();
      if (!opened.ok) return opened;
      return ok(checkJson(buildReport(opened.value.plan, { asOf }), createTranslator(language)));
    },
    // The sample itself is code: each copy is a new plan, created now.
    'plan.createFromSample': async ({ sample, language, path }) => {
      const plan = (await samples()).buildSample(sample, language);
      return createAt({ ...plan, meta: { ...plan.meta, createdAt: new Date().toISOString() } }, path);
    },
    'plans.list': async () => ok(listPlans(context.plansFolder)),
    'plans.importFile': async ({ fileName, base64 }) => importPlanFile(context.plansFolder, fileName, Buffer.from(base64, 'base64')),
    'plan.previewCopy': async ({ kind }) => {
      const opened = session.get();
      if (!opened.ok) return opened;
      const { plan } = opened.value;
      const nextYear = kind === 'nextYear';
      const title = nextYear ? nextYearPlan(plan, new Date().toISOString()).meta.title : templateTitle(plan.meta.title, preferences.read().language);
      if (!nextYear && context.dialogs) return ok({ title, path: null });
      const destination = besideCurrent(title);
      return destination.ok ? ok({ title, path: destination.value }) : destination;
    },
    'plan.createNextYear': async () => {
      const opened = session.get();
      if (!opened.ok) return opened;
      const next = nextYearPlan(opened.value.plan, new Date().toISOString());
      const destination = besideCurrent(next.meta.title);
      return destination.ok ? remember(session.createFrom(next, destination.value)) : destination;
    },
    // Browser mode offers exports as downloads (plan.exportBytes): it never needs to name a file.
    'plan.exportToFile': async ({ format, language, omitAuthor, path, overwrite }) => {
      if (context.mode === 'browser') return fail('unsupportedInBrowser');
      const opened = session.get();
      if (!opened.ok) return opened;
      const { plan } = opened.value;
      // Ask first: a cancelled dialog costs nothing, not a whole export.
      const destination = await saveDestination({ path, overwrite }, plan.meta.title, format);
      if (!destination.ok) return destination;
      if (destination.value === null) return ok(null);
      const bytes = await exportWithAuthor(plan, format, language, omitAuthor);
      return bytes.ok ? writeExport(bytes.value, destination.value) : bytes;
    },
    'plan.exportBytes': async ({ format, language, omitAuthor }) => {
      const opened = session.get();
      if (!opened.ok) return opened;
      const bytes = await exportWithAuthor(opened.value.plan, format, language, omitAuthor);
      return bytes.ok ? ok(exportedFile(opened.value.plan, format, bytes.value)) : bytes;
    },
    'customers.preview': async ({ fileName, base64 }) => customers.preview(fileName, Buffer.from(base64, 'base64')),
    'customers.analyze': async ({ choices }) => customers.analyze(choices),
    'customers.apply': async ({ choices }) => customers.apply(choices),
    'customers.exportSegment': async ({ segment, source, path, overwrite }) => {
      const t = createTranslator(preferences.read().language);
      const given = source && { fileName: source.fileName, bytes: Buffer.from(source.base64, 'base64') };
      const exported = await customers.segmentContacts(segment, t, given);
      if (!exported.ok) return exported;
      const { csv, contacts, optedOut } = exported.value;
      const opened = session.get();
      const title = opened.ok ? opened.value.plan.meta.title : '';
      const suggested = t('customers.export.fileName', { segment: t(`customers.segments.${segment}`), title }).replace(/[\\/:*?"<>|]/g, '-');
      // Browser mode hands the file to the browser, which downloads it.
      if (context.mode === 'browser' && !path) {
        return ok({ file: { fileName: `${suggested}.csv`, mimeType: 'text/csv', base64: csv.toString('base64') }, contacts, optedOut });
      }
      const destination = await saveDestination({ path, overwrite }, suggested, 'csv');
      if (!destination.ok) return destination;
      if (destination.value === null) return ok(null);
      const written = writeExport(csv, destination.value);
      return written.ok ? ok({ path: written.value.path, contacts, optedOut }) : written;
    },
    'plan.exportJson': async ({ path, overwrite }) => {
      const opened = session.get();
      if (!opened.ok) return opened;
      const destination = targets.check(path, { overwrite: overwrite ?? false });
      if (!destination.ok) return destination;
      const document = toInterchange(opened.value.plan, new Date().toISOString());
      return writeExport(Buffer.from(`${JSON.stringify(document, null, 2)}\n`), destination.value);
    },
  };
}

const valueAt = (input: unknown, keys: PropertyKey[]): unknown =>
  keys.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | null | undefined)?.[key], input);

/** A check longer than this (thousands of imported actions) is followed by a pause; see dispatch(). */
const LONG_CHECK_MS = 20;
const PAUSE_AFTER_LONG_CHECK_MS = 5;

/**
 * The single door every front end (IPC, HTTP bridge) goes through: the input is validated with the
 * contract's schema before any service runs, and a thrown error never crosses the boundary.
 */
export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!(callNames as readonly string[]).includes(name)) return fail('invalidInput', { detail: name });
  const callName = name as CallName;
  const checkStarted = performance.now();
  const parsed = contract[callName].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const pathIssue = parsed.error.issues.find((issue) => issue.code === 'custom' && issue.params?.[APP_CODE_PARAM] === 'invalidPath');
    if (pathIssue) return fail('invalidPath', { path: visiblePath(String(valueAt(rawInput, pathIssue.path))) });
    const issue = parsed.error.issues[0];
    return fail('invalidInput', { detail: `${issue.path.join('.')} ${issue.message}`.trim() });
  }
  // Checking 5,000 actions takes about as long as writing them. A short pause between the two lets
  // the event loop accept, read and answer the calls that arrived meanwhile, so they wait for one,
  // not both back to back. Quick checks (nearly every call) go straight on, in order.
  if (performance.now() - checkStarted > LONG_CHECK_MS) await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_LONG_CHECK_MS));
  try {
    return await (handlers[callName] as (input: unknown) => Promise<Result<unknown>>)(parsed.data);
  } catch (error) {
    return { ok: false, error: toAppError(error) };
  }
}
