import type ExcelJS from 'exceljs';
import { customerSegmentIds, rgpdItemIds, rgpdItemOf, type CustomerFigures, type CustomerFile, type RgpdItemId, type RgpdState } from '../../../../shared/plan';
import { rgpdSummary } from '../../../../shared/rgpd';
import { argb, euros, font, isoDateCell, ratio, setCell, styleSectionTitle, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeField, writeTable, writeWideField } from './sheet';

/** Labels and item titles; values, segment rules and explanations; counts and states; notes. */
const widths = [44, 70, 14, 40];

/** The same colours as the PDF's: done in green, still to do in orange. */
const stateFonts: Record<RgpdState, Partial<ExcelJS.Font>> = {
  done: font({ bold: true, color: { argb: argb('#2e7d32') } }),
  todo: font({ bold: true, color: { argb: argb('#b45309') } }),
  notApplicable: font({ color: { argb: argb('#5f6b7a') } }),
};

function writeTitle(sheet: ExcelJS.Worksheet, rowNumber: number, title: string): void {
  const cell = sheet.getCell(rowNumber, 1);
  setCell(cell, title);
  styleSectionTitle(cell);
}

/** The sales file's figures as label–value rows, numbers as numbers; then its segments. Returns the next free row. */
function writeFigures(sheet: ExcelJS.Worksheet, context: XlsxContext, file: CustomerFile, figures: CustomerFigures, startRow: number): number {
  const { t, formats } = context;
  const label = (key: string) => t(`customers.figures.${key}`);
  let row = startRow;
  writeTitle(sheet, row++, t('rgpd.figuresTitle'));
  const field = (name: string, value: CellInput, numFmt?: string) => writeField(sheet, row++, name, value, numFmt);
  field(t('rgpd.asOf'), isoDateCell(figures.asOf), formats.date);
  if (file.amounts !== null) field(t('rgpd.amounts'), label(file.amounts === 'ht' ? 'amountsHt' : 'amountsTtc'));
  field(label('customers'), figures.customers, formats.integer);
  field(label('purchases'), figures.purchases, formats.integer);
  field(label('revenue'), euros(figures.revenueCents), formats.euros);
  if (figures.averageBasketCents !== null) field(label('averageBasket'), euros(figures.averageBasketCents), formats.euros);
  if (figures.purchasesPerYearHundredths !== null) field(label('purchasesPerYear'), figures.purchasesPerYearHundredths / 100, '0.00');
  if (figures.retentionBasisPoints === null) field(label('retention'), label('retentionNone'));
  else field(label('retention'), ratio(figures.retentionBasisPoints), formats.percent);
  if (figures.top20ShareBasisPoints !== null) field(label('top20Share'), ratio(figures.top20ShareBasisPoints), formats.percent);
  if (file.source !== null) field(t('rgpd.sourceFile'), file.source.fileName);

  row++;
  writeTitle(sheet, row++, t('rgpd.segmentsTitle'));
  const { thresholds } = file;
  const rule: Record<(typeof customerSegmentIds)[number], string> = {
    new: t('customers.segmentRules.new', { days: thresholds.newWithinDays }),
    loyal: t('customers.segmentRules.loyal', { count: thresholds.loyalPurchases }),
    lost: t('customers.segmentRules.lost', { days: thresholds.lostAfterDays }),
    toReactivate: t('customers.segmentRules.toReactivate', { from: thresholds.reactivateFromDays, to: thresholds.lostAfterDays }),
    occasional: t('customers.segmentRules.occasional'),
  };
  return writeTable(
    sheet,
    row,
    [
      { header: t('rgpd.segment'), value: (id) => t(`customers.segments.${id}`), style: (cell) => (cell.font = font({ bold: true })) },
      { header: t('rgpd.rule'), value: (id) => rule[id], wrap: true },
      { header: t('rgpd.customers'), value: (id) => figures.segments[id], numFmt: formats.integer },
    ],
    [...customerSegmentIds],
  );
}

/**
 * The « Fichier clients » step on a sheet of its own: the sales file's figures and segments when one
 * was imported, then the RGPD checklist, every item with its explanation, its state and the note.
 */
export function addCustomersSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t } = context;
  // context.ts does not list this sheet among its ids yet: it is named here, after its step.
  const sheet = addSheet(workbook, context, 'customers', { widths });
  const file = plan.customerFile;

  let row = 1;
  if (file.figures !== null) row = writeFigures(sheet, context, file, file.figures, row) + 1;
  else {
    writeWideField(sheet, row, '', t('rgpd.noSalesFile'), widths.length);
    row += 2;
  }

  writeTitle(sheet, row++, t('rgpd.title'));
  writeWideField(sheet, row++, '', t('rgpd.summary', rgpdSummary(plan)), widths.length);
  const item = (itemId: RgpdItemId) => rgpdItemOf(plan.rgpd, itemId);
  writeTable(
    sheet,
    row,
    [
      { header: t('rgpd.item'), value: (itemId) => t(`rgpd.items.${itemId}.title`), wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: t('rgpd.explanation'), value: (itemId) => t(`rgpd.items.${itemId}.explanation`), wrap: true },
      { header: t('rgpd.state'), value: (itemId) => t(`rgpd.states.${item(itemId).state}`), style: (cell, itemId) => (cell.font = stateFonts[item(itemId).state]) },
      { header: t('rgpd.note'), value: (itemId) => item(itemId).note, wrap: true },
    ],
    [...rgpdItemIds],
  );
}
