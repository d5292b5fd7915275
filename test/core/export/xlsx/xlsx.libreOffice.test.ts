import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeBudget } from '../../../../shared/compute/budget';
import { fr } from '../../../../shared/i18n/fr';
import { authorOptions, frenchOptions, hostilePlan, injections, richPlan } from './fixtures';
import { convertWithLibreOffice, libreOffice, libreOfficeMissing } from './libreoffice';
import { exportAndRead, filledCells, isFormula, onlyRow, readWorkbook, sheet, shown } from './workbook';

const cents = (value: unknown) => Math.round(Number(value) * 100);

/**
 * The workbook with every formula's cached result removed: whatever LibreOffice shows afterwards,
 * it computed itself.
 */
async function withoutCachedResults(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const worksheet of workbook.worksheets) {
    for (const cell of filledCells(worksheet)) if (isFormula(cell.value)) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The budget's total row, by column letter, as numbers in cents. */
function totals(workbook: ExcelJS.Workbook): Record<string, number> {
  const budget = sheet(workbook, fr.steps.names.budget);
  const row = onlyRow(budget, fr.budget.total);
  const values: Record<string, number> = {};
  row.eachCell((cell) => {
    if (Number(cell.col) > 4) values[cell.address.replace(/\d+$/, '')] = cents(shown(cell));
  });
  return values;
}

const monthLetters = 'EFGHIJKLMNOP'.split('');
const quarterLetters = ['Q', 'R', 'S', 'T'];

describe.skipIf(!libreOffice)(`the workbook in LibreOffice (${libreOffice ? 'soffice' : libreOfficeMissing})`, () => {
  it('converts to PDF, a page or more per sheet', async () => {
    const { bytes } = await exportAndRead(richPlan(), authorOptions);
    const pdf = convertWithLibreOffice(bytes, 'pdf');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(10);
  }, 40_000);

  it('recalculates every formula to the app’s figures, and keeps typed text as text', async () => {
    const plan = hostilePlan();
    const budget = computeBudget(plan);
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const recalculated = await readWorkbook(convertWithLibreOffice(await withoutCachedResults(workbook), 'xlsx'));
    const total = totals(recalculated);
    monthLetters.forEach((letter, index) => expect(total[letter], letter).toBe(budget.monthsCents[index]));
    quarterLetters.forEach((letter, index) => expect(total[letter], letter).toBe(budget.quartersCents[index]));
    expect(total.U).toBe(budget.yearCents);
    const share = shown(onlyRow(sheet(recalculated, fr.steps.names.budget), fr.budget.shareOfRevenue).getCell('U'));
    expect(Math.round(Number(share) * 10_000)).toBe(budget.shareOfRevenueBasisPoints);
    const summary = sheet(recalculated, fr.xlsx.sheets.summary);
    expect(cents(shown(onlyRow(summary, fr.xlsx.summary.yearBudget).getCell(2)))).toBe(budget.yearCents);
    expect(summary.getCell('A1').value).toBe(injections[0]);
    for (const worksheet of recalculated.worksheets) {
      for (const cell of filledCells(worksheet)) {
        if (isFormula(cell.value)) expect(cell.formula, `${worksheet.name}!${cell.address}`).not.toMatch(/HYPERLINK|1\+1|SUM\(A1\)/);
      }
    }
  }, 40_000);

  it('carries a Q2 typed over by hand into the Q2 total and the year totals, to the cent', async () => {
    const plan = richPlan();
    const budget = computeBudget(plan);
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const budgetSheet = sheet(workbook, fr.steps.names.budget);
    const action = plan.actions.find((candidate) => candidate.title === 'Atelier œufs de Pâques')!;
    const row = onlyRow(budgetSheet, action.title, fr.actionPlan.categories[action.category], 'Animation');
    const before = cents(shown(row.getCell('R')));
    const rowYearBefore = cents(shown(row.getCell('U')));
    expect(before).toBeGreaterThan(0);
    const typed = 1_234.56;
    row.getCell('R').value = typed;
    const difference = cents(typed) - before;

    const recalculated = await readWorkbook(convertWithLibreOffice(await withoutCachedResults(workbook), 'xlsx'));
    const total = totals(recalculated);
    expect(total.R).toBe(budget.quartersCents[1] + difference);
    expect(total.U).toBe(budget.yearCents + difference);
    expect(total.Q).toBe(budget.quartersCents[0]);
    const edited = sheet(recalculated, fr.steps.names.budget).getRow(row.number);
    expect(cents(shown(edited.getCell('R')))).toBe(cents(typed));
    expect(cents(shown(edited.getCell('U')))).toBe(rowYearBefore + difference);
    const summary = sheet(recalculated, fr.xlsx.sheets.summary);
    expect(cents(shown(onlyRow(summary, fr.xlsx.summary.yearBudget).getCell(2)))).toBe(budget.yearCents + difference);
  }, 40_000);
});
