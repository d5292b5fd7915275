import type ExcelJS from 'exceljs';
import { monthsOf, quarterTotals, type Monthly } from '../../../../shared/compute/budget';
import { computeYearlyForecast } from '../../../../shared/compute/revenue';
import { categoryColors } from '../../../../shared/categories';
import { formatPercent } from '../../../../shared/money';
import {
  budgetHeaderRow,
  monthColumn,
  quarterColumn,
  revenueRow,
  yearColumn,
  type HoursRow,
  type MoneyRow,
} from './budgetLayout';
import {
  columnTotalFormula,
  commissionFormula,
  percentOfRevenueFormula,
  quarterFormula,
  shareOfRevenueFormula,
  yearFormula,
} from './budgetFormulas';
import { euros, fillSolid, font, hours, ratio, setCell, styleBody, styleCategory, styleSectionTitle, styleTotal, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeHeaderRow } from './sheet';

const months = Array.from({ length: 12 }, (_, index) => index + 1);
const quarters = [1, 2, 3, 4];
const inputFill = '#FFF4CC';
/** Quarters and years are computed: a light grey sets them apart from the months one types in. */
const computedFill = '#F2F4F7';

/** The four describing cells of a row (action, category, line, kind). */
function describe(row: ExcelJS.Row, texts: [string, string, string, string], categoryColor: string | null): void {
  texts.forEach((text, index) => {
    const cell = row.getCell(index + 1);
    setCell(cell, text);
    styleBody(cell, true);
  });
  if (categoryColor) styleCategory(row.getCell(2), categoryColor);
}

/**
 * Month cells as given, each quarter the SUM of its months, the year the SUM of the quarters;
 * every formula carries the value the app computed, for viewers that do not recalculate.
 */
function writeFigures(row: ExcelJS.Row, monthCells: (month: number) => CellInput, monthly: Monthly, total: number, convert: (value: number) => number, numFmt: string): void {
  for (const month of months) {
    const cell = row.getCell(monthColumn(month));
    setCell(cell, monthCells(month), numFmt);
    styleBody(cell, false);
  }
  quarterTotals(monthly).forEach((value, index) => {
    const cell = row.getCell(quarterColumn(index + 1));
    setCell(cell, { formula: quarterFormula(row.number, index + 1), result: convert(value) }, numFmt);
    styleBody(cell, false);
    fillSolid(cell, computedFill);
  });
  const year = row.getCell(yearColumn);
  setCell(year, { formula: yearFormula(row.number), result: convert(total) }, numFmt);
  styleBody(year, false);
  fillSolid(year, computedFill);
  year.font = font({ bold: true });
}

function writeRevenue(sheet: ExcelJS.Worksheet, context: XlsxContext): void {
  const { plan, t, formats } = context;
  const forecast = plan.company.revenueForecastCents;
  const row = sheet.getRow(revenueRow);
  describe(row, [t('company.forecastTitle'), '', '', ''], null);
  row.getCell(1).font = font({ bold: true });
  row.getCell(1).note = t('xlsx.budget.revenueNote');
  const known = forecast.map((value) => value ?? 0);
  writeFigures(row, (month) => (forecast[month - 1] === null ? null : euros(known[month - 1])), known, computeYearlyForecast(plan.company), euros, formats.euros);
  for (const month of months) fillSolid(row.getCell(monthColumn(month)), inputFill);
}

function writeMoneyRow(sheet: ExcelJS.Worksheet, context: XlsxContext, money: MoneyRow): void {
  const { t, formats } = context;
  const row = sheet.getRow(money.row);
  if (money.source === 'commission') {
    const { channel } = money;
    describe(row, [
      t('budget.commission', { channel: channel.name.trim() || '…' }),
      t('steps.names.distribution'),
      t(`distribution.channel.kinds.${channel.kind}`),
      t('xlsx.budget.commissionOf', { commission: formatPercent(channel.commissionBasisPoints), share: formatPercent(channel.revenueShareBasisPoints) }),
    ], null);
    const formula = (month: number) => ({
      formula: commissionFormula(month, channel.revenueShareBasisPoints, channel.commissionBasisPoints),
      result: euros(money.monthsCents[month - 1]),
    });
    writeFigures(row, formula, money.monthsCents, money.yearCents, euros, formats.euros);
    return;
  }
  const { summary, line, monthsCents, yearCents } = money;
  const kind = line.kind === 'fixed' ? t('promotion.costs.kinds.fixed') : t('xlsx.budget.costOf', { rate: formatPercent(line.rateBasisPoints) });
  describe(row, [summary.action.title, t(`actionPlan.categories.${summary.category}`), line.label, kind], categoryColors[summary.category]);
  // Months outside the line's period stay empty rather than showing zeros.
  const periodMonths = monthsOf(line.period, summary.action.activeMonths);
  const inPeriod = new Set(periodMonths);
  const cell = (month: number): CellInput => {
    if (!inPeriod.has(month)) return null;
    if (line.kind === 'fixed') return euros(monthsCents[month - 1]);
    return { formula: percentOfRevenueFormula(month, line.rateBasisPoints, periodMonths), result: euros(monthsCents[month - 1]) };
  };
  writeFigures(row, cell, monthsCents, yearCents, euros, formats.euros);
}

function writeHoursRow(sheet: ExcelJS.Worksheet, context: XlsxContext, entry: HoursRow): void {
  const { t, formats } = context;
  const row = sheet.getRow(entry.row);
  const per = t(`promotion.costs.perOptions.${entry.line.per}`);
  describe(row, [entry.summary.action.title, t(`actionPlan.categories.${entry.summary.category}`), entry.line.label, `${t('promotion.costs.kinds.internalHours')} (${per})`], categoryColors[entry.summary.category]);
  const inPeriod = new Set(monthsOf(entry.line.period, entry.summary.action.activeMonths));
  writeFigures(row, (month) => (inPeriod.has(month) ? hours(entry.monthsMinutes[month - 1]) : null), entry.monthsMinutes, entry.yearMinutes, hours, formats.hours);
}

/** A bold row of SUMs over every figure column, cached with the app's totals. */
function writeTotalRow(sheet: ExcelJS.Worksheet, rowNumber: number, label: string, rows: number[], monthly: Monthly, total: number, convert: (value: number) => number, numFmt: string): void {
  const row = sheet.getRow(rowNumber);
  setCell(row.getCell(1), label);
  const values: [number, number][] = [
    ...months.map((month): [number, number] => [monthColumn(month), monthly[month - 1]]),
    ...quarterTotals(monthly).map((value, index): [number, number] => [quarterColumn(index + 1), value]),
    [yearColumn, total],
  ];
  for (const [column, value] of values) {
    const result = convert(value);
    const input: CellInput = rows.length === 0 ? result : { formula: columnTotalFormula(column, Math.min(...rows), Math.max(...rows)), result };
    setCell(row.getCell(column), input, numFmt);
  }
  for (let column = 1; column <= yearColumn; column++) styleTotal(row.getCell(column));
}

/**
 * The budget as a live spreadsheet: the forecast revenue is the input, "% of revenue" costs and
 * commissions are formulas on it, quarters and years are SUMs; internal hours come apart, below.
 */
export function addBudgetSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, budget, formats, budgetLayout: layout } = context;
  const sheet = addSheet(workbook, context, 'budget', {
    widths: [26, 16, 16, 18, ...months.map(() => 11), ...quarters.map(() => 12), 13],
    frozenRows: revenueRow,
    frozenColumns: 1,
  });
  writeHeaderRow(sheet, budgetHeaderRow, [
    t('budget.action'),
    t('summary.category'),
    t('promotion.costs.label'),
    t('promotion.costs.kind'),
    ...context.monthNames,
    ...quarters.map((quarter) => t('budget.quarterShort', { quarter })),
    t('budget.year'),
  ]);
  writeRevenue(sheet, context);

  for (const money of layout.moneyRows) writeMoneyRow(sheet, context, money);
  writeTotalRow(sheet, layout.moneyTotalRow, t('budget.total'), layout.moneyRows.map((money) => money.row), budget.monthsCents, budget.yearCents, euros, formats.euros);

  const share = sheet.getRow(layout.shareRow);
  setCell(share.getCell(1), t('budget.shareOfRevenue'));
  share.getCell(1).font = font({ bold: true });
  const shareResult = budget.shareOfRevenueBasisPoints === null ? '' : ratio(budget.shareOfRevenueBasisPoints);
  setCell(share.getCell(yearColumn), { formula: shareOfRevenueFormula(layout.moneyTotalRow), result: shareResult }, formats.percent);
  share.getCell(yearColumn).font = font({ bold: true });

  const title = sheet.getRow(layout.hoursTitleRow).getCell(1);
  setCell(title, t('xlsx.budget.hoursTitle'));
  styleSectionTitle(title);
  for (const entry of layout.hoursRows) writeHoursRow(sheet, context, entry);
  writeTotalRow(sheet, layout.hoursTotalRow, t('xlsx.budget.hoursTotal'), layout.hoursRows.map((entry) => entry.row), budget.monthsMinutes, budget.yearMinutes, hours, formats.hours);

  const note = sheet.getRow(layout.noteRow).getCell(1);
  setCell(note, t('xlsx.budget.revenueNote'));
  note.font = font({ italic: true, color: { argb: 'FF555555' } });
}
