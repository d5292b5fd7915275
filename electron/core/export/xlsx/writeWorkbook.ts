import type ExcelJS from 'exceljs';
import { ZipArchive } from './zip';

/** The steps of exceljs's own XLSX.write (lib/xlsx/xlsx.js, exceljs 4.4), which take any archive. */
interface XlsxWriter {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: ZipArchive, model: unknown): Promise<void>;
  addOfficeRels(zip: ZipArchive, model: unknown): Promise<void>;
  addWorkbookRels(zip: ZipArchive, model: unknown): Promise<void>;
  addWorksheets(zip: ZipArchive, model: unknown): Promise<void>;
  addSharedStrings(zip: ZipArchive, model: unknown): Promise<void>;
  addDrawings(zip: ZipArchive, model: unknown): void;
  addTables(zip: ZipArchive, model: unknown): void;
  addThemes(zip: ZipArchive, model: unknown): Promise<void>;
  addStyles(zip: ZipArchive, model: unknown): Promise<void>;
  addMedia(zip: ZipArchive, model: unknown): Promise<void>;
  addApp(zip: ZipArchive, model: unknown): Promise<void>;
  addCore(zip: ZipArchive, model: unknown): Promise<void>;
  addWorkbook(zip: ZipArchive, model: unknown): Promise<void>;
}

/**
 * The workbook as .xlsx bytes: exceljs writes each part, in the order its writeBuffer() does, into
 * an archive deflated by Node (zip.ts) rather than by JSZip. test/core/export/xlsx reads the result
 * back with exceljs and LibreOffice.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook, date: Date): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as XlsxWriter;
  if (typeof xlsx.addWorksheets !== 'function' || typeof xlsx.prepareModel !== 'function') {
    // Another exceljs than the one this was written for: its own writer, slower but right.
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const zip = new ZipArchive(date);
  const { model } = workbook as unknown as { model: unknown };
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await xlsx.addWorksheets(zip, model);
  await xlsx.addSharedStrings(zip, model);
  xlsx.addDrawings(zip, model);
  xlsx.addTables(zip, model);
  await xlsx.addThemes(zip, model);
  await xlsx.addStyles(zip, model);
  await xlsx.addMedia(zip, model);
  await xlsx.addApp(zip, model);
  await xlsx.addCore(zip, model);
  await xlsx.addWorkbook(zip, model);
  return zip.toBuffer();
}
