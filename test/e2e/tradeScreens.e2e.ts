import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PlanFile } from '../../electron/core/store/planFile';
import { emptyPlan, type Plan } from '../../shared/plan';
import { buildSample } from '../../shared/samples';
import { stepIds } from '../../shared/steps';
import { openAppPage, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

/** A florist who has just described her shop: every other step still shows the help, in her trade. */
function floristPlan(): Plan {
  const plan = emptyPlan(2027, 'Atelier Floral Lou', '2026-11-02T09:00:00.000Z');
  plan.company = {
    ...plan.company,
    name: 'Atelier Floral Lou',
    activity: 'Fleuriste, compositions de mariage et fleurs locales',
    customerKind: 'b2c',
    staff: 2,
    location: 'Angers (Maine-et-Loire)',
  };
  return plan;
}

function writePlan(name: string, plan: Plan): string {
  const file = path.join(app.plansFolder, name);
  const created = PlanFile.create(file, plan);
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
  return file;
}

async function openFile(file: string) {
  await page.getByTestId('open-path').fill(file);
  await page.getByTestId('open-plan').click();
  await page.getByTestId('plan-title').waitFor();
}

/** Every step in the method's order, each shot at its top and at its end; the SWOT's examples also in the middle. */
async function shootEveryStep(prefix: string) {
  for (const step of stepIds) {
    // A shop's plan does not list the key accounts: they open from the link below the list.
    if ((await page.getByTestId(`step-${step}`).count()) > 0) await driver.openStep(step);
    else {
      await page.getByTestId(`step-${step}-hidden`).click();
      await page.getByRole('heading', { level: 1, name: t(`steps.names.${step}`) }).waitFor();
    }
    await driver.shoot(`${prefix}-${step}`);
    if (step === 'diagnostic') {
      for (const quadrant of ['strength', 'opportunity']) {
        await page.getByTestId(`swot-${quadrant}`).evaluate((box) => box.scrollIntoView({ block: 'end' }));
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${prefix}-diagnostic-${quadrant}.png`) });
      }
    }
  }
}

beforeAll(async () => {
  app = await startBrowserModeApp();
  fs.mkdirSync(app.plansFolder, { recursive: true });
  page = await openAppPage(app);
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

test('screens of a new florist’s plan, step by step, at 1280×720', async () => {
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  await openFile(writePlan('atelier-floral-lou.capm', floristPlan()));
  await shootEveryStep('95-florist');
  await page.getByTestId('close-plan').click();
  await page.getByTestId('open-path').waitFor();
});

test('screens of the B2B sample, step by step, at 1280×720', async () => {
  await openFile(writePlan('axone.capm', buildSample('b2b', 'fr')));
  await shootEveryStep('96-b2b');
});
