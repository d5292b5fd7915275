import { randomUUID } from 'node:crypto';
import type { ActionSheetColumn } from '../../../shared/actionSheet';
import type { ImportContext, ImportIssue, ImportPreview, ImportReasonCode, ImportWarning } from '../../../shared/importActions';
import { parseEurosToCents } from '../../../shared/money';
import { action as actionSchema, LONG_TEXT_MAX, SHORT_TEXT_MAX, type Action, type CostLine, type Kpi } from '../../../shared/plan';
import { ImportFailure } from './failure';
import { matchHeader, requiredColumnLabel, type HeaderMatch } from './header';
import { findCatalogueKpi, findCategory, findMonth, nameIndex, splitMonths } from './lookups';
import { cellText, type Cell, type Table, type TableRow } from './table';
import { fold, splitNames } from './text';

/** The lists an action holds at most (shared/plan/actions.ts). */
const LIST_MAX = 50;
const quarterColumns = ['q1', 'q2', 'q3', 'q4'] as const;
/**
 * A row with none of these is not an action when it has no title (a category heading, amounts
 * alone) or a title that only says "Total": our workbook and hand-made sheets have such rows.
 */
const describingColumns: ActionSheetColumn[] = ['description', 'objectives', 'segments', 'kpis', 'owner', 'months'];
const totalTitles = new Set(['total', 'totaux', 'sous-total', 'sous total', 'total general', 'grand total', 'subtotal', 'sub-total']);

type RowOutcome =
  | { kind: 'accepted'; action: Action; warnings: ImportWarning[] }
  | { kind: 'refused'; reason: ImportIssue<ImportReasonCode> }
  | { kind: 'skipped' };

/** Thrown inside one row's mapping: the row is refused, the others go on. */
class RowRefusal extends Error {
  constructor(readonly reason: ImportIssue<ImportReasonCode>) {
    super(reason.code);
  }
}
function refuse(code: ImportReasonCode, params?: Record<string, string | number>): never {
  throw new RowRefusal(params ? { code, params } : { code });
}

/** For a cell that is only compared, never imported: a bad value there refuses nothing. */
function ignoringRefusal<T>(read: () => T): T | null {
  try {
    return read();
  } catch (error) {
    if (error instanceof RowRefusal) return null;
    throw error;
  }
}

interface Lookups {
  objectiveByTitle: Map<string, { id: string }>;
  segmentByName: Map<string, { id: string }>;
  existingTitles: Set<string>;
}

/** Reads one row's cells through the header: by column id, named as the file names it. */
function rowReader(row: TableRow, header: HeaderMatch) {
  const cell = (column: ActionSheetColumn): Cell | undefined => {
    const index = header.columns[column];
    return index === undefined ? undefined : row.cells[index];
  };
  const label = (column: ActionSheetColumn): string => header.labels[header.columns[column] ?? -1] ?? column;
  const text = (column: ActionSheetColumn, max = Infinity): string => {
    const value = cellText(cell(column)).trim();
    if (value.length > max) refuse('textTooLong', { column: label(column), max });
    return value;
  };
  /** Cents, or null for a blank cell; numbers an XLSX stored are rounded to the cent. */
  const amount = (column: ActionSheetColumn): number | null => {
    const value = cell(column);
    if (value === undefined || cellText(value).trim() === '') return null;
    const cents =
      typeof value === 'number'
        ? Math.round(value * 100)
        : parseEurosToCents(value.replace(/\s*(eur|euros?)\s*$/i, ''));
    if (cents === null || !Number.isSafeInteger(cents)) refuse('invalidAmount', { column: label(column), value: cellText(value).trim() });
    if (cents < 0) refuse('negativeAmount', { column: label(column), value: cellText(value).trim() });
    return cents;
  };
  return { text, amount, label };
}

/** Names matched against the plan's items: whole cell first (a name may hold a ';'), then each part. */
function matchNames(text: string, index: Map<string, { id: string }>): { ids: string[]; unknown: string[] } {
  const whole = index.get(fold(text));
  if (whole) return { ids: [whole.id], unknown: [] };
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of splitNames(text)) {
    const found = index.get(fold(name));
    if (!found) unknown.push(name);
    else if (!ids.includes(found.id)) ids.push(found.id);
  }
  return { ids, unknown };
}

function costLines(read: ReturnType<typeof rowReader>, warnings: ImportWarning[], row: number): CostLine[] {
  const quarters = quarterColumns.map((column) => read.amount(column));
  const fixed = (amountCents: number, period: CostLine['period']): CostLine => ({ id: randomUUID(), kind: 'fixed', label: '', amountCents, period });
  if (quarters.every((cents) => cents === null)) {
    const total = read.amount('total');
    return total ? [fixed(total, { kind: 'year' })] : [];
  }
  // Quarters win over the total; a total that disagrees with them is worth a word.
  if (read.text('total') !== '') {
    const total = ignoringRefusal(() => read.amount('total'));
    const sum = quarters.reduce<number>((whole, cents) => whole + (cents ?? 0), 0);
    if (total !== sum) warnings.push({ row, code: 'totalIgnored', params: { column: read.label('total') } });
  }
  return quarters.flatMap((cents, index) => (cents ? [fixed(cents, { kind: 'quarter', quarter: index + 1 })] : []));
}

function mapRow(row: TableRow, header: HeaderMatch, lookups: Lookups): RowOutcome {
  const read = rowReader(row, header);
  const warnings: ImportWarning[] = [];
  try {
    const title = read.text('title', SHORT_TEXT_MAX);
    const describes = describingColumns.some((column) => read.text(column) !== '');
    if (title === '') {
      if (describes) refuse('missingTitle');
      return { kind: 'skipped' };
    }
    if (!describes && totalTitles.has(fold(title))) return { kind: 'skipped' };
    const categoryText = read.text('category');
    const category = categoryText === '' ? 'other' : findCategory(categoryText);
    if (!category) warnings.push({ row: row.row, code: 'unknownCategory', params: { value: categoryText } });

    const months: number[] = [];
    for (const token of splitMonths(read.text('months'))) {
      const month = findMonth(token);
      if (!month) refuse('unknownMonth', { value: token });
      if (!months.includes(month)) months.push(month);
    }

    const objectives = matchNames(read.text('objectives'), lookups.objectiveByTitle);
    for (const name of objectives.unknown) warnings.push({ row: row.row, code: 'unknownObjective', params: { name } });
    const segments = matchNames(read.text('segments'), lookups.segmentByName);
    for (const name of segments.unknown) warnings.push({ row: row.row, code: 'unknownSegment', params: { name } });
    const kpiNames = splitNames(read.text('kpis'));
    for (const [column, count] of [['objectives', objectives.ids.length], ['segments', segments.ids.length], ['kpis', kpiNames.length]] as const) {
      if (count > LIST_MAX) refuse('tooManyValues', { column: read.label(column), max: LIST_MAX });
    }
    for (const name of kpiNames) if (name.length > SHORT_TEXT_MAX) refuse('textTooLong', { column: read.label('kpis'), max: SHORT_TEXT_MAX });

    const action: Action = {
      id: randomUUID(),
      category: category ?? 'other',
      title,
      description: read.text('description', LONG_TEXT_MAX),
      objectiveIds: objectives.ids,
      segmentIds: segments.ids,
      owner: { kind: 'person', name: read.text('owner', SHORT_TEXT_MAX) },
      activeMonths: months.sort((a, b) => a - b),
      costLines: costLines(read, warnings, row.row),
      kpis: kpiNames.map((name): Kpi => {
        const known = findCatalogueKpi(name);
        return { id: randomUUID(), name, unit: known?.unit ?? '', target: '', actualByMonth: Array(12).fill(null), catalogueKey: known?.key ?? null };
      }),
      detail: { resources: '', successFactors: '', limits: '', review: '' },
      actualSpendCents: Array(12).fill(null),
    };
    // The mapping above should only build valid actions; the schema is the last word all the same.
    const checked = actionSchema.safeParse(action);
    if (!checked.success) refuse('invalidAction', { detail: checked.error.issues[0]?.path.join('.') ?? '' });
    if (lookups.existingTitles.has(fold(title))) warnings.push({ row: row.row, code: 'sameTitleInPlan', params: { title } });
    return { kind: 'accepted', action: checked.data, warnings };
  } catch (error) {
    if (error instanceof RowRefusal) return { kind: 'refused', reason: error.reason };
    throw error;
  }
}

/** Turns the rows under the header into actions, refusals and warnings. Pure but for the new ids. */
export function mapActionTable(table: Table, context: ImportContext): ImportPreview {
  const header = matchHeader(table.header.cells);
  if (header.columns.title === undefined) throw new ImportFailure('missingRequiredColumn', { column: requiredColumnLabel });
  const preview: ImportPreview = { format: table.format, accepted: [], refused: [], warnings: [] };
  if (table.sheetName !== undefined) preview.sheetName = table.sheetName;
  if (header.unknown.length > 0) preview.warnings.push({ code: 'unknownColumns', params: { columns: header.unknown.join(', ') } });
  for (const column of header.duplicates) preview.warnings.push({ code: 'duplicateColumn', params: { column } });

  const lookups: Lookups = {
    objectiveByTitle: nameIndex(context.objectives, (objective) => objective.title),
    segmentByName: nameIndex(context.segments, (segment) => segment.name),
    existingTitles: new Set(context.existingActionTitles.map(fold)),
  };
  const skipped: number[] = [];
  for (const row of table.rows) {
    const outcome = mapRow(row, header, lookups);
    if (outcome.kind === 'accepted') {
      preview.accepted.push({ row: row.row, action: outcome.action });
      preview.warnings.push(...outcome.warnings);
    } else if (outcome.kind === 'refused') preview.refused.push({ row: row.row, reason: outcome.reason });
    else skipped.push(row.row);
  }
  if (skipped.length > 0) preview.warnings.push({ code: 'rowsSkipped', params: { rows: skipped.join(', ') } });
  return preview;
}
