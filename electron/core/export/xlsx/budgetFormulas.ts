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

/** A "% of revenue" cost for one month, rounded to the cent like the app: =ROUND(E$2*3.5%,2). */
export const percentOfRevenueFormula = (month: number, rateBasisPoints: number): string =>
  `ROUND(${columnLetter(monthColumn(month))}$${revenueRow}*${percentLiteral(rateBasisPoints)},2)`;

/** A channel's commission for one month: its share of the month's revenue times its rate. */
export const commissionFormula = (month: number, shareBasisPoints: number, commissionBasisPoints: number): string =>
  `ROUND(${columnLetter(monthColumn(month))}$${revenueRow}*${percentLiteral(shareBasisPoints)}*${percentLiteral(commissionBasisPoints)},2)`;

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
