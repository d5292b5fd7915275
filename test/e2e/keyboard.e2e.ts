import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import { openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';

const t = createTranslator('fr');
let app: BrowserModeApp;
let page: Page;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  // Create the plan with the keyboard alone: the title field has the focus on the home screen.
  await page.keyboard.type('Salon Élégance');
  await page.keyboard.press('Enter');
  await page.getByTestId('plan-title').waitFor();
});
afterAll(async () => {
  await app?.stop();
});

const openStep = async (step: string) => {
  await page.getByTestId(`step-${step}`).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: t(`steps.names.${step}`) }).waitFor();
};

/** Presses the focused-then-Enter way on a button found by its text. */
const pressButton = async (name: string) => {
  await page.getByRole('button', { name, exact: true }).first().focus();
  await page.keyboard.press('Enter');
};

const CONTROLS =
  'main :is(input, textarea, button, [role="combobox"], [role="button"]):not([tabindex="-1"]):not([disabled]):not([aria-hidden="true"]):not([type="hidden"])';

/** Tabs through the whole step from its title; returns the controls the focus never reached. */
async function unreachableControls(): Promise<string[]> {
  const total = await page.evaluate((selector) => {
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.offsetParent !== null);
    controls.forEach((element, index) => element.setAttribute('data-kb', String(index)));
    return controls.length;
  }, CONTROLS);
  await page.locator('main h1').click();
  const reached = new Set<string>();
  for (let press = 0; press < total + 15; press += 1) {
    await page.keyboard.press('Tab');
    const marker = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
    if (marker !== null) reached.add(marker);
  }
  return page.evaluate(
    ({ selector, seen }) =>
      [...document.querySelectorAll<HTMLElement>(`${selector}[data-kb]`)]
        .filter((element) => !seen.includes(element.getAttribute('data-kb')!))
        .map((element) => element.getAttribute('data-testid') ?? element.getAttribute('aria-label') ?? element.textContent ?? ''),
    { selector: CONTROLS, seen: [...reached] },
  );
}

test('every field of the four strategy steps is reached and filled with the keyboard alone', async () => {
  // After "Add", the focus is in the new item's first field: typing goes there.
  await openStep('diagnostic');
  await pressButton(t('diagnostic.addItem'));
  await page.keyboard.type('Coiffeuses formées aux dernières techniques');
  await pressButton(t('diagnostic.addCompetitor'));
  await page.keyboard.type('Coiff’Express');
  expect(await unreachableControls()).toEqual([]);

  await openStep('objectives');
  await pressButton(t('objectives.add'));
  await page.keyboard.type('Faire revenir les clientes toutes les 6 semaines');
  // The family list opens and is chosen with the arrows.
  await page.getByTestId('objective-family').locator('..').getByRole('combobox').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  expect(await unreachableControls()).toEqual([]);

  await openStep('targets');
  await pressButton(t('targets.addSegment'));
  await page.keyboard.type('Femmes actives du quartier');
  expect(await unreachableControls()).toEqual([]);

  await openStep('positioning');
  await page.getByTestId('positioning-target').focus();
  await page.keyboard.type('les femmes actives du quartier');
  const firstYes = page.getByTestId('self-check-differentiates').getByRole('button', { name: t('positioning.yes'), exact: true });
  await firstYes.focus();
  await page.keyboard.press('Space');
  expect(await unreachableControls()).toEqual([]);

  // What was typed is in the plan.
  await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
  const plan = app.session.get();
  if (!plan.ok) throw new Error(plan.error.code);
  expect(plan.value.plan.swot[0].text).toBe('Coiffeuses formées aux dernières techniques');
  expect(plan.value.plan.competitors[0].name).toBe('Coiff’Express');
  expect(plan.value.plan.objectives[0].title).toBe('Faire revenir les clientes toutes les 6 semaines');
  expect(plan.value.plan.objectives[0].family).not.toBe('other');
  expect(plan.value.plan.segments[0].name).toBe('Femmes actives du quartier');
  expect(plan.value.plan.positioning.target).toBe('les femmes actives du quartier');
  expect(plan.value.plan.positioning.selfCheck.differentiates).toBe(true);
});
