import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PlanFile } from '../../electron/core/store/planFile';
import { SCREENSHOT_DIR, openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver } from './stepDriver';

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserModeApp();
});
afterAll(async () => {
  await app?.stop();
});

// Monthly forecast of a neighbourhood bakery, in euros as a French user types them.
const forecast = ['24 500', '23 000', '26 800', '27 200', '28 900', '27 500', '22 100', '15 400', '26 000', '27 300', '28 100', '38 750,50'];

test('creates a plan, fills the company profile, and finds every value after a reload', async () => {
  const page = await openAppPage(app);
  await page.getByRole('heading', { name: 'Bienvenue dans Cap Marketing' }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '01-home.png') });

  await page.getByTestId('new-plan-title').fill('Boulangerie Martin');
  await page.getByTestId('new-plan-year').fill('2027');
  await page.getByTestId('create-plan').click();
  await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe('Boulangerie Martin');

  await page.getByTestId('company-activity').fill('Boulangerie-pâtisserie artisanale');
  await page.getByTestId('company-location').fill('Lyon 7e, quartier Jean-Macé');
  await page.getByTestId('company-staff').fill('4');
  await page.getByTestId('company-revenue').fill('320 000');
  await page.getByTestId('company-customer-kind').locator('..').click();
  await page.getByTestId('customer-kind-both').click();
  for (const [index, amount] of forecast.entries()) {
    await page.getByTestId(`forecast-${index + 1}`).fill(amount);
  }
  await page.getByTestId('company-notes').fill('Ouverture d’un second point de vente « Martin & Fils » prévue en septembre.');
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
  const total = '315 550,50 €'.replace(/ /g, '\u202f').replace(/\u202f€/, '\u00a0€');
  await expect.poll(() => page.getByTestId('forecast-total').textContent()).toContain(total);
  await expect.poll(() => page.getByTestId('step-state-company').textContent()).toBe('Terminée');
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '02-company-profile-top.png') });
  await page.getByTestId('company-notes').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '03-company-profile-bottom.png') });

  await page.reload();
  await expect.poll(() => page.getByTestId('company-activity').inputValue()).toBe('Boulangerie-pâtisserie artisanale');
  expect(await page.getByTestId('company-location').inputValue()).toBe('Lyon 7e, quartier Jean-Macé');
  expect(await page.getByTestId('company-staff').inputValue()).toBe('4');
  expect(await page.getByTestId('company-revenue').inputValue()).toBe('320\u202f000,00');
  expect(await page.getByTestId('forecast-12').inputValue()).toBe('38\u202f750,50');
  expect(await page.getByTestId('forecast-total').textContent()).toContain(total);


  // The values are in the .capm file itself, not only on screen.
  const planPath = path.join(app.plansFolder, 'Boulangerie Martin.capm');
  app.session.close();
  const file = PlanFile.open(planPath);
  if (!file.ok) throw new Error(file.error.code);
  const { company } = file.value.read();
  file.value.close();
  expect(company.customerKind).toBe('both');
  expect(company.revenueForecastCents[11]).toBe(3_875_050);
  expect(company.revenueForecastCents.reduce((a, b) => a! + b!, 0)).toBe(31_555_050);
  expect(fs.existsSync(planPath)).toBe(true);
});

/** "30 000,00 €" as Intl.NumberFormat('fr-FR') writes it: narrow no-break spaces, a no-break space before €. */
const frenchEuros = (text: string) => text.replace(/ /g, '\u202f').replace(/\u202f€/, '\u00a0€');

test('types the forecast by quarter, spread to the cent into months that stay editable', async () => {
  const page = await openAppPage(app);
  const driver = stepDriver(page);
  await driver.createPlan('Fleuriste Durand');
  await page.getByTestId('forecast-entry-quarter').click();
  await page.getByTestId('forecast-q1').fill('100');
  await page.getByTestId('forecast-q2').fill('30 000');
  await page.getByTestId('forecast-q4').fill('45 000,01');
  await driver.saved();

  const q1Months = page.getByTestId('forecast-q1-months');
  await expect.poll(() => q1Months.textContent()).toBe(`janv.${frenchEuros('33,34 €')}févr.${frenchEuros('33,33 €')}mars${frenchEuros('33,33 €')}`);
  expect(await page.getByTestId('forecast-q3-months').textContent()).toBe('juil.—août—sept.—');
  expect(await page.getByTestId('forecast-q4-months').textContent()).toContain(frenchEuros('15 000,01 €'));
  expect(await page.getByTestId('forecast-total').textContent()).toContain(frenchEuros('75 100,01 €'));
  await page.locator('#forecast-title').evaluate((title) => title.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '04-company-forecast-by-quarter.png') });

  // The choice is kept with the plan; the months are what every other screen reads.
  await page.reload();
  await expect.poll(() => page.getByTestId('forecast-entry-quarter').getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByTestId('forecast-q2').inputValue()).toBe('30\u202f000,00');

  await page.getByTestId('forecast-entry-month').click();
  expect(await page.getByTestId('forecast-1').inputValue()).toBe('33,34');
  expect(await page.getByTestId('forecast-3').inputValue()).toBe('33,33');
  expect(await page.getByTestId('forecast-7').inputValue()).toBe('');
  expect(await page.getByTestId('forecast-10').inputValue()).toBe('15\u202f000,01');
  await page.getByTestId('forecast-6').fill('12 000');
  await expect.poll(() => page.getByTestId('forecast-total').textContent()).toContain(frenchEuros('77 100,01 €'));

  await page.getByTestId('forecast-entry-year').click();
  expect(await page.getByTestId('forecast-year').inputValue()).toBe('77\u202f100,01');
  await page.getByTestId('forecast-year').fill('120 000');
  await expect.poll(() => page.getByTestId('forecast-total').textContent()).toContain(frenchEuros('120 000,00 €'));
  await page.getByTestId('forecast-entry-quarter').click();
  expect(await page.getByTestId('forecast-q3').inputValue()).toBe('30\u202f000,00');
  await driver.saved();
  app.session.close(); // the next test starts from the home screen
});

test('switches the interface to English', async () => {
  const page = await openAppPage(app);
  await page.getByTestId('language').locator('..').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Welcome to Cap Marketing' }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '05-home-english.png') });
  await page.reload();
  await page.getByRole('heading', { name: 'Welcome to Cap Marketing' }).waitFor();
});
