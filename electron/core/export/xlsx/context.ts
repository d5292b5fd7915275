import type { BudgetSummary } from '../../../../shared/compute/budget';
import type { SummaryRow } from '../../../../shared/compute/summaryRows';
import type { CoachWarning } from '../../../../shared/coach/progress';
import { reportOf, type PlanReport } from '../../../../shared/report/planReport';
import { resources, type Translate } from '../../../../shared/i18n';
import type { Plan } from '../../../../shared/plan';
import type { ExportOptions } from '../options';
import { exportTranslator } from '../translator';
import { budgetLayout, type BudgetLayout } from './budgetLayout';
import { numberFormats, type NumberFormats } from './cells';

export const sheetIds = [
  'summary',
  'glance',
  'diagnostic',
  'customers',
  'objectives',
  'targets',
  'accounts',
  'pipeline',
  'positioning',
  'pricing',
  'customerValue',
  'actions',
  'actionSheets',
  'budget',
  'calendar',
  'kpis',
  'pilotage',
] as const;
export type SheetId = (typeof sheetIds)[number];

/** Sheets named after their step in the app; the others have their own name in xlsx.sheets. */
const sheetNameKeys: Record<SheetId, string> = {
  summary: 'xlsx.sheets.summary',
  glance: 'xlsx.sheets.glance',
  diagnostic: 'steps.names.diagnostic',
  customers: 'steps.names.customers',
  objectives: 'steps.names.objectives',
  targets: 'steps.names.targets',
  accounts: 'steps.names.accounts',
  pipeline: 'accountsExports.xlsx.pipelineSheet',
  positioning: 'steps.names.positioning',
  pricing: 'steps.names.offer',
  customerValue: 'xlsx.sheets.customerValue',
  actions: 'xlsx.sheets.actions',
  actionSheets: 'xlsx.sheets.actionSheets',
  budget: 'steps.names.budget',
  calendar: 'steps.names.calendar',
  kpis: 'steps.names.kpis',
  pilotage: 'steps.names.pilotage',
};

/** Excel's rules for a sheet name: 31 characters at most, none of \ / ? * [ ] :, no apostrophe at either end. */
const sheetName = (text: string): string =>
  text.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).replace(/^'+|'+$/g, '').trim();

/** What every sheet reads: the plan, the translator and the figures computed once in shared/. */
export interface XlsxContext {
  plan: Plan;
  options: ExportOptions;
  t: Translate;
  /** Every figure and state, computed once in shared/: sheets write, they do not compute. */
  report: PlanReport;
  budget: BudgetSummary;
  rows: SummaryRow[];
  warnings: CoachWarning[];
  monthNames: readonly string[];
  formats: NumberFormats;
  sheetNames: Record<SheetId, string>;
  budgetLayout: BudgetLayout;
}

export function createContext(plan: Plan, options: ExportOptions): XlsxContext {
  const t = exportTranslator(options.language);
  const report = reportOf(plan);
  const { budget, summaryRows: rows } = report;
  return {
    plan,
    options,
    t,
    report,
    budget,
    rows,
    warnings: report.warnings,
    monthNames: resources[options.language].translation.months.short,
    formats: numberFormats[options.language],
    sheetNames: Object.fromEntries(sheetIds.map((id) => [id, sheetName(t(sheetNameKeys[id]))])) as Record<SheetId, string>,
    budgetLayout: budgetLayout(report),
  };
}

/** The name printed in every page header: the plan's title, else the company's, else "Marketing plan". */
export const planName = (context: XlsxContext): string =>
  context.plan.meta.title.trim() || context.plan.company.name.trim() || context.t('xlsx.fileName');
