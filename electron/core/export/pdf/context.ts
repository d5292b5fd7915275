import type { BudgetSummary } from '../../../../shared/compute/budget';
import type { SummaryRow } from '../../../../shared/compute/summaryRows';
import { reportOf, type PlanReport } from '../../../../shared/report/planReport';
import { createTranslator, resources, type Language, type Translate } from '../../../../shared/i18n';
import type { Plan } from '../../../../shared/plan';
import type { ExportOptions } from '../options';
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

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function createContext(plan: Plan, options: ExportOptions): ReportContext {
  const t = createTranslator(options.language);
  const report = reportOf(plan);
  const longDate = (timeZone?: string) =>
    new Intl.DateTimeFormat(locales[options.language], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  return {
    plan,
    options,
    t,
    report,
    budget: report.budget,
    rows: report.summaryRows,
    monthNames: resources[options.language].translation.months.short,
    cap: (value, max) => capText(t, value, max),
    formatDate: (date) => longDate().format(date),
    formatIsoDate: (value) => (value === '' ? '' : longDate('UTC').format(new Date(`${value}T00:00:00Z`))),
  };
}

/** The name printed on the cover and in every footer. */
export const planName = (context: ReportContext): string =>
  context.plan.meta.title.trim() || context.plan.company.name.trim() || context.t('pdf.fileName');
