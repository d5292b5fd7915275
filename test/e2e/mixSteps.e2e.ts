import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatCount, formatEuros, formatPercent } from '../../shared/money';
import { openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  driver = stepDriver(page);
  await driver.createPlan('Boulangerie Martin');
});
afterAll(async () => {
  await app?.stop();
});

const saved = () => driver.saved();
const openStep = (step: string) => driver.openStep(step);
const choose = (testId: string, option: string) => driver.choose(page.getByTestId(testId).last(), option);
const shoot = (name: string) => driver.shoot(name);

test('prices a product to the cent and splits revenue between channels, kept across a reload', async () => {
  await openStep('offer');
  await page.getByTestId('offer-description').fill('Pains au levain, viennoiseries pur beurre, pâtisseries de saison');
  await page.getByTestId('offer-competitiveAdvantage').fill('Tout est pétri et cuit sur place, farines d’un moulin voisin');
  await choose('offer-price-strategy', t('offer.priceStrategies.premium'));
  await page.getByTestId('offer-fixed-costs').fill('41 000');
  await page.getByTestId('add-product').click();
  await page.keyboard.type('Baguette tradition'); // the new product's name has the focus
  await page.getByTestId('product-cost').fill('0,38');
  await page.getByTestId('product-price').fill('1,20');
  await choose('product-vat', formatPercent(550));
  await page.getByRole('button', { name: t('offer.product.addCompetitorPrice') }).click();
  await page.getByTestId('competitor-price-label').fill('Maison Dupain');
  await page.getByTestId('competitor-price').fill('1,35');
  await saved();
  // 1,20 € × 1,055 = 1,266 € → 1,27 €; margin 0,82 € is 68,33 % of the price and 215,79 % of the cost.
  expect(await page.getByTestId('product-price-incl-vat').textContent()).toBe(formatEuros(127));
  expect(await page.getByTestId('product-margin').textContent()).toBe(formatEuros(82));
  expect(await page.getByTestId('product-margin-rate').textContent()).toBe(formatPercent(6833));
  expect(await page.getByTestId('product-markup').textContent()).toBe(formatPercent(21_579));
  expect(await page.getByTestId('product-break-even').textContent()).toBe(t('offer.product.breakEvenValue', { count: formatCount(50_000) }));
  await expect.poll(() => page.getByTestId('step-state-offer').textContent()).toBe(t('steps.states.complete'));
  await shoot('20-offer');

  await openStep('distribution');
  await page.getByTestId('add-channel').click();
  await page.keyboard.type('Boutique rue Saint-Michel');
  await page.getByTestId('channel-role').fill('Vente au comptoir et commandes de gâteaux');
  await page.getByTestId('channel-share').fill('70');
  await page.getByTestId('add-channel').click();
  await choose('channel-kind', t('distribution.channel.kinds.marketplace'));
  await page.getByTestId('channel-name').last().fill('Appli de livraison');
  await page.getByTestId('channel-role').last().fill('Petits-déjeuners livrés aux bureaux du quartier');
  await page.getByTestId('warning-sharesNotWhole').waitFor();
  await page.getByTestId('channel-share').last().fill('30');
  await page.getByTestId('channel-commission').last().fill('3,5');
  await saved();
  await expect.poll(() => page.getByTestId('warning-sharesNotWhole').count()).toBe(0);
  expect(await page.getByTestId('channel-shares-total').textContent()).toBe(t('distribution.sharesTotal', { total: formatPercent(10_000) }));
  await expect.poll(() => page.getByTestId('step-state-distribution').textContent()).toBe(t('steps.states.complete'));
  await shoot('21-distribution');

  await page.reload();
  await page.getByTestId('plan-title').waitFor();
  await openStep('offer');
  expect(await page.getByTestId('product-price').inputValue()).toBe('1,20');
  expect(await page.getByTestId('competitor-price').inputValue()).toBe('1,35');
  expect(await page.getByTestId('product-price-incl-vat').textContent()).toBe(formatEuros(127));
  await openStep('distribution');
  expect(await page.getByTestId('channel-commission').last().inputValue()).toBe('3,5');
  const plan = app.session.get();
  if (!plan.ok) throw new Error(plan.error.code);
  expect(plan.value.plan.products[0]).toMatchObject({ unitCostCents: 38, priceExclVatCents: 120, vatRateBasisPoints: 550 });
  expect(plan.value.plan.channels.map((channel) => channel.revenueShareBasisPoints)).toEqual([7000, 3000]);
  expect(plan.value.plan.channels[1]).toMatchObject({ kind: 'marketplace', commissionBasisPoints: 350 });
});
