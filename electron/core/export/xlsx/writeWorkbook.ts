import type ExcelJS from 'exceljs';
import { workbookModelWithLiveRows } from './sheetRows';
import { joinExcelJsXmlAsItGoes } from './xmlPieces';
import { ZipArchive } from './zip';

/**
 * The steps of exceljs's own XLSX.write (lib/xlsx/xlsx.js, exceljs 4.4), in its order: each writes
 * its parts into whatever archive it is given.
 */
const partWriters = [
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
] as const;

type XlsxWriter = Record<(typeof partWriters)[number], (zip: ZipArchive, model: unknown) => unknown> & {
  prepareModel(model: unknown, options: object): void;
};

/**
 * The workbook as .xlsx bytes: exceljs writes each part, in the order its writeBuffer() does, into
 * an archive deflated by Node (zip.ts) rather than by JSZip. test/core/export/xlsx reads the result
 * back with exceljs and LibreOffice.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook, date: Date): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as XlsxWriter;
  if (typeof xlsx.prepareModel !== 'function' || partWriters.some((step) => typeof xlsx[step] !== 'function')) {
    // Another exceljs than the one this was written for: its own writer, slower but right.
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  joinExcelJsXmlAsItGoes();
  const zip = new ZipArchive(date);
  const model = workbookModelWithLiveRows(workbook) ?? (workbook as unknown as { model: unknown }).model;
  xlsx.prepareModel(model, {});
  for (const step of partWriters) await xlsx[step](zip, model);
  return zip.toBuffer();
}
