import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  await page.getByTestId('sample-salon').getByRole('button').click();
  await page.getByTestId('plan-title').waitFor();
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

/** Whether the element is inside the 1280 px window and not hidden under another one. */
async function inView(locator: Locator): Promise<boolean> {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = Math.min(box.right - 2, window.innerWidth - 2);
    const y = box.top + box.height / 2;
    const top = document.elementFromPoint(x, y);
    return box.right <= window.innerWidth && box.left >= 0 && top !== null && (element === top || element.contains(top));
  });
}

test('at 1280×720 the summary and the monthly budget show the year totals beside the row names, with a cue that more columns scroll', async () => {
  await driver.openStep('summary');
  const summary = page.getByTestId('summary-table');
  await summary.waitFor();
  expect(await inView(page.getByTestId('summary-year-total'))).toBe(true);
  expect(await inView(summary.getByRole('columnheader', { name: t('summary.total'), exact: true }))).toBe(true);
  expect(await inView(page.getByTestId('summary-row').first().locator('td').first())).toBe(true);

  await driver.openStep('budget');
  await page.getByTestId('budget-toggle-months').click();
  const frame = page.getByTestId('budget-grid').locator('..');
  await page.getByTestId('scroll-cue').waitFor();
  expect(await inView(page.getByTestId('budget-year-total'))).toBe(true);
  // Scrolled to December: the row names and the year's total are still there.
  await frame.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  await expect.poll(() => page.getByTestId('scroll-cue').count()).toBe(0);
  expect(await inView(page.getByTestId('budget-year-total'))).toBe(true);
  expect(await inView(page.getByTestId('budget-row').first().locator('td').first())).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '82-budget-months-scrolled.png') });
});
