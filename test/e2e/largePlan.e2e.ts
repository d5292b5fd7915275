import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PlanFile } from '../../electron/core/store/planFile';
import { formatEuros } from '../../shared/money';
import { actionCategories, emptyPlan, type Action, type Plan } from '../../shared/plan';
import { reportOf } from '../../shared/report/planReport';
import { openAppPage, planInFile, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { t } from './stepDriver';

/** A plan far longer than a screen: each list renders only the rows near the screen. */
const ACTIONS = 1000;
const RENDERED_AT_MOST = 100;

let app: BrowserModeApp;
let page: Page;
let plan: Plan;

function largePlan(): Plan {
  const built = emptyPlan(2027, 'Grand réseau', '2026-11-02T09:00:00.000Z');
  built.company.revenueForecastCents = Array.from({ length: 12 }, () => 2_500_000);
  built.actions = Array.from({ length: ACTIONS }, (_, index): Action => ({
    id: `action-${index}`,
    category: actionCategories[index % actionCategories.length],
    title: `Action n° ${index + 1}`,
    description: '',
    objectiveIds: [],
    segmentIds: [],
    owner: { kind: 'person', name: `Équipe ${index % 7}` },
    activeMonths: [(index % 12) + 1],
    costLines: [{ id: `c${index}`, kind: 'fixed', label: '', amountCents: 10_000 + index, period: { kind: 'activeMonths' } }],
    kpis: [{ id: `k${index}`, name: `Ventes ${index + 1}`, unit: '', target: '100', baseline: '0', direction: null, catalogueKey: null, actualByMonth: Array.from({ length: 12 }, () => null) }],
    detail: { resources: '', successFactors: '', limits: '', review: '' },
    actualSpendCents: Array.from({ length: 12 }, () => null),
  }));
  return built;
}

/** The actions as the lists show them: grouped by category, in the catalogue's order. */
const inListOrder = (actions: Action[]) => actionCategories.flatMap((category) => actions.filter((action) => action.category === category));

const savedPlan = () => planInFile(app);

const main = () => page.locator('main');
const scrollMainTo = async (where: 'top' | 'middle' | 'bottom') => {
  await main().evaluate((element, to) => {
    element.scrollTop = to === 'top' ? 0 : to === 'middle' ? element.scrollHeight / 2 : element.scrollHeight;
  }, where);
};
const openStep = async (step: string) => {
  await page.getByTestId(`step-${step}`).click();
  await page.getByRole('heading', { level: 1, name: t(`steps.names.${step}`) }).waitFor();
};

beforeAll(async () => {
  app = await startBrowserModeApp();
  plan = largePlan();
  const file = path.join(app.plansFolder, 'grand-reseau.capm');
  fs.mkdirSync(app.plansFolder, { recursive: true });
  const created = PlanFile.create(file, plan);
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
  page = await openAppPage(app);
  await page.getByTestId('open-path').fill(file);
  await page.getByTestId('open-plan').click();
  await page.getByTestId('plan-title').waitFor();
});
afterAll(async () => {
  await app?.stop();
});

test('the action list renders the rows in view, reaches the last one by scrolling, and saves what is typed there', async () => {
  await openStep('promotion');
  await page.getByTestId('action').first().waitFor();
  expect(await page.getByTestId('action').count()).toBeLessThan(RENDERED_AT_MOST);

  await scrollMainTo('bottom');
  const last = inListOrder(plan.actions).at(-1)!;
  const lastRow = page.getByTestId('action').filter({ has: page.getByTestId('action-summary-title').getByText(last.title, { exact: true }) });
  await lastRow.waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '60-large-plan-actions-bottom.png') });

  // Unfolded, scrolled away and back: the row is still open, and what was typed is in the file.
  await lastRow.getByTestId('action-toggle').click();
  await lastRow.getByTestId('action-title').fill('Salon régional des artisans');
  await expect.poll(() => savedPlan().actions.find((action) => action.id === last.id)?.title).toBe('Salon régional des artisans');
  await scrollMainTo('top');
  await expect.poll(() => page.getByTestId('action-title').count()).toBe(0);
  await scrollMainTo('bottom');
  await expect.poll(() => page.getByTestId('action-title').inputValue()).toBe('Salon régional des artisans');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '60-large-plan-actions-bottom-open.png') });
  await page.getByTestId('action').filter({ has: page.getByTestId('action-title') }).getByTestId('action-toggle').click();

  await scrollMainTo('middle');
  await page.getByTestId('action').first().waitFor();
  expect(await page.getByTestId('action').count()).toBeLessThan(RENDERED_AT_MOST);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '61-large-plan-actions-middle.png') });
});

test('the budget, indicators, calendar and summary render the rows in view, with totals from the whole plan', async () => {
  const report = reportOf(savedPlan());

  await openStep('budget');
  await page.getByTestId('budget-row').first().waitFor();
  expect(await page.getByTestId('budget-row').count()).toBeLessThan(RENDERED_AT_MOST);
  expect(await page.getByTestId('budget-year-total').textContent()).toBe(formatEuros(report.budget.yearCents));

  await openStep('kpis');
  await page.getByTestId('kpi-row').first().waitFor();
  expect(await page.getByTestId('kpi-row').count()).toBeLessThan(RENDERED_AT_MOST);
  await scrollMainTo('bottom');
  await page.getByTestId('kpi-row').filter({ hasText: report.kpis.at(-1)!.kpi.name }).waitFor();

  await openStep('calendar');
  await page.getByTestId('calendar-line').first().waitFor();
  expect(await page.getByTestId('calendar-line').count()).toBeLessThan(RENDERED_AT_MOST);
  await scrollMainTo('middle');
  await page.getByTestId('calendar-line').first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '62-large-plan-calendar-middle.png') });

  await openStep('summary');
  await page.getByTestId('summary-row').first().waitFor();
  expect(await page.getByTestId('summary-row').count()).toBeLessThan(RENDERED_AT_MOST);
  expect(await page.getByTestId('summary-year-total').textContent()).toBe(formatEuros(report.budget.yearCents));
  await scrollMainTo('bottom');
  const lastTitle = report.summaryRows.at(-1)!.action.title;
  await page.getByTestId('summary-row').filter({ hasText: lastTitle }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '63-large-plan-summary-bottom.png') });
});

test('printing the summary puts every row on paper, without the header, the step list or the buttons', async () => {
  await openStep('summary');
  await page.getByTestId('print').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(() => page.getByTestId('summary-row').count(), { timeout: 15_000 }).toBe(ACTIONS);
  expect(await page.getByTestId('plan-title').isVisible()).toBe(false);
  expect(await page.getByTestId('step-summary').isVisible()).toBe(false);
  expect(await page.getByTestId('print').isVisible()).toBe(false);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  // Back to the rows in view once printed; unmounting a thousand rows takes a moment on a busy machine.
  await expect.poll(() => page.getByTestId('summary-row').count(), { timeout: 15_000 }).toBeLessThan(RENDERED_AT_MOST);
});
