import type { BudgetSummary } from '../../../../shared/compute/budget';
import type { SummaryRow } from '../../../../shared/compute/summaryRows';
import { reportOf, type PlanReport } from '../../../../shared/report/planReport';
import { formatLongDate, localIsoDay } from '../../../../shared/dates';
import { resources, type Translate } from '../../../../shared/i18n';
import type { Plan } from '../../../../shared/plan';
import type { ExportOptions } from '../options';
import { exportTranslator } from '../translator';
import { capText } from './text';
import type { ReportWriter } from './writer';

/** What every section reads: the plan, the translator and the figures computed once in shared/. */
export interface ReportContext {
  plan: Plan;
  options: ExportOptions;
  t: Translate;
  /** Every figure and state, computed once in shared/: sections print, they do not compute. */
  report: PlanReport;
  budget: BudgetSummary;
  rows: SummaryRow[];
  monthNames: readonly string[];
  /** A user's text, cleaned and capped for print. */
  cap(value: string, max?: number): string;
  formatDate(date: Date): string;
  /** "2027-06-30" as "30 juin 2027"; empty when no date was chosen. */
  formatIsoDate(value: string): string;
}

/** One part of the report; left out, and out of the table of contents, when it has nothing to say. */
export interface Section {
  hasContent(context: ReportContext): boolean;
  draw(writer: ReportWriter, context: ReportContext): void;
}

export function createContext(plan: Plan, options: ExportOptions): ReportContext {
  const t = exportTranslator(options.language);
  const report = reportOf(plan);
  return {
    plan,
    options,
    t,
    report,
    budget: report.budget,
    rows: report.summaryRows,
    monthNames: resources[options.language].translation.months.short,
    cap: (value, max) => capText(t, value, max),
    // « 1er décembre » in French: one helper formats every long date (see shared/dates.ts).
    formatDate: (date) => formatLongDate(localIsoDay(date), options.language),
    formatIsoDate: (value) => formatLongDate(value, options.language),
  };
}

/** The name printed on the cover and in every footer. */
export const planName = (context: ReportContext): string =>
  context.plan.meta.title.trim() || context.plan.company.name.trim() || context.t('pdf.fileName');
