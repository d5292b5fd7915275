import * as z from 'zod';
import {
  COLLECTION_MAX,
  collectionNames,
  collectionSchemas,
  id,
  planMeta,
  sectionNames,
  sectionSchemas,
  shortText,
  type CollectionItem,
  type CollectionName,
  type Plan,
  type SectionName,
  type Sections,
} from './plan';
import { authorIdentitySchema, type AuthorIdentity } from './author';
import { defaultImportLimits, type ImportPreview } from './importActions';
import { sampleIds } from './samples/ids';
import { languages, type Language } from './i18n';
import type { CallName, MenuCommand } from './callNames';
import type { CheckJson } from './report/checkJson';
import { hasControlCharacters } from './pathText';
import { customerSegmentIds, salesColumnRoles, segmentThresholds, type CustomerFile } from './plan/customerFile';
import type { SalesPreview } from './customers/preview';
import { defaultSalesLimits } from './customers/preview';
import type { Result } from './result';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  mode: 'desktop' | 'browser';
  plansFolder: string;
}

export interface RecentFile {
  path: string;
  title: string;
  openedAt: string;
}

export interface Preferences {
  language: Language;
  recentFiles: RecentFile[];
  /** The consultant's or trainer's identity for the exports; null until they give it. */
  author: AuthorIdentity | null;
}

export const exportFormats = ['pdf', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An export handed to browser mode, which offers it as a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A plan in the plans folder, as browser mode's home screen lists it. */
export interface PlanListing {
  path: string;
  title: string;
  year: number;
  isTemplate: boolean;
  /** ISO date and time of the file's last change. */
  modifiedAt: string;
  stepsDone: number;
  stepsTotal: number;
}

/** See plan.previewCopy. */
export interface CopyPreview {
  title: string;
  path: string | null;
}

export interface OpenedPlan {
  path: string;
  plan: Plan;
}


/**
 * A custom issue carrying `appCode` tells dispatch() which failure to return instead of invalidInput,
 * so the UI can word it ("Chemin refusé") rather than show a schema message.
 */
export const APP_CODE_PARAM = 'appCode';

/**
 * Every path a call takes. The operating system stops a path at its first NUL ("copy\0.capm" would
 * write "copy"), and no file name a person types holds a control character: both are refused here,
 * at the boundary, before any service runs (IPC and HTTP alike). Where a path may lead is the
 * services' rule: browser mode writes only inside the plans folder (services/writeTargets.ts).
 */
const withoutControlCharacters = (schema: z.ZodString) =>
  schema.refine((text) => !hasControlCharacters(text), {
    message: 'control character in a path',
    params: { [APP_CODE_PARAM]: 'invalidPath' },
  });
const filePath = withoutControlCharacters(z.string().min(1).max(4096));
/** A file's name as the browser reports it (an import): the same refusal as a path. */
const fileName = withoutControlCharacters(shortText);
/** A plan sent over the bridge: the HTTP body (10 MB) holds at most this much base64. */
const PLAN_UPLOAD_MAX_BASE64 = 9_000_000;
/**
 * "Replace it": sent only after the user said yes. Without it an existing file at the target, a plan
 * of ours or not, is refused with fileExists (its `kind` param says which, for the question to ask).
 */
const overwrite = z.boolean().optional();

/** The logo arrives as bytes only: its type and size are read from the image by the main process. */
const authorInput = () => authorIdentitySchema.extend({ logo: z.object({ base64: z.string().max(1_400_000) }).nullable() });
export type AuthorInput = z.infer<ReturnType<typeof authorInput>>;

const exportRequest = () =>
  z.object({
    format: z.enum(exportFormats),
    language: z.enum(languages),
    /** True leaves the author identity out, whatever the plan says (the CLI's --no-author). */
    omitAuthor: z.boolean().optional(),
  });

/** A day as yyyy-mm-dd, as `check --as-of` has always taken it (the CLI checks its flag with this too). */
export const isIsoDay = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
const isoDay = z.string().refine(isIsoDay, { message: 'expected yyyy-mm-dd' });

/** Above the largest plan a file may hold (64 MB of stored JSON), indented as `export --json` writes it. */
const INTERCHANGE_MAX_CHARS = 128_000_000;

export type SectionUpdate = { [K in SectionName]: { name: K; data: Sections[K] } }[SectionName];
export type ItemSave = {
  [C in CollectionName]: { collection: C; item: CollectionItem<C>; position?: number };
}[CollectionName];

// zod cannot infer a union built from a mapped list; the casts restate the exact union type above.
const sectionUpdate = () =>
  z.discriminatedUnion(
    'name',
    sectionNames.map((name) => z.object({ name: z.literal(name), data: sectionSchemas[name] })) as never,
  ) as unknown as z.ZodType<SectionUpdate>;

const itemSave = () =>
  z.discriminatedUnion(
    'collection',
    collectionNames.map((collection) =>
      z.object({
        collection: z.literal(collection),
        item: collectionSchemas[collection],
        /** Where to insert a new item; absent = at the end. Ignored for an existing item. */
        position: z.number().int().min(0).optional(),
      }),
    ) as never,
  ) as unknown as z.ZodType<ItemSave>;

/** How the owner reads a sales export: its columns' roles, HT or TTC, the as-of date, the segments, the duplicates merged. */
const salesChoices = () =>
  z.object({
    mapping: z.partialRecord(z.enum(salesColumnRoles), z.number().int().min(0).max(1000)),
    amounts: z.enum(['ht', 'ttc']).nullable(),
    asOf: isoDay.nullable(),
    thresholds: segmentThresholds,
    merge: z.union([z.literal('all'), z.array(z.string().max(20)).max(100_000)]),
  });
export type SalesChoices = z.infer<ReturnType<typeof salesChoices>>;
export type { SalesPreview } from './customers/preview';

/** Result types are phantoms: only the input schemas exist at run time. */
const returns = <T>() => undefined as unknown as T;

/**
 * A call's input schema, built on its first call: building all thirty-odd at start-up cost every
 * command about 4 ms, and `cap-marketing info` makes one call.
 */
const input = <T extends z.ZodType>(build: () => T) => z.lazy(build);

export const contract = {
  'app.info': { input: input(() => z.object({})), result: returns<AppInfo>() },
  'prefs.get': { input: input(() => z.object({})), result: returns<Preferences>() },
  'prefs.setLanguage': { input: input(() => z.object({ language: z.enum(languages) })), result: returns<Preferences>() },
  'prefs.setAuthor': { input: input(() => z.object({ author: authorInput().nullable() })), result: returns<Preferences>() },
  'plan.create': {
    input: input(() =>
      z.object({
        /** Absent: the name the exports give a plan without a title, in `language`. */
        title: shortText.trim().min(1).optional(),
        /** The language of that default title; the preferences' language when absent. */
        language: z.enum(languages).optional(),
        year: z.number().int().min(2000).max(2100),
        /**
         * Absent: a new file in the plans folder, named after the title. Never replaces an existing file;
         * browser mode: must be inside the plans folder.
         */
        path: filePath.optional(),
      }),
    ),
    result: returns<OpenedPlan>(),
  },
  'plan.open': {
    input: input(() =>
      z.object({
        path: filePath,
        /**
         * For reading only (the CLI's info, check and export): the file is checked and copied into
         * memory, never migrated in place, backed up or locked; edits answer notWritable.
         */
        readOnly: z.boolean().optional(),
      }),
    ),
    result: returns<OpenedPlan>(),
  },
  'plan.openWithDialog': { input: input(() => z.object({})), result: returns<OpenedPlan | null>() },
  'plan.close': { input: input(() => z.object({})), result: returns<null>() },
  'plan.get': { input: input(() => z.object({})), result: returns<OpenedPlan>() },
  'plan.updateSection': { input: input(sectionUpdate), result: returns<null>() },
  'plan.saveItem': { input: input(itemSave), result: returns<null>() },
  'plan.deleteItem': {
    input: input(() => z.object({ collection: z.enum(collectionNames), id })),
    result: returns<null>(),
  },
  'plan.moveItem': {
    input: input(() => z.object({ collection: z.enum(collectionNames), id, toIndex: z.number().int().min(0) })),
    result: returns<null>(),
  },
  /** Desktop: asks where to save unless a path is given. Browser mode: the path must be inside the plans folder. */
  'plan.saveCopy': {
    input: input(() => z.object({ path: filePath.optional(), overwrite })),
    result: returns<{ path: string } | null>(),
  },
  'plan.updateMeta': { input: input(() => planMeta), result: returns<null>() },
  /**
   * A template copy of the open plan, which then becomes the open plan so the trainer can write notes.
   * Never replaces an existing file. Browser mode: beside the plan, or in the plans folder when the plan
   * lives elsewhere; a given path must be inside the plans folder.
   */
  'plan.saveAsTemplate': { input: input(() => z.object({ path: filePath.optional() })), result: returns<OpenedPlan | null>() },
  /** Desktop: asks for the template unless a path is given. The new plan goes to the plans folder. */
  'plan.createFromTemplate': {
    input: input(() => z.object({ templatePath: filePath.optional(), title: shortText.trim().min(1) })),
    result: returns<OpenedPlan | null>(),
  },
  /** Next year's plan from the open one, saved beside it, and opened. */
  'plan.createNextYear': { input: input(() => z.object({})), result: returns<OpenedPlan>() },
  /**
   * What next year's plan or a template made now would be called and where it would go, for the
   * dialog that asks first; path null when a save dialog will ask (a template on the desktop).
   */
  /** The plans in the plans folder, latest first (browser mode's home screen; the desktop has its dialogs). */
  'plans.list': { input: input(() => z.object({})), result: returns<PlanListing[]>() },
  /** A .capm dropped or picked in browser mode, copied into the plans folder once checked as ours; not opened. */
  'plans.importFile': {
    input: input(() => z.object({ fileName, base64: z.string().min(1).max(PLAN_UPLOAD_MAX_BASE64) })),
    result: returns<{ path: string }>(),
  },
  'plan.previewCopy': { input: input(() => z.object({ kind: z.enum(['nextYear', 'template']) })), result: returns<CopyPreview>() },
  /** A fresh copy of a sample plan in the plans folder: the sample itself is code and never changes. */
  'plan.createFromSample': {
    /** Absent path: in the plans folder, named after the sample. Never replaces an existing file. */
    input: input(() => z.object({ sample: z.enum(sampleIds), language: z.enum(languages), path: filePath.optional() })),
    result: returns<OpenedPlan>(),
  },
  /** Reads a spreadsheet of actions and says what it would add; writes nothing. */
  'plan.previewImport': {
    input: input(() => z.object({ fileName, base64: z.string().max(Math.ceil(defaultImportLimits.maxFileBytes / 3) * 4 + 4) })),
    result: returns<ImportPreview>(),
  },
  /** The confirmed import: every action added in one transaction, or none. */
  'plan.addActions': { input: input(() => z.object({ actions: z.array(collectionSchemas.actions).min(1).max(COLLECTION_MAX) })), result: returns<null>() },
  /**
   * A new plan from a JSON interchange document (`export --json`), then opened. Absent path: in the
   * plans folder, named after its title. Never replaces an existing file.
   */
  'plan.importJson': {
    input: input(() => z.object({ json: z.string().max(INTERCHANGE_MAX_CHARS), path: filePath.optional() })),
    result: returns<OpenedPlan>(),
  },
  /**
   * The open plan's review, as `cap-marketing check` prints it: each step's state, the budget, the
   * indicators read at `asOf` (by default today within the plan's year) and every warning worded in `language`.
   */
  'plan.check': {
    input: input(() => z.object({ language: z.enum(languages), asOf: isoDay.optional() })),
    result: returns<CheckJson>(),
  },
  /** Desktop only: asks where to save unless a path is given. Browser mode downloads plan.exportBytes instead. */
  'plan.exportToFile': {
    input: input(() => exportRequest().extend({ path: filePath.optional(), overwrite })),
    result: returns<{ path: string } | null>(),
  },
  'plan.exportBytes': { input: input(exportRequest), result: returns<ExportedFile>() },
  /** The open plan as a JSON interchange document (docs/interchange.md). Browser mode: inside the plans folder. */
  'plan.exportJson': { input: input(() => z.object({ path: filePath, overwrite })), result: returns<{ path: string }>() },
  /**
   * Reads a sales export (CSV or XLSX) and says how it would be read, with its figures: nothing is
   * written. The file stays in memory, for analyze and apply, until another file or plan replaces it.
   */
  'customers.preview': {
    input: input(() => z.object({ fileName, base64: z.string().min(1).max(Math.ceil(defaultSalesLimits.maxFileBytes / 3) * 4 + 4) })),
    result: returns<SalesPreview>(),
  },
  /** The same file read again with the owner's choices (columns, HT/TTC, as-of date, thresholds, duplicates). */
  'customers.analyze': { input: input(() => z.object({ choices: salesChoices() })), result: returns<SalesPreview>() },
  /** Stores the figures (never a customer) in the plan's customer file section; returns what was stored. */
  'customers.apply': { input: input(() => z.object({ choices: salesChoices() })), result: returns<CustomerFile>() },
  /**
   * A segment's contacts as a CSV for a mailing tool, people who opted out left out. Needs the sales
   * file in memory, or given again (`source`, checked against the SHA-256 the plan keeps). Desktop:
   * asks where to save unless a path is given; browser mode: the file comes back to download.
   */
  'customers.exportSegment': {
    input: input(() =>
      z.object({
        segment: z.enum(customerSegmentIds),
        source: z.object({ fileName, base64: z.string().min(1).max(Math.ceil(defaultSalesLimits.maxFileBytes / 3) * 4 + 4) }).optional(),
        path: filePath.optional(),
        overwrite,
      }),
    ),
    result: returns<{ path: string; contacts: number; optedOut: number } | { file: ExportedFile; contacts: number; optedOut: number } | null>(),
  },
} satisfies Record<CallName, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = Contract[N]['result'];

/** What the main process implements: a missing handler is a compile error. */
export type Handlers = {
  [N in CallName]: (input: ParsedInput<N>) => Promise<Result<CallResult<N>>>;
};

/** What the renderer calls, in Electron (IPC) and in browser mode (HTTP) alike. */
export interface Api {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallResult<N>>>;
  /** Desktop only: the application menu's commands. Returns the unsubscribe function. */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
}

export { callNames, channelOf, menuCommands, MENU_CHANNEL, type CallName, type MenuCommand } from './callNames';
