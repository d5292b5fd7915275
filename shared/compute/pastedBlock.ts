import { parseEurosToCents } from '../money';

/**
 * A block of cells copied from Excel or LibreOffice arrives as text: rows on lines, cells separated by
 * tabs, amounts written the French way (« 1 250,50 », « 80 »). Read here into cents, cell by cell,
 * so the owner sees what would change before anything does.
 */
export interface PastedCell {
  row: number;
  column: number;
  /** Null for an empty cell: it leaves what is there untouched. */
  cents: number | null;
  text: string;
  valid: boolean;
}

/** The rows of a pasted text; the trailing line break spreadsheets add is dropped. */
export function pastedRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** Each pasted cell at its place from (firstRow, firstColumn), cut to the grid's size. */
export function readPastedBlock(text: string, firstRow: number, firstColumn: number, rows: number, columns: number): PastedCell[] {
  return pastedRows(text).flatMap((cells, rowOffset) =>
    cells.flatMap((cell, columnOffset) => {
      const row = firstRow + rowOffset;
      const column = firstColumn + columnOffset;
      if (row >= rows || column >= columns) return [];
      const trimmed = cell.trim();
      if (trimmed === '') return [{ row, column, cents: null, text: '', valid: true }];
      const cents = parseEurosToCents(trimmed);
      return [{ row, column, cents, text: trimmed, valid: cents !== null && cents >= 0 }];
    }),
  );
}
