import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { precheckImport } from '../../../electron/core/import';
import { defaultImportLimits } from '../../../shared/importActions';
import { COLLECTION_MAX } from '../../../shared/plan';
import { newAction, parse, planWithNames, workbookBytes, zipBytes } from './helpers';

/** Counts the workbooks handed to exceljs, to prove a refused file never reaches it. */
const exceljsLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('exceljs', async (importOriginal) => {
  const actual = ((await importOriginal()) as { default: typeof ExcelJS }).default;
  class CountingWorkbook extends actual.Workbook {
    constructor() {
      super();
      const xlsx = this.xlsx;
      const load = xlsx.load.bind(xlsx);
      xlsx.load = (...args: Parameters<typeof load>) => {
        exceljsLoads.count++;
        return load(...args);
      };
    }
  }
  return { default: { ...actual, Workbook: CountingWorkbook } };
});
beforeEach(() => {
  exceljsLoads.count = 0;
});

const MB = 1024 * 1024;
const workbookXml = { name: 'xl/workbook.xml', content: Buffer.from('<workbook/>') };

describe('a zip bomb disguised as a workbook', () => {
  it('is refused from its central directory when its entries declare more than 50 MB', async () => {
    const bomb = zipBytes([workbookXml, { name: 'xl/worksheets/sheet1.xml', content: Buffer.from('<x/>'), declaredSize: 4000 * MB }]);
    expect(bomb.length).toBeLessThan(1024);
    const refusal = { code: 'uncompressedTooLarge', params: { maxMb: 50 } };
    expect(precheckImport(bomb)).toEqual(refusal);
    expect(await parse(bomb)).toEqual({ ok: false, error: refusal });
    expect(exceljsLoads.count).toBe(0);
  });

  it('is refused when a real payload would expand past the limit (60 MB of zeros in 60 kB)', async () => {
    const bomb = zipBytes([workbookXml, { name: 'xl/sharedStrings.xml', content: Buffer.alloc(60 * MB) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(precheckImport(bomb)).toEqual({ code: 'uncompressedTooLarge', params: { maxMb: 50 } });
    expect(exceljsLoads.count).toBe(0);
  });

  it('is refused for an absurd compression ratio, even under the size limit', async () => {
    const bomb = zipBytes([workbookXml, { name: 'xl/sharedStrings.xml', content: Buffer.alloc(20 * MB) }]);
    expect(await parse(bomb)).toEqual({ ok: false, error: { code: 'suspiciousCompression', params: { maxRatio: 200 } } });
    expect(exceljsLoads.count).toBe(0);
  });

  it('is refused when an entry expands beyond the size it declares', async () => {
    const liar = zipBytes([workbookXml, { name: 'xl/worksheets/sheet1.xml', content: Buffer.alloc(5 * MB, 'a'), declaredSize: 1000 }]);
    // The directory looks harmless; only expanding with a cap shows the lie.
    expect(precheckImport(liar)).toBeNull();
    expect(await parse(liar)).toEqual({ ok: false, error: { code: 'suspiciousCompression', params: { maxRatio: 200 } } });
    expect(exceljsLoads.count).toBe(0);
  });

  it('is refused when it holds too many entries', async () => {
    const parts = [workbookXml, ...Array.from({ length: 1000 }, (_, index) => ({ name: `x/${index}`, content: Buffer.from('x') }))];
    expect(precheckImport(zipBytes(parts))).toEqual({ code: 'tooManyZipEntries', params: { max: 1000 } });
  });

  it('while a genuine workbook passes the same checks and is read', async () => {
    const workbook = await workbookBytes([{ name: 'Actions', rows: [['Action'], ['Salon']] }]);
    expect(precheckImport(workbook)).toBeNull();
    expect(await parse(workbook)).toMatchObject({ ok: true, value: { accepted: [{ row: 2 }] } });
    expect(exceljsLoads.count).toBe(1);
  });
});

describe('files that are not spreadsheets', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000185d0f4e30000000049454e44ae426082', 'hex');

  it.each([
    ['a PNG image', png, 'notSpreadsheet'],
    ['a PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), 'notSpreadsheet'],
    ['an empty file', Buffer.alloc(0), 'emptyImportFile'],
    ['a file of blank lines', Buffer.from('\r\n\r\n;;\r\n'), 'emptyImportFile'],
    ['an Excel 97–2003 file', Buffer.from('d0cf11e0a1b11ae1000000000000000000000000', 'hex'), 'legacyExcel'],
    ['a Word document (a zip without a workbook)', zipBytes([{ name: 'word/document.xml', content: Buffer.from('<w/>') }]), 'notSpreadsheet'],
    ['a truncated workbook', Buffer.from('504b0304140000000800', 'hex'), 'unreadableWorkbook'],
  ])('refuses %s', async (_, bytes, code) => {
    expect(await parse(bytes)).toEqual({ ok: false, error: { code } });
  });

  it('refuses a workbook whose parts are damaged', async () => {
    const damaged = zipBytes([workbookXml, { name: '[Content_Types].xml', content: Buffer.from('<Types') }]);
    expect(await parse(damaged)).toEqual({ ok: false, error: { code: 'unreadableWorkbook' } });
  });
});

describe('size limits', () => {
  it('refuses 100,000 rows with tooManyRows, quickly, without reading them all', async () => {
    const csv = 'Action;Total\n' + Array.from({ length: 100_000 }, (_, index) => `Action ${index};${index},50`).join('\n');
    const started = performance.now();
    const result = await parse(csv);
    expect(result).toEqual({ ok: false, error: { code: 'tooManyRows', params: { max: 5000 } } });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('accepts exactly the maximum of rows', async () => {
    const csv = 'Action\n' + Array.from({ length: 5000 }, (_, index) => `Action ${index}`).join('\n');
    const result = await parse(csv);
    expect(result.ok && result.value.accepted.length).toBe(5000);
  });

  it('refuses too many rows in a workbook too', async () => {
    const workbook = await workbookBytes([{ name: 'Actions', rows: [['Action'], ...Array.from({ length: 12 }, (_, index) => [`A${index}`])] }]);
    expect(await parse(workbook, undefined, { maxRows: 10 })).toEqual({ ok: false, error: { code: 'tooManyRows', params: { max: 10 } } });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const big = Buffer.alloc(defaultImportLimits.maxFileBytes + 1, 'a');
    expect(precheckImport(big)).toEqual({ code: 'fileTooLarge', params: { maxMb: 10 } });
  });

  it('refuses more than 50 filled columns, in a CSV and in a workbook', async () => {
    const header = ['Action', ...Array.from({ length: 50 }, (_, index) => `Colonne ${index}`)];
    expect(await parse(`${header.join(';')}\nSalon\n`)).toEqual({ ok: false, error: { code: 'tooManyColumns', params: { max: 50 } } });
    // Empty cells past the limit (a row ending in separators) are harmless.
    expect((await parse(`Action${';'.repeat(80)}\nSalon${';'.repeat(80)}\n`)).ok).toBe(true);
    const row = Array<string>(60).fill('');
    row[0] = 'Salon';
    row[59] = 'note';
    const workbook = await workbookBytes([{ name: 'Actions', rows: [['Action'], row] }]);
    expect(await parse(workbook)).toEqual({ ok: false, error: { code: 'tooManyColumns', params: { max: 50 } } });
  });

  it('apply to the actions sheet only, not to the workbook’s other sheets', async () => {
    const wide = Array.from({ length: 80 }, (_, index) => `Colonne ${index}`);
    const workbook = await workbookBytes([
      { name: 'Budget', rows: [wide, wide] },
      { name: 'Actions', rows: [['Action'], ['Salon']] },
    ]);
    expect(await parse(workbook)).toMatchObject({ ok: true, value: { sheetName: 'Actions', accepted: [{ row: 2 }] } });
  });

  it('refuses a cell over 10,000 characters, naming its row and column', async () => {
    const csv = `Action;Description\nSalon;court\nVitrine;"${'x'.repeat(10_001)}"\n`;
    expect(await parse(csv)).toEqual({
      ok: false,
      error: { code: 'cellTooLong', params: { max: 10_000, row: 3, column: 'Description' } },
    });
    const workbook = await workbookBytes([{ name: 'Actions', rows: [['Action', 'Description'], ['Salon', 'y'.repeat(10_001)]] }]);
    expect(await parse(workbook)).toEqual({
      ok: false,
      error: { code: 'cellTooLong', params: { max: 10_000, row: 2, column: 'Description' } },
    });
  });

  it(`refuses an import that would take the plan past ${COLLECTION_MAX} actions`, async () => {
    const plan = planWithNames();
    plan.actions = Array.from({ length: COLLECTION_MAX - 1 }, (_, index) => newAction({ id: `a${index}`, title: `Action ${index}` }));
    expect(await parse('Action\nSalon\nVitrine\n', plan)).toEqual({
      ok: false,
      error: { code: 'tooManyActions', params: { max: COLLECTION_MAX, existing: COLLECTION_MAX - 1, importing: 2 } },
    });
    expect((await parse('Action\nSalon\n', plan)).ok).toBe(true);
  });
});
