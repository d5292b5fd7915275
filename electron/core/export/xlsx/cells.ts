import type ExcelJS from 'exceljs';
import type { Language } from '../../../../shared/i18n';

/** Excel refuses more characters in one cell. */
export const CELL_TEXT_MAX = 32_767;

/** Characters XML 1.0 cannot carry; exceljs drops most of them, this drops them all. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const invalidXmlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

/**
 * A user's text as a cell holds it: line breaks as Excel writes them, invalid characters dropped,
 * capped at Excel's limit without splitting a surrogate pair.
 */
export function cellText(value: string): string {
  const clean = value.replace(/\r\n?/g, '\n').replace(invalidXmlCharacters, '');
  if (clean.length <= CELL_TEXT_MAX) return clean;
  let end = CELL_TEXT_MAX - 1;
  if (/[\ud800-\udbff]/.test(clean[end - 1])) end -= 1;
  return `${clean.slice(0, end)}…`;
}

/** A formula we build from numbers and cell addresses only, with the value the app computed. */
export interface Formula {
  formula: string;
  result: number | string;
}

/**
 * What a cell may receive. A string is always written as text (a shared string): only a Formula
 * object becomes a formula, and formulas are never built from the user's text.
 */
export type CellInput = string | number | Date | Formula | null;

export interface NumberFormats {
  euros: string;
  percent: string;
  hours: string;
  date: string;
  integer: string;
}

/** Excel puts the reader's own separators in: "1 250,00 €" in a French Excel or LibreOffice. */
export const numberFormats: Record<Language, NumberFormats> = {
  fr: { euros: '#,##0.00 "€"', percent: '0.00 %', hours: '#,##0.00 "h"', date: 'dd/mm/yyyy', integer: '#,##0' },
  en: { euros: '"€"#,##0.00', percent: '0.00%', hours: '#,##0.00 "h"', date: 'dd/mm/yyyy', integer: '#,##0' },
};

/** Cents as the euros a cell shows: the only arithmetic the workbook does on money. */
export const euros = (cents: number): number => cents / 100;
export const hours = (minutes: number): number => minutes / 60;
export const ratio = (basisPoints: number): number => basisPoints / 10_000;

/** "2027-06-30" as a date cell (midnight UTC, which exceljs writes as that calendar day); null when empty. */
export const isoDateCell = (value: string): Date | null => (value === '' ? null : new Date(`${value}T00:00:00Z`));

export const brandColor = '1F4E79';
const white = 'FFFFFFFF';
const gridColor = 'FFBFC9D4';

export const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** Every styled cell names its font: a bare { bold: true } makes LibreOffice fall back to a serif. */
const baseFont: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
export const font = (style: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ ...baseFont, ...style });

/** Sets a cell; an empty text leaves the cell empty rather than holding an empty string. */
export function setCell(cell: ExcelJS.Cell, value: CellInput, numFmt?: string): void {
  const text = typeof value === 'string' ? cellText(value) : null;
  cell.value = text === null ? (value as Exclude<CellInput, string>) : text === '' ? null : text;
  if (numFmt) cell.numFmt = numFmt;
}

const thin = { style: 'thin' as const, color: { argb: gridColor } };
export const gridBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true, color: { argb: white } });
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(brandColor) } };
  cell.alignment = { vertical: 'middle', wrapText: true };
  cell.border = gridBorder;
}

export function styleSectionTitle(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true, size: 13, color: { argb: argb(brandColor) } });
}

export function styleTotal(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.border = { ...gridBorder, top: { style: 'medium', color: { argb: argb(brandColor) } } };
}

/** A category's colour as a solid fill with white bold text (the colours are chosen for it). */
export function styleCategory(cell: ExcelJS.Cell, color: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
  cell.font = font({ bold: true, color: { argb: white } });
}

export const fillSolid = (cell: ExcelJS.Cell, color: string): void => {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
};

/** Body cells: top-aligned so wrapped neighbours read line by line, thin grid for print. */
export function styleBody(cell: ExcelJS.Cell, wrap: boolean): void {
  cell.alignment = { vertical: 'top', wrapText: wrap };
  cell.border = gridBorder;
}
