import type ExcelJS from 'exceljs';
import { font, setCell, styleBody, styleHeader, type CellInput } from './cells';
import { planName, type SheetId, type XlsxContext } from './context';

export interface SheetSpec {
  /** Column widths, in characters. */
  widths: number[];
  /** Rows (and columns) kept in view while scrolling; repeated on every printed page. */
  frozenRows?: number;
  frozenColumns?: number;
}

/** Page header and footer codes start with "&": a user's "&" must be doubled to print as itself. */
const headerText = (text: string, max = 80): string => {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(/&/g, '&&');
};

/**
 * A sheet set up for screen and print: landscape A4 one page wide, the plan's name and the sheet's
 * in the page header, the page number in the footer, header rows frozen and repeated.
 */
export function addSheet(workbook: ExcelJS.Workbook, context: XlsxContext, id: SheetId, spec: SheetSpec): ExcelJS.Worksheet {
  const name = context.sheetNames[id];
  const frozenRows = spec.frozenRows ?? 0;
  const frozenColumns = spec.frozenColumns ?? 0;
  const sheet = workbook.addWorksheet(name, {
    views: frozenRows + frozenColumns > 0 ? [{ state: 'frozen', xSplit: frozenColumns, ySplit: frozenRows }] : [{}],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
      printTitlesRow: frozenRows > 0 ? `1:${frozenRows}` : undefined,
    },
    headerFooter: {
      oddHeader: `&L&B${headerText(planName(context))}&R${headerText(name)}`,
      oddFooter: `&L${headerText(context.t('app.name'))}&R${context.t('xlsx.print.page', { page: '&P', pages: '&N' })}`,
    },
  });
  sheet.columns = spec.widths.map((width) => ({ width }));
  return sheet;
}

/** One column of a table: its header and how an item fills it. */
export interface Column<T> {
  header: string;
  value(item: T): CellInput;
  numFmt?: string;
  /** Long texts wrap; short ones and figures stay on one line. */
  wrap?: boolean;
  style?(cell: ExcelJS.Cell, item: T): void;
}

export function writeHeaderRow(sheet: ExcelJS.Worksheet, rowNumber: number, headers: string[]): void {
  const row = sheet.getRow(rowNumber);
  headers.forEach((header, index) => {
    const cell = row.getCell(index + 1);
    setCell(cell, header);
    styleHeader(cell);
  });
}

/** A header row then one row per item, from `startRow`; returns the first row after the table. */
export function writeTable<T>(sheet: ExcelJS.Worksheet, startRow: number, columns: Column<T>[], items: T[]): number {
  writeHeaderRow(sheet, startRow, columns.map((column) => column.header));
  items.forEach((item, index) => {
    const row = sheet.getRow(startRow + 1 + index);
    columns.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      setCell(cell, column.value(item), column.numFmt);
      styleBody(cell, column.wrap ?? false);
      column.style?.(cell, item);
    });
  });
  return startRow + 1 + items.length;
}

/** A label in column A and its value in column B, for the sheets that read like a form. */
export function writeField(sheet: ExcelJS.Worksheet, rowNumber: number, label: string, value: CellInput, numFmt?: string): void {
  const row = sheet.getRow(rowNumber);
  setCell(row.getCell(1), label);
  row.getCell(1).font = font({ bold: true });
  row.getCell(1).alignment = { vertical: 'top', wrapText: true };
  setCell(row.getCell(2), value, numFmt);
  row.getCell(2).alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
}

/** Excel's largest row height, in points. */
const MAX_ROW_HEIGHT = 409;

/**
 * How tall a wrapped text is, in points: characters over the column width (in the widths of a
 * digit), one line per paragraph at least. An estimate, generous for bold and larger text.
 */
function textHeight(text: string, widthChars: number, cellFont: Partial<ExcelJS.Font> | undefined): number {
  const size = cellFont?.size ?? 11;
  const perLine = Math.max(1, (widthChars * 1.1 * 11) / size / (cellFont?.bold ? 1.1 : 1));
  const lines = text.split('\n').reduce((total, paragraph) => total + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
  return lines * size * 1.36;
}

/**
 * Neither Excel nor LibreOffice grows a row to fit wrapped text when it opens a generated file, so
 * every row gets the height of its tallest wrapped cell.
 */
export function fitRowHeights(sheet: ExcelJS.Worksheet): void {
  // Plain loops over the rows and cells that exist: eachRow and eachCell cost more than the fitting.
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.findRow(rowNumber);
    if (!row) continue;
    let needed = 0;
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.findCell(column);
      if (!cell || typeof cell.value !== 'string' || !cell.alignment?.wrapText || cell.isMerged) continue;
      needed = Math.max(needed, textHeight(cell.value, sheet.getColumn(column).width ?? 9, cell.font));
    }
    if (needed > (row.height ?? 15)) row.height = Math.min(MAX_ROW_HEIGHT, Math.ceil(needed));
  }
}

/**
 * A label and a long text merged across columns B to `lastColumn`, its height set from the text
 * over the merged width (rows are never fitted to merged cells).
 */
export function writeWideField(sheet: ExcelJS.Worksheet, rowNumber: number, label: string, value: string, lastColumn: number): void {
  writeField(sheet, rowNumber, label, value);
  sheet.mergeCells(rowNumber, 2, rowNumber, lastColumn);
  let width = 0;
  for (let column = 2; column <= lastColumn; column++) width += sheet.getColumn(column).width ?? 9;
  const labelCell = sheet.getCell(rowNumber, 1);
  const height = Math.max(textHeight(value, width, undefined), textHeight(String(labelCell.value ?? ''), sheet.getColumn(1).width ?? 9, labelCell.font));
  sheet.getRow(rowNumber).height = Math.min(MAX_ROW_HEIGHT, Math.ceil(height));
}
