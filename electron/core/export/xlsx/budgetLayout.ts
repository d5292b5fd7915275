import type { HoursRow as ReportHoursRow, MoneyRow as ReportMoneyRow, PlanReport } from '../../../../shared/report/planReport';

/**
 * Where everything sits on the budget sheet. Columns: A action, B category, C line label, D kind,
 * E–P January to December, Q–T the quarters, U the year. The header is row 1 and the revenue
 * forecast row 2, both frozen, so every "% of revenue" formula points at row 2 of its month.
 */
export const firstMonthColumn = 5;
export const monthColumn = (month: number): number => firstMonthColumn + month - 1;
export const quarterColumn = (quarter: number): number => monthColumn(12) + quarter;
export const yearColumn = quarterColumn(4) + 1;
export const budgetHeaderRow = 1;
export const revenueRow = 2;

/** The report's rows, each with the sheet row it is written on. */
export type MoneyRow = ReportMoneyRow & { row: number };
export type HoursRow = ReportHoursRow & { row: number };

export interface BudgetLayout {
  moneyRows: MoneyRow[];
  moneyTotalRow: number;
  shareRow: number;
  hoursTitleRow: number;
  hoursRows: HoursRow[];
  hoursTotalRow: number;
  noteRow: number;
}

/** The report's money rows (actions in the summary's order, commissions last), then its hours rows below. */
export function budgetLayout(report: Pick<PlanReport, 'moneyRows' | 'hoursRows'>): BudgetLayout {
  const firstMoneyRow = revenueRow + 2;
  const moneyRows = report.moneyRows.map((money, index) => ({ ...money, row: firstMoneyRow + index }));
  const moneyTotalRow = firstMoneyRow + moneyRows.length;
  const shareRow = moneyTotalRow + 1;
  const hoursTitleRow = shareRow + 2;
  const hoursRows = report.hoursRows.map((entry, index) => ({ ...entry, row: hoursTitleRow + 1 + index }));
  const hoursTotalRow = hoursTitleRow + 1 + hoursRows.length;
  return { moneyRows, moneyTotalRow, shareRow, hoursTitleRow, hoursRows, hoursTotalRow, noteRow: hoursTotalRow + 2 };
}
