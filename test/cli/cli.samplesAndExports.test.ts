import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './cliFixture';
import { PlanFile } from '../../electron/core/store/planFile';
import { planWarnings } from '../../shared/coach/progress';
import { computeBudget } from '../../shared/compute/budget';
import { sampleIds, sampleIntendedWarnings } from '../../shared/samples';

let dir: string;
const inDir = (name: string) => path.join(dir, name);


const readPlan = (file: string) => {
  const opened = PlanFile.open(file);
  if (!opened.ok) throw new Error(opened.error.code);
  try {
    return opened.value.read();
  } finally {
    opened.value.close();
  }
};

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-cli-samples-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('new --sample', () => {
  it.each(sampleIds)('creates the %s sample, which check finds complete with only its intended warnings', async (sample) => {
    const file = inDir(`${sample}.capm`);
    expect(await cli('new', file, '--sample', sample)).toMatchObject({ code: 0 });
    const plan = readPlan(file);
    expect(plan.actions.length).toBeGreaterThanOrEqual(10);
    expect([...new Set(planWarnings(plan).map((warning) => warning.code))].sort()).toEqual([...sampleIntendedWarnings(sample)].sort());
    const check = await cli('check', file);
    expect(check.out).not.toContain('En cours');
    expect(check.out).not.toContain('À commencer');
  });

  it('writes the sample in English with --lang en', async () => {
    const file = inDir('salon-en.capm');
    await cli('new', file, '--sample', 'salon', '--lang', 'en');
    expect(readPlan(file).actions.map((action) => action.title).join(' ')).toMatch(/booking/i);
  });

  it('names the samples when asked for one that does not exist, and writes nothing', async () => {
    const result = await cli('new', inDir('x.capm'), '--sample', 'fleuriste');
    expect(result.code).toBe(1);
    expect(result.err).toBe('Exemple inconnu : « fleuriste ». Les exemples sont : bakery, salon, eshop, b2b.');
    expect(fs.existsSync(inDir('x.capm'))).toBe(false);
  });
});

describe('export --pdf and --xlsx', () => {
  it('writes both files in one command, in the language asked for, with the plan\'s totals', async () => {
    const file = inDir('bakery.capm');
    await cli('new', file, '--sample', 'bakery');
    const result = await cli('export', file, '--pdf', inDir('plan.pdf'), '--xlsx', inDir('plan.xlsx'), '--lang', 'en');
    expect(result).toEqual({ code: 0, out: `Plan exported: ${inDir('plan.pdf')}\nPlan exported: ${inDir('plan.xlsx')}`, err: '' });
    expect(fs.readFileSync(inDir('plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(inDir('plan.xlsx'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Budget');
    expect(workbook.worksheets[0].name).toBe('Summary');
    if (hasPdftotext) {
      const text = execFileSync('pdftotext', ['-layout', inDir('plan.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('Contents');
      const year = computeBudget(readPlan(file)).yearCents / 100;
      expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain(`${new Intl.NumberFormat('fr-FR').format(Math.trunc(year)).replace(/[\u00a0\u202f]/g, ' ')}`);
    }
  });

  it('says where it cannot write, and leaves no partial file behind', async () => {
    const file = inDir('bakery.capm');
    await cli('new', file, '--sample', 'bakery');
    const result = await cli('export', file, '--pdf', inDir('missing-folder/plan.pdf'));
    expect(result.code).toBe(1);
    expect(result.err).toContain(inDir('missing-folder/plan.pdf'));
    expect(fs.readdirSync(dir).sort()).toEqual(['bakery.capm']);
  });
});
