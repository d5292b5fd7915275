import type { Action, ActionCategory, Plan } from '../plan';
import { actionCategories } from '../plan';
import { computeBudget, quarterTotals, type ActionBudget, type BudgetSummary } from './budget';

export interface SummaryRow {
  action: Action;
  category: ActionCategory;
  cost: ActionBudget;
  quartersCents: number[];
  objectiveTitles: string[];
  segmentNames: string[];
  kpiNames: string[];
}

/**
 * The consultant's table, one row per action grouped by category in the catalogue's order:
 * the summary screen, the PDF and the workbook all list actions from here.
 */
export function summaryRows(plan: Plan, budget: BudgetSummary = computeBudget(plan)): SummaryRow[] {
  const objectiveTitle = new Map(plan.objectives.map((objective) => [objective.id, objective.title]));
  const segmentName = new Map(plan.segments.map((segment) => [segment.id, segment.name]));
  return actionCategories.flatMap((category) =>
    plan.actions.flatMap((action, index) => {
      if (action.category !== category) return [];
      const cost = budget.byAction[index];
      return [
        {
          action,
          category,
          cost,
          quartersCents: quarterTotals(cost.cents),
          objectiveTitles: action.objectiveIds.flatMap((id) => objectiveTitle.get(id) ?? []),
          segmentNames: action.segmentIds.flatMap((id) => segmentName.get(id) ?? []),
          kpiNames: action.kpis.map((kpi) => kpi.name),
        },
      ];
    }),
  );
}
