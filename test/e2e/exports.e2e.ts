import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeBudget } from '../../shared/compute/budget';
import { formatEuros } from '../../shared/money';
import { solidPng } from '../fixtures/images';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  await page.getByTestId('sample-bakery').getByRole('button').click();
  await page.getByTestId('plan-title').waitFor();
});
afterAll(async () => {
  await app?.stop();
});

/** Clicks Exporter → format, and saves what the browser downloads. */
async function download(format: 'pdf' | 'xlsx'): Promise<string> {
  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${format}`).click()]);
  const target = path.join(app.home, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');

test('the export menu downloads the PDF report and the workbook, with the totals of the app', async () => {
  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  const plan = opened.value.plan;
  const budget = computeBudget(plan);

  const pdf = await download('pdf');
  expect(path.basename(pdf)).toBe(`${plan.meta.title}.pdf`);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain(plan.meta.title);
  expect(text).toContain(formatEuros(budget.yearCents).replace(/[\u00a0\u202f]/g, ' '));

  const xlsx = await download('xlsx');
  expect(path.basename(xlsx)).toBe(`${plan.meta.title}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  expect(workbook.worksheets.length).toBeGreaterThanOrEqual(8);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '50-export-menu.png') });
});

test('the consultant\'s identity, set once in the app, is on the PDF cover, and a plan can leave it out', async () => {
  await page.getByTestId('plan-menu').click();
  await page.getByTestId('plan-menu-author').click();
  await page.getByTestId('author-name').fill('Claire Dubois');
  await page.getByTestId('author-organisation').fill('CCI Lyon Métropole');
  await page.getByTestId('author-contact').fill('claire.dubois@exemple.fr');
  await page.getByTestId('author-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: solidPng(300, 100) });
  await page.getByRole('dialog').locator('img').waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '51-author-dialog.png') });
  await page.getByTestId('author-save').click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

  const withAuthor = pdfText(await download('pdf'));
  expect(withAuthor).toContain('Claire Dubois');
  expect(withAuthor).toContain('CCI Lyon Métropole');

  // The same consultant may hand over a plan without their name: the per-plan switch.
  await page.getByTestId('plan-menu').click();
  await page.getByTestId('plan-menu-author').click();
  await page.getByTestId('author-show').click();
  await page.getByTestId('author-save').click();
  await stepDriver(page).saved();
  expect(pdfText(await download('pdf'))).not.toContain('Claire Dubois');
});

test('a logo that is not an image is refused with a clear sentence, and the identity is kept', async () => {
  await page.getByTestId('plan-menu').click();
  await page.getByTestId('plan-menu-author').click();
  await page.getByTestId('author-logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
  await page.getByTestId('author-save').click();
  // The error shows above the dialog (the dialog hides the rest of the page from assistive tools).
  await page.getByText(t('errors.logoNotImage'), { exact: true }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '52-author-logo-refused.png') });
  await page.getByRole('dialog').getByRole('button', { name: t('author.cancel') }).click();
  const prefs = JSON.parse(fs.readFileSync(path.join(app.home, 'config', 'preferences.json'), 'utf8'));
  expect(prefs.author.name).toBe('Claire Dubois');
  expect(prefs.author.logo.widthPx).toBe(300);
});
