import type ExcelJS from 'exceljs';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../shared/compute/pricing';
import type { Product } from '../../../../shared/plan';
import { euros, font, ratio, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeField, writeTable, writeWideField } from './sheet';

/** Products with their prices, margins and break-even volume, then the offer they belong to. */
export function addPricingSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t, formats } = context;
  const { offer } = plan;
  const widths = [30, 14, 14, 11, 14, 14, 14, 14, 20];
  const sheet = addSheet(workbook, context, 'pricing', { widths, frozenRows: 1 });
  const label = (key: string) => t(`offer.product.${key}`);
  // Without VAT (franchise en base), the price including VAT is the price itself, as on screen.
  const taxed = (product: Product): Product => (offer.vatApplicable ? product : { ...product, vatRateBasisPoints: 0 });
  const rate = (value: number | null): CellInput => (value === null ? '—' : ratio(value));
  const breakEven = (product: Product): CellInput => {
    if (offer.fixedCostsCents === null) return label('breakEvenNoCosts');
    return breakEvenVolume(offer.fixedCostsCents, product) ?? label('breakEvenNone');
  };
  const rightAligned = (cell: ExcelJS.Cell) => (cell.alignment = { ...cell.alignment, horizontal: 'right' });

  const afterProducts = writeTable<Product>(
    sheet,
    1,
    [
      { header: label('name'), value: (p) => p.name, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: label('unitCost'), value: (p) => euros(p.unitCostCents), numFmt: formats.euros },
      { header: label('priceExclVat'), value: (p) => euros(p.priceExclVatCents), numFmt: formats.euros },
      { header: label('vatRate'), value: (p) => (offer.vatApplicable ? ratio(p.vatRateBasisPoints) : label('noVat')), numFmt: formats.percent, style: rightAligned },
      { header: label('priceInclVat'), value: (p) => euros(priceInclVat(taxed(p))), numFmt: formats.euros },
      { header: label('unitMargin'), value: (p) => euros(unitMargin(p)), numFmt: formats.euros },
      { header: label('marginRate'), value: (p) => rate(marginRate(p)), numFmt: formats.percent, style: rightAligned },
      { header: label('markupRate'), value: (p) => rate(markupRate(p)), numFmt: formats.percent, style: rightAligned },
      { header: t('xlsx.pricing.breakEven'), value: breakEven, numFmt: formats.integer, wrap: true, style: rightAligned },
    ],
    plan.products,
  );

  let row = afterProducts + 1;
  writeField(sheet, row++, t('offer.fixedCosts'), offer.fixedCostsCents === null ? null : euros(offer.fixedCostsCents), formats.euros);
  writeField(sheet, row++, t('offer.priceStrategy'), t(`offer.priceStrategies.${offer.priceStrategy}`));
  sheet.mergeCells(row - 1, 2, row - 1, widths.length);
  const texts: [string, string][] = [
    [t('offer.priceStrategyNote'), offer.priceStrategyNote],
    [t('offer.description'), offer.description],
    [t('offer.competitiveAdvantage'), offer.competitiveAdvantage],
  ];
  for (const [name, value] of texts) writeWideField(sheet, row++, name, value, widths.length);
}
