import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planCustomerValue, type PlanCustomerValue } from '../../../../shared/compute/customerValue';
import { fr } from '../../../../shared/i18n/fr';
import type { Plan } from '../../../../shared/plan';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { frenchOptions } from './fixtures';
import { libreOffice, libreOfficeMissing } from './libreoffice';
import { centsOf, recalculatedByLibreOffice } from './recalculate';
import { exportAndRead, formulaOf, onlyRow, sheet, shown } from './workbook';

/** Inputs a consultant types for a sample that has none: the acquisition cost comes from the prospects. */
const typedInputs = (plan: Plan): Plan => ({
  ...plan,
  customerValue: {
    averageTransactionCents: 4_550,
    purchasesPerYearHundredths: 450,
    retentionBasisPoints: 5_500,
    years: 4,
    acquisitionCostCents: null,
    marginRateBasisPoints: null,
    costPerProspectCents: 320,
    conversionBasisPoints: 800,
  },
});

const money: [keyof PlanCustomerValue, string][] = [
  ['computedAcquisitionCostCents', fr.kpis.cac],
  ['profitPerTransactionCents', fr.customerValuePlan.profitPerTransaction],
  ['grossCents', fr.kpis.gross],
  ['netCents', fr.kpis.net],
  ['marginGrossCents', fr.kpis.marginGross],
  ['marginNetCents', fr.kpis.marginNet],
];

const cell = (worksheet: ExcelJS.Worksheet, label: string) => onlyRow(worksheet, label).getCell(2);

describe.skipIf(!libreOffice)(`the customer-value sheet recalculated by LibreOffice (${libreOffice ? 'soffice' : libreOfficeMissing})`, () => {
  describe.each(sampleIds)('for the %s sample', (id) => {
    it('gives the shared computation’s values, from the sample’s inputs or from typed ones', { timeout: 90_000 }, async () => {
      const sample = buildSample(id, 'fr');
      const plans = Object.values(sample.customerValue).some((value) => value !== null) ? [sample] : [typedInputs(sample)];
      for (const plan of plans) {
        const figures = planCustomerValue(plan);
        const { workbook } = await exportAndRead(plan, frenchOptions);
        const exported = sheet(workbook, fr.xlsx.sheets.customerValue);
        const recalculated = sheet(await recalculatedByLibreOffice(workbook), fr.xlsx.sheets.customerValue);
        let checked = 0;
        for (const [key, label] of money) {
          const expected = figures[key] as number | null;
          expect(formulaOf(cell(exported, label)), `${label} is a formula`).not.toBeNull();
          if (expected === null) continue;
          expect(centsOf(shown(cell(recalculated, label))), label).toBe(expected);
          checked++;
        }
        expect(checked, 'values with every input given').toBeGreaterThanOrEqual(5);
        // The margin rate comes from the products, through the offer sheet's break-even rate.
        expect(formulaOf(cell(exported, fr.customerValuePlan.marginRateOfProducts))?.formula).toMatch(/^'Offre et prix'!B\d+$/);
        expect(Math.round(Number(shown(cell(recalculated, fr.customerValuePlan.marginRateOfProducts))) * 10_000)).toBe(figures.marginRateBasisPoints);
      }
    });
  });

  it('follows a new basket typed on the sheet', { timeout: 60_000 }, async () => {
    const plan = buildSample('salon', 'fr');
    const { workbook } = await exportAndRead(plan, frenchOptions);
    cell(sheet(workbook, fr.xlsx.sheets.customerValue), fr.kpis.averageTransaction).value = 80;
    const expected = planCustomerValue({ ...plan, customerValue: { ...plan.customerValue, averageTransactionCents: 8_000 } });
    const recalculated = sheet(await recalculatedByLibreOffice(workbook), fr.xlsx.sheets.customerValue);
    expect(centsOf(shown(cell(recalculated, fr.kpis.gross)))).toBe(expected.grossCents);
    expect(centsOf(shown(cell(recalculated, fr.kpis.marginNet)))).toBe(expected.marginNetCents);
  });
});
