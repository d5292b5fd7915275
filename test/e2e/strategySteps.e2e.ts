import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../../electron/cli';
import { openAppPage, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  page = await openAppPage(app);
  driver = stepDriver(page);
  await driver.createPlan('Boulangerie Martin');
});
afterAll(async () => {
  await app?.stop();
});

const saved = () => driver.saved();
const openStep = (step: string) => driver.openStep(step);
const shoot = (name: string) => driver.shoot(name);

test('fills the diagnostic, objectives, targets and positioning of a bakery, then finds everything after a reload', async () => {
  // Diagnostic: one strength from the examples, the others typed; one competitor.
  await openStep('diagnostic');
  const firstStrengthExample = (t('diagnostic.examples.strength', { returnObjects: true }) as unknown as string[])[0];
  await page.getByTestId('swot-strength').getByRole('button', { name: firstStrengthExample }).click();
  for (const [quadrant, text] of [
    ['weakness', 'Presque aucune visibilité en ligne'],
    ['opportunity', 'Nouveau quartier de bureaux à 300 m'],
    ['threat', 'Une chaîne de boulangeries ouvre rue Garibaldi'],
  ]) {
    await page.getByTestId(`swot-${quadrant}-add`).click();
    await page.getByTestId(`swot-${quadrant}-item`).last().fill(text);
  }
  await page.getByTestId('add-competitor').click();
  await page.getByTestId('competitor-name').fill('Maison Dupain');
  await page.getByTestId('competitor-positioning').fill('Boulangerie traditionnelle haut de gamme');
  await page.getByTestId('competitor-strengths').fill('Pains au levain réputés, belle vitrine');
  await page.getByTestId('competitor-weaknesses').fill('Prix élevés, fermé le lundi');
  await page.getByTestId('competitor-price-level').locator('..').click();
  await page.getByRole('option', { name: t('diagnostic.competitor.priceLevels.high') }).click();
  await saved();
  await expect.poll(() => page.getByTestId('step-state-diagnostic').textContent()).toBe(t('steps.states.complete'));
  await shoot('10-diagnostic');

  // Objectives: a starter from the catalogue, then a vague one that is flagged until it is measurable.
  await openStep('objectives');
  const starter = (t('objectives.starters', { returnObjects: true }) as unknown as { title: string }[])[0];
  await page.getByRole('button', { name: starter.title }).click();
  await page.getByTestId('objective-baseline').first().fill('310 000');
  await page.getByTestId('objective-target').first().fill('340 000');
  await driver.typeDate(page.getByTestId('objective-deadline').first(), '31/12/2027');
  await page.getByTestId('add-objective').click();
  await page.getByTestId('objective-title').last().fill('Être plus connu dans le quartier');
  await expect.poll(() => page.getByTestId('objective-not-measurable').count()).toBe(1);
  await page.getByTestId('objective-indicator').last().fill('Avis Google');
  await page.getByTestId('objective-baseline').last().fill('12');
  await page.getByTestId('objective-target').last().fill('60');
  await page.getByTestId('objective-unit').last().fill('avis');
  await driver.typeDate(page.getByTestId('objective-deadline').last(), '30/06/2027');
  await expect.poll(() => page.getByTestId('objective-not-measurable').count()).toBe(0);
  await saved();
  await shoot('11-objectives');

  // Targets: "tout le monde" is warned about; the core target gets a persona.
  await openStep('targets');
  await page.getByTestId('add-segment').click();
  await page.getByTestId('segment-name').first().fill('Familles du quartier Jean-Macé');
  await page.getByTestId('criterion-age').first().fill('30-45 ans, avec enfants');
  await page.getByTestId('criterion-location').first().fill('Moins de 10 minutes à pied');
  await page.getByTestId('segment-size').first().fill('environ 2 500 foyers');
  await page.getByTestId('add-segment').click();
  await page.getByTestId('segment-name').last().fill('Tout le monde');
  await page.getByTestId('segment-warning-everyoneTarget').waitFor();
  await page.getByTestId('segment-name').last().fill('Salariés des bureaux voisins');
  await expect.poll(() => page.getByTestId('segment-warning-everyoneTarget').count()).toBe(0);
  await page.getByTestId('add-persona').click();
  await page.getByTestId('persona-name').fill('Claire, maman active');
  await page.getByTestId('persona-age').fill('38 ans');
  await page.getByTestId('persona-needs').fill('Du bon pain sans détour le soir en rentrant');
  await saved();
  await expect.poll(() => page.getByTestId('step-state-targets').textContent()).toBe(t('steps.states.complete'));
  await shoot('12-targets');

  // Positioning: the four elements, then the ten questions (eight yes).
  await openStep('positioning');
  await page.getByTestId('positioning-target').fill('les familles du quartier Jean-Macé');
  await page.getByTestId('positioning-marketDefinition').fill('la boulangerie de proximité');
  await page.getByTestId('positioning-promise').fill('fait gagner du temps sans rien céder sur le goût');
  await page.getByTestId('positioning-reasonToBelieve').fill('pétrit sur place au levain et ouvre dès 6 h 30');
  const questions = page.locator('[data-testid^="self-check-"][role="group"]');
  const count = await questions.count();
  for (let index = 0; index < count; index += 1) {
    await questions.nth(index).getByRole('button', { name: t(index < 8 ? 'positioning.yes' : 'positioning.no'), exact: true }).click();
  }
  await saved();
  await expect.poll(() => page.getByTestId('positioning-statement').textContent()).toContain('la boulangerie de proximité');
  await expect.poll(() => page.getByTestId('self-check-verdict').textContent()).toBe(t('positioning.verdicts.solid'));
  await shoot('13-positioning');

  // Everything is in the file: after a reload each step shows it again.
  await page.reload();
  await page.getByTestId('plan-title').waitFor();
  await openStep('diagnostic');
  expect(await page.getByTestId('swot-threat-item').inputValue()).toBe('Une chaîne de boulangeries ouvre rue Garibaldi');
  expect(await page.getByTestId('swot-strength-item').inputValue()).toBe(firstStrengthExample);
  expect(await page.getByTestId('competitor-weaknesses').inputValue()).toBe('Prix élevés, fermé le lundi');
  expect(await page.getByTestId('competitor-price-level').inputValue()).toBe('high');
  await openStep('objectives');
  expect(await page.getByTestId('objective-title').last().inputValue()).toBe('Être plus connu dans le quartier');
  expect(await driver.dateShown(page.getByTestId('objective-deadline').last())).toBe('30/06/2027');
  await openStep('targets');
  expect(await page.getByTestId('criterion-age').first().inputValue()).toBe('30-45 ans, avec enfants');
  expect(await page.getByTestId('persona-name').inputValue()).toBe('Claire, maman active');
  await openStep('positioning');
  expect(await page.getByTestId('positioning-reasonToBelieve').inputValue()).toBe('pétrit sur place au levain et ouvre dès 6 h 30');
  expect(await page.getByTestId('self-check-score').textContent()).toBe(t('positioning.score', { yes: 8, total: 10 }));
  for (const step of ['diagnostic', 'objectives', 'targets', 'positioning']) {
    expect(await page.getByTestId(`step-state-${step}`).textContent()).toBe(t('steps.states.complete'));
  }

  // The CLI reads the same file and agrees: nothing left to warn about in these steps.
  app.session.close();
  const lines: string[] = [];
  const code = await runCli(['check', path.join(app.plansFolder, 'Boulangerie Martin.capm')], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  expect(code).toBe(0);
  for (const step of ['diagnostic', 'objectives', 'targets', 'positioning']) {
    expect(lines).toContain(t('check.stepLine', { step: t(`steps.names.${step}`), state: t('steps.states.complete') }));
  }
});
