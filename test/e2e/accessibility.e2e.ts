import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { stepIds } from '../../shared/steps';
import { openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';
import { t } from './stepDriver';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let app: BrowserModeApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
});
afterAll(async () => {
  await app?.stop();
});

/** axe-core's WCAG 2 A and AA rules on the page as it is, each violation named with where it is. */
async function violations(): Promise<string[]> {
  // Evaluated through the driver, as the page's CSP rightly refuses inline scripts.
  await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  });
}

test('axe finds no WCAG 2 A/AA violation on the home screen and on every step of the salon sample', async () => {
  await page.getByTestId('sample-salon').waitFor();
  expect(await violations()).toEqual([]);
  await page.getByTestId('sample-salon').getByRole('button').click();
  await page.getByTestId('plan-title').waitFor();
  for (const step of stepIds) {
    // A shop's plan does not list the key accounts: they open from the link below the list.
    const listed = (await page.getByTestId(`step-${step}`).count()) > 0;
    await page.getByTestId(listed ? `step-${step}` : `step-${step}-hidden`).click();
    await page.getByRole('heading', { level: 1, name: t(`steps.names.${step}`) }).waitFor();
    await page.waitForTimeout(300); // the step's review settles and transitions end
    expect({ step, violations: await violations() }).toEqual({ step, violations: [] });
  }
});
