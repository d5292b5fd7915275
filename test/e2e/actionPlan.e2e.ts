import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../../electron/cli';
import { computeBudget } from '../../shared/compute/budget';
import { formatEuros, minutesToHoursText } from '../../shared/money';
import { reportOf } from '../../shared/report/planReport';
import type { ActionCategory } from '../../shared/plan';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

// Twelve actions of a bakery in five categories, each with its owner and months.
const actions: [string, ActionCategory, string, string[]][] = [
  ['Carte de fidélité « la 10e baguette offerte »', 'directMarketing', 'Marie', ['janv.']],
  ['Relance des clients partis', 'directMarketing', 'Marie', ['mars']],
  ['Dégustation de galettes', 'events', 'Paul', ['janv.']],
  ['Stand au marché de Noël', 'events', 'Paul', ['déc.']],
  ['Fête des voisins : brioches offertes', 'events', 'Paul', ['mai']],
  ['Flyers dans les boîtes du quartier', 'printOutdoor', 'Léa', ['sept.']],
  ['Affiche de la rentrée en vitrine', 'printOutdoor', 'Léa', ['août']],
  ['Instagram : trois posts par semaine', 'communityManagement', 'Léa', ['janv.']],
  ['Répondre aux avis Google', 'communityManagement', 'Marie', ['févr.']],
  ['Concours photo de la galette', 'communityManagement', 'Léa', ['janv.']],
  ['Annonces locales géociblées', 'onlineAdvertising', 'Agence Rhône', ['avr.']],
  ['Publicité pour la fête des mères', 'onlineAdvertising', 'Agence Rhône', ['mai']],
];

// And two ready actions taken from our catalogue.
const catalogueTitles = [
  'Envoyer une newsletter mensuelle aux clients',
  'Demander des avis clients et y répondre',
];

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  driver = stepDriver(page);
  await driver.createPlan('Boulangerie Martin');
  // 25 000 € a month of forecast revenue, so that a % of revenue has something to work on.
  for (let month = 1; month <= 12; month += 1) await page.getByTestId(`forecast-${month}`).fill('25 000');
});
afterAll(async () => {
  await app?.stop();
});

const saved = () => driver.saved();
const openStep = (step: string) => driver.openStep(step);
const choose = (select: ReturnType<Page['getByTestId']>, option: string) => driver.choose(select, option);
const shoot = (name: string) => driver.shoot(name, { end: false });

test('builds fourteen actions in six categories from free entry and the catalogue, costs them three ways, and finds the same totals everywhere', async () => {
  await openStep('promotion');
  for (const [title, category, owner, months] of actions) {
    await page.getByTestId('add-action').click();
    await page.keyboard.type(title); // the new action opens with its title focused
    const row = page.getByTestId('action').filter({ has: page.locator(`input[value="${title}"]`) });
    await choose(row.getByTestId('action-category'), t(`actionPlan.categories.${category}`));
    const moved = page.getByTestId('action').filter({ hasText: title });
    await moved.getByTestId('action-owner').fill(owner);
    for (const month of months) await moved.getByTestId('action-months').getByRole('button', { name: month }).click();
    await moved.getByTestId('action-toggle').click();
  }
  // Two more from the catalogue, in one click each: they arrive with their category, description and KPIs.
  for (const title of catalogueTitles) {
    await page.getByRole('button', { name: `${t('promotion.add')} : ${title}`, exact: true }).click();
  }
  await expect.poll(() => page.getByTestId('action').count()).toBe(14);
  for (const category of ['directMarketing', 'events', 'printOutdoor', 'communityManagement', 'onlineAdvertising', 'emailingCrm']) {
    expect(await page.getByTestId(`category-${category}`).count()).toBe(1);
  }

  // Costs of the three kinds: 850 € in Q1, 3,5 % of Q2 revenue, 6 h a week all year; and 500 € over April–June.
  const loyalty = page.getByTestId('action').filter({ hasText: actions[0][0] });
  await loyalty.getByTestId('action-toggle').click();
  await loyalty.getByTestId('add-cost').click();
  await loyalty.getByTestId('cost-amount').fill('850');
  await choose(loyalty.getByTestId('cost-period').last(), t('promotion.costs.periods.q1'));
  await loyalty.getByTestId('add-cost').click();
  await choose(loyalty.getByTestId('cost-kind').last(), t('promotion.costs.kinds.percentOfRevenue'));
  await loyalty.getByTestId('cost-rate').fill('3,5');
  await choose(loyalty.getByTestId('cost-period').last(), t('promotion.costs.periods.q2'));
  await loyalty.getByTestId('add-cost').click();
  await choose(loyalty.getByTestId('cost-kind').last(), t('promotion.costs.kinds.internalHours'));
  await loyalty.getByTestId('cost-hours').fill('6');
  // A new line follows the action's months (January here); the loyalty card takes time all year.
  await choose(loyalty.getByTestId('cost-period').last(), t('promotion.costs.periods.year'));
  await loyalty.getByTestId('action-toggle').click();
  const ads = page.getByTestId('action').filter({ hasText: actions[10][0] });
  await ads.getByTestId('action-toggle').click();
  await ads.getByTestId('add-cost').click();
  await ads.getByTestId('cost-amount').fill('500');
  await choose(ads.getByTestId('cost-period').last(), t('promotion.costs.periods.months'));
  for (const [label, month] of [[t('promotion.costs.from'), 'avril'], [t('promotion.costs.to'), 'juin']]) {
    await ads.getByRole('combobox', { name: label, exact: true }).click();
    await page.getByRole('option', { name: month, exact: true }).click();
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
  }
  await saved();
  await shoot('30-promotion');

  // Calendar: the flyers run in September; a drag from October to December adds those months, and a
  // drag that starts on an active month (December) clears it. Other rows are left alone.
  await openStep('calendar');
  const drag = async (row: string, from: number, to: number) => {
    const cells = page.getByTestId('calendar-grid').locator(`button[aria-label^="${row}"]`);
    await cells.nth(from - 1).hover();
    await page.mouse.down();
    for (let month = from + 1; month <= to; month += 1) await cells.nth(month - 1).hover();
    await page.mouse.up();
  };
  await drag('Flyers', 10, 12);
  await drag('Flyers', 12, 12);
  await saved();
  await shoot('31-calendar');

  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  const plan = opened.value.plan;
  expect(plan.actions.find((action) => action.title === actions[5][0])?.activeMonths).toEqual([9, 10, 11]);
  expect(plan.actions.find((action) => action.title === actions[7][0])?.activeMonths).toEqual([1]);
  const newsletter = plan.actions.find((action) => action.title === catalogueTitles[0]);
  expect(newsletter?.category).toBe('emailingCrm');
  expect(newsletter?.description).not.toBe('');
  expect(newsletter?.kpis.length).toBeGreaterThan(0);
  const budget = computeBudget(plan);
  // 850 € + 3,5 % × 75 000 € + 500 € = 3 975 €; 6 h a week is 26 h a month.
  expect(budget.yearCents).toBe(85_000 + 262_500 + 50_000);
  expect(budget.quartersCents).toEqual([85_000, 262_500 + 50_000, 0, 0]);
  expect(budget.yearMinutes).toBe(12 * 26 * 60);

  await openStep('budget');
  expect(await page.getByTestId('budget-year-total').textContent()).toBe(formatEuros(budget.yearCents));
  expect(await page.getByTestId('budget-hours-total').textContent()).toBe(`${minutesToHoursText(budget.yearMinutes)} h`);
  await shoot('32-budget');
  await openStep('summary');
  expect(await page.getByTestId('summary-row').count()).toBe(14);
  expect(await page.getByTestId('summary-year-total').textContent()).toBe(formatEuros(budget.yearCents));
  await shoot('33-summary');

  // The CLI reads the same file and prints the same totals.
  app.session.close();
  const lines: string[] = [];
  expect(await runCli(['check', path.join(app.plansFolder, 'Boulangerie Martin.capm')], { out: (l) => lines.push(l), err: (l) => lines.push(l) })).toBe(0);
  expect(lines).toContain(
    t('check.budgetLine', {
      total: formatEuros(budget.yearCents),
      quarters: budget.quartersCents.map((cents) => formatEuros(cents)).join(' | '),
      hours: minutesToHoursText(budget.yearMinutes),
    }),
  );
});

test('a whole-year cost on an action moved to December: the editor offers to follow the months, and the budget then puts it all in Q4', async () => {
  // A fresh plan (the CLI check above closed the first one behind the page's back).
  await page.reload();
  await page.getByTestId('new-plan-title').or(page.getByTestId('close-plan')).first().waitFor();
  if ((await page.getByTestId('close-plan').count()) > 0) await page.getByTestId('close-plan').click();
  await driver.createPlan('Boulangerie Martin Noël');
  await openStep('promotion');
  const title = 'Calendrier de l’Avent des viennoiseries';
  await page.getByTestId('add-action').click();
  await page.keyboard.type(title);
  const editor = page.getByTestId('action').filter({ has: page.locator(`input[value="${title}"]`) });
  await editor.getByTestId('add-cost').click();
  // A new cost follows the action's months by default; this one was planned over the whole year.
  expect(await editor.getByTestId('cost-period').inputValue()).toBe('activeMonths');
  await editor.getByTestId('cost-amount').fill('1 200');
  await choose(editor.getByTestId('cost-period'), t('promotion.costs.periods.year'));
  expect(await editor.getByTestId('move-costs').count()).toBe(0); // no months yet: the year is the action's
  await editor.getByTestId('action-months').getByRole('button', { name: 'déc.' }).click();
  const alert = editor.getByTestId('move-costs');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(t('costPeriods.moveTitle'));
  expect(await alert.textContent()).toContain(t('costPeriods.moveText', { count: 1 }));
  await saved();
  // The editor around the alert: the months above it, the cost line below.
  await editor.getByTestId('action-months').evaluate((months) => months.scrollIntoView({ block: 'start' }));
  await page.locator('main').evaluate((main) => main.scrollBy(0, -120));
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '34-move-costs.png') });

  await alert.getByRole('button', { name: t('costPeriods.moveButton') }).click();
  await expect.poll(() => editor.getByTestId('move-costs').count()).toBe(0);
  await saved();
  expect(await editor.getByTestId('cost-period').inputValue()).toBe('activeMonths');
  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  const action = opened.value.plan.actions.find((candidate) => candidate.title === title);
  expect(action?.costLines.map((line) => line.period)).toEqual([{ kind: 'activeMonths' }]);

  await openStep('budget');
  const row = page.getByTestId('budget-row').filter({ hasText: title });
  const quarters = await row.getByTestId('budget-period').allTextContents();
  expect(quarters).toEqual(['', '', '', formatEuros(120_000)]);
  expect(await row.getByTestId('budget-row-total').textContent()).toBe(formatEuros(120_000));
  expect(await page.getByTestId('budget-period-total').allTextContents()).toEqual(
    reportOf(opened.value.plan).budget.quartersCents.map((cents) => formatEuros(cents)),
  );
  await shoot('35-budget-after-move');
});
