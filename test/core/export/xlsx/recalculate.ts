import ExcelJS from 'exceljs';
import { convertWithLibreOffice } from './libreoffice';
import { filledCells, isFormula, readWorkbook } from './workbook';

/**
 * The workbook recalculated by headless LibreOffice, every formula's cached result removed first:
 * whatever the returned workbook shows, LibreOffice computed it from the cells the file holds.
 */
export async function recalculatedByLibreOffice(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  for (const worksheet of workbook.worksheets) {
    for (const cell of filledCells(worksheet)) if (isFormula(cell.value)) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
  }
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return readWorkbook(convertWithLibreOffice(bytes, 'xlsx', 60_000));
}

/** A cell's euros as whole cents, a share as basis points: the units the report computes in. */
export const centsOf = (value: unknown): number => Math.round(Number(value) * 100);
export const basisPointsOf = (value: unknown): number => Math.round(Number(value) * 10_000);
