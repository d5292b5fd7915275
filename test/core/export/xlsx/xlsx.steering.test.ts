import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../shared/i18n/en';
import { fr } from '../../../../shared/i18n/fr';
import { emptyPlan, type Plan } from '../../../../shared/plan';
import { reportOf } from '../../../../shared/report/planReport';
import { computeBudget } from '../../../../shared/compute/budget';
import { reviseSteering } from '../../../../shared/compute/steering';
import { buildSample } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './fixtures';
import { libreOffice, libreOfficeMissing } from './libreoffice';
import { basisPointsOf, centsOf, recalculatedByLibreOffice } from './recalculate';
import { exportAndRead, filledCells, formulaOf, isFormula, onlyRow, rowWith, sheet, shown } from './workbook';

/** Columns of the « Pilotage » sheet: A action, B category, C–N the months, O spent, P planned, Q variance, R its share. */
const monthColumns = ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'];
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const empty = (value: unknown) => value === null || value === undefined || value === '';

describe('the « Pilotage » sheet', () => {
  let plan: Plan;
  let workbook: ExcelJS.Workbook;
  let pilotage: ExcelJS.Worksheet;

  beforeAll(async () => {
    plan = buildSample('salon', 'fr');
    ({ workbook } = await exportAndRead(plan, frenchOptions));
    pilotage = sheet(workbook, fr.steps.names.pilotage);
  });

  it('comes right after the indicators, headed by the months and the year’s figures', () => {
    const names = workbook.worksheets.map((worksheet) => worksheet.name);
    expect(names.indexOf(fr.steps.names.pilotage)).toBe(names.indexOf(fr.steps.names.kpis) + 1);
    const header = pilotage.getRow(1);
    expect(monthColumns.map((column) => header.getCell(column).value)).toEqual([...fr.months.short]);
    expect(['A', 'B', 'O', 'P', 'Q', 'R'].map((column) => header.getCell(column).value)).toEqual([
      fr.pilotage.action,
      fr.pilotage.category,
      fr.pilotage.xlsx.spentYear,
      fr.pilotage.xlsx.plannedYear,
      fr.pilotage.variance,
      fr.pilotage.variancePercent,
    ]);
  });

  it('holds each action’s actual spend as typed, numbers in euros, empty where nothing was typed', () => {
    for (const action of plan.actions) {
      const row = rowWith(pilotage, 1, action.title);
      action.actualSpendCents.forEach((cents, month) => {
        const cell = row.getCell(monthColumns[month]);
        expect(cell.value, `${action.title} ${month + 1}`).toBe(cents === null ? null : cents / 100);
        expect(cell.numFmt).toBe('#,##0.00 "€"');
      });
    }
  });

  it('gives each action its spent, planned and variance for the year, as formulas carrying the app’s figures', () => {
    for (const line of reportOf(plan).steering.byAction) {
      const row = rowWith(pilotage, 1, line.title);
      const n = row.number;
      const spentCents = sum(line.actualMonthsCents);
      expect(formulaOf(row.getCell('O')), line.title).toEqual({ formula: `SUM(C${n}:N${n})`, result: spentCents / 100 });
      expect(row.getCell('P').value, line.title).toBe(line.plannedYearCents / 100);
      expect(formulaOf(row.getCell('Q'))?.formula).toBe(`O${n}-P${n}`);
      expect(centsOf(shown(row.getCell('Q'))), line.title).toBe(spentCents - line.plannedYearCents);
      expect(formulaOf(row.getCell('R'))?.formula).toBe(`IF(P${n}=0,"",Q${n}/P${n})`);
      if (line.plannedYearCents === 0) expect(empty(shown(row.getCell('R'))), line.title).toBe(true);
      else expect(shown(row.getCell('R')), line.title).toBeCloseTo((spentCents - line.plannedYearCents) / line.plannedYearCents, 12);
      expect(row.getCell('R').numFmt).toBe('0.00 %');
    }
  });

  it('adds up: the total row’s SUMs carry the report’s totals, and equal the sum of the rows above', () => {
    const { total } = reportOf(plan).steering;
    const totalRow = onlyRow(pilotage, fr.pilotage.total);
    const lines = Array.from({ length: totalRow.number - 2 }, (_, index) => pilotage.getRow(index + 2));
    // The actions, then the channel commission the budget counts (planned only).
    expect(lines).toHaveLength(plan.actions.length + reportOf(plan).budget.byChannel.length);
    monthColumns.forEach((column, month) => {
      const cell = totalRow.getCell(column);
      expect(formulaOf(cell)).toEqual({ formula: `SUM(${column}2:${column}${totalRow.number - 1})`, result: total.actualMonthsCents[month] / 100 });
      expect(sum(lines.map((row) => centsOf(shown(row.getCell(column)))))).toBe(total.actualMonthsCents[month]);
    });
    expect(centsOf(shown(totalRow.getCell('O')))).toBe(sum(total.actualMonthsCents));
    expect(centsOf(shown(totalRow.getCell('P')))).toBe(total.plannedYearCents);
    expect(sum(lines.map((row) => centsOf(shown(row.getCell('P')))))).toBe(total.plannedYearCents);
    expect(sum(lines.map((row) => centsOf(shown(row.getCell('O')))))).toBe(sum(total.actualMonthsCents));
    expect(centsOf(shown(totalRow.getCell('Q')))).toBe(sum(total.actualMonthsCents) - total.plannedYearCents);
    // The salon's figures at the « Date du point », as the app and the PDF show them.
    expect(total.actualToDateCents).toBe(147_300);
    expect(total.plannedYearCents).toBe(710_260);
  });

  it('shows the whole plan by month, and the figures at the date exactly as the app computes them', () => {
    const { total, monthsToDate } = reportOf(plan).steering;
    expect(monthsToDate).toBe(3);
    const planned = onlyRow(pilotage, fr.pilotage.xlsx.planned);
    const spent = onlyRow(pilotage, fr.pilotage.xlsx.spent);
    const share = onlyRow(pilotage, fr.pilotage.variancePercent);
    const variance = onlyRow(pilotage, fr.pilotage.variance);
    expect(variance.number).toBe(spent.number + 1);
    const header = pilotage.getRow(planned.number - 1);
    expect([header.getCell('O').value, header.getCell('P').value]).toEqual([fr.budget.year, fr.pilotage.xlsx.toDate]);
    expect(filledCells(pilotage).some((cell) => cell.value === 'Chiffres au 31 mars 2027 (3 mois de l’année comptés)')).toBe(true);
    monthColumns.forEach((column, month) => {
      expect(planned.getCell(column).value).toBe(total.plannedMonthsCents[month] / 100);
      expect(formulaOf(spent.getCell(column))?.result).toBe(total.actualMonthsCents[month] / 100);
      expect(centsOf(shown(variance.getCell(column)))).toBe(total.actualMonthsCents[month] - total.plannedMonthsCents[month]);
    });
    expect(formulaOf(planned.getCell('P'))).toEqual({ formula: `SUM(C${planned.number}:E${planned.number})`, result: total.plannedToDateCents / 100 });
    expect(formulaOf(spent.getCell('P'))).toEqual({ formula: `SUM(C${spent.number}:E${spent.number})`, result: total.actualToDateCents / 100 });
    expect(centsOf(shown(variance.getCell('P')))).toBe(total.varianceCents);
    expect(basisPointsOf(shown(share.getCell('P')))).toBe(total.varianceBasisPoints);
    expect(centsOf(shown(planned.getCell('O')))).toBe(total.plannedYearCents);
    expect(centsOf(shown(spent.getCell('O')))).toBe(sum(total.actualMonthsCents));
  });

  it('is named and headed in English in an English export, amounts still from the report', async () => {
    const english = buildSample('salon', 'en');
    const { workbook: book } = await exportAndRead(english, englishOptions);
    const steering = sheet(book, en.steps.names.pilotage);
    expect(steering.getRow(1).getCell('O').value).toBe(en.pilotage.xlsx.spentYear);
    const totalRow = onlyRow(steering, en.pilotage.total);
    expect(centsOf(shown(totalRow.getCell('P')))).toBe(reportOf(english).steering.total.plannedYearCents);
  });

  it('has no initial column until the plan is revised, then the initial budget of each line beside the revised one', async () => {
    expect(empty(pilotage.getRow(1).getCell('S').value)).toBe(true);
    const salon = buildSample('salon', 'fr');
    const steering = reviseSteering(salon, computeBudget(salon), new Date('2027-06-30T10:00:00Z'))!;
    const [first, ...rest] = salon.actions;
    const added = { ...first, id: 'added', title: 'Action ajoutée après la révision' };
    const revised: Plan = { ...salon, steering, actions: [{ ...first, costLines: [...first.costLines, { id: 'more', kind: 'fixed', label: 'Plus', amountCents: 40_000, period: { kind: 'year' } }] }, ...rest, added] };
    const { workbook: book } = await exportAndRead(revised, frenchOptions);
    const sheetOf = sheet(book, fr.steps.names.pilotage);
    expect(sheetOf.getRow(1).getCell('S').value).toBe(fr.pilotage.initialYear);
    const initial = steering.revisions[0].before;
    const initialOf = (title: string) => centsOf(shown(rowWith(sheetOf, 1, title).getCell('S')));
    expect(initialOf(first.title)).toBe(initial.byAction[0].yearCents);
    expect(centsOf(shown(rowWith(sheetOf, 1, first.title).getCell('P')))).toBe(initial.byAction[0].yearCents + 40_000);
    expect(initialOf(added.title)).toBe(0);
    const totalRow = onlyRow(sheetOf, fr.pilotage.total);
    expect(formulaOf(totalRow.getCell('S'))?.formula).toMatch(/^SUM\(S2:S\d+\)$/);
    expect(centsOf(shown(totalRow.getCell('S')))).toBe(initial.yearCents);
  });

  it('is there, with zero totals, for an empty plan', async () => {
    const { workbook: book } = await exportAndRead(emptyPlan(2027, 'Nouveau plan', '2026-01-01T00:00:00Z'), frenchOptions);
    const steering = sheet(book, fr.steps.names.pilotage);
    const totalRow = onlyRow(steering, fr.pilotage.total);
    expect(totalRow.number).toBe(2);
    expect(['C', 'O', 'P'].map((column) => shown(totalRow.getCell(column)))).toEqual([0, 0, 0]);
  });
});

describe.skipIf(!libreOffice)(`the « Pilotage » sheet recalculated by LibreOffice (${libreOffice ? 'soffice' : libreOfficeMissing})`, () => {
  it('gives every formula the result it carries', { timeout: 90_000 }, async () => {
    const plan = buildSample('salon', 'fr');
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const cached = new Map(filledCells(sheet(workbook, fr.steps.names.pilotage)).filter((cell) => isFormula(cell.value)).map((cell) => [cell.address, cell.result]));
    expect(cached.size).toBeGreaterThan(80);
    const recalculated = sheet(await recalculatedByLibreOffice(workbook), fr.steps.names.pilotage);
    for (const [address, result] of cached) {
      const value = shown(recalculated.getCell(address));
      if (empty(result)) expect(empty(value), address).toBe(true);
      else expect(Number(value), address).toBeCloseTo(Number(result), 9);
    }
    const { total } = reportOf(plan).steering;
    const toDate = (label: string) => shown(onlyRow(recalculated, label).getCell('P'));
    expect(centsOf(toDate(fr.pilotage.xlsx.planned))).toBe(total.plannedToDateCents);
    expect(centsOf(toDate(fr.pilotage.xlsx.spent))).toBe(total.actualToDateCents);
    expect(basisPointsOf(toDate(fr.pilotage.variancePercent))).toBe(total.varianceBasisPoints);
  });

  it('follows an amount typed into the sheet through the year, the total and the table by month', { timeout: 90_000 }, async () => {
    const plan = buildSample('salon', 'fr');
    const { workbook } = await exportAndRead(plan, frenchOptions);
    const pilotage = sheet(workbook, fr.steps.names.pilotage);
    const action = plan.actions.find((entry) => entry.actualSpendCents[0] !== null)!;
    // 250 € paid in April for this action, typed into the sheet.
    rowWith(pilotage, 1, action.title).getCell('F').value = 250;
    const recalculated = sheet(await recalculatedByLibreOffice(workbook), fr.steps.names.pilotage);
    const { total } = reportOf(plan).steering;
    const line = reportOf(plan).steering.byAction.find((entry) => entry.actionId === action.id)!;
    expect(centsOf(shown(rowWith(recalculated, 1, action.title).getCell('O')))).toBe(sum(line.actualMonthsCents) + 25_000);
    const totalRow = onlyRow(recalculated, fr.pilotage.total);
    expect(centsOf(shown(totalRow.getCell('F')))).toBe(25_000);
    expect(centsOf(shown(totalRow.getCell('O')))).toBe(sum(total.actualMonthsCents) + 25_000);
    const spent = onlyRow(recalculated, fr.pilotage.xlsx.spent);
    expect(centsOf(shown(spent.getCell('F')))).toBe(25_000);
    expect(centsOf(shown(spent.getCell('O')))).toBe(sum(total.actualMonthsCents) + 25_000);
    // April is after the « Date du point »: the figures at the date do not move.
    expect(centsOf(shown(spent.getCell('P')))).toBe(total.actualToDateCents);
  });
});
