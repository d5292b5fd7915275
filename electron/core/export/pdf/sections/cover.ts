import type { Logo } from '../../../../../shared/author';
import { planName, type ReportContext } from '../context';
import { colors, lineHeight, text } from '../theme';
import type { ReportWriter } from '../writer';

const LOGO_BOX = { width: 52, height: 26 };

/** The logo scaled to fit its box, keeping the image's proportions. */
export function logoSize(logo: Pick<Logo, 'widthPx' | 'heightPx'>, box = LOGO_BOX): { width: number; height: number } {
  const scale = Math.min(box.width / logo.widthPx, box.height / logo.heightPx);
  return { width: logo.widthPx * scale, height: logo.heightPx * scale };
}

function drawLogo(writer: ReportWriter, logo: Logo, right: number, top: number): void {
  const { width, height } = logoSize(logo);
  try {
    writer.doc.image(Buffer.from(logo.base64, 'base64'), right - width, top, width, height);
  } catch {
    // A logo the image decoder refuses costs the cover its logo, not the user their report.
  }
}

/** Every word of `part` is in `whole`, in any order: "2027 marketing plan" says "Marketing plan 2027". */
const words = (value: string) => value.normalize('NFC').toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
const contains = (whole: string, part: string): boolean => {
  const wholeWords = new Set(words(whole));
  const partWords = words(part);
  return partWords.length > 0 && partWords.every((word) => wholeWords.has(word));
};

/** A short note on a light band: what the reader finds where. */
function drawHowToRead(writer: ReportWriter, context: ReportContext, left: number, top: number, width: number): void {
  const { t } = context;
  const lines = writer.wrap(t('pdfPages.howToRead.text'), width - 10, text.muted);
  const height = 5 + lineHeight(text.small) + 1.5 + lines.length * lineHeight(text.muted) + 4;
  writer.fillRect(left, top, width, height, colors.accentLight);
  writer.drawLines([t('pdfPages.howToRead.title').toUpperCase()], left + 5, top + 5, { ...text.small, bold: true, color: colors.accent });
  writer.drawLines(lines, left + 5, top + 5 + lineHeight(text.small) + 1.5, text.muted);
}

/** Page 1: the plan, the company, the year, who prepared it and when. No footer here. */
export function drawCover(writer: ReportWriter, context: ReportContext): void {
  const { plan, t, options } = context;
  const left = 30;
  const width = writer.pageWidth - left - 24;

  writer.fillRect(0, 0, 9, writer.pageHeight, colors.accent);
  writer.fillRect(9, 0, 2.2, writer.pageHeight, colors.accentLight);
  if (options.author?.logo) drawLogo(writer, options.author.logo, writer.pageWidth - 24, 24);

  let y = 92;
  const name = planName(context);
  // The title is said once: no kicker when the title already says "plan marketing 2027", no
  // company line when it already names the company.
  const kicker = t('pdf.cover.kicker', { year: plan.company.planYear });
  if (!contains(name, kicker)) writer.drawLines([kicker.toUpperCase()], left, y, { ...text.h2, color: colors.accent, size: 10.5 });
  y += 9;
  const title = writer.wrapAtMost(context.cap(name, 200), width, text.title, 4);
  y += writer.drawLines(title, left, y, text.title);
  y += 4;
  writer.hairline(left, y, left + 30, y, colors.accent, 0.8);
  y += 8;
  const company = plan.company;
  if (company.name.trim() !== '' && !contains(name, company.name)) {
    y += writer.drawLines(writer.wrapAtMost(context.cap(company.name, 200), width, { ...text.h2, size: 14 }, 2), left, y, { ...text.h2, size: 14 });
    y += 1.5;
  }
  const about = [company.activity, company.location].map((part) => part.trim()).filter((part) => part !== '').join(' · ');
  if (about !== '') y += writer.drawLines(writer.wrapAtMost(context.cap(about, 400), width, { ...text.body, color: colors.muted, size: 11 }, 3), left, y, { ...text.body, color: colors.muted, size: 11 });
  drawHowToRead(writer, context, left, Math.max(y + 14, 172), width);

  const bottom = 250;
  const author = options.author;
  if (author && [author.name, author.organisation, author.contact].some((part) => part.trim() !== '')) {
    const lines = [
      ...writer.wrapAtMost(author.name.trim(), width, text.bodyBold, 2).map((line) => [line, text.bodyBold] as const),
      ...writer.wrapAtMost(author.organisation.trim(), width, text.body, 2).map((line) => [line, text.body] as const),
      ...writer.wrapAtMost(context.cap(author.contact, 500), width, text.muted, 5).map((line) => [line, text.muted] as const),
    ];
    const height = lineHeight(text.small) + 2 + lines.reduce((sum, [, style]) => sum + lineHeight(style), 0);
    let top = bottom - height;
    writer.drawLines([t('pdf.cover.preparedBy').toUpperCase()], left, top, { ...text.small, size: 7 });
    top += lineHeight(text.small) + 2;
    for (const [line, style] of lines) top += writer.drawLines([line], left, top, style);
  }
  writer.hairline(left, 262, writer.pageWidth - 24, 262);
  writer.drawLines([t('pdf.cover.generatedOn', { date: context.formatDate(options.generatedAt) })], left, 265, text.muted);
  writer.drawLines([t('app.name')], writer.pageWidth - 24, 265, { ...text.muted, bold: true, color: colors.accent }, 'right');
}
