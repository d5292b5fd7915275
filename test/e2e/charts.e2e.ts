import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatEuros } from '../../shared/money';
import { buildReport } from '../../shared/report/planReport';
import { buildSample } from '../../shared/samples';
import { openPlanFromFolder, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
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

/** Bars drawn with a height: a chart with data, not an empty frame. */
const drawnBars = (chart: ReturnType<Page['getByTestId']>) =>
  chart.locator('svg rect').evaluateAll((rects) => rects.filter((rect) => Number(rect.getAttribute('height')) > 0 && Number(rect.getAttribute('width')) > 0).length);

test('the budget is drawn by quarter (planned and spent) and by category, each with its table one click away', async () => {
  await driver.openStep('budget');
  const quarters = page.getByTestId('budget-chart-quarters');
  await expect.poll(() => drawnBars(quarters)).toBeGreaterThan(4);
  expect(await drawnBars(page.getByTestId('budget-chart-categories'))).toBeGreaterThan(1);
  await quarters.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '97-budget-charts.png') });

  await quarters.getByRole('button', { name: t('charts.showTable') }).click();
  const report = buildReport(salon);
  const firstQuarter = quarters.getByRole('row', { name: new RegExp(t('budget.quarterShort', { quarter: 1 })) });
  expect(await firstQuarter.textContent()).toContain(formatEuros(report.budget.quartersCents[0]));
  expect(await firstQuarter.textContent()).toContain(formatEuros(report.steering.total.actualQuarterCents[0]));
});

test('the revenue forecast is drawn month by month on the company step', async () => {
  await driver.openStep('company');
  const forecast = page.getByTestId('forecast-chart');
  await expect.poll(() => drawnBars(forecast)).toBeGreaterThan(6);
  await forecast.scrollIntoViewIfNeeded();
  await page.waitForTimeout(800); // the bars grow in when drawn
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '98-forecast-chart.png') });
});
