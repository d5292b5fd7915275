import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { emptyPlan, rgpdItemIds } from '../../../../shared/plan';
import { customersPlan } from '../../../shared/rgpd/customersPlan';
import { englishOptions, frenchOptions } from './fixtures';
import { exportAndRead, onlyRow, rowWith, sheet } from './workbook';

const figure = fr.customers.figures;
const fontColour = (cell: ExcelJS.Cell) => cell.font?.color?.argb;

describe('the « Fichier clients » sheet', () => {
  let workbook: ExcelJS.Workbook;
  let customers: ExcelJS.Worksheet;

  beforeAll(async () => {
    ({ workbook } = await exportAndRead(customersPlan(), frenchOptions));
    customers = sheet(workbook, 'Fichier clients');
  });

  it('follows the diagnostic sheet, as the step follows the diagnostic in the app', () => {
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names.indexOf('Fichier clients')).toBe(names.indexOf(fr.steps.names.diagnostic) + 1);
  });

  it('writes the figures as numbers and dates with French number formats', () => {
    const value = (label: string) => onlyRow(customers, label).getCell(2);
    expect(value(fr.rgpd.asOf).value).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(value(fr.rgpd.asOf).numFmt).toBe('dd/mm/yyyy');
    expect(value(fr.rgpd.amounts).value).toBe(figure.amountsTtc);
    expect(value(figure.customers)).toMatchObject({ value: 1480, numFmt: '#,##0' });
    expect(value(figure.purchases)).toMatchObject({ value: 9625, numFmt: '#,##0' });
    // « 125 012,50 € » and « 1 250,00 € » once Excel puts in the French separators.
    expect(value(figure.revenue)).toMatchObject({ value: 125_012.5, numFmt: '#,##0.00 "€"' });
    expect(value(figure.averageBasket)).toMatchObject({ value: 1250, numFmt: '#,##0.00 "€"' });
    expect(value(figure.purchasesPerYear)).toMatchObject({ value: 6.5, numFmt: '0.00' });
    expect(value(figure.retention)).toMatchObject({ value: 0.624, numFmt: '0.00 %' });
    expect(value(figure.top20Share)).toMatchObject({ value: 0.583, numFmt: '0.00 %' });
    expect(value(fr.rgpd.sourceFile).value).toBe('ventes-2026.csv');
  });

  it('lists the segments with their rule and count', () => {
    expect(onlyRow(customers, fr.rgpd.segment).values).toEqual([undefined, fr.rgpd.segment, fr.rgpd.rule, fr.rgpd.customers]);
    const rules = fr.customers.segmentRules;
    expect(onlyRow(customers, 'À réactiver').values).toEqual([undefined, 'À réactiver', rules.toReactivate.replace('{{from}}', '180').replace('{{to}}', '365'), 260]);
    expect(onlyRow(customers, 'Fidèles').values).toEqual([undefined, 'Fidèles', rules.loyal.replace('{{count}}', '3'), 540]);
    expect(onlyRow(customers, 'Nouveaux').values).toEqual([undefined, 'Nouveaux', rules.new.replace('{{days}}', '90'), 210]);
  });

  it('writes the checklist: every item with its explanation, state and note, the states coloured', () => {
    const header = onlyRow(customers, fr.rgpd.item);
    expect(header.values).toEqual([undefined, fr.rgpd.item, fr.rgpd.explanation, fr.rgpd.state, fr.rgpd.note]);
    for (const [offset, id] of rgpdItemIds.entries()) {
      const row = customers.getRow(header.number + 1 + offset);
      expect(row.getCell(1).value, id).toBe(fr.rgpd.items[id].title);
      expect(row.getCell(2).value, id).toBe(fr.rgpd.items[id].explanation);
      expect(row.getCell(2).alignment?.wrapText, id).toBe(true);
    }
    const register = onlyRow(customers, fr.rgpd.items.register.title);
    expect(register.values).toEqual([undefined, fr.rgpd.items.register.title, fr.rgpd.items.register.explanation, 'Fait', 'Registre simplifié de la CNIL, rempli en janvier.']);
    expect(fontColour(register.getCell(3))).toBe('FF2E7D32');
    const information = onlyRow(customers, fr.rgpd.items.information.title);
    expect(information.getCell(3).value).toBe('À faire');
    expect(fontColour(information.getCell(3))).toBe('FFB45309');
    expect(onlyRow(customers, fr.rgpd.items.phoneConsent.title).getCell(3).value).toBe('Sans objet');
    expect(rowWith(customers, 2, 'Fait : 3 · À faire : 9 · Sans objet : 2').number).toBeLessThan(header.number);
  });

  it('prints like the other sheets: landscape A4, one page wide', () => {
    expect(customers.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(customers.headerFooter.oddHeader).toContain('Fichier clients');
  });
});

describe('the « Fichier clients » sheet without a sales file', () => {
  it('says no file was imported and still gives the checklist, all « à faire »', async () => {
    const { workbook } = await exportAndRead(emptyPlan(2027, 'Vide', '2026-01-01T00:00:00.000Z'), frenchOptions);
    const customers = sheet(workbook, 'Fichier clients');
    const texts: unknown[] = [];
    customers.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts).toContain(fr.rgpd.noSalesFile);
    expect(texts).not.toContain(fr.rgpd.figuresTitle);
    expect(texts).not.toContain(fr.rgpd.segmentsTitle);
    expect(texts.filter((value) => value === 'À faire')).toHaveLength(rgpdItemIds.length);
  });

  it('is named and worded in English in an English export', async () => {
    const { workbook } = await exportAndRead(customersPlan(), englishOptions);
    const customers = sheet(workbook, en.steps.names.customers);
    expect(onlyRow(customers, en.rgpd.items.register.title).getCell(3).value).toBe('Done');
    expect(onlyRow(customers, en.customers.figures.revenue).getCell(2).numFmt).toBe('"€"#,##0.00');
  });
});
