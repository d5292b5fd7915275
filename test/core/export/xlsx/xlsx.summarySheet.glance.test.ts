import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { reportOf } from '../../../../shared/report/planReport';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './fixtures';
import { euros, exportAndRead, filledCells, formulaOf, onlyRow, sheet, shown } from './workbook';

const beside = (worksheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell => onlyRow(worksheet, label).getCell(2);

describe.each(sampleIds)('the at-a-glance sheet of the %s sample', (id) => {
  it.each([['fr', frenchOptions, fr], ['en', englishOptions, en]] as const)('mirrors « L’essentiel du plan » (%s)', async (language, options, catalogue) => {
    const plan = buildSample(id, language);
    const glance = reportOf(plan).atAGlance;
    const { workbook } = await exportAndRead(plan, options);
    expect(workbook.worksheets[1].name).toBe(catalogue.xlsx.sheets.glance);
    const summary = sheet(workbook, catalogue.xlsx.sheets.glance);
    expect(summary.getCell('A1').value).toBe(catalogue.xlsx.glance.title);
    expect(String(beside(summary, catalogue.xlsx.glance.company).value)).toContain(plan.company.name);

    for (const objective of glance.objectives) {
      const row = onlyRow(summary, objective.title);
      expect([row.getCell(3).value ?? '', row.getCell(4).value ?? ''], objective.title).toEqual([objective.baseline, objective.target]);
      if (objective.deadline !== '') expect(row.getCell(6).value).toEqual(new Date(`${objective.deadline}T00:00:00Z`));
    }
    expect(glance.coreTargets.length).toBeGreaterThan(0);
    for (const segment of glance.coreTargets) expect(beside(summary, segment.name).value ?? '').toBe(segment.description);

    // The budget figures are links to the budget sheet, cached with the report's values.
    const year = formulaOf(beside(summary, catalogue.xlsx.summary.yearBudget));
    expect(year?.formula).toMatch(/^'Budget'!U\d+$/);
    expect(year?.result).toBe(euros(glance.budget.yearCents));
    ['Q', 'R', 'S', 'T'].forEach((letter, index) => {
      const quarter = formulaOf(beside(summary, catalogue.budget.quarterShort.replace('{{quarter}}', String(index + 1))));
      expect(quarter?.formula).toMatch(new RegExp(`^'Budget'!${letter}\\d+$`));
      expect(quarter?.result).toBe(euros(glance.budget.quartersCents[index]));
    });
    expect(shown(beside(summary, catalogue.xlsx.glance.growth))).toBe(glance.forecast.growthBasisPoints! / 10_000);
    expect(formulaOf(beside(summary, catalogue.xlsx.glance.growth))?.formula).toMatch(/^IF\(OR\(/);

    expect(glance.keyActions.length).toBeGreaterThanOrEqual(3);
    for (const key of glance.keyActions) {
      const row = onlyRow(summary, key.row.action.title);
      expect(shown(row.getCell(3))).toBe(euros(key.yearCents));
      expect(row.getCell(4).value).toBe(key.objectivesServed);
    }
    expect(shown(beside(summary, catalogue.offerFigures.breakEven.revenue))).toBe(euros(glance.breakEven.revenueCents!));
    expect(beside(summary, catalogue.xlsx.glance.breakEvenDate).value).toEqual(new Date(`${glance.breakEven.date}T00:00:00Z`));
    expect(beside(summary, catalogue.check.severity.warning).value).toBe(glance.warningsBySeverity.warning);
    expect(beside(summary, catalogue.check.severity.info).value).toBe(glance.warningsBySeverity.info);
    expect(filledCells(summary).some((cell) => cell.value === catalogue.xlsx.glance.linkedFigures)).toBe(true);
  });
});
