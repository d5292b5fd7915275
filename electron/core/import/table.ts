/**
 * What every reader hands to the mapping: rows of cells, numbered as the spreadsheet shows them.
 * A cell is text, or a number only when an XLSX stored one (a CSV cell is always text: "01234"
 * and "06 12 34 56 78" stay as typed).
 */
export type Cell = string | number;

export interface TableRow {
  row: number;
  cells: Cell[];
}

export interface Table {
  format: 'xlsx' | 'csv';
  sheetName?: string;
  header: TableRow;
  /** Non-blank rows under the header, at most `maxRows` of them. */
  rows: TableRow[];
  /** Our workbook's « Pilotage » sheet, when the file has one: its rows under the header. */
  steering?: { sheetName: string; rows: TableRow[] };
}

const numberAsText = new Intl.NumberFormat('fr-FR', { useGrouping: false, maximumFractionDigits: 15 });

/** A cell read as text; a number an XLSX stored in a text column is written the French way. */
export const cellText = (cell: Cell | undefined): string =>
  cell === undefined ? '' : typeof cell === 'number' ? numberAsText.format(cell) : cell;

export const isBlank = (cell: Cell | undefined): boolean => cellText(cell).trim() === '';
