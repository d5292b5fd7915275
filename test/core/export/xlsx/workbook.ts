import ExcelJS from 'exceljs';
import { exportXlsx } from '../../../../electron/core/export/xlsx';
import type { ExportOptions } from '../../../../electron/core/export/options';
import type { Plan } from '../../../../shared/plan';

/** Reading the exported file back, as a consultant's spreadsheet would. */

export async function readWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export async function exportAndRead(plan: Plan, options: ExportOptions): Promise<{ bytes: Buffer; workbook: ExcelJS.Workbook }> {
  const bytes = await exportXlsx(plan, options);
  return { bytes, workbook: await readWorkbook(bytes) };
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet named ${name}; found ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** Every cell that holds something (a merged range counts once, by its top-left cell). */
export function filledCells(worksheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  worksheet.eachRow((row) => row.eachCell((cell) => cell.type !== ExcelJS.ValueType.Merge && cells.push(cell)));
  return cells;
}

export function isFormula(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue {
  return value !== null && typeof value === 'object' && 'formula' in value;
}

/**
 * A formula cell as { formula, result }. Read through cell.result: exceljs 4.4 leaves a cached 0
 * out of cell.value, though the file holds it.
 */
export function formulaOf(cell: ExcelJS.Cell): { formula: string; result: unknown } | null {
  return isFormula(cell.value) ? { formula: cell.formula, result: cell.result } : null;
}

/** The value a viewer that does not recalculate shows: a formula's cached result, else the value. */
export function shown(cell: ExcelJS.Cell): unknown {
  return isFormula(cell.value) ? cell.result : cell.value;
}

/** The rows whose cells, from column A, start with these texts. */
export function rowsStartingWith(worksheet: ExcelJS.Worksheet, ...texts: string[]): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow((row) => {
    if (texts.every((text, index) => row.getCell(index + 1).value === text)) rows.push(row);
  });
  return rows;
}

export function onlyRow(worksheet: ExcelJS.Worksheet, ...texts: string[]): ExcelJS.Row {
  const rows = rowsStartingWith(worksheet, ...texts);
  if (rows.length !== 1) throw new Error(`${rows.length} rows start with ${texts.join(' | ')} in ${worksheet.name}`);
  return rows[0];
}

/** Cents to the euros a cell holds, compared exactly: both sides are the same division of an integer. */
export const euros = (cents: number): number => cents / 100;

/** The one row whose cell in `column` holds this text. */
export function rowWith(worksheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  const rows: ExcelJS.Row[] = [];
  worksheet.eachRow((row) => row.getCell(column).value === text && rows.push(row));
  if (rows.length !== 1) throw new Error(`${rows.length} rows hold ${text} in column ${column} of ${worksheet.name}`);
  return rows[0];
}
