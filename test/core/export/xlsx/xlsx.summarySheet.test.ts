import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planWarnings } from '../../../../shared/coach/progress';
import { wordWarning } from '../../../../shared/coach/wording';
import { computeBudget } from '../../../../shared/compute/budget';
import { computeYearlyForecast } from '../../../../shared/compute/revenue';
import { createTranslator } from '../../../../shared/i18n';
import { fr } from '../../../../shared/i18n/fr';
import { authorOptions, frenchOptions, richPlan } from './fixtures';
import { euros, exportAndRead, filledCells, formulaOf, onlyRow, sheet, shown } from './workbook';

const valueBeside = (worksheet: ExcelJS.Worksheet, label: string): ExcelJS.Cell => onlyRow(worksheet, label).getCell(2);

describe('the summary sheet', () => {
  it('names the plan, the company, the year and the day the document was made', async () => {
    const plan = richPlan();
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const summary = sheet(workbook, fr.xlsx.sheets.summary);
    expect(summary.getCell('A1').value).toBe(plan.meta.title);
    expect(summary.getCell('A1').font.size).toBeGreaterThan(14);
    expect(summary.getCell('A2').value).toBe('Plan marketing 2027');
    expect(valueBeside(summary, fr.steps.names.company).value).toBe(plan.company.name);
    expect(valueBeside(summary, fr.company.planYear).value).toBe(2027);
    const generated = valueBeside(summary, fr.xlsx.summary.generatedAt);
    expect(generated.value).toEqual(new Date('2026-10-01T00:00:00Z'));
    expect(generated.numFmt).toBe('dd/mm/yyyy');
  });

  it('leaves the author out when there is none', async () => {
    const { workbook } = await exportAndRead(richPlan(), frenchOptions);
    const summary = sheet(workbook, fr.xlsx.sheets.summary);
    expect(filledCells(summary).map((cell) => cell.value)).not.toContain(fr.xlsx.summary.preparedBy);
    expect(summary.getImages()).toHaveLength(0);
  });

  it('shows the author’s identity and logo when given', async () => {
    const { workbook } = await exportAndRead(richPlan(), authorOptions);
    const summary = sheet(workbook, fr.xlsx.sheets.summary);
    const author = authorOptions.author!;
    expect(valueBeside(summary, fr.xlsx.summary.preparedBy).value).toBe(author.name);
    expect(valueBeside(summary, fr.xlsx.summary.organisation).value).toBe(author.organisation);
    expect(valueBeside(summary, fr.xlsx.summary.contact).value).toBe(author.contact);
    const images = summary.getImages();
    expect(images).toHaveLength(1);
    const media = workbook.getImage(Number(images[0].imageId));
    expect(media.extension).toBe('png');
    expect(Buffer.from(media.buffer as unknown as Uint8Array).equals(Buffer.from(author.logo!.base64, 'base64'))).toBe(true);
    expect(workbook.creator).toBe(author.name);
  });

  it('gives the key totals as links to the budget sheet, cached with the app’s figures', async () => {
    const plan = richPlan();
    const budget = computeBudget(plan);
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const summary = sheet(workbook, fr.xlsx.sheets.summary);
    const budgetSheet = sheet(workbook, fr.steps.names.budget);
    const linked = (label: string) => {
      const cell = valueBeside(summary, label);
      const formula = formulaOf(cell);
      const [, address] = /^'Budget'!([A-Z]+\d+)$/.exec(formula?.formula ?? '') ?? [];
      expect(address, label).toBeDefined();
      expect(shown(budgetSheet.getCell(address)), label).toEqual(formula!.result);
      return { cell, result: formula!.result };
    };
    const revenue = linked(fr.company.forecastTitle);
    expect(revenue.result).toBe(euros(computeYearlyForecast(plan.company)));
    const total = linked(fr.xlsx.summary.yearBudget);
    expect(total.result).toBe(euros(budget.yearCents));
    expect(total.cell.numFmt).toBe('#,##0.00 "€"');
    const share = linked(fr.xlsx.summary.shareOfRevenue);
    expect(share.result).toBe(budget.shareOfRevenueBasisPoints! / 10_000);
    expect(share.cell.numFmt).toContain('%');
    const hours = linked(fr.xlsx.summary.internalHours);
    expect(hours.result).toBeCloseTo(budget.yearMinutes / 60, 9);
  });

  it('counts the open warnings and words each one as the app does', async () => {
    const plan = richPlan();
    const warnings = planWarnings(plan);
    expect(warnings.length).toBeGreaterThan(2);
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const summary = sheet(workbook, fr.xlsx.sheets.summary);
    expect(valueBeside(summary, fr.xlsx.summary.openWarnings).value).toBe(warnings.length);
    const t = createTranslator('fr');
    const header = onlyRow(summary, fr.xlsx.summary.step, fr.xlsx.summary.remark, fr.xlsx.summary.severity).number;
    warnings.forEach((warning, index) => {
      const row = summary.getRow(header + 1 + index);
      expect(row.getCell(1).value).toBe(fr.steps.names[warning.step]);
      expect(row.getCell(2).value).toBe(wordWarning(t, warning));
      expect(row.getCell(3).value).toBe(fr.check.severity[warning.severity]);
    });
  });
});
