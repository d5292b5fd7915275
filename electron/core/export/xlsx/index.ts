import ExcelJS from 'exceljs';
import type { Plan } from '../../../../shared/plan';
import type { ExportOptions } from '../options';
import { addAccountsSheet } from './accountsSheet';
import { addActionSheetsSheet } from './actionSheetsSheet';
import { addActionsSheet } from './actionsSheet';
import { addBudgetSheet } from './budgetSheet';
import { addCalendarSheet } from './calendarSheet';
import { shareStyles } from './cells';
import { createContext, planName, type XlsxContext } from './context';
import { addCustomersSheet } from './customersSheet';
import { addDiagnosticSheet } from './diagnosticSheet';
import { addGlanceSheet } from './glanceSheet';
import { addKpisSheet } from './kpisSheet';
import { addObjectivesSheet } from './objectivesSheet';
import { addPipelineSheet } from './pipelineSheet';
import { addPositioningSheet } from './positioningSheet';
import { addPricingSheet } from './pricingSheet';
import { addSteeringSheet } from './steeringSheet';
import { addSummarySheet } from './summarySheet';
import { fitRowHeights } from './sheet';
import { addTargetsSheet } from './targetsSheet';
import { workbookBytes } from './writeWorkbook';

/** The workbook's sheets in the method's order: the cover and the plan at a glance, analyse, decide, act, measure, steer. */
const sheets: ((workbook: ExcelJS.Workbook, context: XlsxContext) => void)[] = [
  addSummarySheet,
  addGlanceSheet,
  addDiagnosticSheet,
  addCustomersSheet,
  addObjectivesSheet,
  addTargetsSheet,
  // Only for a plan with key accounts; the accounts add up their deals from the pipeline's rows.
  addAccountsSheet,
  addPipelineSheet,
  addPositioningSheet,
  // Followed by the customer value's sheet, which links to its break-even rate.
  addPricingSheet,
  addActionsSheet,
  addActionSheetsSheet,
  addBudgetSheet,
  addCalendarSheet,
  addKpisSheet,
  addSteeringSheet,
];

/**
 * The plan as a workbook a consultant can keep working in: every figure comes from shared/compute,
 * the budget's totals are live formulas carrying the app's values, the user's texts are plain text.
 */
export async function exportXlsx(plan: Plan, options: ExportOptions): Promise<Buffer> {
  const context = createContext(plan, options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.author?.name.trim() || context.t('app.name');
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = options.generatedAt;
  workbook.modified = options.generatedAt;
  workbook.title = planName(context);
  workbook.company = plan.company.name;
  for (const addSheet of sheets) addSheet(workbook, context);
  workbook.worksheets.forEach(fitRowHeights);
  shareStyles(workbook);
  return workbookBytes(workbook, options.generatedAt);
}
