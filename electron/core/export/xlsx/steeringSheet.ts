import type ExcelJS from 'exceljs';
import { categoryColors } from '../../../../shared/categories';
import type { Monthly } from '../../../../shared/compute/budget';
import { formatLongDate } from '../../../../shared/dates';
import { address } from './budgetFormulas';
import { euros, fillSolid, font, setCell, styleBody, styleCategory, styleSectionTitle, styleTotal, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeHeaderRow } from './sheet';

/**
 * Where everything sits on the « Pilotage » sheet. Columns: A action, B category, C–N the actual
 * spend of January to December (typed in), O the year's spend, P the year's planned, Q the variance,
 * R the variance as a share of the planned. Row 1 is the header; below the actions and their total,
 * the whole plan by month: planned, spent, variance, in the same month columns.
 */
const monthColumn = (month: number): number => 2 + month;
const spentColumn = monthColumn(12) + 1;
const plannedColumn = spentColumn + 1;
const varianceColumn = plannedColumn + 1;
const shareColumn = varianceColumn + 1;
/** Once revised: the year's budget before the first revision, beside the rest. */
const initialColumn = shareColumn + 1;
/** In the table by month: the year under « Dépensé (année) », the figures at the date beside it. */
const yearColumn = spentColumn;
const toDateColumn = plannedColumn;

const months = Array.from({ length: 12 }, (_, index) => index + 1);
/** The cells one types in, as on the budget sheet; the computed ones in light grey. */
const inputFill = '#FFF4CC';
const computedFill = '#F2F4F7';

const sumOf = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const range = (fromColumn: number, toColumn: number, row: number) => `${address(fromColumn, row)}:${address(toColumn, row)}`;
/** The variance over the planned: empty when nothing was planned, as the formula gives. */
const shareResult = (varianceCents: number, plannedCents: number): number | string => (plannedCents === 0 ? '' : varianceCents / plannedCents);
const shareFormula = (variance: string, planned: string): string => `IF(${planned}=0,"",${variance}/${planned})`;

interface LineRow {
  title: string;
  category: string;
  color: string | null;
  /** The actual spend of each month as typed, null where nothing was; null for a line without actuals (a commission). */
  actualCents: (number | null)[] | null;
  plannedYearCents: number;
  /** The line's budget before the first revision; null while the plan has not been revised. */
  initialYearCents: number | null;
}

/** The four computed cells at the end of a line: spent and planned for the year, the variance and its share. */
function writeYearCells(row: ExcelJS.Row, context: XlsxContext, spent: CellInput, spentCents: number, planned: CellInput, plannedCents: number): void {
  const { formats } = context;
  const n = row.number;
  const cells: [number, CellInput, string][] = [
    [spentColumn, spent, formats.euros],
    [plannedColumn, planned, formats.euros],
    [varianceColumn, { formula: `${address(spentColumn, n)}-${address(plannedColumn, n)}`, result: euros(spentCents - plannedCents) }, formats.euros],
    [shareColumn, { formula: shareFormula(address(varianceColumn, n), address(plannedColumn, n)), result: shareResult(spentCents - plannedCents, plannedCents) }, formats.percent],
  ];
  for (const [column, value, numFmt] of cells) {
    const cell = row.getCell(column);
    setCell(cell, value, numFmt);
    styleBody(cell, false);
    if (column !== plannedColumn) fillSolid(cell, computedFill);
  }
}

function writeLine(sheet: ExcelJS.Worksheet, context: XlsxContext, rowNumber: number, line: LineRow): void {
  const row = sheet.getRow(rowNumber);
  [line.title, line.category].forEach((value, index) => {
    const cell = row.getCell(index + 1);
    setCell(cell, value);
    styleBody(cell, true);
  });
  if (line.color) styleCategory(row.getCell(2), line.color);
  for (const month of months) {
    const cell = row.getCell(monthColumn(month));
    const cents = line.actualCents?.[month - 1] ?? null;
    setCell(cell, cents === null ? null : euros(cents), context.formats.euros);
    styleBody(cell, false);
    fillSolid(cell, line.actualCents === null ? computedFill : inputFill);
  }
  const spentCents = sumOf((line.actualCents ?? []).map((cents) => cents ?? 0));
  const spent = { formula: `SUM(${range(monthColumn(1), monthColumn(12), rowNumber)})`, result: euros(spentCents) };
  writeYearCells(row, context, spent, spentCents, euros(line.plannedYearCents), line.plannedYearCents);
  row.getCell(spentColumn).font = font({ bold: true });
  if (line.initialYearCents !== null) {
    const cell = row.getCell(initialColumn);
    setCell(cell, euros(line.initialYearCents), context.formats.euros);
    styleBody(cell, false);
  }
}

/** The actions' rows, then a row per channel commission (planned in the budget, nothing to type). */
function lines(context: XlsxContext): LineRow[] {
  const { t, plan, report, budget } = context;
  const channels = new Map(plan.channels.map((channel) => [channel.id, channel]));
  const initial = report.steering.initial;
  // A line added since the revision had no budget then: 0.
  const initialOf = (found: { yearCents: number } | undefined) => (initial ? (found?.yearCents ?? 0) : null);
  return [
    ...report.steering.byAction.map((line, index) => ({
      title: line.title,
      category: t(`actionPlan.categories.${line.category}`),
      color: categoryColors[line.category],
      actualCents: plan.actions[index].actualSpendCents,
      plannedYearCents: line.plannedYearCents,
      initialYearCents: initialOf(initial?.byAction.find((frozen) => frozen.actionId === line.actionId)),
    })),
    ...budget.byChannel.map((commission) => ({
      title: t('budget.commission', { channel: channels.get(commission.channelId)?.name.trim() || '…' }),
      category: t('steps.names.distribution'),
      color: null,
      actualCents: null,
      plannedYearCents: commission.totalCents,
      initialYearCents: initialOf(initial?.byChannel.find((frozen) => frozen.channelId === commission.channelId)),
    })),
  ];
}

/** SUMs of every figure column over the lines, cached with the report's totals. */
function writeTotal(sheet: ExcelJS.Worksheet, context: XlsxContext, rowNumber: number, lineCount: number, initialCents: number | null): void {
  const { t, formats, report } = context;
  const { total } = report.steering;
  const row = sheet.getRow(rowNumber);
  setCell(row.getCell(1), t('pilotage.total'));
  const sum = (column: number, result: number): CellInput =>
    lineCount === 0 ? result : { formula: `SUM(${address(column, 2)}:${address(column, rowNumber - 1)})`, result };
  for (const month of months) setCell(row.getCell(monthColumn(month)), sum(monthColumn(month), euros(total.actualMonthsCents[month - 1])), formats.euros);
  const spentCents = sumOf(total.actualMonthsCents);
  writeYearCells(row, context, sum(spentColumn, euros(spentCents)), spentCents, sum(plannedColumn, euros(total.plannedYearCents)), total.plannedYearCents);
  if (initialCents !== null) setCell(row.getCell(initialColumn), sum(initialColumn, euros(initialCents)), formats.euros);
  for (let column = 1; column <= (initialCents === null ? shareColumn : initialColumn); column++) styleTotal(row.getCell(column));
}

/**
 * The whole plan by month: the planned from the budget, the spent from the total row above (so it
 * follows what is typed), their variance and its share; the year, and the figures at the « Date du
 * point » as the app shows them.
 */
function writeByMonth(sheet: ExcelJS.Worksheet, context: XlsxContext, firstRow: number, totalRow: number): number {
  const { t, formats, report } = context;
  const { total, monthsToDate, asOf } = report.steering;
  const title = sheet.getRow(firstRow).getCell(1);
  setCell(title, t('pilotage.byMonthTitle'));
  styleSectionTitle(title);
  const asOfCell = sheet.getRow(firstRow + 1).getCell(1);
  setCell(asOfCell, t('pilotage.asOfShown', { date: formatLongDate(asOf, context.options.language), months: monthsToDate }));
  asOfCell.font = font({ italic: true, color: { argb: 'FF555555' } });
  const headerRow = firstRow + 2;
  writeHeaderRow(sheet, headerRow, ['', '', ...context.monthNames, t('budget.year'), t('pilotage.xlsx.toDate')]);
  const [plannedRow, spentRow, varianceRow, shareRow] = [headerRow + 1, headerRow + 2, headerRow + 3, headerRow + 4];
  const spentYearCents = sumOf(total.actualMonthsCents);
  // What each row holds, month by month, for the year and to date.
  const figures = (monthly: Monthly, toDate: number, year: number) => ({ monthly, toDate, year });
  const planned = figures(total.plannedMonthsCents, total.plannedToDateCents, total.plannedYearCents);
  const spent = figures(total.actualMonthsCents, total.actualToDateCents, spentYearCents);
  const sums = (row: number, values: { monthly: Monthly; toDate: number; year: number }, month: (index: number) => CellInput): CellInput[] => [
    ...months.map((index) => month(index)),
    { formula: `SUM(${range(monthColumn(1), monthColumn(12), row)})`, result: euros(values.year) },
    monthsToDate === 0 ? 0 : { formula: `SUM(${range(monthColumn(1), monthColumn(monthsToDate), row)})`, result: euros(values.toDate) },
  ];
  const columns = [...months.map(monthColumn), yearColumn, toDateColumn];
  const difference = (column: number, cents: number): CellInput => ({ formula: `${address(column, spentRow)}-${address(column, plannedRow)}`, result: euros(cents) });
  const shareOf = (column: number, result: number | string): CellInput => ({ formula: shareFormula(address(column, varianceRow), address(column, plannedRow)), result });
  const monthVariance = (index: number) => total.actualMonthsCents[index - 1] - total.plannedMonthsCents[index - 1];
  const rows: [number, string, CellInput[], string][] = [
    [plannedRow, t('pilotage.xlsx.planned'), sums(plannedRow, planned, (index) => euros(total.plannedMonthsCents[index - 1])), formats.euros],
    [
      spentRow,
      t('pilotage.xlsx.spent'),
      sums(spentRow, spent, (index) => ({ formula: address(monthColumn(index), totalRow), result: euros(total.actualMonthsCents[index - 1]) })),
      formats.euros,
    ],
    [
      varianceRow,
      t('pilotage.variance'),
      [
        ...months.map((index) => difference(monthColumn(index), monthVariance(index))),
        difference(yearColumn, spentYearCents - total.plannedYearCents),
        difference(toDateColumn, total.varianceCents),
      ],
      formats.euros,
    ],
    [
      shareRow,
      t('pilotage.variancePercent'),
      // Months not yet gone by would all read −100 %: the share is given for the year and to date only.
      [
        ...months.map(() => null),
        shareOf(yearColumn, shareResult(spentYearCents - total.plannedYearCents, total.plannedYearCents)),
        // The exact quotient, as the formula gives it: shown at two decimals, it is the app's rate.
        shareOf(toDateColumn, shareResult(total.varianceCents, total.plannedToDateCents)),
      ],
      formats.percent,
    ],
  ];
  for (const [rowNumber, label, values, numFmt] of rows) {
    const row = sheet.getRow(rowNumber);
    setCell(row.getCell(1), label);
    row.getCell(1).font = font({ bold: true });
    styleBody(row.getCell(1), false);
    styleBody(row.getCell(2), false);
    values.forEach((value, index) => {
      const cell = row.getCell(columns[index]);
      setCell(cell, value, numFmt);
      styleBody(cell, false);
      if (columns[index] === toDateColumn) cell.font = font({ bold: true });
    });
  }
  return shareRow + 1;
}

/**
 * « Pilotage »: the actual spend of each action by month, to type in over the year, its total
 * against the year's planned; then the whole plan by month. Every formula carries the app's figure.
 */
export function addSteeringSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t } = context;
  const sheet = addSheet(workbook, context, 'pilotage', {
    widths: [34, 22, ...months.map(() => 11), 14, 14, 13, 10, 14],
    frozenRows: 1,
    frozenColumns: 1,
  });
  writeHeaderRow(sheet, 1, [
    t('pilotage.action'),
    t('pilotage.category'),
    ...context.monthNames,
    t('pilotage.xlsx.spentYear'),
    t('pilotage.xlsx.plannedYear'),
    t('pilotage.variance'),
    t('pilotage.variancePercent'),
    ...(context.report.steering.initial ? [t('pilotage.initialYear')] : []),
  ]);
  const all = lines(context);
  all.forEach((line, index) => writeLine(sheet, context, 2 + index, line));
  const totalRow = 2 + all.length;
  writeTotal(sheet, context, totalRow, all.length, context.report.steering.initial ? sumOf(all.map((line) => line.initialYearCents ?? 0)) : null);
  const after = writeByMonth(sheet, context, totalRow + 2, totalRow);
  const notes = [t('pilotage.xlsx.typeHere'), t('pilotage.xlsx.varianceHelp'), ...(context.budget.byChannel.length > 0 ? [t('pilotage.commissionsNote')] : [])];
  notes.forEach((note, index) => {
    const cell = sheet.getRow(after + 1 + index).getCell(1);
    setCell(cell, note);
    cell.font = font({ italic: true, color: { argb: 'FF555555' } });
  });
}
