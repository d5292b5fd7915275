import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CELL_TEXT_MAX, cellText } from '../../../../electron/core/export/xlsx/cells';
import { fr } from '../../../../shared/i18n/fr';
import { hostilePlan, injections, frenchOptions, richPlan } from './fixtures';
import { rawSheets, type RawCell } from './rawXlsx';
import { exportAndRead, filledCells, isFormula, sheet } from './workbook';

const [link, plus, minus, at, equals] = injections;

/** The only formulas the workbook builds: from cell addresses and rates, never from a user's text. */
const ourFormulas = [
  // A rate of the forecast over some months, less the rate of the months before (cumulative rounding).
  /^ROUND\((?:[A-Z]+\$2|SUM\([A-Z]+\$2:[A-Z]+\$2\)|\([A-Z]+\$2(?:\+[A-Z]+\$2)+\))(\*\d+(\.\d+)?%){1,2},2\)(?:-ROUND\((?:[A-Z]+\$2|SUM\([A-Z]+\$2:[A-Z]+\$2\)|\([A-Z]+\$2(?:\+[A-Z]+\$2)+\))(\*\d+(\.\d+)?%){1,2},2\))?$/,
  /^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/,
  /^IF\([A-Z]+2=0,"",[A-Z]+\d+\/[A-Z]+2\)$/,
  /^'Budget'![A-Z]+\d+$/,
  // The offer sheet's break-even and customer-value blocks (pricingSheet.ts).
  /^ROUND\(AVERAGE\([A-Z]+\d+:[A-Z]+\d+\),4\)$/,
  /^ROUND\([A-Z]+\d+[/*][A-Z]+\d+,2\)$/,
  /^IF\([A-Z]+\d+(=0|<=0),"",ROUND\([A-Z]+\d+\/[A-Z]+\d+,[24]\)\)$/,
  /^ROUND\([A-Z]+\d+\*[A-Z]+\d+,2\)\+ROUND\([A-Z]+\d+\*[A-Z]+\d+\*MAX\(0,[A-Z]+\d+-1\),2\)$/,
  /^[A-Z]+\d+(-[A-Z]+\d+)?$/,
  // The offer sheet's product formulas (pricingSheet.ts productFormulas).
  /^C\d+\+ROUND\(C\d+\*D\d+,2\)$/,
  /^IF\([BC]\d+=0,"—",ROUND\(F\d+\/[BC]\d+,4\)\)$/,
  new RegExp(String.raw`^IF\(F\d+<=0,"${fr.offer.product.breakEvenNone}",ROUNDUP\(ROUND\(\$B\$\d+\*100,0\)/ROUND\(F\d+\*100,0\),0\)\)$`),
  // Links to the budget and offer sheets (glance, customer value, action sheets), the growth.
  /^'Budget'![A-Z]+\d+(\+'Budget'![A-Z]+\d+)*$/,
  /^'Offre et prix'![A-Z]+\d+$/,
  /^IF\(OR\(B\d+="",B\d+=0\),"",ROUND\(\(B\d+-B\d+\)\/B\d+,4\)\)$/,
  // The steering sheet's variance over the planned (steeringSheet.ts).
  /^IF\([A-Z]+\d+=0,"",[A-Z]+\d+\/[A-Z]+\d+\)$/,
  // The key accounts' share of wallet, its band and weighted deals (accountsSheet.ts).
  /^IF\(OR\([A-Z]+\d+="",[A-Z]+\d+="",[A-Z]+\d+=0\),"",[A-Z]+\d+\/[A-Z]+\d+\)$/,
  new RegExp(
    String.raw`^IF\([A-Z]+\d+="","",IF\(ROUND\([A-Z]+\d+\*100,0\)\*100<ROUND\([A-Z]+\d+\*100,0\)\*30,"${fr.accountTerms.bands.conquest}",` +
      String.raw`IF\(ROUND\([A-Z]+\d+\*100,0\)\*100>ROUND\([A-Z]+\d+\*100,0\)\*60,"${fr.accountTerms.bands.loyalty}","${fr.accountTerms.bands.development}"\)\)\)$`,
  ),
  /^SUM\('Pipeline'![A-Z]+\d+:[A-Z]+\d+\)$/,
  // The pipeline's quarters, its totals by quarter and stage, the shortfall (pipelineSheet.ts).
  /^ROUNDUP\([A-Z]+\d+\/3,0\)$/,
  /^SUMIF\(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,[A-Z]+\d+,\$[A-Z]+\$\d+:\$[A-Z]+\$\d+\)$/,
  /^COUNTIF\(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+,[A-Z]+\d+\)$/,
  /^IF\([A-Z]+\d+="","",MAX\(0,ROUND\([A-Z]+\d+-[A-Z]+\d+,2\)\)\)$/,
];

/** In each sheet, the user's texts that must show there exactly as typed. */
const expectedTexts: Record<string, string[]> = {
  [fr.xlsx.sheets.summary]: [link, plus, minus, at],
  [fr.steps.names.diagnostic]: [link, plus, minus, at, equals],
  [fr.steps.names.customers]: [],
  [fr.steps.names.objectives]: [link, minus, plus, equals, at],
  [fr.steps.names.targets]: [link, minus, plus],
  // The rich plan's key account holds no hostile text: xlsx.accounts.test.ts types some there.
  [fr.steps.names.accounts]: [],
  [fr.accountsExports.xlsx.pipelineSheet]: [],
  [fr.steps.names.positioning]: [link, plus, minus, at],
  [fr.steps.names.offer]: [link, plus, at],
  [fr.xlsx.sheets.actions]: [link, plus, at],
  [fr.xlsx.sheets.glance]: [link],
  [fr.xlsx.sheets.customerValue]: [],
  [fr.xlsx.sheets.actionSheets]: [link, plus],
  [fr.steps.names.budget]: [link, minus],
  [fr.steps.names.calendar]: [link, at],
  [fr.steps.names.kpis]: [link, equals, at, plus, minus],
  [fr.steps.names.pilotage]: [link],
};

let workbook: ExcelJS.Workbook;
let raw: Map<string, Map<string, RawCell>>;

beforeAll(async () => {
  const exported = await exportAndRead(hostilePlan(), { ...frenchOptions, author: { name: plus, organisation: link, contact: at, logo: null } });
  workbook = exported.workbook;
  raw = rawSheets(exported.bytes);
});

describe('text typed by the user', () => {
  it('stays a text cell in every sheet, exactly as typed', () => {
    expect(workbook.worksheets.map((worksheet) => worksheet.name).sort()).toEqual(Object.keys(expectedTexts).sort());
    for (const [name, texts] of Object.entries(expectedTexts)) {
      const cells = filledCells(sheet(workbook, name));
      for (const text of texts) {
        const found = cells.filter((cell) => cell.value === text);
        expect(found.length, `${text} in ${name}`).toBeGreaterThan(0);
        for (const cell of found) {
          expect(cell.type, `${name}!${cell.address}`).toBe(ExcelJS.ValueType.String);
          expect(raw.get(name)?.get(cell.address), `${name}!${cell.address}`).toMatchObject({ type: 's', formula: null });
        }
      }
    }
  });

  it('never becomes part of a formula: every formula in the file is one the exporter builds', () => {
    let formulas = 0;
    for (const [name, cells] of raw) {
      for (const [address, cell] of cells) {
        if (cell.formula === null) continue;
        formulas++;
        expect(ourFormulas.some((shape) => shape.test(cell.formula!)), `${name}!${address}: ${cell.formula}`).toBe(true);
      }
    }
    expect(formulas).toBeGreaterThan(100);
    for (const worksheet of workbook.worksheets) {
      for (const cell of filledCells(worksheet)) {
        if (isFormula(cell.value)) expect(ourFormulas.some((shape) => shape.test(cell.formula)), `${worksheet.name}!${cell.address}`).toBe(true);
      }
    }
  });

  it('keeps a typed "&" out of the page header’s codes', async () => {
    const plan = { ...richPlan(), meta: { ...richPlan().meta, title: 'R&D &P &12' } };
    const { workbook: book } = await exportAndRead(plan, frenchOptions);
    for (const worksheet of book.worksheets) expect(worksheet.headerFooter.oddHeader).toContain('R&&D &&P &&12');
  });
});

describe('long texts', () => {
  it('are capped at Excel’s 32,767 characters without splitting a character in two', () => {
    expect(cellText('court')).toBe('court');
    const long = cellText('a'.repeat(40_000));
    expect(long).toHaveLength(CELL_TEXT_MAX);
    expect(long.endsWith('…')).toBe(true);
    const emoji = cellText(`${'a'.repeat(CELL_TEXT_MAX - 3)}😀😀😀`);
    expect(emoji.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
    expect(/[\ud800-\udbff]…$/.test(emoji)).toBe(false);
  });

  it('drop the control characters an XML file cannot hold', () => {
    expect(cellText('a\u0000b\u0008c\td\r\ne\u001f')).toBe('abc\td\ne');
  });

  it('reach the sheet capped, even from a plan that skipped validation', async () => {
    const plan = richPlan();
    plan.actions[0] = { ...plan.actions[0], description: 'x'.repeat(50_000) };
    const { workbook: book } = await exportAndRead(plan, frenchOptions);
    const description = filledCells(sheet(book, fr.xlsx.sheets.actions)).find((cell) => typeof cell.value === 'string' && cell.value.startsWith('xxxx'));
    expect(String(description?.value)).toHaveLength(CELL_TEXT_MAX);
  });
});
