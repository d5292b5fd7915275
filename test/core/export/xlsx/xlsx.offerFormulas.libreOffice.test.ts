import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../../shared/compute/pricing';
import { fr } from '../../../../shared/i18n/fr';
import type { Plan, Product } from '../../../../shared/plan';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { frenchOptions } from './fixtures';
import { libreOffice, libreOfficeMissing } from './libreoffice';
import { basisPointsOf, centsOf, recalculatedByLibreOffice } from './recalculate';
import { exportAndRead, formulaOf, onlyRow, sheet, shown } from './workbook';

/** Columns of the product table: B cost, C price excl. VAT, E incl. VAT, F margin, G taux de marque, H taux de marge, I volume. */
function expectPricesOf(worksheet: ExcelJS.Worksheet, plan: Plan, product: Product): void {
  const row = onlyRow(worksheet, product.name);
  const taxed = plan.offer.vatApplicable ? product : { ...product, vatRateBasisPoints: 0 };
  expect(centsOf(shown(row.getCell('E'))), `${product.name} TTC`).toBe(priceInclVat(taxed));
  expect(centsOf(shown(row.getCell('F'))), `${product.name} margin`).toBe(unitMargin(product));
  expect(basisPointsOf(shown(row.getCell('G'))), `${product.name} taux de marque`).toBe(marginRate(product));
  expect(basisPointsOf(shown(row.getCell('H'))), `${product.name} taux de marge`).toBe(markupRate(product));
  if (plan.offer.fixedCostsCents !== null) {
    expect(shown(row.getCell('I')), `${product.name} volume`).toBe(breakEvenVolume(plan.offer.fixedCostsCents, product) ?? fr.offer.product.breakEvenNone);
  }
}

describe('the offer sheet’s prices and margins', () => {
  it('are formulas on the cost, the price excl. VAT and the VAT rate', async () => {
    const plan = buildSample('bakery', 'fr');
    const pricing = sheet((await exportAndRead(plan, frenchOptions)).workbook, fr.steps.names.offer);
    const row = onlyRow(pricing, plan.products[0].name);
    const n = row.number;
    expect(formulaOf(row.getCell('E'))?.formula).toBe(`C${n}+ROUND(C${n}*D${n},2)`);
    expect(formulaOf(row.getCell('F'))?.formula).toBe(`C${n}-B${n}`);
    expect(formulaOf(row.getCell('G'))?.formula).toBe(`IF(C${n}=0,"—",ROUND(F${n}/C${n},4))`);
    expect(formulaOf(row.getCell('H'))?.formula).toBe(`IF(B${n}=0,"—",ROUND(F${n}/B${n},4))`);
    expect(row.getCell('C').numFmt).toBe('#,##0.00 "€"');
    expect(row.getCell('G').numFmt).toBe('0.00 %');
  });
});

describe.skipIf(!libreOffice)(`the offer sheet recalculated by LibreOffice (${libreOffice ? 'soffice' : libreOfficeMissing})`, () => {
  describe.each(sampleIds)('for the %s sample', (id) => {
    it('gives the pricing functions’ figures, and follows a price changed in the sheet', { timeout: 90_000 }, async () => {
      const plan = buildSample(id, 'fr');
      const { workbook } = await exportAndRead(plan, frenchOptions);
      const [changed, ...others] = plan.products;
      // A consultant raises the first product's price excl. VAT by a third, to an odd cent.
      const newPrice = Math.round((changed.priceExclVatCents * 4) / 3) + 1;
      const priceCell = onlyRow(sheet(workbook, fr.steps.names.offer), changed.name).getCell('C');
      priceCell.value = newPrice / 100;
      const recalculated = sheet(await recalculatedByLibreOffice(workbook), fr.steps.names.offer);
      const repriced = { ...changed, priceExclVatCents: newPrice };
      expectPricesOf(recalculated, plan, repriced);
      expect(marginRate(repriced)).not.toBe(marginRate(changed));
      expect(basisPointsOf(shown(onlyRow(recalculated, changed.name).getCell('G')))).not.toBe(marginRate(changed));
      for (const product of others) expectPricesOf(recalculated, plan, product);
    });
  });

  it('prices TTC as the price itself under the franchise en base, margins still following', { timeout: 60_000 }, async () => {
    const sample = buildSample('salon', 'fr');
    const plan = { ...sample, offer: { ...sample.offer, vatApplicable: false } };
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const product = plan.products[1];
    onlyRow(sheet(workbook, fr.steps.names.offer), product.name).getCell('B').value = 7.77;
    const recalculated = sheet(await recalculatedByLibreOffice(workbook), fr.steps.names.offer);
    expectPricesOf(recalculated, plan, { ...product, unitCostCents: 777 });
  });
});
