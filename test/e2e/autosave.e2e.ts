import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { SCREENSHOT_DIR, openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
beforeAll(async () => {
  app = await startBrowserModeApp();
});
afterAll(async () => {
  await app?.stop();
});

const saveState = (page: Page) => page.getByTestId('save-state').getAttribute('data-state');
/** What a tab close or reload would meet: true when the page asks first. */
const unloadIsGuarded = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test('keeps every character typed while the bridge is down and writes them all once it is back', async () => {
  const page = await openAppPage(app);
  const driver = stepDriver(page);
  await driver.createPlan('Menuiserie Dupont');
  const activity = page.getByTestId('company-activity');
  await activity.click();
  const text = 'Menuiserie sur mesure : escaliers, cuisines et agencements de boutiques';

  // The bridge drops in the middle of the burst: the calls of the page are refused at the network level.
  const typing = page.keyboard.type(text, { delay: 25 });
  await page.waitForTimeout(400);
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await typing;
  expect(await activity.inputValue()).toBe(text);

  await expect.poll(() => saveState(page), { timeout: 5000 }).toBe('failed');
  expect(await page.getByTestId('save-state').textContent()).toBe('Modifications non enregistrées');
  expect(await page.getByTestId('save-retry').textContent()).toBe('Réessayer');
  await page.waitForTimeout(300); // the button's colour transition
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'autosave-unsaved-page.png') });
  await page.locator('header').screenshot({ path: path.join(SCREENSHOT_DIR, 'autosave-unsaved-header.png') });

  // Leaving asks first: the tab, and the plan's close button.
  expect(await unloadIsGuarded(page)).toBe(true);
  await page.getByTestId('close-plan').click();
  await page.getByTestId('unsaved-dialog').getByText(t('app.unsavedLeave')).waitFor();
  await page.waitForTimeout(400); // the dialog's fade-in
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'autosave-close-asks.png') });
  await page.getByTestId('unsaved-stay').click();
  await expect.poll(() => page.getByTestId('unsaved-dialog').count()).toBe(0);
  expect(await page.getByTestId('plan-title').textContent()).toBe('Menuiserie Dupont');

  // A few more characters while still offline, then the bridge comes back: the queue retries by itself.
  await activity.press('End');
  await page.keyboard.type(' !', { delay: 25 });
  await page.unroute('**/api/**');
  await expect.poll(() => saveState(page), { timeout: 15_000 }).toBe('saved');
  expect(await page.getByTestId('save-state').textContent()).toBe('Enregistré automatiquement');
  expect(await page.getByTestId('save-retry').count()).toBe(0);
  expect(await unloadIsGuarded(page)).toBe(false);

  await page.reload();
  await expect.poll(() => activity.inputValue()).toBe(`${text} !`);
  const opened = app.session.get();
  if (!opened.ok) throw new Error(opened.error.code);
  expect(opened.value.plan.company.activity).toBe(`${text} !`);

  // Everything written: closing the plan no longer asks.
  await page.getByTestId('close-plan').click();
  await page.getByTestId('new-plan-title').waitFor();
  expect(await page.getByTestId('unsaved-dialog').count()).toBe(0);
});

test('the Retry button writes at once once the bridge is back, without waiting for the next try', async () => {
  const page = await openAppPage(app);
  const driver = stepDriver(page);
  await driver.createPlan('Fleuriste Morel');
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.getByTestId('company-location').fill('Nantes, île de Nantes');
  await expect.poll(() => saveState(page), { timeout: 5000 }).toBe('failed');
  // An export now would not hold the change: it says so before going on.
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-pdf').click();
  await page.getByTestId('unsaved-dialog').getByText(t('app.unsavedExport')).waitFor();
  await page.getByTestId('unsaved-stay').click();
  await expect.poll(() => page.getByTestId('unsaved-dialog').count()).toBe(0);
  // Long enough offline that the next automatic try is several seconds away.
  await page.waitForTimeout(4000);
  expect(await saveState(page)).toBe('failed');
  await page.unroute('**/api/**');
  await page.getByTestId('save-retry').click();
  await expect.poll(() => saveState(page), { timeout: 1500 }).toBe('saved');
  await page.reload();
  await expect.poll(() => page.getByTestId('company-location').inputValue()).toBe('Nantes, île de Nantes');
});
