import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeBudget } from '../../shared/compute/budget';
import { createTranslator } from '../../shared/i18n';
import { formatEuros } from '../../shared/money';
import { SCREENSHOT_DIR, openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';

const t = createTranslator('fr');
let app: BrowserModeApp;
let page: Page;

interface CatalogueEntry {
  title: string;
  category: string;
}
const catalogue = t('actionCatalogue', { returnObjects: true }) as unknown as CatalogueEntry[];

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  await page.getByTestId('new-plan-title').fill('Boulangerie Martin');
  await page.getByTestId('create-plan').click();
  await page.getByTestId('plan-title').waitFor();
  // A monthly forecast of 25 000 € and one objective, so that % of revenue and links have something to work on.
  for (let month = 1; month <= 12; month += 1) await page.getByTestId(`forecast-${month}`).fill('25 000');
  await page.getByTestId(`step-objectives`).click();
  await page.getByTestId('add-objective').click();
  await page.keyboard.type('Se faire connaître dans le quartier');
});
afterAll(async () => {
  await app?.stop();
});

const saved = () => expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
const openStep = async (step: string) => {
  await page.getByTestId(`step-${step}`).click();
  await page.getByRole('heading', { level: 1, name: t(`steps.names.${step}`) }).waitFor();
};
const choose = async (locator: ReturnType<Page['getByTestId']>, option: string) => {
  await locator.locator('..').click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
};

test('builds an action plan from the catalogue and by hand, costs it three ways, and finds the same totals in the budget', async () => {
  await openStep('promotion');
  // Ten actions from the catalogue, two from each of five categories.
  const categories = [...new Set(catalogue.map((entry) => entry.category))].slice(0, 5);
  for (const category of categories) {
    for (const entry of catalogue.filter((candidate) => candidate.category === category).slice(0, 2)) {
      await page.getByRole('button', { name: `${t('promotion.add')} : ${entry.title}` }).click();
    }
  }
  // Two written by hand.
  for (const title of ['Vitrine de Noël avec les enfants de l’école', 'Partenariat avec le fromager du marché']) {
    await page.getByTestId('add-action').click();
    await page.keyboard.type(title);
    await page.getByTestId('action-toggle').last().click();
  }
  await expect.poll(() => page.getByTestId('action').count()).toBe(12);

  // Costs of the three kinds on the first action: 850 € in Q1, 3,5 % of Q2 revenue, 6 h a week.
  const first = page.getByTestId('action').first();
  await first.getByTestId('action-toggle').click();
  await first.getByTestId('action-owner').fill('Marie');
  await first.getByTestId('action-months').getByRole('button', { name: 'janv.' }).click();
  await first.getByTestId('action-months').getByRole('button', { name: 'avr.' }).click();
  await first.getByTestId('add-cost').click();
  await first.getByTestId('cost-amount').fill('850');
  await choose(first.getByTestId('cost-period').last(), t('promotion.costs.periods.q1'));
  await first.getByTestId('add-cost').click();
  await choose(first.getByTestId('cost-kind').last(), t('promotion.costs.kinds.percentOfRevenue'));
  await first.getByTestId('cost-rate').fill('3,5');
  await choose(first.getByTestId('cost-period').last(), t('promotion.costs.periods.q2'));
  await first.getByTestId('add-cost').click();
  await choose(first.getByTestId('cost-kind').last(), t('promotion.costs.kinds.internalHours'));
  await first.getByTestId('cost-hours').fill('6');
  // A second action: 500 € spread from April to June.
  const second = page.getByTestId('action').nth(1);
  await second.getByTestId('action-toggle').click();
  await second.getByTestId('add-cost').click();
  await second.getByTestId('cost-amount').fill('500');
  await saved();
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '30-promotion-top.png') });
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '31-promotion-action.png') });

  await openStep('budget');
  const plan = app.session.get();
  if (!plan.ok) throw new Error(plan.error.code);
  const expected = computeBudget(plan.value.plan);
  // 850 € + 3,5 % × 75 000 € + 500 € = 3 975 €; 6 h a week is 26 h a month.
  expect(expected.yearCents).toBe(85_000 + 262_500 + 50_000);
  expect(expected.yearMinutes).toBe(12 * 26 * 60);
  expect(await page.getByTestId('budget-year-total').textContent()).toBe(formatEuros(expected.yearCents));
  const quarters = await page.getByTestId('budget-period-total').allTextContents();
  expect(quarters).toEqual(expected.quartersCents.map((cents) => formatEuros(cents, { decimals: false })));
  await page.getByTestId('budget-toggle-months').click();
  expect(await page.getByTestId('budget-period-total').count()).toBe(12);
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '32-budget.png') });

  // The envelope: 1 % of the forecast (3 000 €) is exceeded and said so.
  await choose(page.getByTestId('budget-method'), t('budget.methods.percentOfRevenue'));
  await page.getByTestId('budget-envelope-rate').fill('1');
  await page.getByTestId('warning-overEnvelope').waitFor();
  await saved();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '33-budget-envelope.png') });
});
