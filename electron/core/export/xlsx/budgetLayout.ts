import { actionBudget, type ActionBudget, type BudgetSummary, type ChannelCommission } from '../../../../shared/compute/budget';
import type { SummaryRow } from '../../../../shared/compute/summaryRows';
import type { Action, CostLine, DistributionChannel, Plan } from '../../../../shared/plan';

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

export type MoneyLine = Extract<CostLine, { kind: 'fixed' | 'percentOfRevenue' }>;
export type HoursLine = Extract<CostLine, { kind: 'internalHours' }>;

/** One cost line's own figures: the action's budget as if the line were its only one. */
const lineCost = (action: Action, line: CostLine, plan: Plan): ActionBudget =>
  actionBudget({ ...action, costLines: [line] }, plan.company.revenueForecastCents);

export type MoneyRow =
  | { row: number; source: 'action'; summary: SummaryRow; line: MoneyLine; cost: ActionBudget }
  | { row: number; source: 'commission'; channel: DistributionChannel; commission: ChannelCommission };

export interface HoursRow {
  row: number;
  summary: SummaryRow;
  line: HoursLine;
  cost: ActionBudget;
}

export interface BudgetLayout {
  moneyRows: MoneyRow[];
  moneyTotalRow: number;
  shareRow: number;
  hoursTitleRow: number;
  hoursRows: HoursRow[];
  hoursTotalRow: number;
  noteRow: number;
}

/** Actions in the summary's order (by category), each cost line on its own row; commissions last. */
export function budgetLayout(plan: Plan, rows: SummaryRow[], budget: BudgetSummary): BudgetLayout {
  const channelsById = new Map(plan.channels.map((channel) => [channel.id, channel]));
  let next = revenueRow + 2;
  const moneyRows: MoneyRow[] = [];
  for (const summary of rows) {
    for (const line of summary.action.costLines) {
      if (line.kind === 'internalHours') continue;
      moneyRows.push({ row: next++, source: 'action', summary, line, cost: lineCost(summary.action, line, plan) });
    }
  }
  for (const commission of budget.byChannel) {
    const channel = channelsById.get(commission.channelId);
    if (channel) moneyRows.push({ row: next++, source: 'commission', channel, commission });
  }
  const moneyTotalRow = next;
  const shareRow = moneyTotalRow + 1;
  const hoursTitleRow = shareRow + 2;
  next = hoursTitleRow + 1;
  const hoursRows: HoursRow[] = [];
  for (const summary of rows) {
    for (const line of summary.action.costLines) {
      if (line.kind !== 'internalHours') continue;
      hoursRows.push({ row: next++, summary, line, cost: lineCost(summary.action, line, plan) });
    }
  }
  const hoursTotalRow = next;
  return { moneyRows, moneyTotalRow, shareRow, hoursTitleRow, hoursRows, hoursTotalRow, noteRow: hoursTotalRow + 2 };
}
