import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatCount, formatEuros, formatPercent, minutesToHoursText } from '../../shared/money';
import type { Plan } from '../../shared/plan';
import { reportOf } from '../../shared/report/planReport';
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
const openPlan = (): Plan => {
  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.plan;
};

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

test('follows a cost per customer falling from 40 € to 25 €: 31 € at the year\'s end is 60 % of the way, late', async () => {
  await openStep('promotion');
  await page.getByTestId('add-action').click();
  await page.keyboard.type('Publicité locale sur les réseaux');
  const editor = page.getByTestId('action').filter({ has: page.locator('input[value="Publicité locale sur les réseaux"]') });
  await editor.getByTestId('add-kpi').click();
  await choose('kpi-catalogue', t('kpiCatalogue.costPerAcquisition.name'));
  await saved();

  // The plan's year (2027) is read at its last day, so the whole way is expected by then.
  await openStep('kpis');
  expect(await page.getByTestId('kpi-as-of').textContent()).toBe(t('indicators.asOf', { date: '31 décembre 2027' }));
  expect(await page.getByTestId('kpi-progress-help').textContent()).toBe(t('indicators.progressHelp'));
  const row = page.getByTestId('kpi-row').filter({ hasText: t('kpiCatalogue.costPerAcquisition.name') });
  // A cost should fall: the catalogue says so before the user chooses anything.
  expect(await row.getByTestId('kpi-direction').inputValue()).toBe('lowerIsBetter');
  await expect.poll(() => row.getByTestId('kpi-progress').textContent()).toBe('—');
  await expect.poll(() => row.getByTestId('kpi-status').textContent()).toBe(t('indicators.statuses.notMeasured'));
  await row.getByTestId('kpi-baseline').fill('40');
  await row.getByTestId('kpi-target').fill('25');
  await row.getByTestId('kpi-actual-3').fill('31');
  await saved();
  // (31 − 40) ÷ (25 − 40) = 60 %, short of the 100 % expected at the year's end.
  await expect.poll(() => row.getByTestId('kpi-progress').textContent()).toBe(formatPercent(6000));
  await expect.poll(() => row.getByTestId('kpi-status').textContent()).toBe(t('indicators.statuses.late'));
  await row.getByTestId('kpi-actual-12').fill('24');
  await saved();
  await expect.poll(() => row.getByTestId('kpi-progress').textContent()).toBe(formatPercent(10_667));
  await expect.poll(() => row.getByTestId('kpi-status').textContent()).toBe(t('indicators.statuses.onTrack'));
  // Against the direction, the same figures measure nothing; choosing "to reduce" again records it.
  await row.getByTestId('kpi-direction').selectOption({ label: t('indicators.directions.higherIsBetter') });
  await saved();
  await expect.poll(() => row.getByTestId('kpi-progress').textContent()).toBe('—');
  await expect.poll(() => row.getByTestId('kpi-status').textContent()).toBe(t('indicators.statuses.notMeasured'));
  await row.getByTestId('kpi-direction').selectOption({ label: t('indicators.directions.lowerIsBetter') });
  await saved();
  await expect.poll(() => row.getByTestId('kpi-progress').textContent()).toBe(formatPercent(10_667));
  const kpi = openPlan().actions.flatMap((action) => action.kpis).find((candidate) => candidate.catalogueKey === 'costPerAcquisition');
  expect(kpi).toMatchObject({ direction: 'lowerIsBetter', baseline: '40', target: '25' });
  expect(kpi?.actualByMonth[2]).toBe('31');
  await shoot('22-kpis');
});

test('records an objective\'s direction and its monthly values, and shows its progress beside the KPIs', async () => {
  await openStep('objectives');
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').last().fill('Réduire les invendus');
  await page.getByTestId('objective-indicator').last().fill('Pains jetés par semaine');
  await page.getByTestId('objective-baseline').last().fill('40');
  await page.getByTestId('objective-target').last().fill('20');
  // Words and figures say "fall" already; the user confirms it.
  expect(await page.getByTestId('objective-direction').last().inputValue()).toBe('lowerIsBetter');
  await driver.choose(page.getByTestId('objective-direction').last(), t('indicators.directions.higherIsBetter'));
  await driver.choose(page.getByTestId('objective-direction').last(), t('indicators.directions.lowerIsBetter'));
  await saved();
  expect(openPlan().objectives.at(-1)?.direction).toBe('lowerIsBetter');

  await openStep('kpis');
  const row = page.getByTestId('objective-progress-row').filter({ hasText: 'Réduire les invendus' });
  await expect.poll(() => row.getByTestId('objective-status').textContent()).toBe(t('indicators.statuses.notMeasured'));
  await row.getByTestId('objective-actual-6').fill('30');
  await saved();
  await expect.poll(() => row.getByTestId('objective-progress').textContent()).toBe(formatPercent(5000));
  await expect.poll(() => row.getByTestId('objective-status').textContent()).toBe(t('indicators.statuses.late'));
  expect(openPlan().objectives.at(-1)?.actualByMonth).toEqual([null, null, null, null, null, '30', null, null, null, null, null, null]);
});

test('the salon sample: its indicators against their path, and a budget to the cent whose columns add up', async () => {
  await page.getByTestId('close-plan').click();
  await page.getByTestId('sample-salon').getByRole('button').click();
  await page.getByTestId('plan-title').waitFor();
  const report = reportOf(openPlan());

  await openStep('kpis');
  expect(await page.getByTestId('kpi-row').count()).toBe(report.kpis.length);
  const statuses = await page.getByTestId('kpi-status').allTextContents();
  expect(statuses).toEqual(report.kpis.map(({ indicator }) => t(`indicators.statuses.${indicator.status}`)));
  expect(await page.getByTestId('objective-progress-row').count()).toBe(report.objectives.length);
  await shoot('23-sample-kpis');

  await openStep('budget');
  const { budget } = report;
  expect(await page.getByTestId('budget-period-total').allTextContents()).toEqual(budget.quartersCents.map((cents) => formatEuros(cents)));
  expect(await page.getByTestId('budget-year-total').textContent()).toBe(formatEuros(budget.yearCents));
  expect(await page.getByTestId('budget-commission-row').count()).toBe(budget.byChannel.length);
  const commissions = page.getByTestId('breakdown-commissions');
  expect(await commissions.textContent()).toContain(t('costPeriods.commissionsRow'));
  const shares = report.byCategory.map((row) => (row.shareBasisPoints === null ? '—' : formatPercent(row.shareBasisPoints)));
  const byCategory = page.getByTestId('breakdown-share');
  expect((await byCategory.allTextContents()).slice(0, shares.length)).toEqual(shares);
  expect(await page.getByTestId('budget-internal-time').textContent()).toBe(
    t('budget.internalTime', { hours: minutesToHoursText(budget.yearMinutes), weekly: minutesToHoursText(report.internalMinutesPerWeek) }),
  );
  await shoot('24-sample-budget');
});
