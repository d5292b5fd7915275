import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { actionSheetColumns, listSeparator, type ActionSheetColumn } from '../../../shared/actionSheet';
import { actionPlanEn } from '../../../shared/i18n/actionPlan.en';
import { actionPlanFr } from '../../../shared/i18n/actionPlan.fr';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import { xlsxEn } from '../../../shared/i18n/xlsx.en';
import { xlsxFr } from '../../../shared/i18n/xlsx.fr';
import { defaultImportLimits, type ImportLimits, type ImportPreview, type ImportResult } from '../../../shared/importActions';
import { summaryRows } from '../../../shared/compute/summaryRows';
import { emptyPlan, type Action, type Plan } from '../../../shared/plan';
import { importContext } from '../../../electron/core/import';
import { parseActionImport } from '../../../electron/core/import/parse';

/** Shared by the import tests: a small plan to match names against, and files built in memory. */

export function planWithNames(): Plan {
  const plan = emptyPlan(2027, 'Boulangerie Martin', '2026-09-14T08:30:00.000Z');
  plan.company.revenueForecastCents = Array.from({ length: 12 }, () => 2_000_000);
  plan.objectives = [
    { id: 'obj-loyalty', title: 'Fidéliser les clients', family: 'loyalty', indicator: '', baseline: '', target: '', unit: '', deadline: '', notes: '' },
    { id: 'obj-awareness', title: 'Se faire connaître', family: 'awareness', indicator: '', baseline: '', target: '', unit: '', deadline: '', notes: '' },
  ];
  const segment = { role: 'core' as const, criteria: {}, estimatedSize: '', priority: 1, description: '' };
  plan.segments = [
    { id: 'seg-families', name: 'Familles du quartier', ...segment },
    { id: 'seg-offices', name: 'Bureaux voisins', ...segment },
  ];
  return plan;
}

export const newAction = (fields: Partial<Action> & Pick<Action, 'id' | 'title'>): Action => ({
  category: 'other',
  description: '',
  objectiveIds: [],
  segmentIds: [],
  owner: { kind: 'person', name: '' },
  activeMonths: [],
  costLines: [],
  kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array(12).fill(null),
  ...fields,
});

export type Language = 'fr' | 'en';
const headers = { fr: xlsxFr.xlsx.actionColumns, en: xlsxEn.xlsx.actionColumns };
const categoryLabels = { fr: actionPlanFr.actionPlan.categories, en: actionPlanEn.actionPlan.categories };
const monthNames = { fr: fr.months.short, en: en.months.short };

/**
 * The actions sheet as our workbook lays it out (shared/actionSheet.ts): one row per action from
 * summaryRows, amounts as numbers in euros, lists joined with the list separator.
 */
export function actionSheetRows(plan: Plan, language: Language): (string | number)[][] {
  const rows: (string | number)[][] = [actionSheetColumns.map((column) => headers[language][column])];
  for (const row of summaryRows(plan)) {
    const values: Record<ActionSheetColumn, string | number> = {
      category: categoryLabels[language][row.category],
      title: row.action.title,
      description: row.action.description,
      objectives: row.objectiveTitles.join(listSeparator),
      segments: row.segmentNames.join(listSeparator),
      kpis: row.kpiNames.join(listSeparator),
      owner: row.action.owner.name,
      q1: row.quartersCents[0] / 100,
      q2: row.quartersCents[1] / 100,
      q3: row.quartersCents[2] / 100,
      q4: row.quartersCents[3] / 100,
      total: row.cost.totalCents / 100,
      months: row.action.activeMonths.map((month) => monthNames[language][month - 1]).join(listSeparator),
    };
    rows.push(actionSheetColumns.map((column) => values[column]));
  }
  return rows;
}

export async function workbookBytes(sheets: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== null && value !== undefined && value !== '') worksheet.getCell(index + 1, column + 1).value = value;
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const utf8Bom = (text: string): Buffer => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);

/** Windows-1252 as Excel writes a French CSV: Latin-1 plus €, ’ and œ in 0x80–0x9f. */
export function windows1252(text: string): Buffer {
  const extras: Record<string, number> = { '€': 0x80, '’': 0x92, 'œ': 0x9c, 'Œ': 0x8c, '…': 0x85 };
  return Buffer.from(
    [...text].map((char) => {
      const code = extras[char] ?? char.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in windows-1252: ${char}`);
      return code;
    }),
  );
}

export interface ZipPart {
  name: string;
  content: Buffer;
  /** What the central directory and local header claim the content expands to (a lie, if set). */
  declaredSize?: number;
}

/** A minimal deflate zip, so tests can declare sizes that do not match the content. */
export function zipBytes(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const data = deflateRawSync(part.content);
    const size = part.declaredSize ?? part.content.length;
    const crc = crc32(part.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The in-process parser, as the worker runs it. */
export const parse = (
  bytes: Buffer | string,
  plan: Plan = planWithNames(),
  limits: Partial<ImportLimits> = {},
): Promise<ImportResult<ImportPreview>> =>
  parseActionImport(
    { name: 'actions', bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes },
    importContext(plan),
    { ...defaultImportLimits, ...limits },
  );

/** The preview of a parse expected to succeed. */
export async function preview(...args: Parameters<typeof parse>): Promise<ImportPreview> {
  const result = await parse(...args);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const rowsOf = (preview: ImportPreview) => ({
  accepted: preview.accepted.map((entry) => entry.row),
  refused: Object.fromEntries(preview.refused.map((entry) => [entry.row, entry.reason.code])),
});
