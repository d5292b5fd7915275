import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildSample } from '../../shared/samples';
import { openPlanFromFolder, planInFile, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openPlanFromFolder(app, 'axone.capm', buildSample('b2b', 'fr'));
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

const month = (number: number) => page.getByTestId('calendar-header').getByTestId(`calendar-month-${number}`);

test('the calendar’s month columns carry the plan’s key moments, whole on hover and in the legend below', async () => {
  await driver.openStep('calendar');
  // The trade show the sample typed (14 October) sits in October's column, by its short label.
  const show = month(10).locator('[data-testid="key-moment"][data-date="2027-10-14"]');
  await expect.poll(() => show.textContent()).toBe('Salon…');
  expect(await show.getAttribute('aria-label')).toBe('14 octobre 2027 : Salon Anjou Entreprises & Numérique');
  await show.hover();
  await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('14 octobre 2027 : Salon Anjou Entreprises & Numérique');
  // A catalogue date takes its short name: the B2B budget season on 1 October.
  expect(await month(10).getByTestId('key-moment').first().textContent()).toBe('Budgets B2B');
  expect(await month(3).getByTestId('key-moment').textContent()).toBe('Matinale…');
  expect(await month(1).getByTestId('key-moment').count()).toBe(0);
  // The legend lists every moment of the year with its whole label.
  const legend = page.getByTestId('key-moments-legend');
  await expect.poll(() => legend.getByTestId('key-moment-legend-item').count()).toBe(7);
  expect(await legend.textContent()).toContain('18 novembre 2027Matinale cybersécurité d’automne');

  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await month(10).getByTestId('key-moment').last().hover();
  await page.getByRole('tooltip').waitFor();
  await page.waitForTimeout(300); // the tooltip fades in
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '31-calendar-key-moments.png') });
  await page.getByTestId('calendar-header').screenshot({ path: path.join(SCREENSHOT_DIR, '31-calendar-key-moments-header.png') });
  await legend.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '31-calendar-key-moments-legend.png') });
});

test('a date the user adds, « Salon Préventica » on 15 June, appears in June’s column at once', async () => {
  await page.mouse.move(0, 0);
  await page.getByTestId('add-own-date').click();
  const line = page.getByTestId('own-date').last();
  await line.getByTestId('own-date-label').fill('Salon Préventica');
  await driver.typeDate(line.getByTestId('own-date-date'), '15/06/2027');
  await driver.saved();
  expect(planInFile(app).keyDates.find((date) => date.label === 'Salon Préventica')?.date).toBe('2027-06-15');

  const preventica = month(6).locator('[data-testid="key-moment"][data-date="2027-06-15"]');
  await expect.poll(() => preventica.textContent()).toBe('Salon…');
  expect(await preventica.getAttribute('aria-label')).toBe('15 juin 2027 : Salon Préventica');
  await preventica.scrollIntoViewIfNeeded();
  await preventica.hover();
  await expect.poll(() => page.getByRole('tooltip').textContent()).toBe('15 juin 2027 : Salon Préventica');
  expect(await page.getByTestId('key-moments-legend').textContent()).toContain('15 juin 2027Salon Préventica');

  // Two more in June: the column shows one and « +2 », whose tooltip names the others.
  for (const [label, date] of [['Journée portes ouvertes', '17/06/2027'], ['Assemblée générale du club', '24/06/2027']]) {
    await page.getByTestId('add-own-date').click();
    const added = page.getByTestId('own-date').last();
    await added.getByTestId('own-date-label').fill(label);
    await driver.typeDate(added.getByTestId('own-date-date'), date);
  }
  await driver.saved();
  await expect.poll(() => month(6).getByTestId('key-moment-more').textContent()).toBe('+2');
  expect(await month(6).getByTestId('key-moment').count()).toBe(1);
  expect(await month(6).getByTestId('key-moment-more').getAttribute('aria-label')).toBe(
    '2 autres temps forts en juin : 17 juin 2027 : Journée portes ouvertes ; 24 juin 2027 : Assemblée générale du club',
  );
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await month(6).getByTestId('key-moment-more').hover();
  await page.getByRole('tooltip').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '31-calendar-key-moments-more.png') });
});
