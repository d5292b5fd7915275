import { monthColumn, quarterColumn, revenueRow, yearColumn } from './budgetLayout';

/**
 * The budget sheet's formulas. They are built from cell addresses and rates only, never from a
 * user's text, so nothing typed in the plan can end up inside a formula.
 */

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export const address = (column: number, row: number): string => `${columnLetter(column)}${row}`;

/** 350 basis points as "3.5%": the decimal point is the file format's, whatever the reader's language. */
const percentLiteral = (basisPoints: number): string => `${basisPoints / 100}%`;

/** The forecast revenue of some months: SUM(E$2:G$2) for a run, (E$2+P$2) otherwise. */
function revenueOf(months: readonly number[]): string {
  const cell = (month: number) => `${columnLetter(monthColumn(month))}$${revenueRow}`;
  const isRun = months.every((month, index) => index === 0 || month === months[index - 1] + 1);
  if (months.length === 1) return cell(months[0]);
  return isRun ? `SUM(${cell(months[0])}:${cell(months[months.length - 1])})` : `(${months.map(cell).join('+')})`;
}

/**
 * A rate of the revenue for one month of a line's period, as the app computes it (cumulative
 * rounding): the rate of the period's revenue up to this month, less the rate of the revenue before
 * it, each rounded to the cent. The months then add up exactly to the rate of the period's total.
 * =ROUND(SUM(E$2:F$2)*3.5%,2)-ROUND(E$2*3.5%,2)
 */
function rateOfRevenueFormula(month: number, periodMonths: readonly number[], rate: string): string {
  const upTo = periodMonths.filter((other) => other <= month);
  const before = upTo.slice(0, -1);
  const charged = (months: readonly number[]) => `ROUND(${revenueOf(months)}*${rate},2)`;
  return before.length === 0 ? charged(upTo) : `${charged(upTo)}-${charged(before)}`;
}

/** A "% of revenue" cost for one month of its period: 3.5 % of the period's revenue, split as the app does. */
export const percentOfRevenueFormula = (month: number, rateBasisPoints: number, periodMonths: readonly number[]): string =>
  rateOfRevenueFormula(month, periodMonths, percentLiteral(rateBasisPoints));

/** A channel's commission for one month: its share of the year's revenue times its rate, split the same way. */
export const commissionFormula = (month: number, shareBasisPoints: number, commissionBasisPoints: number): string =>
  rateOfRevenueFormula(month, Array.from({ length: 12 }, (_, index) => index + 1), `${percentLiteral(shareBasisPoints)}*${percentLiteral(commissionBasisPoints)}`);

/** A quarter is the SUM of its three months on the same row. */
export const quarterFormula = (row: number, quarter: number): string =>
  `SUM(${address(monthColumn(quarter * 3 - 2), row)}:${address(monthColumn(quarter * 3), row)})`;

/** The year is the SUM of the four quarter cells, so a quarter typed over by hand still counts. */
export const yearFormula = (row: number): string => `SUM(${address(quarterColumn(1), row)}:${address(quarterColumn(4), row)})`;

/** A total row: the SUM of a column over the rows above it. */
export const columnTotalFormula = (column: number, firstRow: number, lastRow: number): string =>
  `SUM(${address(column, firstRow)}:${address(column, lastRow)})`;

/** The year's budget over the year's forecast revenue; empty without a forecast. */
export const shareOfRevenueFormula = (totalRow: number): string => {
  const revenue = address(yearColumn, revenueRow);
  return `IF(${revenue}=0,"",${address(yearColumn, totalRow)}/${revenue})`;
};

/** A sheet name quoted for a reference from another sheet: 'Offre et prix'!A1. */
export const sheetReference = (sheetName: string, cell: string): string => `'${sheetName.replace(/'/g, "''")}'!${cell}`;
