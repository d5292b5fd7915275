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
  /** Widths from the weights alone, not the content: label–value lists keep their labels' column. */
  fixedWidths?: boolean;
  /** The header row's band: the report's accent unless told (an action sheet takes its category's). */
  headerColor?: string;
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

/** The options of a table drawn without any: one object, so that its plan is found again. */
const noOptions = {};

/**
 * The last plan made for each list of rows, with what it was made from: a title asks for a table's
 * start height (startHeight), then the table is drawn from the same rows, and the layout is not
 * worked out twice unless the page or the room left changed in between.
 */
const lastPlans = new WeakMap<object, { columns: object; options: object; x: number; width: number; room: number; plan: TablePlan }>();

/** Column widths, wrapped header and cells, row heights: everything but the drawing. */
function planTable<Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row>): TablePlan {
  const x = options.x ?? writer.left;
  const width = options.width ?? writer.right - x;
  const room = writer.bottom - writer.top - writer.pendingHeight;
  const last = lastPlans.get(rows);
  if (last && last.columns === columns && last.options === options && last.x === x && last.width === width && last.room === room) return last.plan;
  const plan = layOutTable(writer, columns, rows, options, x, width);
  lastPlans.set(rows, { columns, options, x, width, room, plan });
  return plan;
}

function layOutTable<Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row>, x: number, width: number): TablePlan {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const weighted = columns.map((column) => (column.weight / totalWeight) * width);
  // Each cell's text worked out once: sizing the columns and wrapping the cells both read it.
  const values = rows.map((row) => columns.map((column) => column.text?.(row) ?? ''));
  const widths = options.fixedWidths ? weighted : fitToContent(writer, columns, rows, values, weighted, options.emphasis);
  const lefts = widths.map((_, index) => x + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const headerStyles = columns.map((column, index) => headerStyle(writer, column.header, widths[index] - 2 * PAD_X));
  const headerLines = columns.map((column, index) => writer.wrap(column.header, widths[index] - 2 * PAD_X, headerStyles[index]));
  const headerHeight =
    (options.showHeader ?? true) ? Math.max(...headerLines.map((lines) => lines.length)) * lineHeight(text.header) + 2 * PAD_Y : 0;
  const maxHeight = writer.bottom - writer.top - writer.pendingHeight - headerHeight - GROUP_HEIGHT - 2;

  const layoutRow = (row: Row, rowIndex: number) => {
    const emphasised = options.emphasis?.(row) ?? false;
    const cells = columns.map((column, index): CellLayout => {
      const base = column.styleOf?.(row) ?? column.style ?? text.cell;
      const style = emphasised ? { ...base, bold: true } : base;
      const value = values[rowIndex][index];
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
export const measureTable = <Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row> = noOptions): number =>
  planTable(writer, columns, rows, options).wholeHeight + TABLE_GAP;

/**
 * The room a table needs to start on this page: all of it when it is kept whole, else its header and
 * first row. A title placed above the table asks for this much more, so it never stays behind alone.
 */
export function startHeight<Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row> = noOptions): number {
  const { wholeHeight, headerHeight, layouts } = planTable(writer, columns, rows, options);
  return wholeHeight <= KEEP_TOGETHER_HEIGHT ? wholeHeight : headerHeight + (layouts[0]?.height ?? 0);
}

/**
 * A table that flows over pages: the header row is repeated on every page, a row is never cut in
 * two (it moves whole to the next page), the last row is never left alone on a page, and a row taller than a page loses its last lines to an
 * ellipsis rather than overflowing. A short table is kept whole on one page.
 */
export function drawTable<Row>(writer: ReportWriter, columns: Column<Row>[], rows: Row[], options: TableOptions<Row> = noOptions): void {
  const { x, width, widths, lefts, headerLines, headerStyles, headerHeight, layouts, wholeHeight } = planTable(writer, columns, rows, options);

  const drawHeader = () => {
    if (headerHeight === 0) return;
    writer.fillRect(x, writer.y, width, headerHeight, options.headerColor ?? colors.accent);
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
    // The last row never stands alone under a repeated header: it takes the one before with it.
    const withLast = rowIndex === rows.length - 2 ? needed + layouts[rowIndex + 1].height : needed;
    if (rowIndex === 0) {
      writer.ensure(headerHeight + needed);
      drawHeader();
    } else if (writer.y + withLast > writer.bottom) {
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

/** No column's longest word may claim more than this share of the table: such a word is cut instead. */
const MAX_CONTENT_SHARE = 0.4;
/** Month boxes and bars scale down: a painted column may give up a quarter of its width. */
const PAINT_MIN_SHARE = 0.75;

/**
 * Widths from the content, as a browser sizes a table: each column first gets its longest word (an
 * amount: its whole value), so that words are cut only when they alone are wider than any sensible
 * column; the rest of the width goes to the columns with more to say, in proportion to their weights
 * and to the text they still have to place, none beyond its longest line. Painted columns (month
 * boxes) get between three quarters of their weight's width and all of it. When even the longest
 * words do not fit, the weights are kept and words are cut.
 */
function fitToContent<Row>(
  writer: ReportWriter,
  columns: Column<Row>[],
  rows: Row[],
  values: string[][],
  widths: number[],
  emphasis?: (row: Row) => boolean,
): number[] {
  const total = widths.reduce((sum, width) => sum + width, 0);
  const pad = (column: Column<Row>) => 2 * PAD_X + (column.inset ?? 0) + 0.3;
  const mins: number[] = [];
  const prefs: number[] = [];
  columns.forEach((column, index) => {
    if (!column.text) {
      mins.push(widths[index] * PAINT_MIN_SHARE);
      prefs.push(widths[index]);
      return;
    }
    // The header's longest word counts for every column, an amount's too: a month with nothing typed
    // yet still shows its name whole.
    let headerWord = 0;
    for (const part of column.header.split(/\s+/)) headerWord = Math.max(headerWord, writer.textWidth(part, text.header));
    let word = headerWord;
    let line = 0;
    rows.forEach((row, rowIndex) => {
      const value = values[rowIndex][index];
      if (value === '') return;
      const base = column.styleOf?.(row) ?? column.style ?? text.cell;
      const style = emphasis?.(row) ? { ...base, bold: true } : base;
      for (const paragraph of value.split('\n')) {
        const paragraphWidth = writer.textWidth(paragraph, style);
        line = Math.max(line, paragraphWidth);
        // A line no wider than the widest word so far holds no wider word: no need to measure its words.
        if (!column.noWrap && paragraphWidth > word) for (const part of paragraph.split(' ')) word = Math.max(word, writer.textWidth(part, style));
      }
    });
    const min = Math.min((column.noWrap ? Math.max(line, headerWord) : word) + pad(column), total * MAX_CONTENT_SHARE);
    mins.push(min);
    prefs.push(Math.max(min, line + pad(column)));
  });
  const minSum = mins.reduce((sum, width) => sum + width, 0);
  if (minSum > total) return widths;
  const result = [...mins];
  let left = total - minSum;
  // Water-filling: share what is left by weight among the columns still short of their longest line.
  for (let round = 0; round < columns.length && left > 0.01; round++) {
    const growing = columns.map((_, index) => index).filter((index) => prefs[index] - result[index] > 0.01);
    if (growing.length === 0) break;
    // A column with more text still to place gets more: a long list of objectives before a name.
    const claim = (index: number) => columns[index].weight * (prefs[index] - result[index]);
    const claimSum = growing.reduce((sum, index) => sum + claim(index), 0);
    let given = 0;
    for (const index of growing) {
      const share = Math.min((left * claim(index)) / claimSum, prefs[index] - result[index]);
      result[index] += share;
      given += share;
    }
    left -= given;
  }
  // Room still left once every line fits: spread by weight over the text columns.
  if (left > 0.01) {
    const textColumns = columns.map((_, index) => index).filter((index) => columns[index].text);
    const weightSum = textColumns.reduce((sum, index) => sum + columns[index].weight, 0);
    if (weightSum > 0) for (const index of textColumns) result[index] += (left * columns[index].weight) / weightSum;
  }
  return result;
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
    { showHeader: false, x: options.x, width: options.width, fixedWidths: true },
  );
}
