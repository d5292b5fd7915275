import type ExcelJS from 'exceljs';
import { isFormula } from './workbook';

/**
 * A small evaluator for the formulas the budget sheet uses (ROUND of a cell times rates, SUM of a
 * range, the share's IF), reading inputs from the sheet: it checks what a spreadsheet would compute
 * without needing one. ROUND goes half away from zero on the value rounded to 15 significant
 * digits, as Excel and LibreOffice do.
 */
export function evaluate(worksheet: ExcelJS.Worksheet, address: string, memo = new Map<string, number | string>()): number | string {
  const known = memo.get(address);
  if (known !== undefined) return known;
  const value = worksheet.getCell(address).value;
  let result: number | string;
  if (value === null || value === undefined) result = 0;
  else if (typeof value === 'number') result = value;
  else if (isFormula(value)) result = evaluateFormula(worksheet, value.formula, memo);
  else throw new Error(`${address} holds ${JSON.stringify(value)}`);
  memo.set(address, result);
  return result;
}

const excelRound = (value: number, digits: number): number => {
  const scaled = Number((Math.abs(value) * 10 ** digits).toPrecision(15));
  return (Math.sign(value) * Math.floor(scaled + 0.5)) / 10 ** digits;
};

function cellsOfRange(from: string, to: string): string[] {
  const [, fromColumn, fromRow] = /^([A-Z]+)(\d+)$/.exec(from)!;
  const [, toColumn, toRow] = /^([A-Z]+)(\d+)$/.exec(to)!;
  const index = (letters: string) => [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  const letter = (column: number): string => (column > 26 ? letter(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));
  const cells: string[] = [];
  for (let column = index(fromColumn); column <= index(toColumn); column++) {
    for (let row = Number(fromRow); row <= Number(toRow); row++) cells.push(`${letter(column)}${row}`);
  }
  return cells;
}

function evaluateFormula(worksheet: ExcelJS.Worksheet, formula: string, memo: Map<string, number | string>): number | string {
  const number = (address: string) => Number(evaluate(worksheet, address.replace(/\$/g, ''), memo) || 0);
  // A rate of some months' revenue, or that less the rate of the months before it.
  const base = String.raw`(?:[A-Z]+\$?\d+|SUM\([A-Z]+\$?\d+:[A-Z]+\$?\d+\)|\([A-Z]+\$?\d+(?:\+[A-Z]+\$?\d+)+\))`;
  const roundOf = new RegExp(String.raw`ROUND\((${base})((?:\*[\d.]+%)+),2\)`);
  const difference = new RegExp(String.raw`^(ROUND\(${base}(?:\*[\d.]+%)+,2\))(?:-(ROUND\(${base}(?:\*[\d.]+%)+,2\)))?$`).exec(formula);
  if (difference) {
    const rounded = (term: string) => {
      const [, of, rateText] = roundOf.exec(term)!;
      const rates = rateText.split('*').filter(Boolean).map((rate) => Number(rate.slice(0, -1)) / 100);
      return excelRound(rates.reduce((product, rate) => product * rate, revenue(of)), 2);
    };
    return Number((rounded(difference[1]) - (difference[2] ? rounded(difference[2]) : 0)).toFixed(2));
  }
  function revenue(of: string): number {
    const range = /^SUM\(([A-Z]+\$?\d+):([A-Z]+\$?\d+)\)$/.exec(of);
    if (range) return cellsOfRange(range[1].replace(/\$/g, ''), range[2].replace(/\$/g, '')).reduce((total, address) => total + number(address), 0);
    if (of.startsWith('(')) return of.slice(1, -1).split('+').reduce((total, address) => total + number(address), 0);
    return number(of);
  }
  const sum = /^SUM\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(formula);
  if (sum) return cellsOfRange(sum[1], sum[2]).reduce((total, address) => total + number(address), 0);
  const share = /^IF\(([A-Z]+\d+)=0,"",([A-Z]+\d+)\/([A-Z]+\d+)\)$/.exec(formula);
  if (share) return number(share[1]) === 0 ? '' : number(share[2]) / number(share[3]);
  throw new Error(`unexpected formula ${formula}`);
}
