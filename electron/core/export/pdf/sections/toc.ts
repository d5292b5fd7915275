import type { ReportContext } from '../context';
import { colors, lineHeight, text } from '../theme';
import type { ReportWriter, TocEntry } from '../writer';

export const TOC_PAGE = 2;

/** Page 2, filled in last: each section with the page it starts on, joined by a dotted leader. */
export function drawToc(writer: ReportWriter, context: ReportContext, entries: TocEntry[]): void {
  writer.goToPage(TOC_PAGE);
  writer.orientation = 'portrait';
  let y = writer.top + 6;
  writer.drawLines([context.t('pdf.toc')], writer.left, y, { ...text.h1, size: 20 });
  y += lineHeight({ ...text.h1, size: 20 }) + 2;
  writer.hairline(writer.left, y, writer.left + 24, y, colors.accent, 0.5);
  y += 12;
  const style = { ...text.body, size: 11 };
  for (const entry of entries) {
    const number = String(entry.page);
    const titleWidth = writer.textWidth(entry.title, style);
    const numberWidth = writer.textWidth(number, style);
    writer.drawLines([entry.title], writer.left, y, style);
    writer.drawLines([number], writer.right, y, { ...style, bold: true }, 'right');
    const baseline = y + lineHeight(style) * 0.78;
    writer.dottedLine(writer.left + titleWidth + 2, baseline, writer.right - numberWidth - 2, baseline, colors.muted, 0.3, [0.3, 1.2]);
    y += 10;
  }
}

/**
 * Every page but the cover: the plan's name on the left, "page n / N" on the right, and the export's
 * date just above the rule, so that a printed page says which version of the plan it belongs to.
 */
export function drawFooters(writer: ReportWriter, name: string, context: ReportContext): void {
  const count = writer.page;
  const date = context.t('pdfPages.footerDate', { date: context.formatDate(context.options.generatedAt) });
  for (let page = 2; page <= count; page += 1) {
    writer.goToPage(page);
    const width = writer.pageWidth;
    const height = writer.pageHeight;
    const side = width > height ? 14 : 18;
    const y = height - 13;
    writer.hairline(side, y, width - side, y);
    writer.drawLines([date], width - side, y - 1 - lineHeight(text.small), text.small, 'right');
    const label = context.t('pdf.footerPage', { page, count });
    const labelWidth = writer.textWidth(label, text.small);
    const shown = writer.wrapAtMost(name, width - 2 * side - labelWidth - 10, text.small, 1)[0] ?? '';
    writer.drawLines([shown], side, y + 1.5, text.small);
    writer.drawLines([label], width - side, y + 1.5, text.small, 'right');
  }
}
