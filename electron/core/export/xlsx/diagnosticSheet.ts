import type ExcelJS from 'exceljs';
import { swotQuadrants, type Competitor } from '../../../../shared/plan';
import { argb, font, setCell, styleBody, styleHeader, styleSectionTitle } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeTable } from './sheet';

/** Helps in green, hinders in orange and red, internal and external side by side as on screen. */
const quadrantColors = { strength: '2E7D32', weakness: 'EF6C00', opportunity: '1565C0', threat: 'C62828' } as const;

/** The SWOT grid as four columns, one per quadrant, then the competitors one per row. */
export function addDiagnosticSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t } = context;
  const sheet = addSheet(workbook, context, 'diagnostic', { widths: [28, 28, 28, 28, 24, 12, 14, 28] });

  const title = sheet.getCell(1, 1);
  setCell(title, t('diagnostic.swotTitle'));
  styleSectionTitle(title);
  const columns = swotQuadrants.map((quadrant) => plan.swot.filter((item) => item.quadrant === quadrant));
  const depth = Math.max(1, ...columns.map((items) => items.length));
  swotQuadrants.forEach((quadrant, index) => {
    const header = sheet.getCell(2, index + 1);
    setCell(header, t(`diagnostic.quadrants.${quadrant}.title`));
    styleHeader(header);
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(quadrantColors[quadrant]) } };
    for (let line = 0; line < depth; line++) {
      const cell = sheet.getCell(3 + line, index + 1);
      setCell(cell, columns[index][line]?.text ?? null);
      styleBody(cell, true);
    }
  });

  const competitorsRow = 3 + depth + 1;
  const heading = sheet.getCell(competitorsRow, 1);
  setCell(heading, t('diagnostic.competitorsTitle'));
  styleSectionTitle(heading);
  const label = (key: string) => t(`diagnostic.competitor.${key}`);
  writeTable<Competitor>(
    sheet,
    competitorsRow + 1,
    [
      { header: label('name'), value: (c) => c.name, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: label('positioning'), value: (c) => c.positioning, wrap: true },
      { header: label('addedValue'), value: (c) => c.addedValue, wrap: true },
      { header: label('strengths'), value: (c) => c.strengths, wrap: true },
      { header: label('weaknesses'), value: (c) => c.weaknesses, wrap: true },
      { header: label('priceLevel'), value: (c) => label(`priceLevels.${c.priceLevel}`), wrap: true },
      { header: label('keepsPromise'), value: (c) => label(`keepsPromiseOptions.${c.keepsPromise}`), wrap: true },
      { header: label('notes'), value: (c) => c.notes, wrap: true },
    ],
    plan.competitors,
  );
}
