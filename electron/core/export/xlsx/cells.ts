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

/**
 * Every styled cell names its font: a bare { bold: true } makes LibreOffice fall back to a serif.
 * Each distinct font is built once and shared, like every style part here (see shareStyles).
 */
const baseFont: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11 };
const fonts = new Map<string, Partial<ExcelJS.Font>>();
export function font(style: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  const key = JSON.stringify(style);
  let shared = fonts.get(key);
  if (!shared) fonts.set(key, (shared = { ...baseFont, ...style }));
  return shared;
}

const fills = new Map<string, ExcelJS.Fill>();
function solidFill(color: string): ExcelJS.Fill {
  let fill = fills.get(color);
  if (!fill) fills.set(color, (fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } }));
  return fill;
}

/** Sets a cell; an empty text leaves the cell empty rather than holding an empty string. */
export function setCell(cell: ExcelJS.Cell, value: CellInput, numFmt?: string): void {
  const text = typeof value === 'string' ? cellText(value) : null;
  cell.value = text === null ? (value as Exclude<CellInput, string>) : text === '' ? null : text;
  if (numFmt) cell.numFmt = numFmt;
}

const thin = { style: 'thin' as const, color: { argb: gridColor } };
export const gridBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const totalBorder: Partial<ExcelJS.Borders> = { ...gridBorder, top: { style: 'medium', color: { argb: argb(brandColor) } } };
const headerAlignment: Partial<ExcelJS.Alignment> = { vertical: 'middle', wrapText: true };
const bodyAlignments: Record<'wrap' | 'line', Partial<ExcelJS.Alignment>> = { wrap: { vertical: 'top', wrapText: true }, line: { vertical: 'top', wrapText: false } };

export function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true, color: { argb: white } });
  cell.fill = solidFill(brandColor);
  cell.alignment = headerAlignment;
  cell.border = gridBorder;
}

export function styleSectionTitle(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true, size: 13, color: { argb: argb(brandColor) } });
}

export function styleTotal(cell: ExcelJS.Cell): void {
  cell.font = font({ bold: true });
  cell.border = totalBorder;
}

/** A category's colour as a solid fill with white bold text (the colours are chosen for it). */
export function styleCategory(cell: ExcelJS.Cell, color: string): void {
  cell.fill = solidFill(color);
  cell.font = font({ bold: true, color: { argb: white } });
}

export const fillSolid = (cell: ExcelJS.Cell, color: string): void => {
  cell.fill = solidFill(color);
};

/** The cell's alignment with its content pushed right, one shared object per starting alignment. */
const rightAlignments = new WeakMap<Partial<ExcelJS.Alignment>, Partial<ExcelJS.Alignment>>();
const noAlignment: Partial<ExcelJS.Alignment> = {};
export function alignRight(cell: ExcelJS.Cell): void {
  const base = cell.alignment ?? noAlignment;
  let aligned = rightAlignments.get(base);
  if (!aligned) rightAlignments.set(base, (aligned = { ...base, horizontal: 'right' }));
  cell.alignment = aligned;
}

/** Body cells: top-aligned so wrapped neighbours read line by line, thin grid for print. */
export function styleBody(cell: ExcelJS.Cell, wrap: boolean): void {
  cell.alignment = bodyAlignments[wrap ? 'wrap' : 'line'];
  cell.border = gridBorder;
}

/** One node per part value; the style shared by every cell with these parts hangs at the leaf. */
interface StyleNode {
  next: Map<unknown, StyleNode>;
  style?: Partial<ExcelJS.Style>;
}

/**
 * exceljs turns a cell's style into XML (font, border, fill, then the whole) unless it has seen that
 * very style object before, and every cell starts with one of its own: at 1,000 actions that was half
 * the export. Just before writing, cells whose style parts are the same objects (the helpers above
 * build each part once) are given one shared style object; nothing restyles a cell after that. The
 * cell's type is part of the key because, without a number format, exceljs picks one from it.
 */
export function shareStyles(workbook: ExcelJS.Workbook): void {
  const root: StyleNode = { next: new Map() };
  const child = (node: StyleNode, part: unknown): StyleNode => {
    let next = node.next.get(part);
    if (!next) node.next.set(part, (next = { next: new Map() }));
    return next;
  };
  for (const sheet of workbook.worksheets) {
    for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber++) {
      const row = sheet.findRow(rowNumber);
      for (let column = 1; row && column <= row.cellCount; column++) {
        const cell = row.findCell(column);
        if (!cell) continue;
        const { numFmt, font, border, fill, alignment, protection } = cell.style;
        let node = child(child(root, cell.type), cell.effectiveType);
        for (const part of [numFmt, font, border, fill, alignment, protection]) node = child(node, part);
        if (node.style) cell.style = node.style;
        else node.style = cell.style;
      }
    }
  }
}
