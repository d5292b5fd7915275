import type ExcelJS from 'exceljs';
import { planCustomerValue } from '../../../../shared/compute/customerValue';
import { sheetReference } from './budgetFormulas';
import { euros, ratio, setCell, styleSectionTitle, type CellInput } from './cells';
import type { XlsxContext } from './context';
import { addSheet, writeField, writeWideField } from './sheet';

const widths = [46, 18, 30, 30];

function writeTitle(sheet: ExcelJS.Worksheet, rowNumber: number, title: string): void {
  const cell = sheet.getCell(rowNumber, 1);
  setCell(cell, title);
  styleSectionTitle(cell);
}

/**
 * The customer value (valeur moyenne d'un client) on a sheet of its own: the saved inputs as cells
 * to type in, every value a formula on them, as shared/compute/customerValue.ts computes it (the
 * training's formula, each part rounded to the cent). The formulas are there even while an input
 * is missing, so a consultant who fills it in sees the values appear; their cached result is then
 * empty, as the app shows nothing yet. From the products, the margin rate is the offer sheet's
 * break-even rate cell (`productsRateCell`): change a price there and the value follows.
 */
export function addCustomerValueSheet(workbook: ExcelJS.Workbook, context: XlsxContext, productsRateCell: string | null): void {
  const { plan, t, formats } = context;
  const sheet = addSheet(workbook, context, 'customerValue', { widths });
  const inputs = plan.customerValue;
  const figures = planCustomerValue(plan);
  let row = 1;
  writeTitle(sheet, row++, t('customerValuePlan.title'));
  row++;
  const at = (label: string, value: CellInput, numFmt?: string): string => {
    writeField(sheet, row, label, value, numFmt);
    return `B${row++}`;
  };
  const money = (cents: number | null): CellInput => (cents === null ? null : euros(cents));
  const share = (basisPoints: number | null): CellInput => (basisPoints === null ? null : ratio(basisPoints));
  const live = (result: number | null, formula: string): CellInput => ({ formula, result: result === null ? '' : euros(result) });

  writeTitle(sheet, row++, t('xlsx.customerValue.inputsTitle'));
  const basket = at(t('kpis.averageTransaction'), money(inputs.averageTransactionCents), formats.euros);
  const purchases = at(t('kpis.purchasesPerYear'), inputs.purchasesPerYearHundredths === null ? null : inputs.purchasesPerYearHundredths / 100, '0.00');
  const retention = at(t('kpis.retention'), share(inputs.retentionBasisPoints), formats.percent);
  const years = at(t('kpis.years'), inputs.years, formats.integer);
  const perProspect = at(t('kpis.costPerProspect'), money(inputs.costPerProspectCents), formats.euros);
  const conversion = at(t('kpis.conversion'), share(inputs.conversionBasisPoints), formats.percent);
  const fromProducts = figures.marginRateFromProducts && productsRateCell !== null;
  const margin = at(
    t(figures.marginRateFromProducts ? 'customerValuePlan.marginRateOfProducts' : 'kpis.marginRate'),
    fromProducts
      ? { formula: sheetReference(context.sheetNames.pricing, productsRateCell), result: figures.marginRateBasisPoints === null ? '' : ratio(figures.marginRateBasisPoints) }
      : share(figures.marginRateBasisPoints),
    formats.percent,
  );

  row++;
  writeTitle(sheet, row++, t('xlsx.customerValue.resultsTitle'));
  const cac = at(t('kpis.cac'), live(figures.computedAcquisitionCostCents, `IF(${conversion}<=0,"",ROUND(${perProspect}/${conversion},2))`), formats.euros);
  const acquisition = at(
    t('kpis.acquisitionCost'),
    figures.acquisitionCostFromProspects || inputs.acquisitionCostCents === null ? live(figures.acquisitionCostCents, cac) : money(inputs.acquisitionCostCents),
    formats.euros,
  );
  at(t('customerValuePlan.profitPerTransaction'), live(figures.profitPerTransactionCents, `ROUND(${basket}*${margin},2)`), formats.euros);
  const gross = at(
    t('kpis.gross'),
    live(figures.grossCents, `ROUND(${purchases}*${basket},2)+ROUND(${basket}*${retention}*MAX(0,${years}-1),2)`),
    formats.euros,
  );
  at(t('kpis.net'), live(figures.netCents, `${gross}-${acquisition}`), formats.euros);
  const marginGross = at(t('kpis.marginGross'), live(figures.marginGrossCents, `ROUND(${gross}*${margin},2)`), formats.euros);
  at(t('kpis.marginNet'), live(figures.marginNetCents, `${marginGross}-${acquisition}`), formats.euros);

  row++;
  writeWideField(sheet, row++, '', t('customerValuePlan.formula'), widths.length);
  if (figures.laterYearsCountOnePurchase) writeWideField(sheet, row++, '', t('customerValuePlan.laterYearsOnePurchase'), widths.length);
  writeWideField(sheet, row++, '', t('customerValuePlan.workbookNote'), widths.length);
}
