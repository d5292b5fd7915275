import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { reportOf } from '../../../../shared/report/planReport';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './fixtures';
import { libreOffice, libreOfficeMissing } from './libreoffice';
import { basisPointsOf, centsOf, recalculatedByLibreOffice } from './recalculate';
import { exportAndRead, onlyRow, sheet, shown } from './workbook';

const valueBeside = (worksheet: ExcelJS.Worksheet, label: string): unknown => shown(onlyRow(worksheet, label).getCell(2));

describe.skipIf(!libreOffice)(`the at-a-glance sheet recalculated by LibreOffice (${libreOffice ? 'soffice' : libreOfficeMissing})`, () => {
  describe.each(sampleIds)('for the %s sample', (id) => {
    it('gives the report’s budget, quarters, share of revenue, forecast and growth', { timeout: 90_000 }, async () => {
      for (const [language, options, catalogue] of [['fr', frenchOptions, fr], ['en', englishOptions, en]] as const) {
        const plan = buildSample(id, language);
        const glance = reportOf(plan).atAGlance;
        const { workbook } = await exportAndRead(plan, options);
        const recalculated = await recalculatedByLibreOffice(workbook);
        const summary = sheet(recalculated, catalogue.xlsx.sheets.glance);
        expect(centsOf(valueBeside(summary, catalogue.xlsx.summary.yearBudget)), language).toBe(glance.budget.yearCents);
        glance.budget.quartersCents.forEach((cents, index) => {
          const label = catalogue.budget.quarterShort.replace('{{quarter}}', String(index + 1));
          expect(centsOf(valueBeside(summary, label)), `${language} ${label}`).toBe(cents);
        });
        expect(basisPointsOf(valueBeside(summary, catalogue.xlsx.summary.shareOfRevenue)), language).toBe(glance.budget.shareOfRevenueBasisPoints);
        expect(centsOf(valueBeside(summary, catalogue.company.forecastTitle)), language).toBe(glance.forecast.yearCents);
        expect(glance.forecast.growthBasisPoints, 'the sample has a growth').not.toBeNull();
        expect(basisPointsOf(valueBeside(summary, catalogue.xlsx.glance.growth)), language).toBe(glance.forecast.growthBasisPoints);
        for (const key of glance.keyActions) {
          const row = onlyRow(summary, key.row.action.title);
          expect(centsOf(shown(row.getCell(3))), key.row.action.title).toBe(key.yearCents);
        }
      }
    });
  });

  it('follows a month of forecast revenue changed on the budget sheet, through the share and the growth', { timeout: 60_000 }, async () => {
    const plan = buildSample('salon', 'fr');
    const before = reportOf(plan).atAGlance;
    const { workbook } = await exportAndRead(plan, frenchOptions);
    // January's forecast (E2 on the budget sheet) raised by 10 000 €.
    const january = sheet(workbook, fr.steps.names.budget).getCell('E2');
    january.value = Number(january.value) + 10_000;
    const edited = { ...plan, company: { ...plan.company, revenueForecastCents: plan.company.revenueForecastCents.map((cents, index) => (index === 0 ? (cents ?? 0) + 1_000_000 : cents)) } };
    const after = reportOf(edited).atAGlance;
    expect(after.forecast.growthBasisPoints).not.toBe(before.forecast.growthBasisPoints);
    const summary = sheet(await recalculatedByLibreOffice(workbook), fr.xlsx.sheets.glance);
    expect(centsOf(valueBeside(summary, fr.company.forecastTitle))).toBe(after.forecast.yearCents);
    expect(basisPointsOf(valueBeside(summary, fr.xlsx.glance.growth))).toBe(after.forecast.growthBasisPoints);
    expect(basisPointsOf(valueBeside(summary, fr.xlsx.summary.shareOfRevenue))).toBe(after.budget.shareOfRevenueBasisPoints);
    expect(centsOf(valueBeside(summary, fr.xlsx.summary.yearBudget))).toBe(after.budget.yearCents);
  });
});
