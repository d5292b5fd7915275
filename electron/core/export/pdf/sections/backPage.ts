import type { ReportContext } from '../context';
import { colors, lineHeight, text } from '../theme';
import type { ReportWriter } from '../writer';

/**
 * The last page closes the document: how to keep the plan alive, whom to contact (when the author
 * gave a contact), and when it was exported. Portrait, after every section.
 */
export function drawBackPage(writer: ReportWriter, context: ReportContext): void {
  const { t, options } = context;
  writer.addPage('portrait');
  const left = writer.left;
  const width = writer.width;
  let y = 150;
  writer.drawLines([t('pdfPages.back.title')], left, y, { ...text.h1, size: 15 });
  y += lineHeight({ ...text.h1, size: 15 }) + 1.5;
  writer.hairline(left, y, left + 24, y, colors.accent, 0.5);
  y += 6;
  y += writer.drawLines(writer.wrap(t('pdfPages.back.text'), width, text.body), left, y, text.body) + 6;

  const author = options.author;
  const parts = author ? [author.name, author.organisation, author.contact].map((part) => part.trim()) : [];
  if (parts.some((part) => part !== '')) {
    writer.drawLines([t('pdfPages.back.contact').toUpperCase()], left, y, { ...text.small, bold: true, color: colors.accent });
    y += lineHeight(text.small) + 1.5;
    const [name, organisation, contact] = parts;
    if (name !== '') y += writer.drawLines(writer.wrapAtMost(name, width, text.bodyBold, 2), left, y, text.bodyBold);
    if (organisation !== '') y += writer.drawLines(writer.wrapAtMost(organisation, width, text.body, 2), left, y, text.body);
    if (contact !== '') y += writer.drawLines(writer.wrapAtMost(context.cap(contact, 500), width, text.body, 5), left, y, text.body);
    y += 6;
  }
  writer.hairline(left, y, writer.right, y);
  y += 3;
  writer.drawLines([t('pdfPages.back.exported', { date: context.formatDate(options.generatedAt), app: t('app.name') })], left, y, text.muted);
  writer.y = writer.bottom;
}
