import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  await stepDriver(page).createPlan('Fleurs de Lou');
});
afterAll(async () => {
  await app?.stop();
});

test('an action added from the catalogue opens in place, in view, its title focused, and the entry says it is in the plan', async () => {
  await stepDriver(page).openStep('promotion');
  const entry = page.getByTestId('catalogue-entry').nth(4);
  const title = (await entry.locator('p').first().innerText()).split('\n')[0].trim();
  expect(await entry.getByTestId('catalogue-in-plan').count()).toBe(0);
  await entry.getByRole('button', { name: `${t('promotion.add')} : ${title}` }).click();

  const field = page.getByTestId('action-title');
  await expect.poll(() => field.inputValue()).toBe(title);
  await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
  await entry.getByTestId('catalogue-in-plan').waitFor();
  await page.waitForTimeout(300); // any scrolling has ended
  const box = await field.boundingBox();
  expect(box && box.y >= 64 && box.y + box.height <= 720).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '83-catalogue-added-in-place.png') });
});
