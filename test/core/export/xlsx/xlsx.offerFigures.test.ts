import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../../../shared/i18n/fr';
import { offerFiguresPlan } from '../offerFiguresPlan';
import { frenchOptions } from './fixtures';
import { exportAndRead, formulaOf, isFormula, onlyRow, sheet, shown } from './workbook';

/**
 * Computes one of the offer sheet's formulas from the sheet's own cells, the way a spreadsheet
 * would: ROUND half away from zero at 15 significant digits, AVERAGE ignoring text, IF, MAX.
 */
function evaluate(worksheet: ExcelJS.Worksheet, address: string): number | string {
  const value = worksheet.getCell(address).value;
  if (!isFormula(value)) return typeof value === 'number' || typeof value === 'string' ? value : 0;
  const column = (letters: string) => [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  const expression = value.formula
    // A link to another sheet ('Offre et prix'!B12): that sheet's cell, computed the same way.
    .replace(/'((?:[^']|'')+)'!([A-Z]+\d+)/g, (_, name: string, cell: string) =>
      JSON.stringify(evaluate(worksheet.workbook.getWorksheet(name.replace(/''/g, "'"))!, cell)),
    )
    .replace(/([A-Z]+)(\d+):([A-Z]+)(\d+)/g, (_, c1: string, r1: string, c2: string, r2: string) => {
      const cells: string[] = [];
      for (let c = column(c1); c <= column(c2); c++) {
        for (let r = Number(r1); r <= Number(r2); r++) cells.push(JSON.stringify(evaluate(worksheet, `${String.fromCharCode(64 + c)}${r}`)));
      }
      return `[${cells.join(',')}]`;
    })
    .replace(/\b([A-Z]{1,2})(\d+)\b(?!\()/g, (_, c: string, r: string) => JSON.stringify(evaluate(worksheet, `${c}${r}`)))
    .replace(/(?<![<>])=(?!=)/g, '===');
  const ROUND = (x: number, digits: number) => {
    const scaled = Number((Math.abs(x) * 10 ** digits).toPrecision(15));
    return (Math.sign(x) * Math.floor(scaled + 0.5)) / 10 ** digits;
  };
  const AVERAGE = (values: unknown[]) => {
    const numbers = values.filter((item): item is number => typeof item === 'number');
    return numbers.reduce((sum, item) => sum + item, 0) / numbers.length;
  };
  const IF = (condition: boolean, then: unknown, otherwise: unknown) => (condition ? then : otherwise);
  const ROUNDUP = (x: number, digits: number) => Math.sign(x) * Math.ceil(Math.abs(x) * 10 ** digits) / 10 ** digits;
  return new Function('ROUND', 'AVERAGE', 'IF', 'MAX', 'ROUNDUP', `return ${expression};`)(ROUND, AVERAGE, IF, Math.max, ROUNDUP) as number | string;
}

const words = fr.offerFigures.breakEven;
let pricing: ExcelJS.Worksheet;
let customerValue: ExcelJS.Worksheet;
let franchise: ExcelJS.Worksheet;

beforeAll(async () => {
  const { workbook } = await exportAndRead(offerFiguresPlan(), frenchOptions);
  pricing = sheet(workbook, fr.steps.names.offer);
  customerValue = sheet(workbook, fr.xlsx.sheets.customerValue);
  franchise = sheet((await exportAndRead(offerFiguresPlan({ vatApplicable: false }), frenchOptions)).workbook, fr.steps.names.offer);
});

/** Column B of the row labelled so: its shown value, and what its formula gives from the sheet's cells. */
const field = (worksheet: ExcelJS.Worksheet, label: string) => {
  const cell = onlyRow(worksheet, label).getCell(2);
  return { cell, shown: shown(cell), computed: evaluate(worksheet, cell.address), formula: formulaOf(cell)?.formula ?? null };
};

describe('the break-even block of the offer sheet', () => {
  it('divides the fixed-costs cell by the margin-rate cell, a formula that gives the app’s seuil', () => {
    const rate = field(pricing, words.variableMarginRate);
    expect(rate.formula).toMatch(/^ROUND\(AVERAGE\(G2:G3\),4\)$/);
    expect(rate.shown).toBe(0.425);
    expect(rate.computed).toBe(0.425);
    const seuil = field(pricing, words.revenue);
    const fixedCosts = onlyRow(pricing, fr.offer.fixedCosts).getCell(2);
    expect(seuil.formula).toBe(`ROUND(${fixedCosts.address}/${rate.cell.address},2)`);
    expect(seuil.shown).toBe(85_000.02);
    expect(seuil.computed).toBe(85_000.02);
  });

  it('gives the point mort as a date and the safety margin as formulas on the forecast and the seuil', () => {
    const date = field(pricing, words.date);
    expect(date.shown).toEqual(new Date('2027-09-16T00:00:00Z'));
    expect(date.cell.numFmt).toBe('dd/mm/yyyy');
    expect(field(pricing, words.forecast).shown).toBe(120_000);
    const safety = field(pricing, words.safetyMargin);
    expect(safety.shown).toBe(34_999.98);
    expect(safety.computed).toBeCloseTo(34_999.98, 9);
    const share = field(pricing, words.safetyMarginShare);
    expect(share.shown).toBe(0.2917);
    expect(share.computed).toBe(0.2917);
  });

  it('prices the 8,5 % product including VAT to the cent', () => {
    const row = onlyRow(pricing, 'Soin profond');
    expect(row.getCell(4).value).toBe(0.085);
    expect(shown(row.getCell(5))).toBe(21.7);
    expect(evaluate(pricing, row.getCell(5).address)).toBe(21.7);
  });

  it('labels the per-product volume as if that product alone covered the fixed costs', () => {
    expect(pricing.getRow(1).getCell(9).value).toBe(fr.offer.product.breakEven);
    expect(fr.offer.product.breakEven).toContain('si ce produit couvrait seul les charges fixes');
  });
});

describe('the offer sheet under the franchise en base', () => {
  it('reads « TVA non applicable, art. 293 B du CGI », greys the VAT columns and labels costs TTC', () => {
    expect(String(onlyRow(franchise, fr.offer.product.vatRate).getCell(2).value)).toContain(fr.offerFigures.vat.notApplicable);
    const texts: unknown[] = [];
    pricing.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)));
    expect(texts.some((value) => typeof value === 'string' && value.includes(fr.offerFigures.vat.notApplicable))).toBe(false);
    const row = onlyRow(franchise, 'Soin profond');
    expect(shown(row.getCell(5))).toBe(20);
    for (const column of [4, 5]) expect(row.getCell(column).font?.color?.argb).toBe('FF8C96A0');
    expect(onlyRow(pricing, 'Soin profond').getCell(4).font?.color?.argb).not.toBe('FF8C96A0');
    expect(franchise.getRow(1).getCell(2).value).toBe(fr.offerFigures.franchiseLabels.unitCost);
    expect(field(franchise, fr.offerFigures.franchiseLabels.fixedCosts).shown).toBe(36_125.01);
  });
});

describe('the customer-value sheet', () => {
  const cv = fr.customerValuePlan;

  it('holds the saved inputs as cells to type in', () => {
    expect(field(customerValue, fr.kpis.averageTransaction).shown).toBe(45);
    expect(field(customerValue, fr.kpis.purchasesPerYear).shown).toBe(6);
    expect(field(customerValue, fr.kpis.retention).shown).toBe(0.6);
    expect(field(customerValue, fr.kpis.years).shown).toBe(3);
  });

  it('computes the values with live formulas that give the app’s figures', () => {
    const expected: [string, number][] = [
      [fr.kpis.cac, 30],
      [fr.kpis.acquisitionCost, 30],
      [cv.marginRateOfProducts, 0.425],
      [cv.profitPerTransaction, 19.13],
      [fr.kpis.gross, 324],
      [fr.kpis.net, 294],
      [fr.kpis.marginGross, 137.7],
      [fr.kpis.marginNet, 107.7],
    ];
    for (const [label, value] of expected) {
      const { shown: cached, computed, formula } = field(customerValue, label);
      expect(formula, label).not.toBeNull();
      expect(cached, label).toBe(value);
      expect(computed, label).toBeCloseTo(value, 9);
    }
    // The rate from the products is the break-even block's own cell: change a product, both follow.
    expect(field(customerValue, cv.marginRateOfProducts).formula).toBe(`'${fr.steps.names.offer}'!${field(pricing, words.variableMarginRate).cell.address}`);
  });

  it('says that later years count one purchase each', () => {
    const texts: unknown[] = [];
    customerValue.eachRow((row) => texts.push(row.getCell(2).value));
    expect(texts).toContain(cv.laterYearsOnePurchase);
  });
});
