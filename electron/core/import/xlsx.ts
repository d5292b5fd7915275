import ExcelJS from 'exceljs';
import type { ImportLimits } from '../../../shared/importActions';
import { ImportFailure } from './failure';
import { matchHeader, recognisedCount, requiredColumn, requiredColumnLabel } from './header';
import { type Cell, type Table, type TableRow } from './table';
import { fr } from '../../../shared/i18n/fr';
import { en } from '../../../shared/i18n/en';
import { fold } from './text';

/** The « Pilotage » sheet our exporter writes, in either language (electron/core/export/xlsx/steeringSheet.ts). */
const steeringSheetNames = new Set([fr.steps.names.pilotage, en.steps.names.pilotage].map(fold));

/** Our exporter may put a title or notes above the header; a hand-made sheet starts at row 1. */
const HEADER_SEARCH_ROWS = 20;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * One cell as text or number. A formula is never evaluated: its cached result is read, as the
 * spreadsheet last showed it. A date in a text column reads as French text (dd/mm/yyyy).
 */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // exceljs builds dates in UTC from the sheet's serial number.
    return `${twoDigits(value.getUTCDate())}/${twoDigits(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

function readRow(row: ExcelJS.Row, limits: ImportLimits, columnName: (column: number) => string | number): TableRow {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const value = cellValue(cell.value);
    if (value === '') return;
    if (column > limits.maxColumns) throw new ImportFailure('tooManyColumns', { max: limits.maxColumns });
    if (typeof value === 'string' && value.length > limits.maxCellChars) {
      throw new ImportFailure('cellTooLong', { max: limits.maxCellChars, row: row.number, column: columnName(column) });
    }
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = value;
  });
  return { row: row.number, cells };
}

/**
 * The header row of a sheet: the first of its top rows that names the Action column. Limits are
 * not applied while looking (another sheet, a wide budget grid, must not fail the import); the
 * chosen sheet is read with them.
 */
function findHeader(sheet: ExcelJS.Worksheet, limits: ImportLimits): { header: TableRow; score: number } | null {
  const unbounded = { ...limits, maxColumns: Number.MAX_SAFE_INTEGER, maxCellChars: Number.MAX_SAFE_INTEGER };
  for (let number = 1; number <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); number++) {
    const found = sheet.findRow(number);
    if (!found) continue;
    const row = readRow(found, unbounded, (column) => column);
    const match = matchHeader(row.cells);
    if (match.columns[requiredColumn] !== undefined) return { header: row, score: recognisedCount(match) };
  }
  return null;
}

/** Reads the sheet whose header names the most of our columns (the first such, on a tie). */
export async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's types want a Node Buffer; this one shares the bytes rather than copying them.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFailure('unreadableWorkbook');
  }
  // exceljs shrugs off some damaged parts and returns a workbook without sheets.
  if (workbook.worksheets.length === 0) throw new ImportFailure('unreadableWorkbook');

  let best: { sheet: ExcelJS.Worksheet; header: TableRow; score: number } | null = null;
  for (const sheet of workbook.worksheets) {
    const found = findHeader(sheet, limits);
    if (found && (!best || found.score > best.score)) best = { sheet, ...found };
  }
  if (!best) throw new ImportFailure('missingRequiredColumn', { column: requiredColumnLabel });

  const { sheet } = best;
  const header = readRow(sheet.getRow(best.header.row), limits, (column) => column);
  const columnName = (column: number) => String(header.cells[column - 1] ?? '').trim() || column;
  const rows: TableRow[] = [];
  // eachRow visits only the rows the file holds: a lone value in row 1,048,576 costs one visit.
  sheet.eachRow({ includeEmpty: false }, (sheetRow, number) => {
    if (number <= header.row) return;
    const row = readRow(sheetRow, limits, columnName);
    if (row.cells.length === 0) return;
    if (rows.length >= limits.maxRows) throw new ImportFailure('tooManyRows', { max: limits.maxRows });
    rows.push(row);
  });
  const steering = workbook.worksheets.find((candidate) => steeringSheetNames.has(fold(candidate.name)));
  return { format: 'xlsx', sheetName: sheet.name, header, rows, ...(steering && { steering: readSteeringRows(steering, limits) }) };
}

/** The « Pilotage » sheet's rows under its header (row 1), within the same limits as the actions. */
function readSteeringRows(sheet: ExcelJS.Worksheet, limits: ImportLimits): { sheetName: string; rows: TableRow[] } {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (sheetRow, number) => {
    if (number === 1) return;
    const row = readRow(sheetRow, limits, (column) => column);
    if (row.cells.length === 0) return;
    if (rows.length >= limits.maxRows) throw new ImportFailure('tooManyRows', { max: limits.maxRows });
    rows.push(row);
  });
  return { sheetName: sheet.name, rows };
}
