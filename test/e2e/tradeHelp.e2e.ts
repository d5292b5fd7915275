import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  driver = stepDriver(page);
  await driver.createPlan('Fleurs de Lou');
});
afterAll(async () => {
  await app?.stop();
});

test('a florist sees florist examples without focusing a field, and her margins explained with her own figures', async () => {
  await page.getByTestId('company-activity').fill('Fleuriste, compositions de mariage');
  await driver.saved();

  await driver.openStep('positioning');
  // Visible at once, under the help: no field has the focus.
  await expect.poll(() => page.getByTestId('positioning-marketDefinition-example').textContent()).toBe(
    `${t('tradeExamples.prefix')} : ${t('tradeExamples.florist.marketDefinition')}`,
  );
  expect(await page.locator('main').innerText()).not.toContain('boulangerie');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '86-florist-positioning-examples.png') });

  await driver.openStep('offer');
  await page.getByTestId('add-product').click();
  expect(await page.getByTestId('product-name').getAttribute('placeholder')).toBe(`${t('tradeExamples.prefix')} : ${t('tradeExamples.florist.productName')}`);
  await page.getByTestId('product-name').fill('Bouquet de saison');
  await page.getByTestId('product-cost').fill('12');
  await page.getByTestId('product-price').fill('30');
  await page.getByTestId('product-price').blur();
  await expect.poll(() => page.getByTestId('product-margin-explained').textContent()).toBe(
    t('marginExplained', { margin: '18,00\u00a0€', price: '30,00\u00a0€', cost: '12,00\u00a0€', marginRate: '60\u00a0%', markupRate: '150\u00a0%' }),
  );
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '87-florist-margins-explained.png') });
});
