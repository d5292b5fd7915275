import { describe, expect, it } from 'vitest';
import { actionSheetColumns, listSeparator } from '../../../../shared/actionSheet';
import { computeBudget } from '../../../../shared/compute/budget';
import { summaryRows } from '../../../../shared/compute/summaryRows';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { emptyPlan } from '../../../../shared/plan';
import { englishOptions, frenchOptions, richPlan } from './fixtures';
import { euros, exportAndRead, filledCells, isFormula, sheet } from './workbook';

describe('the actions sheet, read back by the action importer', () => {
  it('has exactly the shared columns, headed in the export’s language on row 1', async () => {
    for (const [options, catalogue] of [[frenchOptions, fr], [englishOptions, en]] as const) {
      const { workbook } = await exportAndRead(richPlan(), options);
      const actions = sheet(workbook, catalogue.xlsx.sheets.actions);
      expect(actions.getRow(1).values).toEqual([undefined, ...actionSheetColumns.map((id) => catalogue.xlsx.actionColumns[id])]);
      expect(actions.getRow(1).getCell(1).font.bold).toBe(true);
      expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('holds one plain row per action, in the summary’s order, with the summary’s figures', async () => {
    const plan = richPlan();
    const rows = summaryRows(plan, computeBudget(plan));
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const actions = sheet(workbook, fr.xlsx.sheets.actions);
    expect(actions.rowCount).toBe(rows.length + 1);
    const column = (id: (typeof actionSheetColumns)[number]) => actionSheetColumns.indexOf(id) + 1;
    rows.forEach((expected, index) => {
      const row = actions.getRow(index + 2);
      const { action } = expected;
      expect(row.getCell(column('category')).value).toBe(fr.actionPlan.categories[expected.category]);
      expect(row.getCell(column('title')).value).toBe(action.title);
      expect(row.getCell(column('description')).value).toBe(action.description || null);
      expect(row.getCell(column('objectives')).value).toBe(expected.objectiveTitles.join(listSeparator) || null);
      expect(row.getCell(column('segments')).value).toBe(expected.segmentNames.join(listSeparator) || null);
      expect(row.getCell(column('kpis')).value).toBe(expected.kpiNames.join(listSeparator) || null);
      expect(row.getCell(column('owner')).value).toBe(action.owner.name || null);
      (['q1', 'q2', 'q3', 'q4'] as const).forEach((quarter, q) => {
        expect(row.getCell(column(quarter)).value, `${action.title} ${quarter}`).toBe(euros(expected.quartersCents[q]));
        expect(row.getCell(column(quarter)).numFmt).toBe('#,##0.00 "€"');
      });
      expect(row.getCell(column('total')).value).toBe(euros(expected.cost.totalCents));
      expect(row.getCell(column('months')).value).toBe(action.activeMonths.map((month) => fr.months.short[month - 1]).join(listSeparator));
    });
    expect(rows.map((row) => row.objectiveTitles.length)).toContain(2);
  });

  it('keeps nothing an importer would trip on: no formula, no merged cell, no title row', async () => {
    const { workbook } = await exportAndRead(richPlan(), frenchOptions);
    const actions = sheet(workbook, fr.xlsx.sheets.actions);
    expect(filledCells(actions).filter((cell) => isFormula(cell.value))).toEqual([]);
    expect(filledCells(actions).filter((cell) => cell.isMerged)).toEqual([]);
    expect(actions.getCell('A1').value).toBe(fr.xlsx.actionColumns.category);
  });

  it('writes months in English short names for an English export', async () => {
    const plan = richPlan();
    const { workbook } = await exportAndRead(plan, englishOptions);
    const actions = sheet(workbook, en.xlsx.sheets.actions);
    const months = actionSheetColumns.indexOf('months') + 1;
    const newsletter = plan.actions.find((action) => action.activeMonths.length === 12)!;
    let found = false;
    actions.eachRow((row) => {
      if (row.getCell(2).value === newsletter.title) {
        found = true;
        expect(row.getCell(months).value).toBe(en.months.short.join(' ; '));
        expect(row.getCell(1).value).toBe(en.actionPlan.categories[newsletter.category]);
      }
    });
    expect(found).toBe(true);
  });

  it('is only a header for a plan without actions', async () => {
    const { workbook } = await exportAndRead(emptyPlan(2027, 'Vide', '2026-01-01T00:00:00Z'), frenchOptions);
    expect(sheet(workbook, fr.xlsx.sheets.actions).rowCount).toBe(1);
  });
});
