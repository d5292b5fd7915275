import type ExcelJS from 'exceljs';
import { breakEvenDateGap, breakEvenRevenueGap, computeBreakEven } from '../../../../shared/compute/breakEven';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../shared/compute/pricing';
import { computeYearlyForecast } from '../../../../shared/compute/revenue';
import type { Product } from '../../../../shared/plan';
import { alignRight, euros, font, isoDateCell, ratio, setCell, styleSectionTitle, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addCustomerValueSheet } from './customerValueSheet';
import { addSheet, writeField, writeTable, writeWideField } from './sheet';

/** The product table's columns that carry a margin rate, and the VAT ones greyed under the franchise en base. */
const MARGIN_RATE_COLUMN = 'G';
const VAT_COLUMNS = [4, 5];
const greyed = font({ color: { argb: 'FF8C96A0' } });

/** A title row between the sheet's blocks. */
function writeTitle(sheet: ExcelJS.Worksheet, rowNumber: number, title: string): void {
  const cell = sheet.getCell(rowNumber, 1);
  setCell(cell, title);
  styleSectionTitle(cell);
}

/** A catalogue text inside a formula: quotes doubled (it is never the user's text). */
const formulaText = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The product table's computed columns as formulas on its typed ones (B cost, C price excl. VAT,
 * D VAT rate), so a consultant who changes a price sees the margins follow. Each rounds as
 * shared/compute/pricing does: VAT and rates half away from zero, to the cent and the basis point.
 */
function productFormulas(vatApplicable: boolean, fixedCostsRow: number, t: XlsxContext['t']) {
  const none = formulaText('—');
  return {
    // Under the franchise en base, the price charged is the price itself.
    priceInclVat: (row: number) => (vatApplicable ? `C${row}+ROUND(C${row}*D${row},2)` : `C${row}`),
    unitMargin: (row: number) => `C${row}-B${row}`,
    /** Taux de marque: margin over the selling price. */
    marginRate: (row: number) => `IF(C${row}=0,${none},ROUND(F${row}/C${row},4))`,
    /** Taux de marge: margin over the cost. */
    markupRate: (row: number) => `IF(B${row}=0,${none},ROUND(F${row}/B${row},4))`,
    // In whole cents, so an exact division stays exact before rounding up (half a sale pays nothing).
    breakEven: (row: number) =>
      `IF(F${row}<=0,${formulaText(t('offer.product.breakEvenNone'))},ROUNDUP(ROUND($B$${fixedCostsRow}*100,0)/ROUND(F${row}*100,0),0))`,
  };
}

/**
 * Seuil de rentabilité, point mort and marge de sécurité, from computeBreakEven. The rate, the seuil
 * and the margin are formulas on the cells above (the products' taux de marque, the fixed costs),
 * each carrying the app's value; the date is the app's, the forecast being spread day by day.
 * Returns the next free row and the address of the rate cell (null when there is no rate).
 */
function writeBreakEven(
  sheet: ExcelJS.Worksheet,
  context: XlsxContext,
  start: number,
  cells: { fixedCosts: string; productRows: [number, number] | null },
  lastColumn: number,
): { next: number; rateCell: string | null } {
  const { plan, t, formats } = context;
  const words = (key: string) => t(`offerFigures.breakEven.${key}`);
  const figures = computeBreakEven(plan);
  const revenueGap = breakEvenRevenueGap(plan, figures);
  const dateGap = breakEvenDateGap(plan, figures);
  const hasForecast = plan.company.revenueForecastCents.some((month) => month !== null);
  let row = start;
  writeTitle(sheet, row++, words('title'));

  const rateRow = row++;
  const rate = figures.variableMarginRateBasisPoints;
  const rateCell = rate === null || cells.productRows === null ? null : `B${rateRow}`;
  const [first, last] = cells.productRows ?? [0, 0];
  writeField(
    sheet,
    rateRow,
    words('variableMarginRate'),
    rateCell === null || rate === null
      ? words('noProducts')
      : { formula: `ROUND(AVERAGE(${MARGIN_RATE_COLUMN}${first}:${MARGIN_RATE_COLUMN}${last}),4)`, result: ratio(rate) },
    formats.percent,
  );

  const revenueRow = row++;
  writeField(
    sheet,
    revenueRow,
    words('revenue'),
    revenueGap !== null || figures.revenueCents === null || rateCell === null
      ? words(revenueGap ?? 'noProducts')
      : { formula: `ROUND(${cells.fixedCosts}/${rateCell},2)`, result: euros(figures.revenueCents) },
    formats.euros,
  );

  const forecastRow = row++;
  writeField(sheet, forecastRow, words('forecast'), hasForecast ? euros(computeYearlyForecast(plan.company)) : words('noForecast'), formats.euros);

  writeField(sheet, row++, words('date'), dateGap !== null ? words(dateGap) : figures.date === null ? '—' : isoDateCell(figures.date), formats.date);

  const safetyRow = row++;
  const safety = figures.safetyMarginCents;
  writeField(
    sheet,
    safetyRow,
    words('safetyMargin'),
    safety === null ? '—' : { formula: `B${forecastRow}-B${revenueRow}`, result: euros(safety) },
    formats.euros,
  );
  writeField(
    sheet,
    row++,
    words('safetyMarginShare'),
    safety === null || figures.safetyMarginBasisPoints === null
      ? '—'
      : { formula: `IF(B${forecastRow}=0,"",ROUND(B${safetyRow}/B${forecastRow},4))`, result: ratio(figures.safetyMarginBasisPoints) },
    formats.percent,
  );
  writeWideField(sheet, row++, '', `${words('formula')} ${words('variableMarginRateHelp')}`, lastColumn);
  writeWideField(sheet, row++, '', `${words('dateByApp')} ${words('dateHelp')}`, lastColumn);
  return { next: row, rateCell };
}

/**
 * Products with their prices, margins and break-even volume, then the offer they belong to, the
 * break-even of the whole business; the customer value follows on a sheet of its own.
 */
export function addPricingSheet(workbook: ExcelJS.Workbook, context: XlsxContext): void {
  const { plan, t, formats } = context;
  const { offer } = plan;
  const widths = [30, 14, 14, 11, 14, 14, 14, 14, 20];
  const sheet = addSheet(workbook, context, 'pricing', { widths, frozenRows: 1 });
  const label = (key: string) => t(`offer.product.${key}`);
  // Without VAT (franchise en base), the price including VAT is the price itself, and the VAT columns are greyed.
  const taxed = (product: Product): Product => (offer.vatApplicable ? product : { ...product, vatRateBasisPoints: 0 });
  const franchise = (key: 'unitCost' | 'price', vatLabel: string) => (offer.vatApplicable ? vatLabel : t(`offerFigures.franchiseLabels.${key}`));
  const rate = (value: number | null): CellInput => (value === null ? '—' : ratio(value));
  // The fixed costs sit under the table; the per-product volume divides them, so their row is known first.
  const fixedCostsRow = 2 + plan.products.length + 1 + (offer.vatApplicable ? 0 : 1);
  const rows = new Map(plan.products.map((product, index) => [product, index + 2]));
  const formulas = productFormulas(offer.vatApplicable, fixedCostsRow, t);
  const at = (product: Product) => rows.get(product) ?? 2;
  const breakEven = (product: Product): CellInput => {
    if (offer.fixedCostsCents === null) return label('breakEvenNoCosts');
    const volume = breakEvenVolume(offer.fixedCostsCents, product);
    return { formula: formulas.breakEven(at(product)), result: volume ?? label('breakEvenNone') };
  };

  const afterProducts = writeTable<Product>(
    sheet,
    1,
    [
      { header: label('name'), value: (p) => p.name, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: franchise('unitCost', label('unitCost')), value: (p) => euros(p.unitCostCents), numFmt: formats.euros },
      { header: franchise('price', label('priceExclVat')), value: (p) => euros(p.priceExclVatCents), numFmt: formats.euros },
      { header: label('vatRate'), value: (p) => (offer.vatApplicable ? ratio(p.vatRateBasisPoints) : label('noVat')), numFmt: formats.percent, style: alignRight },
      { header: label('priceInclVat'), value: (p) => ({ formula: formulas.priceInclVat(at(p)), result: euros(priceInclVat(taxed(p))) }), numFmt: formats.euros },
      { header: label('unitMargin'), value: (p) => ({ formula: formulas.unitMargin(at(p)), result: euros(unitMargin(p)) }), numFmt: formats.euros },
      { header: label('marginRate'), value: (p) => ({ formula: formulas.marginRate(at(p)), result: rate(marginRate(p)) as number | string }), numFmt: formats.percent, style: alignRight },
      { header: label('markupRate'), value: (p) => ({ formula: formulas.markupRate(at(p)), result: rate(markupRate(p)) as number | string }), numFmt: formats.percent, style: alignRight },
      { header: label('breakEven'), value: breakEven, numFmt: formats.integer, wrap: true, style: alignRight },
    ],
    plan.products,
  );
  if (!offer.vatApplicable) {
    for (let productRow = 2; productRow < afterProducts; productRow++) {
      for (const column of VAT_COLUMNS) sheet.getCell(productRow, column).font = greyed;
    }
  }

  let row = afterProducts + 1;
  if (!offer.vatApplicable) {
    writeWideField(sheet, row++, label('vatRate'), `${t('offerFigures.vat.notApplicable')}. ${t('offerFigures.amountsTtcUnderFranchise')}`, widths.length);
  }
  row++;
  writeField(
    sheet,
    fixedCostsRow,
    t(offer.vatApplicable ? 'offer.fixedCosts' : 'offerFigures.franchiseLabels.fixedCosts'),
    offer.fixedCostsCents === null ? null : euros(offer.fixedCostsCents),
    formats.euros,
  );
  writeField(sheet, row++, t('offer.priceStrategy'), t(`offer.priceStrategies.${offer.priceStrategy}`));
  sheet.mergeCells(row - 1, 2, row - 1, widths.length);
  const texts: [string, string][] = [
    [t('offer.priceStrategyNote'), offer.priceStrategyNote],
    [t('offer.description'), offer.description],
    [t('offer.competitiveAdvantage'), offer.competitiveAdvantage],
  ];
  for (const [name, value] of texts) writeWideField(sheet, row++, name, value, widths.length);

  const productRows: [number, number] | null = plan.products.length === 0 ? null : [2, afterProducts - 1];
  const wholeBusiness = writeBreakEven(sheet, context, row + 1, { fixedCosts: `B${fixedCostsRow}`, productRows }, widths.length);
  // The customer value's sheet comes right after, its margin rate linked to the break-even rate.
  addCustomerValueSheet(workbook, context, wholeBusiness.rateCell);
}
