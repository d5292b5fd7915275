import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../../electron/core/export/xlsx';
import { workbookModelWithLiveRows } from '../../../../electron/core/export/xlsx/sheetRows';
import { workbookBytes } from '../../../../electron/core/export/xlsx/writeWorkbook';
import { frenchOptions, hostilePlan, richPlan } from './fixtures';
import { unzip } from './rawXlsx';

const writtenAt = new Date('2027-02-03T04:05:06Z');

/** A workbook with every kind of cell and row exceljs writes, built afresh for each writer. */
function everyKindOfCell(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.created = writtenAt;
  workbook.modified = writtenAt;
  const sheet = workbook.addWorksheet('Cellules « & »');
  sheet.getColumn(6).numFmt = '#,##0.00 "€"';
  sheet.getColumn(6).font = { name: 'Calibri', bold: true };
  const values: ExcelJS.CellValue[] = [
    null,
    0,
    -0,
    1.5,
    1 / 3,
    1e21,
    -42,
    Number.NaN,
    '',
    'texte',
    'texte',
    '<a href="x">&\'</a> — « 1 250,00 € » 🙂',
    { formula: 'SUM(B1:C1)', result: 3 },
    { formula: 'IF(A1=0,"—",A1)', result: 'a < b & "c"' },
    { formula: 'A1&"x"', result: '' },
    { formula: '\'Budget « 2027 »\'!A1', result: 0 },
    { formula: 'NOW()' } as ExcelJS.CellFormulaValue,
    { formula: 'TRUE()', result: true },
    { formula: 'DATE(2027,1,2)', result: new Date('2027-01-02T00:00:00Z') },
    { formula: '1/0', result: { error: '#DIV/0!' } },
    new Date('2027-06-30T00:00:00Z'),
    true,
    false,
    { error: '#N/A' },
    { text: 'site', hyperlink: 'https://exemple.fr/?a=1&b=2' },
    { richText: [{ text: 'gras', font: { bold: true } }, { text: ' et non' }] },
  ];
  values.forEach((value, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = value;
    row.getCell(2).value = value;
    row.getCell(2).border = { top: { style: 'thin' } };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(4).value = value; // under no style
    row.getCell(6).value = value; // under the column's style
  });
  // A formula shared by the cells below it: its master is a plain formula until a clone points at it.
  sheet.getCell('H1').value = { formula: 'A2*2', result: 0 };
  sheet.getCell('H2').value = { sharedFormula: 'H1', result: 0 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell('H3').value = { sharedFormula: 'H1', result: 3 } as ExcelJS.CellSharedFormulaValue;
  sheet.getCell('I1').value = { formula: 'B1:B2*2', shareType: 'array', ref: 'I1:I2', result: 0 } as ExcelJS.CellFormulaValue;
  sheet.getCell('J4').value = 'une note';
  sheet.getCell('J4').note = 'à relire';
  sheet.getCell('K5').value = 'fusionnées';
  sheet.mergeCells('K5:M6');
  sheet.getCell('K5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
  // Rows with a height and nothing else, hidden, outlined, styled; gaps between rows and cells.
  sheet.getRow(40).height = 30;
  sheet.getRow(41).hidden = true;
  sheet.getRow(41).getCell(3).value = 7;
  sheet.getRow(42).outlineLevel = 1;
  sheet.getRow(42).getCell(2).value = 'niveau 1';
  sheet.getRow(43).font = { italic: true };
  sheet.getRow(43).getCell(26).value = 'Z';
  sheet.getRow(45).getCell(3); // a cell asked for and left empty: counted in the span, never written
  sheet.getRow(46).height = 12.75;
  sheet.getRow(46).getCell(5).value = 1.25;
  const second = workbook.addWorksheet('Deuxième');
  second.getCell('A1').value = 'texte';
  second.getCell('A1').font = { name: 'Calibri', bold: true };
  second.getCell('B2').value = { formula: 'Cellules!A2+1', result: 1 };
  workbook.addWorksheet('Vide');
  return workbook;
}

/** Every part of an .xlsx as text, by name (JSZip also lists the folders, which hold nothing). */
const parts = (bytes: Buffer | ArrayBuffer): Map<string, string> =>
  new Map([...unzip(Buffer.from(bytes as ArrayBuffer)).entries()].filter(([name]) => !name.endsWith('/')).map(([name, data]) => [name, data.toString('utf8')]));

describe('the sheets’ rows written straight from the cells (sheetRows.ts)', () => {
  it('gives every part exactly as exceljs’s own writer does, for every kind of cell and row', async () => {
    const ours = parts(await workbookBytes(everyKindOfCell(), writtenAt));
    const theirs = parts(await everyKindOfCell().xlsx.writeBuffer());
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, text] of theirs) expect(ours.get(name), name).toBe(text);
    // The cases that must go through exceljs's own code came out as exceljs writes them.
    const sheet = ours.get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<f t="shared" ref="H1:H3" si="0">A2*2</f>');
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="K5:M6"/></mergeCells>');
    expect(sheet).toContain('<row r="40" ht="30" customHeight="1" x14ac:dyDescent="0.25"/>');
    expect(ours.get('xl/comments1.xml')).toContain('à relire');
  });

  it('hands exceljs its rows as LiveRows with the dimensions its own model has', () => {
    const workbook = everyKindOfCell();
    const live = workbookModelWithLiveRows(workbook);
    expect(live).not.toBeNull();
    const own = (everyKindOfCell() as unknown as { model: { worksheets: { rows: { number: number }[]; dimensions: { range: string } }[] } }).model;
    live?.worksheets.forEach((sheet, index) => {
      expect(sheet.rows.every((row) => row?.constructor?.name === 'LiveRow')).toBe(true);
      expect(sheet.rows.map((row) => (row as { number: number }).number)).toEqual(own.worksheets[index].rows.map((row) => row.number));
      expect((sheet.dimensions as unknown as { range: string }).range).toBe(own.worksheets[index].dimensions.range);
    });
    // The workbook keeps its rows: the model was built without them, then they were put back.
    expect(workbook.getWorksheet('Cellules « & »')?.getCell('B12').value).toBe('<a href="x">&\'</a> — « 1 250,00 € » 🙂');
  });

  it('exports the app’s workbooks as exceljs reads them back, a hostile plan included', async () => {
    for (const plan of [richPlan(), hostilePlan()]) {
      const bytes = await exportXlsx(plan, frenchOptions);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const again = parts(await workbookBytes(workbook, writtenAt));
      const original = parts(bytes);
      // Read back and written again, every sheet holds the same cells in the same rows.
      for (const [name, text] of original) if (name.startsWith('xl/worksheets/sheet')) expect(again.get(name)?.match(/<c r="[A-Z]+\d+"/g)).toEqual(text.match(/<c r="[A-Z]+\d+"/g));
    }
  });
});
