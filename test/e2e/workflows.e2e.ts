import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeBudget } from '../../shared/compute/budget';
import { formatEuros } from '../../shared/money';
import type { Plan } from '../../shared/plan';
import { buildSample } from '../../shared/samples';
import { openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

const openPlan = (): Plan => {
  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.value.plan;
};

const closePlan = async () => {
  await page.getByTestId('close-plan').click();
  await page.getByTestId('new-plan-title').waitFor();
};

test('starts from a sample: a complete copy whose totals match the sample, every step done', async () => {
  await page.getByTestId('sample-salon').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.resolve('test-results/screenshots/60-home-samples.png') });
  await page.getByTestId('sample-salon').getByRole('button').click();
  await page.getByTestId('plan-title').waitFor();
  const plan = openPlan();
  const sample = buildSample('salon', 'fr');
  expect(plan.actions.map((action) => action.title)).toEqual(sample.actions.map((action) => action.title));
  await driver.openStep('summary');
  expect(await page.getByTestId('summary-row').count()).toBe(sample.actions.length);
  expect(await page.getByTestId('summary-year-total').textContent()).toBe(formatEuros(computeBudget(sample).yearCents));
  for (const step of ['company', 'diagnostic', 'promotion', 'budget', 'summary']) {
    expect(await page.getByTestId(`step-${step}`).textContent()).toContain(t('steps.states.complete'));
  }
  await driver.shoot('61-sample-summary');
});

test('a trainer makes a template with a note and a step to fill; a participant\'s plan from it has the note and an empty step', async () => {
  await page.getByTestId('plan-menu').click();
  await page.getByTestId('plan-menu-saveAsTemplate').click();
  // It asks first, and says where the template goes; cancelling makes nothing.
  const announced = await page.getByTestId('copy-dialog-path').textContent();
  await page.getByTestId('copy-cancel').click();
  await expect.poll(() => page.getByTestId('copy-dialog').count()).toBe(0);
  expect(await page.getByTestId('template-chip').count()).toBe(0);
  await page.getByTestId('plan-menu').click();
  await page.getByTestId('plan-menu-saveAsTemplate').click();
  await page.getByTestId('copy-confirm').click();
  await page.getByTestId('template-chip').waitFor();
  const templatePath = app.session.get().ok ? (app.session.get() as { value: { path: string } }).value.path : '';
  expect(path.basename(templatePath)).toMatch(/\(modèle\)\.capm$/);
  expect(announced).toBe(t('copyDialog.where', { path: templatePath }));

  await driver.openStep('diagnostic');
  await page.getByTestId('template-note').fill('Listez au moins trois forces avant la pause.');
  await page.getByTestId('template-to-fill').check();
  await driver.saved();
  await driver.shoot('62-template-diagnostic', { end: false });
  expect(openPlan().meta).toMatchObject({ isTemplate: true, stepsToFill: ['diagnostic'] });
  await closePlan();
  const templateBytes = fs.readFileSync(templatePath);

  await page.getByTestId('template-plan-title').fill('Salon Caroline');
  await page.getByTestId('template-path').fill(templatePath);
  await page.getByTestId('create-from-template').click();
  await page.getByTestId('plan-title').waitFor();
  expect(await page.getByTestId('plan-title').textContent()).toBe('Salon Caroline');
  expect(await page.getByTestId('template-chip').count()).toBe(0);
  await driver.openStep('diagnostic');
  expect(await page.getByTestId('step-note').textContent()).toContain('Listez au moins trois forces avant la pause.');
  const plan = openPlan();
  expect(plan.swot).toEqual([]);
  expect(plan.competitors).toEqual([]);
  expect(plan.actions.length).toBeGreaterThan(0);
  await driver.shoot('63-plan-from-template', { end: false });
  expect(fs.readFileSync(templatePath).equals(templateBytes)).toBe(true);
});

test('next year\'s plan carries the actions over, clears the actuals and compares with this year', async () => {
  const before = openPlan();
  await page.getByTestId('plan-menu').click();
  await page.getByTestId('plan-menu-nextYear').click();
  await page.getByTestId('copy-dialog').getByText('Salon Caroline 2028', { exact: false }).first().waitFor();
  await page.getByTestId('copy-confirm').click();
  await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe('Salon Caroline 2028');
  const next = openPlan();
  expect(next.company.planYear).toBe(before.company.planYear + 1);
  expect(next.actions.map((action) => action.id)).toEqual(before.actions.map((action) => action.id));
  expect(next.actions.flatMap((action) => action.kpis.flatMap((kpi) => kpi.actualByMonth)).every((value) => value === null)).toBe(true);
  await driver.openStep('summary');
  await page.getByTestId('previous-year').scrollIntoViewIfNeeded();
  expect(await page.getByTestId('previous-year').textContent()).toContain(formatEuros(computeBudget(before).yearCents));
  await driver.shoot('64-next-year-summary');
});

test('imports actions from a French CSV: bad rows listed with their reason, nothing written before confirming', async () => {
  await driver.openStep('promotion');
  const count = openPlan().actions.length;
  const csv = [
    'Catégorie;Action;Description;Responsable;T1;T2;Mois',
    'Événements et salons;Portes ouvertes du salon;"Atelier tresses pour enfants;\nbuffet offert";Caroline;150;;avril',
    'Partenariats;Vitrine partagée avec le fleuriste;Code postal 01000;Caroline;;80,50;mai ; juin',
    ';;sans titre;;;;',
    'Publicité en ligne;Annonces locales;;Agence;-20;;',
    'Autre;Affiches;;Caroline;;;brumaire',
  ].join('\r\n');
  await page.getByTestId('import-actions').click();
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'actions.csv', mimeType: 'text/csv', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]) });
  await page.getByTestId('import-preview').waitFor();
  expect(await page.getByTestId('import-accepted').getByRole('listitem').count()).toBe(2);
  const refused = await page.getByTestId('import-refused').textContent();
  expect(refused).toContain(t('importActions.rowLabel', { row: 4 }));
  expect(refused).toContain(t('importActions.rowLabel', { row: 5 }));
  expect(refused).toContain(t('importActions.rowLabel', { row: 6 }));
  await page.screenshot({ path: path.resolve('test-results/screenshots/65-import-preview.png') });
  // Nothing is written while the preview is open, nor after cancelling it.
  expect(openPlan().actions).toHaveLength(count);
  await page.getByRole('dialog').getByRole('button', { name: t('importActions.cancel') }).click();
  await driver.saved();
  expect(openPlan().actions).toHaveLength(count);

  await page.getByTestId('import-actions').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'actions.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-preview').waitFor();
  await page.getByTestId('import-confirm').click();
  await driver.saved();
  const added = openPlan().actions.slice(count);
  expect(added.map((action) => action.title)).toEqual(['Portes ouvertes du salon', 'Vitrine partagée avec le fleuriste']);
  expect(added[0]).toMatchObject({ category: 'events', activeMonths: [4], description: 'Atelier tresses pour enfants;\nbuffet offert' });
  expect(added[1].description).toBe('Code postal 01000');
  expect(computeBudget({ ...openPlan(), channels: [], actions: added }).quartersCents).toEqual([15_000, 8_050, 0, 0]);
});

test('imports the actions sheet of a workbook exported by the app into another plan', async () => {
  await page.getByTestId('export-button').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const workbook = path.join(app.home, 'export.xlsx');
  await file.saveAs(workbook);
  const source = openPlan();
  await closePlan();

  await driver.createPlan('Nouveau salon');
  await driver.openStep('promotion');
  await page.getByTestId('import-actions').click();
  await page.getByTestId('import-file').setInputFiles(workbook);
  await page.getByTestId('import-preview').waitFor();
  expect(await page.getByTestId('import-accepted').getByRole('listitem').count()).toBe(source.actions.length);
  await page.getByTestId('import-confirm').click();
  await driver.saved();
  const imported = openPlan();
  // The sheet lists actions by category, so compare them whatever their order.
  const byTitle = (plan: Plan) => plan.actions.map((action) => `${action.title} · ${action.category}`).sort();
  expect(byTitle(imported)).toEqual(byTitle(source));
  expect(computeBudget(imported).yearCents).toBe(computeBudget({ ...source, channels: [] }).yearCents);
});
