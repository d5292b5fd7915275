import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PlanFile } from '../../electron/core/store/planFile';
import { asTemplate } from '../../shared/planCopies';
import { buildSample } from '../../shared/samples';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;

function writePlan(file: string, plan: ReturnType<typeof buildSample>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const created = PlanFile.create(file, plan);
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
}

beforeAll(async () => {
  app = await startBrowserModeApp();
  writePlan(path.join(app.plansFolder, 'salon.capm'), buildSample('salon', 'fr'));
  const bakery = buildSample('bakery', 'fr');
  writePlan(path.join(app.plansFolder, 'atelier (modèle).capm'), asTemplate(bakery, 'Atelier CCI (modèle)'));
  page = await openAppPage(app);
});
afterAll(async () => {
  await app?.stop();
});

test('browser mode lists the plans folder, adds picked plan files as copies, refuses a file that is not a plan, and opens a plan in one click', async () => {
  const listed = page.getByTestId('folder-plan');
  await expect.poll(() => listed.count()).toBe(2);
  expect(await listed.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Atelier Lou Coiffure'), expect.stringContaining('Atelier CCI (modèle)')]));

  // A participant's file from elsewhere: copied in, the original untouched.
  const outside = path.join(app.home, 'mail', 'plan de Karim.capm');
  writePlan(outside, buildSample('eshop', 'fr'));
  const original = fs.readFileSync(outside);
  const notAPlan = path.join(app.home, 'mail', 'photo.capm');
  fs.writeFileSync(notAPlan, 'not a plan at all');
  await page.getByTestId('plan-file-input').setInputFiles([outside, notAPlan]);
  await expect.poll(() => listed.count()).toBe(3);
  await page.getByRole('alert').filter({ hasText: t('errors.notSqlite') }).waitFor();
  expect(fs.readFileSync(outside).equals(original)).toBe(true);
  expect(fs.existsSync(path.join(app.plansFolder, 'plan de Karim.capm'))).toBe(true);
  expect(fs.readdirSync(app.plansFolder).some((name) => name.startsWith('photo'))).toBe(false);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '85-home-plans-folder.png'), fullPage: true });

  // The template is offered by name, not by path.
  await page.getByTestId('template-from-folder').locator('..').click();
  await page.getByRole('option', { name: 'Atelier CCI (modèle)' }).click();
  expect(await page.getByTestId('template-path').inputValue()).toBe(path.join(app.plansFolder, 'atelier (modèle).capm'));

  await page.getByRole('button').filter({ hasText: 'Atelier Lou Coiffure' }).click();
  await expect.poll(() => page.getByTestId('plan-title').textContent()).toContain('Atelier Lou Coiffure');
  expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toBe(t('steps.names.company'));
});
