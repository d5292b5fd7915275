import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/services/handlers';
import { solidPng } from '../fixtures/images';
import { appServicesIn, cliIn, preferencesFile, readPreferencesText } from './cliFixture';

let dir: string;
const inDir = (name: string) => path.join(dir, name);
const author = { name: 'Claire Dubois', organisation: 'CCI Lyon Métropole', contact: 'claire.dubois@example.fr' };

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** What the workbook says about who prepared it: its creator and the summary sheet's texts. */
async function workbookIdentity(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return { creator: workbook.creator, texts, images: workbook.worksheets[0].getImages().length };
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cap-cli-author-'));
  // The identity is saved as the desktop app saves it, in its preferences.
  const app = appServicesIn(dir);
  const saved = await dispatch(app.handlers, 'prefs.setAuthor', { author: { ...author, logo: { base64: solidPng(320, 120).toString('base64') } } });
  expect(saved.ok).toBe(true);
  expect((await cliIn(dir, 'new', inDir('bakery.capm'), '--sample', 'bakery')).code).toBe(0);
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the author identity on the CLI’s exports', () => {
  it('comes from the app’s preferences, logo included', async () => {
    expect((await cliIn(dir, 'export', inDir('bakery.capm'), '--xlsx', inDir('plan.xlsx'))).code).toBe(0);
    const identity = await workbookIdentity(inDir('plan.xlsx'));
    expect(identity.creator).toBe(author.name);
    expect(identity.texts).toEqual(expect.arrayContaining([author.name, author.organisation, author.contact]));
    expect(identity.images).toBe(1);
  });

  it('is left out with --no-author, which takes no value', async () => {
    // Before the plan's path: a switch that took a value would swallow it.
    const result = await cliIn(dir, 'export', '--no-author', inDir('bakery.capm'), '--xlsx', inDir('plan.xlsx'), '--pdf', inDir('plan.pdf'));
    expect(result).toMatchObject({ code: 0, err: '' });
    const identity = await workbookIdentity(inDir('plan.xlsx'));
    expect(identity.creator).toBe('Cap Marketing');
    expect(identity.texts.some((text) => text.includes(author.name) || text.includes(author.organisation))).toBe(false);
    expect(identity.images).toBe(0);
    if (hasPdftotext) {
      expect(execFileSync('pdftotext', [inDir('plan.pdf'), '-'], { encoding: 'utf8' })).not.toContain(author.name);
    }
  });

  it.runIf(hasPdftotext)('is on the PDF’s cover', async () => {
    expect((await cliIn(dir, 'export', inDir('bakery.capm'), '--pdf', inDir('plan.pdf'))).code).toBe(0);
    const text = execFileSync('pdftotext', [inDir('plan.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(author.name);
    expect(text).toContain(author.organisation);
  });

  it('is only read: new, info, check and export leave the preferences as the app wrote them', async () => {
    const before = readPreferencesText(dir);
    const { mtimeMs } = fs.statSync(preferencesFile(dir));
    for (const argv of [
      ['new', inDir('autre.capm'), '--name', 'Autre'],
      ['info', inDir('bakery.capm')],
      ['check', inDir('bakery.capm'), '--json'],
      ['export', inDir('bakery.capm'), '--json', inDir('plan.json')],
      ['import', inDir('plan.json'), inDir('copie.capm')],
    ]) {
      expect((await cliIn(dir, ...argv)).code, argv.join(' ')).toBe(0);
    }
    expect(readPreferencesText(dir)).toBe(before);
    expect(fs.statSync(preferencesFile(dir)).mtimeMs).toBe(mtimeMs);
  });
});
