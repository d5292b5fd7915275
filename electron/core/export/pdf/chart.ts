import { formatEuros, formatNumber } from '../../../../shared/money';
import type { Box } from './table';
import { colors, lineHeight, text, type TextStyle } from './theme';
import type { ReportWriter } from './writer';

/** Charts are drawn with plain rectangles and lines (vectors): sharp at any zoom, a few bytes each. */

const axisStyle: TextStyle = { ...text.small, size: 6.5 };
const valueStyle: TextStyle = { ...text.cellBold, size: 6.5 };

/** 1, 2, 2.5 or 5 times a power of ten: grid steps a reader takes in at a glance. */
export function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= raw) ?? 10;
  return factor * power;
}

/** A chart's legend, top right of its box: a swatch and its name for each series, in their order. */
export function drawLegend(writer: ReportWriter, box: Box, legend: readonly [label: string, color: string][], style: TextStyle): void {
  let x = box.x + box.width;
  for (const [label, color] of [...legend].reverse()) {
    x -= writer.textWidth(label, style);
    writer.drawLines([label], x, box.y, style);
    x -= 4.2;
    writer.fillRect(x, box.y + 0.9, 3, 3, color);
    x -= 5;
  }
}

/** Numbers on an axis as a French reader writes them: « 1 500 », « 2,5 ». */
export const axisNumber = (value: number): string => formatNumber(value, 2);

export interface ColumnChartOptions {
  /** One colour for every bar, or one per bar (categories). */
  color?: string | readonly string[];
  /** Each bar's amount, with its cents, printed above it. */
  valueLabels?: boolean;
}

/**
 * Vertical bars (amounts in cents), one per label: a light grid with whole-euro ticks on the left,
 * the labels below. The months of the budget and of the revenue forecast, the four quarters.
 */
export function drawColumnChart(writer: ReportWriter, box: Box, valuesCents: number[], labels: readonly string[], options: ColumnChartOptions = {}): void {
  const axisWidth = 17;
  const labelHeight = 5;
  const headroom = options.valueLabels ? lineHeight(valueStyle) + 1 : 0;
  const plot = { x: box.x + axisWidth, y: box.y + 2 + headroom, width: box.width - axisWidth, height: box.height - labelHeight - 2 - headroom };
  const max = Math.max(...valuesCents, 0);
  const step = max > 0 ? niceStep(max, 4) : 100;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const yOf = (value: number) => plot.y + plot.height - (value / top) * plot.height;

  for (let tick = 0; tick <= top + 0.5; tick += step) {
    const y = yOf(tick);
    writer.hairline(plot.x, y, plot.x + plot.width, y, tick === 0 ? colors.muted : colors.rule, tick === 0 ? 0.3 : 0.15);
    writer.drawLines([formatEuros(tick, { decimals: false })], plot.x - 1.5, y - lineHeight(text.small) / 2, axisStyle, 'right');
  }
  const slot = plot.width / valuesCents.length;
  const colorOf = (index: number) => (typeof options.color === 'string' ? options.color : (options.color?.[index] ?? colors.accent));
  valuesCents.forEach((value, index) => {
    const barWidth = Math.min(slot * 0.62, 22);
    const x = plot.x + index * slot + (slot - barWidth) / 2;
    if (value > 0) writer.fillRect(x, yOf(value), barWidth, plot.y + plot.height - yOf(value), colorOf(index));
    if (options.valueLabels) writer.drawLines([formatEuros(value)], x + barWidth / 2, yOf(value) - lineHeight(valueStyle) - 0.5, valueStyle, 'center');
    writer.drawLines([labels[index] ?? ''], plot.x + index * slot + slot / 2, plot.y + plot.height + 1, axisStyle, 'center');
  });
}

/** Twelve months of amounts in cents: the budget's spending, the revenue forecast. */
export const drawMonthlyBars = (writer: ReportWriter, box: Box, valuesCents: number[], labels: readonly string[], color: string = colors.accent): void =>
  drawColumnChart(writer, box, valuesCents, labels, { color });

export interface BarRow {
  label: string;
  cents: number;
  color: string;
}

export const BAR_ROW_HEIGHT = 7;

/**
 * Horizontal bars, one row each: the label on the left, the bar in the row's colour, its amount
 * just after the bar's end, beside it and never over it. Height: rows × BAR_ROW_HEIGHT.
 */
export function drawHorizontalBars(writer: ReportWriter, box: Box, rows: BarRow[]): void {
  const labelStyle: TextStyle = { ...text.cell, size: 7.5 };
  const labelWidth = Math.min(box.width * 0.42, Math.max(...rows.map((row) => writer.textWidth(row.label, labelStyle))) + 3);
  const amountWidth = Math.max(...rows.map((row) => writer.textWidth(formatEuros(row.cents), valueStyle))) + 2;
  const barRoom = box.width - labelWidth - amountWidth;
  const largest = Math.max(...rows.map((row) => row.cents), 1);
  rows.forEach((row, index) => {
    const top = box.y + index * BAR_ROW_HEIGHT;
    const middle = top + BAR_ROW_HEIGHT / 2;
    // A long category name takes two lines rather than losing its end.
    const label = writer.wrapAtMost(row.label, labelWidth - 2, labelStyle, 2);
    writer.drawLines(label, box.x, middle - (label.length * lineHeight(labelStyle)) / 2, labelStyle);
    const length = row.cents > 0 ? Math.max(0.6, (barRoom * row.cents) / largest) : 0;
    if (length > 0) writer.fillRect(box.x + labelWidth, middle - 1.6, length, 3.2, row.color);
    writer.drawLines([formatEuros(row.cents)], box.x + labelWidth + length + 1.5, middle - lineHeight(valueStyle) / 2, valueStyle);
  });
}

export interface TargetChart {
  title: string;
  /** The actual of each month, null where none was typed. */
  actuals: (number | null)[];
  target: number;
  baseline: number | null;
  color: string;
  targetLabel: string;
}

/**
 * One indicator: its monthly actuals as bars, its target as a line across them (and the starting
 * point, when there is one, as a thin grey line), so a reader sees how far each month came.
 */
export function drawTargetChart(writer: ReportWriter, box: Box, chart: TargetChart, monthNames: readonly string[]): void {
  const titleStyle: TextStyle = { ...text.cellBold, size: 7.5 };
  const title = writer.wrapAtMost(chart.title, box.width, titleStyle, 2);
  writer.drawLines(title, box.x, box.y, titleStyle);
  const titleHeight = 2 * lineHeight(titleStyle) + 1;
  const axisWidth = 11;
  const plot = { x: box.x + axisWidth, y: box.y + titleHeight + 2, width: box.width - axisWidth - 1, height: box.height - titleHeight - 2 - 5 };
  const values = [chart.target, ...(chart.baseline === null ? [] : [chart.baseline]), ...chart.actuals.filter((value): value is number => value !== null)];
  const max = Math.max(...values, 0);
  const step = max > 0 ? niceStep(max, 3) : 1;
  const top = Math.max(step, Math.ceil((max * 1.05) / step) * step);
  const yOf = (value: number) => plot.y + plot.height - (Math.max(0, value) / top) * plot.height;
  for (let tick = 0; tick <= top + step / 1000; tick += step) {
    const y = yOf(tick);
    writer.hairline(plot.x, y, plot.x + plot.width, y, tick === 0 ? colors.muted : colors.rule, tick === 0 ? 0.3 : 0.15);
    writer.drawLines([axisNumber(tick)], plot.x - 1.2, y - lineHeight(text.small) / 2, { ...axisStyle, size: 6 }, 'right');
  }
  const slot = plot.width / 12;
  chart.actuals.forEach((value, index) => {
    const x = plot.x + index * slot + slot * 0.18;
    if (value !== null && value > 0) writer.fillRect(x, yOf(value), slot * 0.64, plot.y + plot.height - yOf(value), chart.color);
    const initial = (monthNames[index] ?? '').charAt(0).toUpperCase();
    writer.drawLines([initial], plot.x + index * slot + slot / 2, plot.y + plot.height + 0.8, { ...axisStyle, size: 5.5 }, 'center');
  });
  if (chart.baseline !== null) writer.hairline(plot.x, yOf(chart.baseline), plot.x + plot.width, yOf(chart.baseline), colors.muted, 0.3);
  const targetY = yOf(chart.target);
  writer.hairline(plot.x, targetY, plot.x + plot.width, targetY, colors.positive, 0.6);
  const labelStyle: TextStyle = { ...valueStyle, size: 6, color: colors.positive };
  writer.drawLines([chart.targetLabel], plot.x + plot.width, targetY - lineHeight(labelStyle) - 0.3, labelStyle, 'right');
}
