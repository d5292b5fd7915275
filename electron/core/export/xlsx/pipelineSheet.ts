import type ExcelJS from 'exceljs';
import { STAGE_PROBABILITY_BASIS_POINTS } from '../../../../shared/compute/pipeline';
import type { Plan } from '../../../../shared/plan';
import { address, columnLetter } from './budgetFormulas';
import { euros, fillSolid, font, ratio, setCell, styleBody, styleSectionTitle, styleTotal, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeHeaderRow } from './sheet';

/**
 * Where everything sits on the « Pipeline » sheet. One row per deal from row 2, in the report's order
 * (account by account, so each account's deals are a run of rows the accounts sheet adds up):
 * A account, B deal, C closing month, D quarter, E stage, F amount, G probability, H weighted.
 * Below: the total, then the quarters and the stages, each figure a formula over the deals' rows.
 */
export const FIRST_LINE_ROW = 2;
const column = { account: 1, title: 2, month: 3, quarter: 4, stage: 5, amount: 6, probability: 7, weighted: 8 } as const;
export const WEIGHTED_COLUMN = column.weighted;

/** The cells one types in, as on the budget sheet; the computed ones in light grey. */
const inputFill = '#FFF4CC';
const computedFill = '#F2F4F7';

const sumOf = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The rows of the account's deals on the « Pipeline » sheet; null when it has none. */
export function dealRowsOf(plan: Pick<Plan, 'accounts'>, accountIndex: number): [first: number, last: number] | null {
  const count = plan.accounts[accountIndex].opportunities.length;
  if (count === 0) return null;
  const first = FIRST_LINE_ROW + sumOf(plan.accounts.slice(0, accountIndex).map((account) => account.opportunities.length));
  return [first, first + count - 1];
}

/** « T3 » in French, "Q3" in English, from the quarter's number (so SUMIF can match it). */
const quarterFormat = (context: XlsxContext): string => `"${context.t('accountsExports.xlsx.quarterPrefix')}"0`;

interface Ranges {
  /** The deals' rows, absolute, for the SUMIFs: "$D$2:$D$13". */
  of(columnNumber: number): string;
  count: number;
}

function rangesOf(lineCount: number): Ranges {
  const last = FIRST_LINE_ROW + lineCount - 1;
  const absolute = (columnNumber: number, row: number) => `$${columnLetter(columnNumber)}$${row}`;
  return { of: (columnNumber) => `${absolute(columnNumber, FIRST_LINE_ROW)}:${absolute(columnNumber, last)}`, count: lineCount };
}

function writeCells(row: ExcelJS.Row, cells: [number, CellInput, string | undefined, string | null][]): void {
  for (const [columnNumber, value, numFmt, fill] of cells) {
    const cell = row.getCell(columnNumber);
    setCell(cell, value, numFmt);
    styleBody(cell, typeof value === 'string');
    if (fill) fillSolid(cell, fill);
  }
}

/** One row per deal: what was typed in the app, then its quarter and weighted amount as formulas. */
function writeDeals(sheet: ExcelJS.Worksheet, context: XlsxContext): void {
  const { t, formats, report } = context;
  report.pipeline.lines.forEach((line, index) => {
    const n = FIRST_LINE_ROW + index;
    const { opportunity } = line;
    writeCells(sheet.getRow(n), [
      [column.account, line.company, undefined, null],
      [column.title, opportunity.title, undefined, null],
      [column.month, opportunity.closingMonth, '0', inputFill],
      [column.quarter, { formula: `ROUNDUP(${address(column.month, n)}/3,0)`, result: line.quarter + 1 }, quarterFormat(context), computedFill],
      [column.stage, t(`accountTerms.stages.${opportunity.stage}`), undefined, null],
      [column.amount, euros(opportunity.amountCents), formats.euros, inputFill],
      [column.probability, ratio(line.probabilityBasisPoints), formats.percent, inputFill],
      // Rounded to the cent once per deal, as the app does: the totals add up these rounded amounts.
      [column.weighted, { formula: `ROUND(${address(column.amount, n)}*${address(column.probability, n)},2)`, result: euros(line.weightedCents) }, formats.euros, computedFill],
    ]);
  });
}

function writeTitle(sheet: ExcelJS.Worksheet, rowNumber: number, title: string): void {
  const cell = sheet.getCell(rowNumber, 1);
  setCell(cell, title);
  styleSectionTitle(cell);
}

/** SUM of a column over the rows above, or the figure itself when there are no rows to add. */
const sumFormula = (columnNumber: number, first: number, last: number, result: number): CellInput =>
  last < first ? result : { formula: `SUM(${address(columnNumber, first)}:${address(columnNumber, last)})`, result };

function writeTotalRow(sheet: ExcelJS.Worksheet, context: XlsxContext, rowNumber: number, lastColumn: number, cells: [number, CellInput][]): void {
  const row = sheet.getRow(rowNumber);
  setCell(row.getCell(1), context.t('accountsExports.labels.total'));
  for (const [columnNumber, value] of cells) setCell(row.getCell(columnNumber), value, context.formats.euros);
  for (let columnNumber = 1; columnNumber <= lastColumn; columnNumber++) styleTotal(row.getCell(columnNumber));
}

/** The four quarters: the weighted deals (SUMIF on the quarter), the target typed, the shortfall, the forecast. */
function writeQuarters(sheet: ExcelJS.Worksheet, context: XlsxContext, firstRow: number, ranges: Ranges): number {
  const { t, formats, report } = context;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  writeTitle(sheet, firstRow, t('accountsExports.xlsx.byQuarterTitle'));
  const headerRow = firstRow + 1;
  writeHeaderRow(sheet, headerRow, [label('quarter'), label('weighted'), label('target'), label('shortfall'), label('forecast')]);
  const { quarters } = report.pipeline;
  quarters.forEach((quarter, index) => {
    const n = headerRow + 1 + index;
    const weighted: CellInput =
      ranges.count === 0
        ? euros(quarter.weightedCents)
        : { formula: `SUMIF(${ranges.of(column.quarter)},${address(1, n)},${ranges.of(column.weighted)})`, result: euros(quarter.weightedCents) };
    const target = address(3, n);
    // What the pipeline lacks to reach the target, never below zero; empty without a target.
    const shortfall: CellInput = {
      formula: `IF(${target}="","",MAX(0,ROUND(${target}-${address(2, n)},2)))`,
      result: quarter.shortfallCents === null ? '' : euros(quarter.shortfallCents),
    };
    writeCells(sheet.getRow(n), [
      [1, quarter.quarter + 1, quarterFormat(context), null],
      [2, weighted, formats.euros, computedFill],
      [3, quarter.targetCents === null ? null : euros(quarter.targetCents), formats.euros, inputFill],
      [4, shortfall, formats.euros, computedFill],
      [5, quarter.forecastCents === null ? null : euros(quarter.forecastCents), formats.euros, null],
    ]);
    sheet.getRow(n).getCell(1).font = font({ bold: true });
  });
  const [first, last] = [headerRow + 1, headerRow + quarters.length];
  const { year } = context.report.pipeline;
  const totalOf = (cents: number | null) => euros(cents ?? 0);
  writeTotalRow(sheet, context, last + 1, 5, [
    [2, sumFormula(2, first, last, euros(report.pipeline.weightedCents))],
    [3, sumFormula(3, first, last, totalOf(year.targetCents))],
    [4, sumFormula(4, first, last, totalOf(year.shortfallCents))],
    [5, sumFormula(5, first, last, totalOf(year.forecastCents))],
  ]);
  return last + 2;
}

/** Every stage with its usual probability, its deals counted and added up (COUNTIF and SUMIF on the stage). */
function writeStages(sheet: ExcelJS.Worksheet, context: XlsxContext, firstRow: number, ranges: Ranges): number {
  const { t, formats, report } = context;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  writeTitle(sheet, firstRow, t('accountsExports.xlsx.byStageTitle'));
  const headerRow = firstRow + 1;
  writeHeaderRow(sheet, headerRow, [label('stage'), t('accountsExports.xlsx.usualProbability'), label('count'), label('amount'), label('weighted')]);
  const { byStage } = report.pipeline;
  byStage.forEach((stage, index) => {
    const n = headerRow + 1 + index;
    const ifStage = (fn: 'COUNTIF' | 'SUMIF', sumColumn: number | null, result: number): CellInput =>
      ranges.count === 0
        ? result
        : { formula: `${fn}(${ranges.of(column.stage)},${address(1, n)}${sumColumn === null ? '' : `,${ranges.of(sumColumn)}`})`, result };
    writeCells(sheet.getRow(n), [
      [1, t(`accountTerms.stages.${stage.stage}`), undefined, null],
      [2, ratio(STAGE_PROBABILITY_BASIS_POINTS[stage.stage]), formats.percent, null],
      [3, ifStage('COUNTIF', null, stage.count), formats.integer, computedFill],
      [4, ifStage('SUMIF', column.amount, euros(stage.amountCents)), formats.euros, computedFill],
      [5, ifStage('SUMIF', column.weighted, euros(stage.weightedCents)), formats.euros, computedFill],
    ]);
    sheet.getRow(n).getCell(1).font = font({ bold: true });
  });
  const [first, last] = [headerRow + 1, headerRow + byStage.length];
  writeTotalRow(sheet, context, last + 1, 5, [
    [4, sumFormula(4, first, last, euros(report.pipeline.amountCents))],
    [5, sumFormula(5, first, last, euros(report.pipeline.weightedCents))],
  ]);
  const count = sheet.getRow(last + 1).getCell(3);
  setCell(count, sumFormula(3, first, last, report.pipeline.lines.length), formats.integer);
  return last + 2;
}

/**
 * « Pipeline »: the key accounts' deals, each weighted by its probability, then by quarter against
 * the new business wanted and by stage. Every formula carries the report's figure, so a reader that
 * does not recalculate shows what the app shows.
 */
export function addPipelineSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { t, report } = context;
  if (context.plan.accounts.length === 0) return;
  const label = (key: string) => t(`accountsExports.labels.${key}`);
  const sheet = addSheet(workbook, context, 'pipeline', { widths: [30, 34, 18, 15, 15, 15, 13, 16], frozenRows: 1 });
  writeHeaderRow(sheet, 1, [
    label('account'),
    label('opportunity'),
    t('accountsExports.xlsx.closingMonth'),
    label('quarter'),
    label('stage'),
    label('amount'),
    label('probability'),
    label('weightedAmount'),
  ]);
  writeDeals(sheet, context);
  const lineCount = report.pipeline.lines.length;
  const lastLine = FIRST_LINE_ROW + lineCount - 1;
  const totalRow = lastLine + 1;
  writeTotalRow(sheet, context, totalRow, column.weighted, [
    [column.amount, sumFormula(column.amount, FIRST_LINE_ROW, lastLine, euros(report.pipeline.amountCents))],
    [column.weighted, sumFormula(column.weighted, FIRST_LINE_ROW, lastLine, euros(report.pipeline.weightedCents))],
  ]);
  const ranges = rangesOf(lineCount);
  const afterQuarters = writeQuarters(sheet, context, totalRow + 2, ranges);
  const afterStages = writeStages(sheet, context, afterQuarters + 1, ranges);
  const note = sheet.getRow(afterStages + 1).getCell(1);
  setCell(note, t('accountsExports.xlsx.pipelineNote'));
  note.font = font({ italic: true, color: { argb: 'FF555555' } });
}
