import { autoTable, type UserOptions } from 'jspdf-autotable';
import { FONT_FAMILY } from '../fonts';
import { colors, margins, text } from '../theme';
import type { ReportWriter } from '../writer';

/**
 * A jspdf-autotable table at the writer's cursor, in the report's fonts and colours: headers
 * repeated on each page, words wrapped at word boundaries, rows never cut in two.
 * autoTable sets fonts, colours and pages behind the writer's back, so the writer's remembered state
 * is made true again afterwards (text style back to `text.cell`, fill and stroke forgotten).
 */
export function drawAutoTable(writer: ReportWriter, options: Pick<UserOptions, 'head' | 'body' | 'columnStyles' | 'foot'>): void {
  writer.use(text.cell);
  autoTable(writer.doc, {
    startY: writer.y,
    margin: { left: writer.left, right: writer.pageWidth - writer.right, top: margins.top, bottom: margins.bottom },
    theme: 'plain',
    showHead: 'everyPage',
    showFoot: 'lastPage',
    rowPageBreak: 'avoid',
    styles: { font: FONT_FAMILY, fontSize: text.cell.size, textColor: colors.ink, cellPadding: { top: 1.3, bottom: 1.3, left: 1.8, right: 1.8 }, overflow: 'linebreak', lineColor: colors.rule, lineWidth: { bottom: 0.15 } },
    headStyles: { fontStyle: 'bold', fillColor: colors.accent, textColor: colors.white, fontSize: text.header.size, lineWidth: 0 },
    footStyles: { fontStyle: 'bold', fillColor: colors.accentLight, textColor: colors.ink, lineWidth: 0 },
    ...options,
    // autoTable aligns only the body by column: the header and the total follow their column too.
    didParseCell: (data) => {
      const halign = options.columnStyles?.[data.column.index]?.halign;
      if (data.section !== 'body' && halign) data.cell.styles.halign = halign;
    },
  });
  const finalY = (writer.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  writer.doc.setFont(FONT_FAMILY, 'normal');
  writer.doc.setFontSize(text.cell.size);
  writer.doc.setTextColor(text.cell.color);
  writer.goToPage(writer.page);
  writer.y = (finalY ?? writer.y) + 3;
}
