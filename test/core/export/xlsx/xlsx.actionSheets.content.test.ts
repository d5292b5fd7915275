import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../../electron/core/import/xlsx';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { defaultImportLimits } from '../../../../shared/importActions';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './fixtures';
import { exportAndRead, filledCells, rowWith, sheet } from './workbook';

const texts = (worksheet: ExcelJS.Worksheet): unknown[] => filledCells(worksheet).map((cell) => cell.value);

describe.each(sampleIds)('the action sheets of the %s sample', (id) => {
  it.each([['fr', frenchOptions, fr], ['en', englishOptions, en]] as const)('carry every action in full (%s)', async (language, options, catalogue) => {
    const plan = buildSample(id, language);
    const { bytes, workbook } = await exportAndRead(plan, options);
    const actions = sheet(workbook, catalogue.xlsx.sheets.actions);
    const actionSheets = sheet(workbook, catalogue.xlsx.sheets.actionSheets);
    const inActions = texts(actions);
    const words = catalogue.xlsx.actionSheets;
    const headers = actionSheets.getRow(1).values as unknown[];
    const column = (header: string) => headers.indexOf(header);
    expect(headers.slice(1)).toEqual([
      words.action, words.category, words.description, words.objectives, words.segments, words.owner, words.months,
      words.costLines, words.kpis, words.resources, words.successFactors, words.limits, words.review,
    ]);
    for (const action of plan.actions) {
      expect(inActions, action.title).toContain(action.title);
      if (action.description !== '') expect(inActions, `${action.title}: description`).toContain(action.description);
      const row = rowWith(actionSheets, 1, action.title);
      const cell = (header: string) => row.getCell(column(header)).value;
      expect(cell(words.description) ?? '').toBe(action.description);
      expect(cell(words.resources) ?? '').toBe(action.detail.resources);
      expect(cell(words.successFactors) ?? '').toBe(action.detail.successFactors);
      expect(cell(words.limits) ?? '').toBe(action.detail.limits);
      expect(cell(words.review) ?? '').toBe(action.detail.review);
      const costLines = String(cell(words.costLines) ?? '').split('\n').filter(Boolean);
      expect(costLines, `${action.title}: one line per cost`).toHaveLength(action.costLines.length);
      action.costLines.forEach((line, index) => expect(costLines[index].startsWith(line.label), line.label).toBe(true));
      const kpis = String(cell(words.kpis) ?? '').split('\n').filter(Boolean);
      expect(kpis, `${action.title}: one line per KPI`).toHaveLength(action.kpis.length);
      action.kpis.forEach((kpi, index) => {
        expect(kpis[index].startsWith(kpi.name), kpi.name).toBe(true);
        expect(kpis[index]).toContain(kpi.target);
        if (kpi.baseline) expect(kpis[index]).toContain(kpi.baseline);
      });
    }
    expect(actionSheets.rowCount).toBe(plan.actions.length + 1);
    // The importer still reads the actions sheet, not this one.
    const table = await readXlsx(bytes, defaultImportLimits);
    expect(table.sheetName).toBe(catalogue.xlsx.sheets.actions);
  });
});

describe('a cost line in the action sheets', () => {
  it('says its amount, its period and its total for the year, in French', async () => {
    const plan = buildSample('bakery', 'fr');
    const action = plan.actions.find((candidate) => candidate.costLines.some((line) => line.kind === 'fixed'))!;
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const actionSheets = sheet(workbook, fr.xlsx.sheets.actionSheets);
    const row = rowWith(actionSheets, 1, action.title);
    const headers = actionSheets.getRow(1).values as unknown[];
    const lines = String(row.getCell(headers.indexOf(fr.xlsx.actionSheets.costLines)).value).split('\n');
    const fixed = action.costLines.findIndex((line) => line.kind === 'fixed');
    // "Création : 850,00 €, T1 (850,00 € sur l’année)", with the narrow spaces of fr-FR.
    expect(lines[fixed]).toMatch(/^.+ : [\d\s\u202f]+,\d\d\s€, .+ \([\d\s\u202f]+,\d\d\s€ sur l’année\)$/);
  });
});
