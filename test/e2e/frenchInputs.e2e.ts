import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppPage, planInFile, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

const savedPlan = () => planInFile(app);

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  driver = stepDriver(page);
  await driver.createPlan('Fleurs de Lou');
});
afterAll(async () => {
  await app?.stop();
});

test('a date typed as 31/12/2027 is stored as 2027-12-31, and the calendar picker speaks French', async () => {
  await driver.openStep('objectives');
  await page.getByTestId('add-objective').click();
  await driver.saved();
  const deadline = page.getByTestId('objective-deadline');
  await driver.typeDate(deadline, '31/12/2027');
  await expect.poll(() => savedPlan().objectives[0]?.deadline, { timeout: 5000 }).toBe('2027-12-31');
  expect(await driver.dateShown(deadline)).toBe('31/12/2027');
  await deadline.getByRole('button').click();
  await page.getByText('décembre 2027').waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '80-date-picker-fr.png') });
  await page.keyboard.press('Escape');
});

test('amounts are read however a French user types them, and shown formatted once typed', async () => {
  await driver.openStep('company');
  const revenue = page.getByTestId('company-revenue');
  for (const [typed, cents] of [
    ['1.250,50', 125_050],
    ['180000', 18_000_000],
    ['1250.5', 125_050],
  ] as const) {
    await revenue.fill(typed);
    await revenue.blur();
    await driver.saved();
    expect(savedPlan().company.currentRevenueCents).toBe(cents);
  }
  expect(await revenue.inputValue()).toBe('1\u202f250,50');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '81-amount-formatted-fr.png') });

  // In English, English marks.
  await page.getByTestId('language').locator('..').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByTestId('step-diagnostic').click();
  await page.getByTestId('step-company').click();
  await expect.poll(() => page.getByTestId('company-revenue').inputValue()).toBe('1,250.50');
  await page.getByTestId('language').locator('..').click();
  await page.getByRole('option', { name: 'Français' }).click();
});
