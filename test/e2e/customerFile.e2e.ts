import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatEuros, formatPercent } from '../../shared/money';
import { buildSample } from '../../shared/samples';
import { frenchTillExport, personalData } from '../fixtures/salesExport';
import { openPlanFromFolder, planInFile, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;
const planPath = () => path.join(app.plansFolder, 'boulangerie.capm');

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openPlanFromFolder(app, 'boulangerie.capm', buildSample('bakery', 'fr'));
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

test('imports a till export, confirms a probable duplicate, and finds the figures, the segment chart and the calculator filled from the data', async () => {
  await driver.openStep('customers');
  await page.getByTestId('sales-file-input').setInputFiles({ name: 'ventes.csv', mimeType: 'text/csv', buffer: frenchTillExport() });
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('sales-privacy').waitFor();
  // Read as the headers say: 4 active customers before the duplicate is confirmed.
  await expect.poll(() => dialog.getByTestId('sales-figure-customers').textContent(), { timeout: 10_000 }).toBe('4');
  expect(await dialog.getByTestId('sales-bad-rows').textContent()).toContain(t('customers.badRows.reasons.badDate'));
  await dialog.getByTestId('sales-duplicate-dup-0').locator('input[type="checkbox"]').check();
  await expect.poll(() => dialog.getByTestId('sales-figure-customers').textContent(), { timeout: 10_000 }).toBe('3');
  // The owner's own rule for « fidèles »: two purchases a year are enough in this shop.
  await dialog.getByTestId('sales-threshold-loyalPurchases').fill('2');
  await page.screenshot({ path: path.join('test-results/screenshots', '90-customers-import.png') });
  await dialog.getByTestId('sales-apply').click();
  await dialog.waitFor({ state: 'detached' });

  const stored = page.getByTestId('sales-stored');
  await stored.waitFor();
  expect(await stored.getByTestId('sales-figure-averageBasket').textContent()).toBe(formatEuros(5_000));
  expect(await stored.getByTestId('sales-figure-retention').textContent()).toBe(formatPercent(6_667));
  expect(await page.getByTestId('sales-segment-chart').locator('svg').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('sales-segment-loyal').textContent()).toContain('1');
  await driver.saved();
  const inFile = planInFile(app).customerFile;
  expect(inFile.figures).toMatchObject({ customers: 3, mergedDuplicates: 1, segments: { loyal: 1 } });
  expect(inFile.merged).toEqual(['dup-0']);
  expect(inFile.thresholds.loyalPurchases).toBe(2);
  const bytes = fs.readFileSync(planPath()).toString('latin1') + fs.readFileSync(planPath()).toString('utf8');
  for (const value of personalData) expect(bytes.includes(value), value).toBe(false);

  // The segment to win back becomes a target in one click; the calculator takes the figures.
  await page.getByTestId('sales-add-target-toReactivate').click();
  await page.getByTestId('sales-use-in-calculator').click();
  await driver.saved();
  const plan = planInFile(app);
  expect(plan.segments.some((segment) => segment.name === t('customers.segmentTarget', { segment: t('customers.segments.toReactivate').toLowerCase(), count: 1 }))).toBe(true);
  expect(plan.customerValue).toMatchObject({ averageTransactionCents: 5_000, purchasesPerYearHundredths: 200, retentionBasisPoints: 6_667 });
  await driver.shoot('91-customers-step');
  await page.getByTestId('sales-stored').screenshot({ path: path.join('test-results/screenshots', '92-customers-figures.png') });

  // The calculator says where its figures come from, and an objective can start from one of them.
  await driver.openStep('kpis');
  const fromFile = t('customers.fromFile', { date: '30 novembre 2026' });
  expect(await page.getByText(fromFile).count()).toBe(3);
  await driver.openStep('objectives');
  await page.getByTestId('objective-baseline-from-data').first().click();
  await page.getByRole('menuitem', { name: t('customers.baseline.customers', { value: '3' }) }).click();
  await expect.poll(() => page.getByTestId('objective-baseline').first().inputValue()).toBe('3');

  // The RGPD checklist: an item marked done is saved like any edit.
  await driver.openStep('customers');
  await page.getByTestId('rgpd-register-done').click();
  await driver.saved();
  expect(planInFile(app).rgpd.items.register?.state).toBe('done');
});
