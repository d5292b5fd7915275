import { describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { emptyPlan } from '../../../../shared/plan';
import { englishOptions, frenchOptions, richPlan } from './fixtures';
import { exportAndRead, sheet } from './workbook';

const names = (catalogue: typeof fr | typeof en) => [
  catalogue.xlsx.sheets.summary,
  catalogue.xlsx.sheets.glance,
  catalogue.steps.names.diagnostic,
  catalogue.steps.names.customers,
  catalogue.steps.names.objectives,
  catalogue.steps.names.targets,
  catalogue.steps.names.accounts,
  catalogue.accountsExports.xlsx.pipelineSheet,
  catalogue.steps.names.positioning,
  catalogue.steps.names.offer,
  catalogue.xlsx.sheets.customerValue,
  catalogue.xlsx.sheets.actions,
  catalogue.xlsx.sheets.actionSheets,
  catalogue.steps.names.budget,
  catalogue.steps.names.calendar,
  catalogue.steps.names.kpis,
  catalogue.steps.names.pilotage,
];

describe('the workbook', () => {
  it('has one sheet per part of the plan, named in the export’s language, in the method’s order', async () => {
    for (const [options, catalogue] of [[frenchOptions, fr], [englishOptions, en]] as const) {
      const { workbook } = await exportAndRead(richPlan(), options);
      expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(names(catalogue));
    }
  });

  it('prints every sheet landscape on A4, one page wide, with the plan’s name and page numbers', async () => {
    const { workbook } = await exportAndRead(richPlan(), frenchOptions);
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.pageSetup, worksheet.name).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(worksheet.headerFooter.oddHeader).toContain('Boulangerie Martin 2027');
      expect(worksheet.headerFooter.oddFooter).toContain('Page &P sur &N');
    }
  });

  it('keeps the header rows of its tables bold, frozen and repeated on every printed page', async () => {
    const { workbook } = await exportAndRead(richPlan(), frenchOptions);
    const frozen: [string, number][] = [
      [fr.steps.names.objectives, 1],
      [fr.steps.names.offer, 1],
      [fr.xlsx.sheets.actions, 1],
      [fr.steps.names.budget, 2],
      [fr.steps.names.calendar, 1],
      [fr.steps.names.kpis, 1],
      [fr.steps.names.pilotage, 1],
    ];
    for (const [name, rows] of frozen) {
      const worksheet = sheet(workbook, name);
      expect(worksheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: rows });
      expect(worksheet.pageSetup.printTitlesRow, name).toBe(`1:${rows}`);
      worksheet.getRow(1).eachCell((cell) => expect(cell.font?.bold, `${name}!${cell.address}`).toBe(true));
    }
  });

  it('sets a width for every column it fills, and wraps long texts with room for them', async () => {
    const { workbook } = await exportAndRead(richPlan(), frenchOptions);
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(worksheet.getColumn(cell.col).width, `${worksheet.name}!${cell.address}`).toBeGreaterThan(5);
        }),
      );
    }
    const actions = sheet(workbook, fr.xlsx.sheets.actions);
    const description = actions.getRow(2).getCell(3);
    expect(description.alignment?.wrapText).toBe(true);
    expect(actions.getRow(2).height).toBeGreaterThan(15);
  });

  it('is still a complete workbook for an empty plan', async () => {
    const { workbook } = await exportAndRead(emptyPlan(2027, 'Nouveau plan', '2026-01-01T00:00:00Z'), frenchOptions);
    expect(workbook.worksheets).toHaveLength(15);
    const budget = sheet(workbook, fr.steps.names.budget);
    let total: unknown;
    budget.eachRow((row) => {
      if (row.getCell(1).value === fr.budget.total) total = row.getCell('U').value;
    });
    expect(total).toBe(0);
  });
});
