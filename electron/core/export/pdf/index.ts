import { createHash } from 'node:crypto';
import { jsPDF } from 'jspdf';
import type { Plan } from '../../../../shared/plan';
import type { ExportOptions } from '../options';
import { createContext, planName, type Section } from './context';
import { registerFonts } from './fonts';
import { memoizeTextPlugins, withNativeDeflate } from './jspdfPlugins';
import { actionPlanSection } from './sections/actionPlan';
import { budgetSection } from './sections/budget';
import { calendarSection } from './sections/calendar';
import { companySection } from './sections/company';
import { customerValueSection } from './sections/customerValue';
import { drawCover } from './sections/cover';
import { diagnosticSection } from './sections/diagnostic';
import { distributionSection } from './sections/distribution';
import { kpisSection } from './sections/kpis';
import { objectivesSection } from './sections/objectives';
import { offerSection } from './sections/offer';
import { positioningSection } from './sections/positioning';
import { targetsSection } from './sections/targets';
import { drawFooters, drawToc, TOC_PAGE } from './sections/toc';
import { warningsSection } from './sections/warnings';
import { ReportWriter } from './writer';

/** The report's order: analyse, decide, act, measure; then what is left to fix. */
export const sections: Section[] = [
  companySection,
  diagnosticSection,
  objectivesSection,
  targetsSection,
  positioningSection,
  offerSection,
  distributionSection,
  actionPlanSection,
  budgetSection,
  calendarSection,
  kpisSection,
  customerValueSection,
  warningsSection,
];

/**
 * The plan as an A4 report: a cover, a table of contents, then one section per step that has
 * content, each page but the cover footed with the plan's name and "page n / N".
 */
export async function exportPdf(plan: Plan, options: ExportOptions): Promise<Buffer> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc);
  memoizeTextPlugins(doc);
  const context = createContext(plan, options);
  const name = planName(context);
  doc.setDocumentProperties({
    title: name,
    subject: context.t('pdf.cover.kicker', { year: plan.company.planYear }),
    author: options.author?.name.trim() || plan.company.name,
    creator: context.t('app.name'),
  });
  doc.setLanguage(options.language === 'fr' ? 'fr-FR' : 'en-GB');
  // Fixed dates and identifier: the same plan and options give the same bytes.
  doc.setCreationDate(options.generatedAt);
  doc.setFileId(createHash('md5').update(`${name}\u0000${options.generatedAt.toISOString()}`).digest('hex').toUpperCase());

  const writer = new ReportWriter(doc);
  drawCover(writer, context);
  writer.addPage('portrait'); // the table of contents, drawn last once page numbers are known
  for (const section of sections) {
    if (section.hasContent(context)) section.draw(writer, context);
  }
  if (writer.toc.length > 0) drawToc(writer, context, writer.toc);
  else doc.deletePage(TOC_PAGE);
  drawFooters(writer, name, context);
  return Buffer.from(withNativeDeflate(() => doc.output('arraybuffer')));
}
