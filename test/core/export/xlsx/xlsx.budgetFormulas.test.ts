import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeBudget, costLineByMonth, monthsOf, quarterTotals, type BudgetSummary } from '../../../../shared/compute/budget';
import { computeYearlyForecast } from '../../../../shared/compute/revenue';
import { en } from '../../../../shared/i18n/en';
import { formatPercent } from '../../../../shared/money';
import { fr } from '../../../../shared/i18n/fr';
import type { Plan } from '../../../../shared/plan';
import { evaluate } from './formulas';
import { englishOptions, frenchOptions, richPlan } from './fixtures';
import { euros, exportAndRead, formulaOf, isFormula, onlyRow, rowsStartingWith, sheet, shown } from './workbook';

const categoryLabel = (category: keyof typeof fr.actionPlan.categories) => fr.actionPlan.categories[category];
const cents = (value: unknown) => Math.round(Number(value) * 100);

let plan: Plan;
let budget: BudgetSummary;
let ws: ExcelJS.Worksheet;
/** Columns found by their header, so the test does not share the exporter's layout constants. */
let monthColumns: string[];
let quarterColumns: string[];
let yearColumn: string;

const letterOf = (row: ExcelJS.Row, header: string): string => {
  let found = '';
  row.eachCell((cell) => {
    if (cell.value === header) found = cell.address.replace(/\d+$/, '');
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
};

beforeAll(async () => {
  plan = richPlan();
  budget = computeBudget(plan);
  const { workbook } = await exportAndRead(plan, frenchOptions);
  ws = sheet(workbook, fr.steps.names.budget);
  const header = ws.getRow(1);
  monthColumns = fr.months.short.map((name) => letterOf(header, name));
  quarterColumns = ['T1', 'T2', 'T3', 'T4'].map((name) => letterOf(header, name));
  yearColumn = letterOf(header, fr.budget.year);
});

const moneyRow = (title: string, category: keyof typeof fr.actionPlan.categories, label: string) => onlyRow(ws, title, categoryLabel(category), label);
const totalRow = () => onlyRow(ws, fr.budget.total);
const hoursTitleRow = () => onlyRow(ws, fr.xlsx.budget.hoursTitle).number;

describe('the budget sheet', () => {
  it('starts with the header, then the revenue forecast as input numbers, empty where not forecast', () => {
    expect(ws.getCell('A1').value).toBe(fr.budget.action);
    expect(ws.getCell('D1').value).toBe(fr.promotion.costs.kind);
    expect(ws.getCell('A2').value).toBe(fr.company.forecastTitle);
    plan.company.revenueForecastCents.forEach((value, index) => {
      const cell = ws.getCell(`${monthColumns[index]}2`);
      expect(cell.value, fr.months.short[index]).toBe(value === null ? null : euros(value));
    });
    expect(plan.company.revenueForecastCents).toContain(null);
    const quarters = quarterTotals(plan.company.revenueForecastCents.map((value) => value ?? 0));
    quarterColumns.forEach((column, index) => {
      expect(formulaOf(ws.getCell(`${column}2`))).toEqual({ formula: `SUM(${monthColumns[index * 3]}2:${monthColumns[index * 3 + 2]}2)`, result: euros(quarters[index]) });
    });
    expect(formulaOf(ws.getCell(`${yearColumn}2`))).toEqual({ formula: `SUM(${quarterColumns[0]}2:${quarterColumns[3]}2)`, result: euros(computeYearlyForecast(plan.company)) });
  });

  it('writes fixed amounts as numbers and "% of revenue" lines as ROUND formulas on the month’s forecast cell', () => {
    let fixed = 0;
    let percent = 0;
    for (const action of plan.actions) {
      for (const line of action.costLines) {
        if (line.kind === 'internalHours') continue;
        const row = moneyRow(action.title, action.category, line.label);
        const expected = costLineByMonth(line, plan.company.revenueForecastCents, action.activeMonths).cents;
        const active = monthsOf(line.period, action.activeMonths);
        monthColumns.forEach((column, index) => {
          const cell = row.getCell(column);
          const where = `${action.title} / ${line.label} / ${fr.months.short[index]}`;
          if (!active.includes(index + 1)) return expect(cell.value, where).toBeNull();
          if (line.kind === 'fixed') {
            fixed++;
            return expect(cell.value, where).toBe(euros(expected[index]));
          }
          percent++;
          const rate = `${line.rateBasisPoints / 100}%`;
          const first = monthColumns[active[0] - 1];
          const before = monthColumns[index - 1];
          // The period's first month is the rate of its revenue; each later one the rate up to it less the rate before it.
          const formula =
            index + 1 === active[0]
              ? `ROUND(${column}$2*${rate},2)`
              : `ROUND(SUM(${first}$2:${column}$2)*${rate},2)-ROUND(${index === active[0] ? `${first}$2` : `SUM(${first}$2:${before}$2)`}*${rate},2)`;
          expect(formulaOf(cell), where).toEqual({ formula, result: euros(expected[index]) });
        });
        expect(row.getCell('D').value).toBe(line.kind === 'fixed' ? fr.promotion.costs.kinds.fixed : `${formatPercent(line.rateBasisPoints)} du CA`);
      }
    }
    expect(fixed).toBeGreaterThan(10);
    expect(percent).toBeGreaterThan(10);
  });

  it('sums each quarter from its three months and each year from its four quarter cells', () => {
    const rows = [...budgetLineRows(), ...hoursLineRows()];
    expect(rows.length).toBeGreaterThan(12);
    for (const row of rows) {
      quarterColumns.forEach((column, index) => {
        const cell = row.getCell(column).value;
        expect(isFormula(cell) && cell.formula, `${row.number} T${index + 1}`).toBe(`SUM(${monthColumns[index * 3]}${row.number}:${monthColumns[index * 3 + 2]}${row.number})`);
      });
      const year = row.getCell(yearColumn).value;
      expect(isFormula(year) && year.formula).toBe(`SUM(${quarterColumns[0]}${row.number}:${quarterColumns[3]}${row.number})`);
    }
  });

  it('caches every line’s quarters and year with the app’s figures', () => {
    for (const action of plan.actions) {
      for (const line of action.costLines) {
        if (line.kind === 'internalHours') continue;
        const row = moneyRow(action.title, action.category, line.label);
        const expected = costLineByMonth(line, plan.company.revenueForecastCents, action.activeMonths).cents;
        quarterTotals(expected).forEach((value, index) => expect(shown(row.getCell(quarterColumns[index]))).toBe(euros(value)));
        expect(cents(shown(row.getCell(yearColumn)))).toBe(expected.reduce((sum, value) => sum + value, 0));
      }
    }
  });

  it('shows the distribution commissions counted in the budget as their own rows', () => {
    expect(budget.byChannel.length).toBe(2);
    for (const commission of budget.byChannel) {
      const channel = plan.channels.find((candidate) => candidate.id === commission.channelId)!;
      const row = onlyRow(ws, fr.budget.commission.replace('{{channel}}', channel.name));
      const rates = `${channel.revenueShareBasisPoints / 100}%*${channel.commissionBasisPoints / 100}%`;
      monthColumns.forEach((column, index) => {
        expect(formulaOf(row.getCell(column))).toEqual({
          formula: index === 0 ? `ROUND(E$2*${rates},2)` : `ROUND(SUM(E$2:${column}$2)*${rates},2)-ROUND(${index === 1 ? 'E$2' : `SUM(E$2:${monthColumns[index - 1]}$2)`}*${rates},2)`,
          result: euros(commission.cents[index]),
        });
      });
      expect(shown(row.getCell(yearColumn))).toBe(euros(commission.totalCents));
    }
    const notCounted = plan.channels.find((channel) => !channel.commissionInBudget)!;
    expect(rowsStartingWith(ws, fr.budget.commission.replace('{{channel}}', notCounted.name))).toHaveLength(0);
  });

  it('totals every column with a SUM over the cost rows only, cached with computeBudget to the cent', () => {
    const total = totalRow();
    const lines = budgetLineRows().map((row) => row.number);
    const first = Math.min(...lines);
    const last = Math.max(...lines);
    expect(last - first + 1).toBe(lines.length);
    expect(last).toBeLessThan(total.number);
    const expected = [...budget.monthsCents, ...budget.quartersCents, budget.yearCents];
    [...monthColumns, ...quarterColumns, yearColumn].forEach((column, index) => {
      expect(formulaOf(total.getCell(column)), column).toEqual({ formula: `SUM(${column}${first}:${column}${last})`, result: euros(expected[index]) });
      const summed = lines.reduce((sum, row) => sum + cents(shown(ws.getCell(`${column}${row}`))), 0);
      expect(summed, column).toBe(expected[index]);
    });
  });

  it('gives the share of revenue as a formula: the year’s total over the year’s forecast', () => {
    const share = onlyRow(ws, fr.budget.shareOfRevenue).getCell(yearColumn);
    expect(formulaOf(share)).toEqual({
formula: `IF(${yearColumn}2=0,"",${yearColumn}${totalRow().number}/${yearColumn}2)`,
      result: budget.shareOfRevenueBasisPoints! / 10_000,
    });
    expect(share.numFmt).toBe('0.00 %');
  });

  it('keeps internal hours in their own block, in hours, never added to the euros', () => {
    const hoursRows = hoursLineRows();
    expect(hoursRows.length).toBe(plan.actions.flatMap((action) => action.costLines.filter((line) => line.kind === 'internalHours')).length);
    expect(hoursTitleRow()).toBeGreaterThan(totalRow().number);
    for (const row of hoursRows) {
      monthColumns.forEach((column) => {
        const cell = row.getCell(column);
        if (cell.value !== null) expect(cell.numFmt).toBe('#,##0.00 "h"');
      });
    }
    const hoursTotal = onlyRow(ws, fr.xlsx.budget.hoursTotal);
    budget.monthsMinutes.forEach((minutes, index) => expect(shown(hoursTotal.getCell(monthColumns[index]))).toBeCloseTo(minutes / 60, 9));
    expect(shown(hoursTotal.getCell(yearColumn))).toBeCloseTo(budget.yearMinutes / 60, 9);
    expect(hoursTotal.getCell(yearColumn).numFmt).toBe('#,##0.00 "h"');
  });

  it('formats every amount in euros the French way', () => {
    for (const row of [ws.getRow(2), ...budgetLineRows(), totalRow()]) {
      for (const column of [...monthColumns, ...quarterColumns, yearColumn]) {
        const cell = row.getCell(column);
        if (cell.value !== null) expect(cell.numFmt, cell.address).toBe('#,##0.00 "€"');
      }
    }
  });

  it('gives the app’s figures when its formulas are computed from the sheet’s own inputs', () => {
    const total = totalRow().number;
    const memo = new Map<string, number | string>();
    monthColumns.forEach((column, index) => expect(cents(evaluate(ws, `${column}${total}`, memo)), column).toBe(budget.monthsCents[index]));
    quarterColumns.forEach((column, index) => expect(cents(evaluate(ws, `${column}${total}`, memo)), column).toBe(budget.quartersCents[index]));
    expect(cents(evaluate(ws, `${yearColumn}${total}`, memo))).toBe(budget.yearCents);
    const share = Number(evaluate(ws, `${yearColumn}${onlyRow(ws, fr.budget.shareOfRevenue).number}`, memo));
    expect(Math.round(share * 10_000)).toBe(budget.shareOfRevenueBasisPoints);
  });
});

describe('the budget sheet in English', () => {
  it('names its columns and formats amounts in English, with the same figures', async () => {
    const { workbook } = await exportAndRead(plan, englishOptions);
    const english = sheet(workbook, en.steps.names.budget);
    expect(english.getRow(1).values).toEqual([
      undefined,
      en.budget.action,
      en.summary.category,
      en.promotion.costs.label,
      en.promotion.costs.kind,
      ...en.months.short,
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      en.budget.year,
    ]);
    const total = onlyRow(english, en.budget.total).getCell(yearColumn);
    expect(total.numFmt).toBe('"€"#,##0.00');
    expect(shown(total)).toBe(euros(budget.yearCents));
  });
});

/** The rows between the revenue and the total: one per money cost line and commission. */
function budgetLineRows(): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let number = 3; number < totalRow().number; number++) if (ws.getRow(number).getCell('A').value !== null) rows.push(ws.getRow(number));
  return rows;
}

function hoursLineRows(): ExcelJS.Row[] {
  const end = onlyRow(ws, fr.xlsx.budget.hoursTotal).number;
  const rows: ExcelJS.Row[] = [];
  for (let number = hoursTitleRow() + 1; number < end; number++) rows.push(ws.getRow(number));
  return rows;
}
