import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver } from './stepDriver';

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

const rootFontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const mainWidth = async () => (await page.locator('main').boundingBox())!.width;

test('presentation mode: larger type, no step list, the step full width; F11 and Escape, or the header button', async () => {
  await stepDriver(page).openStep('positioning');
  const [size, width] = [await rootFontSize(), await mainWidth()];
  await page.keyboard.press('F11');
  await expect.poll(rootFontSize).toBeGreaterThan(size * 1.2);
  expect(await page.getByTestId('step-company').isVisible()).toBe(false);
  expect(await mainWidth()).toBeGreaterThan(width + 250);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '84-presentation-mode.png') });
  await page.keyboard.press('Escape');
  await expect.poll(rootFontSize).toBe(size);
  await page.getByTestId('presentation').click();
  expect(await page.getByTestId('presentation').getAttribute('aria-pressed')).toBe('true');
  await page.getByTestId('presentation').click();
  await page.getByTestId('step-company').waitFor();
});
