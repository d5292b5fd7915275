import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../electron/core/export/xlsx';
import { en } from '../../../shared/i18n/en';
import { fr } from '../../../shared/i18n/fr';
import type { Plan } from '../../../shared/plan';
import { buildSample } from '../../../shared/samples';
import { preview } from './helpers';

type Language = 'fr' | 'en';

/** The sample's workbook as exported, then edited on its « Pilotage » sheet as an owner would in Excel. */
async function editedWorkbook(plan: Plan, language: Language, edit: (sheet: ExcelJS.Worksheet, rowOf: (title: string) => number) => void): Promise<Buffer> {
  const bytes = await exportXlsx(plan, { language, author: null, generatedAt: new Date('2027-04-02T08:00:00Z') });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet((language === 'fr' ? fr : en).steps.names.pilotage);
  if (!sheet) throw new Error('no steering sheet');
  const rowOf = (title: string) => {
    for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === title) return row;
    throw new Error(`no row ${title}`);
  };
  edit(sheet, rowOf);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Column of a month on the sheet: C is January. */
const month = (number: number) => 2 + number;

describe.each<Language>(['fr', 'en'])('the « Pilotage » sheet of our workbook read back (%s)', (language) => {
  it('brings nothing new when the sheet is as exported', async () => {
    const plan = buildSample('salon', language);
    const read = await preview(await editedWorkbook(plan, language, () => {}), plan);
    expect(read.actuals).toEqual({ sheetName: (language === 'fr' ? fr : en).steps.names.pilotage, changes: [], skipped: [] });
  });

  it('takes the amounts typed as numbers or as French text, leaves blank months alone, and says what changes', async () => {
    const plan = buildSample('salon', language);
    const [first, second] = plan.actions.filter((action) => action.actualSpendCents[0] !== null);
    const read = await preview(
      await editedWorkbook(plan, language, (sheet, rowOf) => {
        sheet.getCell(rowOf(first.title), month(4)).value = 280.1;
        sheet.getCell(rowOf(first.title), month(1)).value = null;
        sheet.getCell(rowOf(second.title), month(5)).value = '1 234,50 €';
      }),
      plan,
    );
    expect(read.actuals?.skipped).toEqual([]);
    expect(read.actuals?.changes).toEqual([
      { row: expect.any(Number), actionId: first.id, title: first.title, before: first.actualSpendCents, after: first.actualSpendCents.map((cents, index) => (index === 3 ? 28_010 : cents)), changedMonths: [4] },
      { row: expect.any(Number), actionId: second.id, title: second.title, before: second.actualSpendCents, after: second.actualSpendCents.map((cents, index) => (index === 4 ? 123_450 : cents)), changedMonths: [5] },
    ]);
  });

  it('skips, and says, a row whose amount is not one, a title no action has, and a title two actions share', async () => {
    const plan = buildSample('salon', language);
    const [first, second, third] = plan.actions;
    const twins: Plan = { ...plan, actions: plan.actions.map((action) => (action.id === third.id ? { ...action, title: second.title } : action)) };
    const read = await preview(
      await editedWorkbook(plan, language, (sheet, rowOf) => {
        sheet.getCell(rowOf(first.title), month(6)).value = 'beaucoup';
        sheet.getCell(rowOf(second.title), month(6)).value = 100;
        sheet.getCell(rowOf(third.title), 1).value = 'Une action inventée';
        sheet.getCell(rowOf('Une action inventée'), month(6)).value = 50;
      }),
      twins,
    );
    expect(read.actuals?.changes).toEqual([]);
    expect(read.actuals?.skipped.map(({ title, code, params }) => ({ title, code, params }))).toEqual([
      { title: first.title, code: 'invalidAmount', params: { month: 6 } },
      { title: second.title, code: 'ambiguousTitle', params: undefined },
      { title: 'Une action inventée', code: 'unknownAction', params: undefined },
    ]);
  });
});

describe('a workbook without a « Pilotage » sheet', () => {
  it('has no actual spend in its preview', async () => {
    const plan = buildSample('bakery', 'fr');
    const bytes = await exportXlsx(plan, { language: 'fr', author: null, generatedAt: new Date('2027-04-02T08:00:00Z') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    workbook.removeWorksheet(workbook.getWorksheet(fr.steps.names.pilotage)!.id);
    const read = await preview(Buffer.from(await workbook.xlsx.writeBuffer()), plan);
    expect(read.actuals).toBeUndefined();
    expect(read.accepted.length).toBe(plan.actions.length);
  });
});
