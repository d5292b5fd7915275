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

/** Words only a bakery's help would use: a florist must meet none of them, in the text or in a field's placeholder. */
const BAKERY_WORDS = /boulang|baguette|levain|viennois|fournil|farine|\bcroissants?\b|\bpains?\b|bakery|bread|pastr/i;

/** What the step shows, and what its fields show once focused. */
const wordsOnStep = () =>
  page.locator('main').evaluate((main: HTMLElement) =>
    [main.innerText, ...[...main.querySelectorAll('input, textarea')].map((field) => field.getAttribute('placeholder') ?? '')].join('\n'),
  );

const example = (trade: string, field: string) => `${t('tradeExamples.prefix')} : ${t(`tradeExamples.${trade}.${field}`)}`;
/** In a narrow field (a figure, a unit): « Ex. : 12 ». */
const shortExample = (trade: string, field: string) => `Ex. : ${t(`tradeExamples.${trade}.${field}`)}`;

test('the florist’s diagnostic and objectives speak of weddings and Mother’s Day, never of bread', async () => {
  await driver.openStep('diagnostic');
  // One example per quadrant in her trade, visible at once and first among the examples.
  for (const quadrant of ['strength', 'weakness', 'opportunity', 'threat']) {
    expect(await page.getByTestId(`swot-${quadrant}-trade-example`).textContent()).toBe(t(`tradeExamples.florist.swot.${quadrant}`));
  }
  expect(await page.getByTestId('competitor-example').textContent()).toBe(
    `${example('florist', 'competitor.name')} — ${t('tradeExamples.florist.competitor.positioning')}`,
  );
  // One click writes her trade's example into the grid.
  await page.getByTestId('swot-weakness-trade-example').click();
  await expect.poll(() => page.getByTestId('swot-weakness-item').inputValue()).toBe(t('tradeExamples.florist.swot.weakness'));
  expect(await page.getByTestId('swot-weakness-trade-example').count()).toBe(0);
  // An empty item and a new competitor show her trade's examples when she starts typing.
  await page.getByTestId('swot-threat-add').click();
  expect(await page.getByTestId('swot-threat-item').getAttribute('placeholder')).toBe(example('florist', 'swot.threat'));
  await page.getByTestId('add-competitor').click();
  expect(await page.getByTestId('competitor-name').getAttribute('placeholder')).toBe(example('florist', 'competitor.name'));
  expect(await page.getByTestId('competitor-positioning').getAttribute('placeholder')).toBe(example('florist', 'competitor.positioning'));
  await driver.saved();
  expect(await wordsOnStep()).not.toMatch(BAKERY_WORDS);

  await driver.openStep('objectives');
  const starter = page.getByTestId('objective-trade-starter');
  expect(await starter.textContent()).toBe(t('tradeExamples.florist.objective.title'));
  await starter.click();
  await expect.poll(() => page.getByTestId('objective-title').inputValue()).toBe(t('tradeExamples.florist.objective.title'));
  expect(await page.getByTestId('objective-indicator').inputValue()).toBe(t('tradeExamples.florist.objective.indicator'));
  expect(await page.getByTestId('objective-unit').inputValue()).toBe(t('tradeExamples.florist.objective.unit'));
  // The figures stay hers to write: the example's only show as placeholders.
  expect(await page.getByTestId('objective-baseline').inputValue()).toBe('');
  expect(await page.getByTestId('objective-baseline').getAttribute('placeholder')).toBe(shortExample('florist', 'objective.baseline'));
  expect(await page.getByTestId('objective-target').getAttribute('placeholder')).toBe(shortExample('florist', 'objective.target'));
  await page.getByTestId('add-objective').click();
  expect(await page.getByTestId('objective-title').last().getAttribute('placeholder')).toBe(example('florist', 'objective.title'));
  expect(await page.getByTestId('objective-indicator').last().getAttribute('placeholder')).toBe(example('florist', 'objective.indicator'));
  await driver.saved();
  expect(await wordsOnStep()).not.toMatch(BAKERY_WORDS);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '88-florist-objectives-examples.png') });
});

test('once the plan is an IT firm’s, the same steps speak of maintenance contracts and calls for tenders', async () => {
  await driver.openStep('company');
  await page.getByTestId('company-activity').fill('Maintenance informatique pour les PME');
  await driver.saved();

  await driver.openStep('diagnostic');
  for (const quadrant of ['strength', 'opportunity', 'threat']) {
    expect(await page.getByTestId(`swot-${quadrant}-trade-example`).textContent()).toBe(t(`tradeExamples.b2bServices.swot.${quadrant}`));
  }
  // The florist's example she added stays hers; the chip now offers the firm's.
  expect(await page.getByTestId('swot-weakness-trade-example').textContent()).toBe(t('tradeExamples.b2bServices.swot.weakness'));
  expect(await page.getByTestId('competitor-name').getAttribute('placeholder')).toBe(example('b2bServices', 'competitor.name'));
  expect(await page.locator('main').innerText()).not.toContain(t('tradeExamples.florist.swot.strength'));

  await driver.openStep('objectives');
  expect(await page.getByTestId('objective-trade-starter').textContent()).toBe(t('tradeExamples.b2bServices.objective.title'));
  expect(await page.getByTestId('objective-title').last().getAttribute('placeholder')).toBe(example('b2bServices', 'objective.title'));
  expect(await page.getByTestId('objective-unit').last().getAttribute('placeholder')).toBe(shortExample('b2bServices', 'objective.unit'));
});
