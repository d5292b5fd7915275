import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { alignRight, setCell, shareStyles, styleBody, styleCategory } from '../../../../electron/core/export/xlsx/cells';
import { readWorkbook } from './workbook';

/** Three rows of body cells styled by the helpers: a text, an amount, a date, a category band. */
function styledSheet(): { workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('Budget');
  for (let row = 1; row <= 3; row++) {
    const cells = worksheet.getRow(row);
    setCell(cells.getCell(1), `Action ${row}`);
    setCell(cells.getCell(2), 1250.5, '#,##0.00 "€"');
    // Number and date without a number format: exceljs picks one from the cell's type.
    setCell(cells.getCell(3), row);
    setCell(cells.getCell(4), new Date(Date.UTC(2027, 0, row)));
    for (let column = 1; column <= 4; column++) styleBody(cells.getCell(column), column === 1);
    alignRight(cells.getCell(2));
    setCell(cells.getCell(5), 'Publicité');
    styleCategory(cells.getCell(5), '#2E7D32');
  }
  return { workbook, worksheet };
}

describe('cells styled alike share one style object (exceljs serialises each style object once)', () => {
  it('gives the cells of a column one style, and each column its own', () => {
    const { workbook, worksheet } = styledSheet();
    shareStyles(workbook);
    for (let column = 1; column <= 5; column++) {
      const styles = [1, 2, 3].map((row) => worksheet.getCell(row, column).style);
      expect(new Set(styles).size).toBe(1);
    }
    const firstRow = [1, 2, 3, 4, 5].map((column) => worksheet.getCell(1, column).style);
    expect(new Set(firstRow).size).toBe(5);
  });

  it('writes the same workbook as without sharing: formats, alignment, fills, dates still dates', async () => {
    const { workbook, worksheet } = styledSheet();
    const unshared = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    shareStyles(workbook);
    const shared = await readWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    for (const read of [unshared, shared]) {
      const back = read.getWorksheet('Budget');
      expect(back).toBeDefined();
      for (let row = 1; row <= 3; row++) {
        expect(back?.getCell(row, 1).alignment).toEqual({ vertical: 'top', wrapText: true });
        expect(back?.getCell(row, 2).numFmt).toBe('#,##0.00 "€"');
        expect(back?.getCell(row, 2).alignment?.horizontal).toBe('right');
        expect(back?.getCell(row, 3).value).toBe(row);
        expect(back?.getCell(row, 4).value).toEqual(worksheet.getCell(row, 4).value);
        expect(back?.getCell(row, 5).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF2E7D32' } });
      }
    }
  });
});
