import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openAppPage, planInFile, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;

const savedPlan = () => planInFile(app);
const saved = () => expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
const openStep = async (step: string) => {
  await page.getByTestId(`step-${step}`).click();
  await page.getByRole('heading', { level: 1, name: t(`steps.names.${step}`) }).waitFor();
};
const undoKey = process.platform === 'darwin' ? 'Meta+z' : 'Control+z';
const redoKey = process.platform === 'darwin' ? 'Meta+Shift+z' : 'Control+Shift+z';

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  await page.getByTestId('sample-salon').getByRole('button').click();
  await page.getByTestId('plan-title').waitFor();
});
afterAll(async () => {
  await app?.stop();
});

test('a deleted action comes back with its costs on Ctrl+Z, also after a reload, and Ctrl+Shift+Z deletes it again', async () => {
  await openStep('promotion');
  const before = savedPlan();
  const victim = before.actions[1];
  const row = page.getByTestId('action').filter({ has: page.getByTestId('action-summary-title').getByText(victim.title, { exact: true }) });
  await row.getByRole('button', { name: t('promotion.remove') }).click();
  await expect.poll(() => row.count()).toBe(0);
  // The notice says what happened and offers to take it back.
  await page.getByText(t('undo.deleted.actions')).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, '70-undo-delete-notice.png') });
  await saved();
  expect(savedPlan().actions.some((action) => action.id === victim.id)).toBe(false);

  await page.keyboard.press(undoKey);
  await row.waitFor();
  await saved();
  expect(savedPlan().actions).toEqual(before.actions);
  await page.reload();
  await page.getByTestId('plan-title').waitFor();
  await openStep('promotion');
  await row.waitFor();
  expect(savedPlan().actions.find((action) => action.id === victim.id)?.costLines).toEqual(victim.costLines);

  // After a reload the history starts again: the header says there is nothing to undo.
  expect(await page.getByTestId('undo').isDisabled()).toBe(true);
  await row.getByRole('button', { name: t('promotion.remove') }).click();
  await page.getByTestId('notice-undo').click();
  await row.waitFor();
  await page.keyboard.press(redoKey);
  await expect.poll(() => row.count()).toBe(0);
  await saved();
  expect(savedPlan().actions.some((action) => action.id === victim.id)).toBe(false);
  await page.getByTestId('undo').click();
  await row.waitFor();
  await saved();
  expect(savedPlan().actions).toEqual(before.actions);
});

test('a drag across the calendar is taken back in one undo, and typing is taken back a word at a time', async () => {
  await openStep('calendar');
  const freeMonths = (months: number[]) => Array.from({ length: 12 }, (_, index) => index + 1).filter((month) => !months.includes(month));
  const index = savedPlan().actions.findIndex((candidate) => freeMonths(candidate.activeMonths).length >= 2);
  const action = savedPlan().actions[index];
  const cells = page.getByTestId('calendar-grid').locator(`button[aria-label^="${action.title.slice(0, 20)}"]`);
  const [first, second] = freeMonths(action.activeMonths);
  await cells.nth(first - 1).hover();
  await page.mouse.down();
  await cells.nth(second - 1).hover();
  await page.mouse.up();
  await saved();
  expect(savedPlan().actions[index].activeMonths).toEqual([...action.activeMonths, first, second].sort((a, b) => a - b));
  await page.keyboard.press(undoKey);
  await saved();
  expect(savedPlan().actions[index].activeMonths).toEqual(action.activeMonths);

  await openStep('company');
  const name = page.getByTestId('company-name');
  const original = await name.inputValue();
  await name.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' et fils', { delay: 30 });
  await saved();
  await page.keyboard.press(undoKey);
  await expect.poll(() => name.inputValue()).toBe(original);
  await saved();
  expect(savedPlan().company.name).toBe(original);
  await page.keyboard.press(redoKey);
  await expect.poll(() => name.inputValue()).toBe(`${original} et fils`);
});
