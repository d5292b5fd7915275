import type ExcelJS from 'exceljs';
import { breakEvenDateGap, breakEvenRevenueGap, computeBreakEven } from '../../../../shared/compute/breakEven';
import { planCustomerValue } from '../../../../shared/compute/customerValue';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../shared/compute/pricing';
import { computeYearlyForecast } from '../../../../shared/compute/revenue';
import type { Product } from '../../../../shared/plan';
import { alignRight, euros, font, isoDateCell, ratio, setCell, styleSectionTitle, type CellInput } from './cells';
import type { XlsxContext } from './context';
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
 * The customer value saved with the plan: its inputs as cells to type in, the values as formulas on
 * them (the training's formula, each part rounded to the cent as the app does).
 */
function writeCustomerValue(sheet: ExcelJS.Worksheet, context: XlsxContext, start: number, rateCell: string | null, lastColumn: number): number {
  const { plan, t, formats } = context;
  const inputs = plan.customerValue;
  const figures = planCustomerValue(plan);
  let row = start;
  writeTitle(sheet, row++, t('customerValuePlan.title'));
  const at = (label: string, value: CellInput, numFmt?: string): string => {
    writeField(sheet, row, label, value, numFmt);
    return `B${row++}`;
  };
  const money = (cents: number | null): CellInput => (cents === null ? null : euros(cents));
  const share = (basisPoints: number | null): CellInput => (basisPoints === null ? null : ratio(basisPoints));
  const ready = (result: number | null, formula: string): CellInput => (result === null ? null : { formula, result: euros(result) });

  const basket = at(t('kpis.averageTransaction'), money(inputs.averageTransactionCents), formats.euros);
  const purchases = at(t('kpis.purchasesPerYear'), inputs.purchasesPerYearHundredths === null ? null : inputs.purchasesPerYearHundredths / 100, '0.00');
  const retention = at(t('kpis.retention'), share(inputs.retentionBasisPoints), formats.percent);
  const years = at(t('kpis.years'), inputs.years, formats.integer);
  const perProspect = at(t('kpis.costPerProspect'), money(inputs.costPerProspectCents), formats.euros);
  const conversion = at(t('kpis.conversion'), share(inputs.conversionBasisPoints), formats.percent);
  const cac = at(t('kpis.cac'), ready(figures.computedAcquisitionCostCents, `IF(${conversion}<=0,"",ROUND(${perProspect}/${conversion},2))`), formats.euros);
  const acquisition = at(
    t('kpis.acquisitionCost'),
    figures.acquisitionCostFromProspects ? ready(figures.acquisitionCostCents, cac) : money(inputs.acquisitionCostCents),
    formats.euros,
  );
  // From the products, the rate is the break-even block's own average: one cell to change.
  const margin = at(
    t(figures.marginRateFromProducts ? 'customerValuePlan.marginRateOfProducts' : 'kpis.marginRate'),
    figures.marginRateBasisPoints === null
      ? null
      : figures.marginRateFromProducts && rateCell !== null
        ? { formula: rateCell, result: ratio(figures.marginRateBasisPoints) }
        : ratio(figures.marginRateBasisPoints),
    formats.percent,
  );
  at(t('customerValuePlan.profitPerTransaction'), ready(figures.profitPerTransactionCents, `ROUND(${basket}*${margin},2)`), formats.euros);
  const gross = at(
    t('kpis.gross'),
    ready(figures.grossCents, `ROUND(${purchases}*${basket},2)+ROUND(${basket}*${retention}*MAX(0,${years}-1),2)`),
    formats.euros,
  );
  at(t('kpis.net'), ready(figures.netCents, `${gross}-${acquisition}`), formats.euros);
  const marginGross = at(t('kpis.marginGross'), ready(figures.marginGrossCents, `ROUND(${gross}*${margin},2)`), formats.euros);
  at(t('kpis.marginNet'), ready(figures.marginNetCents, `${marginGross}-${acquisition}`), formats.euros);
  writeWideField(sheet, row++, '', t('customerValuePlan.formula'), lastColumn);
  if (figures.laterYearsCountOnePurchase) writeWideField(sheet, row++, '', t('customerValuePlan.laterYearsOnePurchase'), lastColumn);
  writeWideField(sheet, row++, '', t('customerValuePlan.workbookNote'), lastColumn);
  return row;
}

/**
 * Products with their prices, margins and break-even volume, then the offer they belong to, the
 * break-even of the whole business and the customer value.
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
  const breakEven = (product: Product): CellInput => {
    if (offer.fixedCostsCents === null) return label('breakEvenNoCosts');
    return breakEvenVolume(offer.fixedCostsCents, product) ?? label('breakEvenNone');
  };

  const afterProducts = writeTable<Product>(
    sheet,
    1,
    [
      { header: label('name'), value: (p) => p.name, wrap: true, style: (cell) => (cell.font = font({ bold: true })) },
      { header: franchise('unitCost', label('unitCost')), value: (p) => euros(p.unitCostCents), numFmt: formats.euros },
      { header: franchise('price', label('priceExclVat')), value: (p) => euros(p.priceExclVatCents), numFmt: formats.euros },
      { header: label('vatRate'), value: (p) => (offer.vatApplicable ? ratio(p.vatRateBasisPoints) : label('noVat')), numFmt: formats.percent, style: alignRight },
      { header: label('priceInclVat'), value: (p) => euros(priceInclVat(taxed(p))), numFmt: formats.euros },
      { header: label('unitMargin'), value: (p) => euros(unitMargin(p)), numFmt: formats.euros },
      { header: label('marginRate'), value: (p) => rate(marginRate(p)), numFmt: formats.percent, style: alignRight },
      { header: label('markupRate'), value: (p) => rate(markupRate(p)), numFmt: formats.percent, style: alignRight },
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
  const fixedCostsRow = row++;
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
  if (Object.values(plan.customerValue).some((value) => value !== null)) {
    writeCustomerValue(sheet, context, wholeBusiness.next + 1, wholeBusiness.rateCell, widths.length);
  }
}
