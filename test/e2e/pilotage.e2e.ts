import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { exportXlsx } from '../../electron/core/export/xlsx';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatEuros } from '../../shared/money';
import { buildReport } from '../../shared/report/planReport';
import { buildSample } from '../../shared/samples';
import { openPlanFromFolder, planInFile, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;
const salon = buildSample('salon', 'fr');

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openPlanFromFolder(app, 'salon.capm', salon);
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

const drawn = (testId: string) =>
  page.getByTestId(testId).locator('svg path, svg rect').evaluateAll((shapes) => shapes.filter((shape) => (shape.getAttribute('d') ?? '').length > 20 || Number(shape.getAttribute('height')) > 0).length);

test('Pilotage at the end of March: spend planned against actual, charts drawn, and a block pasted from a spreadsheet after its preview', async () => {
  await driver.openStep('pilotage');
  const report = buildReport(salon);
  expect(await page.getByTestId('pilotage-planned').textContent()).toBe(formatEuros(report.steering.total.plannedToDateCents));
  expect(await page.getByTestId('pilotage-actual').textContent()).toBe(formatEuros(report.steering.total.actualToDateCents));
  await expect.poll(() => drawn('pilotage-cumulative-chart')).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('pilotage-indicator').count()).toBeGreaterThan(0);
  await page.waitForTimeout(800); // the curves draw in
  await driver.shoot('99-pilotage-salon');

  // Three actions × April–July, copied from a French spreadsheet.
  const block = ['100,00\t120,50\t0\t80', '200\t200\t200\t200', '1 000,00\t\t50,25\t10'].join('\r\n');
  const [first, second, third] = salon.actions;
  const cell = page.getByTestId(`actual-${first.id}-4`);
  await cell.scrollIntoViewIfNeeded();
  await cell.evaluate((input, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, block);
  const preview = page.getByTestId('paste-preview');
  await preview.waitFor();
  expect(await preview.locator('tbody tr').count()).toBe(11); // 12 cells, one left empty
  expect(await preview.textContent()).toContain(formatEuros(100_000));
  await page.getByTestId('paste-confirm').click();
  await driver.saved();
  const plan = planInFile(app);
  const actions = new Map(plan.actions.map((action) => [action.id, action]));
  expect(actions.get(first.id)?.actualSpendCents.slice(3, 7)).toEqual([10_000, 12_050, 0, 8_000]);
  expect(actions.get(second.id)?.actualSpendCents.slice(3, 7)).toEqual([20_000, 20_000, 20_000, 20_000]);
  expect(actions.get(third.id)?.actualSpendCents.slice(3, 7)).toEqual([100_000, third.actualSpendCents[4], 5_025, 1_000]);

  // Read at the end of July, the variance follows what was pasted.
  await page.getByTestId('pilotage-as-of').locator('[role="spinbutton"]').first().focus();
  await page.keyboard.type('31072027');
  await driver.saved();
  const july = buildReport(planInFile(app));
  expect(july.asOf).toBe('2027-07-31');
  await expect.poll(() => page.getByTestId('pilotage-actual').textContent()).toBe(formatEuros(july.steering.total.actualToDateCents));
  const sign = july.steering.total.varianceCents > 0 ? '+' : '';
  expect(await page.getByTestId('pilotage-variance').textContent()).toContain(`${sign}${formatEuros(july.steering.total.varianceCents)}`);

  // Revised mid-year: the budget as it stood is kept in the file, and said beside the revised one.
  await page.getByTestId('revise-plan').click();
  await page.getByTestId('revise-confirm').click();
  await driver.saved();
  expect(planInFile(app).steering.revisions[0]?.before.yearCents).toBe(july.budget.yearCents);
  expect(await page.getByTestId('revision-summary').textContent()).toContain(formatEuros(july.budget.yearCents));
  // The table by category gains the initial budget beside the revised one.
  const categories = page.getByTestId('pilotage-categories');
  await expect.poll(() => categories.textContent()).toContain(t('pilotage.initialYear'));
  await categories.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/99-pilotage-revised-categories.png' });
});

test('the spend typed in the exported workbook’s « Pilotage » sheet comes back through the import preview', async () => {
  const plan = planInFile(app);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportXlsx(plan, { language: 'fr', author: null, generatedAt: new Date('2027-09-01T08:00:00Z') })) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(t('steps.names.pilotage'))!;
  const [first] = plan.actions;
  const row = Array.from({ length: sheet.rowCount }, (_, index) => index + 1).find((number) => sheet.getCell(number, 1).value === first.title)!;
  sheet.getCell(row, 2 + 8).value = '321,00'; // August, typed as text the French way
  await page.getByTestId('pilotage-import').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'suivi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await workbook.xlsx.writeBuffer()) });
  const changes = page.getByTestId('import-actuals-changes');
  await changes.waitFor();
  expect(await changes.textContent()).toContain(first.title);
  expect(await changes.textContent()).toContain(formatEuros(32_100));
  // Its actions are the plan's own: adding them again is not proposed by default.
  expect(await page.getByTestId('import-add-actions').locator('input').isChecked()).toBe(false);
  await driver.shoot('99-pilotage-import-preview', { end: false });
  await page.getByTestId('import-confirm').click();
  await driver.saved();
  const after = planInFile(app);
  expect(after.actions.length).toBe(plan.actions.length);
  expect(after.actions[0].actualSpendCents[7]).toBe(32_100);
  expect(after.actions[0].actualSpendCents.slice(0, 7)).toEqual(first.actualSpendCents.slice(0, 7));
});

test('an empty plan’s Pilotage shows zeros and says there is no indicator yet, without failing', async () => {
  await page.getByTestId('close-plan').click();
  await driver.createPlan('Atelier Floral Lou 2027');
  await driver.openStep('pilotage');
  expect(await page.getByTestId('pilotage-planned').textContent()).toBe(t('pilotage.nothingYet'));
  await page.getByText(t('pilotage.noIndicator')).waitFor();
  await driver.shoot('99-pilotage-empty', { end: false });
});
