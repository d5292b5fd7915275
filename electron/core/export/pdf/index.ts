import { createHash } from 'node:crypto';
import type { Plan } from '../../../../shared/plan';
import type { ExportOptions } from '../options';
import { createContext, planName, type Section } from './context';
import { accountsSection } from './sections/accounts';
import { actionPlanSection } from './sections/actionPlan';
import { actionSheetsSection } from './sections/actionSheets';
import { atAGlanceSection } from './sections/atAGlance';
import { drawBackPage } from './sections/backPage';
import { budgetSection } from './sections/budget';
import { calendarSection } from './sections/calendar';
import { companySection } from './sections/company';
import { customersSection } from './sections/customers';
import { customerValueSection } from './sections/customerValue';
import { drawCover } from './sections/cover';
import { diagnosticSection } from './sections/diagnostic';
import { distributionSection } from './sections/distribution';
import { kpisSection } from './sections/kpis';
import { objectivesSection } from './sections/objectives';
import { offerSection } from './sections/offer';
import { pipelineSection } from './sections/pipeline';
import { positioningSection } from './sections/positioning';
import { steeringSection } from './sections/steering';
import { targetsSection } from './sections/targets';
import { drawFooters, drawToc, TOC_PAGE } from './sections/toc';
import { warningsSection } from './sections/warnings';
import { ReportWriter } from './writer';

/**
 * The plan at a glance first, then the app's steps in their order (shared/steps.ts): the actions'
 * plan and sheets under promotion, the customer value with the KPIs, the key accounts and their
 * weighted pipeline after the targets; the progress to date once actual spend is typed; then what
 * is left to fix.
 */
export const sections: Section[] = [
  atAGlanceSection,
  companySection,
  diagnosticSection,
  customersSection,
  objectivesSection,
  targetsSection,
  accountsSection,
  pipelineSection,
  positioningSection,
  offerSection,
  actionPlanSection,
  actionSheetsSection,
  distributionSection,
  budgetSection,
  kpisSection,
  customerValueSection,
  calendarSection,
  steeringSection,
  warningsSection,
];

/**
 * The plan as an A4 report: a cover, a table of contents, the plan at a glance, then one section per
 * step that has content, and a back page; each page but the cover footed with the plan's name,
 * "page n / N" and the export's date.
 */
export async function exportPdf(plan: Plan, options: ExportOptions): Promise<Buffer> {
  const writer = new ReportWriter();
  const { doc } = writer;
  const context = createContext(plan, options);
  const name = planName(context);
  doc.setInfo({
    title: name,
    subject: context.t('pdf.cover.kicker', { year: plan.company.planYear }),
    author: options.author?.name.trim() || plan.company.name,
    creator: context.t('app.name'),
  });
  doc.setLanguage(options.language === 'fr' ? 'fr-FR' : 'en-GB');
  // Fixed dates and identifier: the same plan and options give the same bytes.
  doc.setCreationDate(options.generatedAt);
  doc.setFileId(createHash('md5').update(`${name}\u0000${options.generatedAt.toISOString()}`).digest('hex').toUpperCase());

  drawCover(writer, context);
  writer.addPage('portrait'); // the table of contents, drawn last once page numbers are known
  for (const section of sections) {
    if (section.hasContent(context)) section.draw(writer, context);
  }
  drawBackPage(writer, context);
  if (writer.toc.length > 0) drawToc(writer, context, writer.toc);
  else doc.deletePage(TOC_PAGE);
  drawFooters(writer, name, context);
  return doc.output();
}
