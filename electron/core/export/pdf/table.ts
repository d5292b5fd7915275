import { colors, lineHeight, text, tint, type TextStyle } from './theme';
import type { ReportWriter } from './writer';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Column<Row> {
  header: string;
  /** Relative width: columns share the table's width in proportion to it. */
  weight: number;
  align?: 'left' | 'right' | 'center';
  text?: (row: Row) => string;
  style?: TextStyle;
  /** A style chosen row by row (a "yes" in green); wins over `style`. */
  styleOf?: (row: Row) => TextStyle;
  /** Amounts never wrap: their font shrinks until they fit the column. */
  noWrap?: boolean;
  /** Draws inside the cell (a colour chip, month boxes); text, if any, starts `inset` mm further right. */
  paint?: (writer: ReportWriter, box: Box, row: Row) => void;
  paintHeight?: number;
  inset?: number;
}

export interface RowGroup {
  key: string;
  label: string;
  color: string;
}

export interface TableOptions<Row> {
  /** Rows sharing a key are listed under a tinted band carrying the label (the category). */
  group?: (row: Row) => RowGroup | null;
  /** Total rows: bold, on a light band, with a rule above. */
  emphasis?: (row: Row) => boolean;
  showHeader?: boolean;
  x?: number;
  width?: number;
  minRowHeight?: number;
}

interface CellLayout {
  lines: string[];
  style: TextStyle;
}

/** A table shorter than this is kept on one page rather than split. */
const KEEP_TOGETHER_HEIGHT = 90;
const PAD_X = 1.8;
const PAD_Y = 1.5;
const GROUP_HEIGHT = 6.2;
const TABLE_GAP = 3;

interface TablePlan {
  x: number;
  width: number;
  widths: number[];
  lefts: number[];
  headerLines: string[][];
  headerStyles: TextStyle[];
  headerHeight: number;
  layouts: { cells: CellLayout[]; height: number }[];
  wholeHeight: number;
}

/** Column widths, wrapped header and cells, row heights: everything but the drawing. */
function planTable<Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row>): TablePlan {
  const x = options.x ?? writer.left;
  const width = options.width ?? writer.right - x;
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = columns.map((column) => (column.weight / totalWeight) * width);
  const lefts = widths.map((_, index) => x + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const headerStyles = columns.map((column, index) => headerStyle(writer, column.header, widths[index] - 2 * PAD_X));
  const headerLines = columns.map((column, index) => writer.wrap(column.header, widths[index] - 2 * PAD_X, headerStyles[index]));
  const headerHeight =
    (options.showHeader ?? true) ? Math.max(...headerLines.map((lines) => lines.length)) * lineHeight(text.header) + 2 * PAD_Y : 0;
  const maxHeight = writer.bottom - writer.top - writer.pendingHeight - headerHeight - GROUP_HEIGHT - 2;

  const layoutRow = (row: Row) => {
    const emphasised = options.emphasis?.(row) ?? false;
    const cells = columns.map((column, index): CellLayout => {
      const base = column.styleOf?.(row) ?? column.style ?? text.cell;
      const style = emphasised ? { ...base, bold: true } : base;
      const value = column.text?.(row) ?? '';
      const inner = widths[index] - 2 * PAD_X - (column.inset ?? 0);
      if (column.noWrap) return { lines: value === '' ? [] : [value], style: shrinkToFit(writer, value, inner, style) };
      return { lines: writer.wrap(value, inner, style), style };
    });
    const contentHeight = (cell: CellLayout, index: number) =>
      Math.max(cell.lines.length * lineHeight(cell.style), columns[index].paintHeight ?? 0);
    let height = Math.max(options.minRowHeight ?? 0, ...cells.map((cell, index) => contentHeight(cell, index) + 2 * PAD_Y));
    if (height > maxHeight) {
      for (const cell of cells) {
        const fits = Math.max(1, Math.floor((maxHeight - 2 * PAD_Y) / lineHeight(cell.style)));
        if (cell.lines.length > fits) cell.lines = [...cell.lines.slice(0, fits - 1), `${cell.lines[fits - 1]}…`];
      }
      height = maxHeight;
    }
    return { cells, height };
  };

  const layouts = rows.map(layoutRow);
  const groups = options.group ? new Set(rows.map((row) => options.group?.(row)?.key ?? null)).size : 0;
  const wholeHeight = headerHeight + layouts.reduce((sum, layout) => sum + layout.height, 0) + groups * GROUP_HEIGHT;
  return { x, width, widths, lefts, headerLines, headerStyles, headerHeight, layouts, wholeHeight };
}

/** The height the table would take if drawn in one piece: to place two tables side by side. */
export const measureTable = <Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row> = {}): number =>
  planTable(writer, columns, rows, options).wholeHeight + TABLE_GAP;

/**
 * A table that flows over pages: the header row is repeated on every page, a row is never cut in
 * two (it moves whole to the next page), and a row taller than a page loses its last lines to an
 * ellipsis rather than overflowing. A short table is kept whole on one page.
 */
export function drawTable<Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row> = {}): void {
  const { x, width, widths, lefts, headerLines, headerStyles, headerHeight, layouts, wholeHeight } = planTable(writer, columns, rows, options);

  const drawHeader = () => {
    if (headerHeight === 0) return;
    writer.fillRect(x, writer.y, width, headerHeight, colors.accent);
    columns.forEach((column, index) => {
      const align = column.align ?? 'left';
      const anchor = align === 'right' ? lefts[index] + widths[index] - PAD_X : align === 'center' ? lefts[index] + widths[index] / 2 : lefts[index] + PAD_X;
      writer.drawLines(headerLines[index], anchor, writer.y + PAD_Y, headerStyles[index], align);
    });
    writer.y += headerHeight;
  };

  const drawGroup = (group: RowGroup) => {
    writer.fillRect(x, writer.y, width, GROUP_HEIGHT, tint(group.color, 0.12));
    writer.fillRect(x, writer.y, 1.6, GROUP_HEIGHT, group.color);
    writer.drawLines([group.label], x + 4, writer.y + (GROUP_HEIGHT - lineHeight(text.cellBold)) / 2, { ...text.cellBold, color: group.color });
    writer.y += GROUP_HEIGHT;
  };

  if (wholeHeight <= KEEP_TOGETHER_HEIGHT) writer.ensure(wholeHeight);
  let currentGroup: RowGroup | null = null;
  let stripe = 0;
  rows.forEach((row, rowIndex) => {
    const emphasised = options.emphasis?.(row) ?? false;
    const group = options.group?.(row) ?? null;
    const groupChanged = group !== null && group.key !== currentGroup?.key;
    const { cells, height } = layouts[rowIndex];
    const needed = height + (groupChanged ? GROUP_HEIGHT : 0);
    if (rowIndex === 0) {
      writer.ensure(headerHeight + needed);
      drawHeader();
    } else if (writer.y + needed > writer.bottom) {
      writer.addPage();
      drawHeader();
      // The group's band comes back on the new page, so no row is left without its category.
      if (group !== null && !groupChanged) drawGroup(group);
    }
    if (groupChanged) {
      drawGroup(group);
      currentGroup = group;
      stripe = 0;
    }
    const top = writer.y;
    if (emphasised) {
      writer.fillRect(x, top, width, height, colors.accentLight);
      writer.hairline(x, top, x + width, top, colors.accent, 0.35);
    } else if (stripe % 2 === 1) writer.fillRect(x, top, width, height, colors.zebra);
    stripe += 1;
    columns.forEach((column, index) => {
      const box = { x: lefts[index], y: top, width: widths[index], height };
      column.paint?.(writer, box, row);
      const align = column.align ?? 'left';
      const inset = column.inset ?? 0;
      const anchor =
        align === 'right' ? box.x + box.width - PAD_X : align === 'center' ? box.x + box.width / 2 : box.x + PAD_X + inset;
      writer.drawLines(cells[index].lines, anchor, top + PAD_Y, cells[index].style, align);
    });
    writer.hairline(x, top + height, x + width, top + height);
    writer.y = top + height;
  });
  writer.y += TABLE_GAP;
}

/** A header never breaks inside a word: its font shrinks until the longest word fits. */
function headerStyle(writer: ReportWriter, header: string, width: number): TextStyle {
  const longest = header.split(/\s+/).reduce((widest, word) => (word.length > widest.length ? word : widest), '');
  return shrinkToFit(writer, longest, width, text.header);
}

/** The style, made smaller until the one-line text fits the width (never below 5 pt). */
export function shrinkToFit(writer: ReportWriter, value: string, width: number, style: TextStyle): TextStyle {
  let size = style.size;
  while (size > 5 && writer.textWidth(value, { ...style, size }) > width) size -= 0.25;
  return { ...style, size };
}

/** Label–value pairs as a two-column table without header: the profile, a competitor, a persona. */
export function drawFacts(writer: ReportWriter, facts: [string, string][], options: { x?: number; width?: number; labelWeight?: number } = {}): void {
  const shown = facts.filter(([, value]) => value.trim() !== '');
  if (shown.length === 0) return;
  drawTable(
    writer,
    [
      { header: '', weight: options.labelWeight ?? 32, text: ([label]) => label, style: text.cellMuted },
      { header: '', weight: 100 - (options.labelWeight ?? 32), text: ([, value]) => value, style: { ...text.cell, size: 8.5 } },
    ],
    shown,
    { showHeader: false, x: options.x, width: options.width },
  );
}
