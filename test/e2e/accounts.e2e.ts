import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PlanFile } from '../../electron/core/store/planFile';
import { formatEuros } from '../../shared/money';
import type { KeyAccount, Plan } from '../../shared/plan';
import { buildReport } from '../../shared/report/planReport';
import { buildSample } from '../../shared/samples';
import { openAppPage, planInFile, SCREENSHOT_DIR, startBrowserModeApp, type BrowserModeApp } from './harness';
import { stepDriver, t } from './stepDriver';

let app: BrowserModeApp;
let page: Page;
let driver: ReturnType<typeof stepDriver>;

beforeAll(async () => {
  app = await startBrowserModeApp();
  fs.mkdirSync(app.plansFolder, { recursive: true });
  page = await openAppPage(app);
  driver = stepDriver(page);
});
afterAll(async () => {
  await app?.stop();
});

/** Bars and paths of a chart that carry data (a drawn bar has a height, a drawn path a shape). */
const drawn = (testId: string) =>
  page
    .getByTestId(testId)
    .locator('svg path, svg rect')
    .evaluateAll((shapes) => shapes.filter((shape) => (shape.getAttribute('d') ?? '').length > 20 || Number(shape.getAttribute('height')) > 0).length);

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2 A and AA rules on the page as it is (as in accessibility.e2e.ts). */
async function violations(): Promise<string[]> {
  await page.evaluate(`${axeSource};0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  });
}

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });

async function openFile(name: string, plan: Plan) {
  const file = path.join(app.plansFolder, name);
  const created = PlanFile.create(file, plan);
  if (!created.ok) throw new Error(created.error.code);
  created.value.close();
  await page.getByTestId('open-path').fill(file);
  await page.getByTestId('open-plan').click();
  await page.getByTestId('plan-title').waitFor();
}

async function closePlan() {
  await page.getByTestId('close-plan').click();
  await page.getByTestId('new-plan-title').waitFor();
}

test('a new B2B plan: an account, a committee without decision maker, a proposal of 10 000 € in September weighted 2 000 €', async () => {
  await driver.createPlan('Axone Informatique 2027');
  await driver.choose(page.getByTestId('company-customer-kind'), t('company.customerKinds.b2b'));
  await driver.saved();
  // Listed for a B2B plan, after the targets, and numbered with the others.
  expect(await page.getByTestId('step-accounts').textContent()).toContain(`6. ${t('steps.names.accounts')}`);
  expect(await page.getByTestId('step-accounts-hidden').count()).toBe(0);
  await driver.openStep('accounts');
  await page.getByTestId('accounts-method').waitFor();

  await page.getByTestId('add-account').click();
  const account = page.getByTestId('account');
  await account.getByTestId('account-company').fill('Clinique Saint-Roch');
  await account.getByTestId('account-sector').fill('Santé, établissement privé');
  await account.getByTestId('account-current').fill('3 000');
  await account.getByTestId('account-potential').fill('12 000');
  await expect.poll(() => account.getByTestId('account-share').textContent()).toBe('25\u00a0%');
  expect(await account.getByTestId('account-band').textContent()).toBe(t('accountTerms.bands.conquest'));

  await account.getByTestId('add-member').click();
  const member = account.getByTestId('committee-member');
  await member.getByTestId('member-name').fill('Marc Aubry');
  await member.getByTestId('member-position').fill('Responsable informatique');
  await driver.choose(member.getByTestId('member-role'), t('accountTerms.roles.prescriber'));
  const noDecisionMaker = account.getByTestId('account-warning-accountWithoutDecisionMaker');
  await expect.poll(() => noDecisionMaker.textContent()).toContain('pas de décideur');
  expect(await noDecisionMaker.textContent()).toContain('Clinique Saint-Roch');

  await account.getByTestId('add-opportunity').click();
  const deal = account.getByTestId('opportunity');
  await deal.getByTestId('opportunity-title').fill('Contrat de maintenance 2027');
  await deal.getByTestId('opportunity-amount').fill('10 000');
  await driver.choose(deal.getByTestId('opportunity-month'), t('months.long.8'));
  await driver.choose(deal.getByTestId('opportunity-stage'), t('accountTerms.stages.proposal'));
  // The stage's usual probability shows as the placeholder, and weighs the deal.
  expect(await deal.getByTestId('opportunity-probability').getAttribute('placeholder')).toBe('20');
  await expect.poll(() => deal.getByTestId('opportunity-weighted').textContent()).toBe(formatEuros(200_000));
  expect(formatEuros(200_000)).toBe('2\u202f000,00\u00a0€');

  // The pipeline: the third quarter holds the deal, and the total row is the report's.
  await expect.poll(() => page.getByTestId('pipeline-quarter-3').getByTestId('pipeline-quarter-weighted').textContent()).toBe(formatEuros(200_000));
  expect(await page.getByTestId('pipeline-total-weighted').textContent()).toBe(formatEuros(200_000));
  expect(await page.getByTestId('pipeline-stage-proposal').textContent()).toContain(formatEuros(1_000_000));
  await page.getByTestId('pipeline-target-3').fill('5 000');
  await expect.poll(() => page.getByTestId('pipeline-quarter-3').getByTestId('pipeline-quarter-shortfall').textContent()).toBe(
    t('accounts.pipeline.missing', { amount: formatEuros(300_000) }),
  );
  await expect.poll(() => drawn('pipeline-chart')).toBeGreaterThan(0);

  // A typed probability overrides the stage's.
  await deal.getByTestId('opportunity-probability').fill('50');
  await expect.poll(() => deal.getByTestId('opportunity-weighted').textContent()).toBe(formatEuros(500_000));
  await deal.getByTestId('opportunity-probability').fill('');
  await expect.poll(() => deal.getByTestId('opportunity-weighted').textContent()).toBe(formatEuros(200_000));

  await driver.saved();
  const plan = planInFile(app);
  const saved = plan.accounts[0];
  expect(saved.company).toBe('Clinique Saint-Roch');
  expect(saved.committee).toEqual([expect.objectContaining({ name: 'Marc Aubry', role: 'prescriber' })]);
  expect(saved.opportunities).toEqual([expect.objectContaining({ amountCents: 1_000_000, closingMonth: 9, stage: 'proposal', probabilityBasisPoints: null })]);
  expect(plan.pipelineTargets.quarterCents).toEqual([null, null, 500_000, null]);
  expect(buildReport(plan).pipeline.weightedCents).toBe(200_000);

  await page.waitForTimeout(600); // the bars grow in
  await driver.shoot('97-accounts-new-b2b');
  await closePlan();
});

test('a shop’s plan does not list the key accounts, and the discreet link opens the step anyway', async () => {
  await driver.createPlan('Atelier Floral Lou 2027');
  expect(await page.getByTestId('step-accounts').count()).toBe(0);
  // The numbers follow the list shown: the positioning comes sixth.
  expect(await page.getByTestId('step-positioning').textContent()).toContain(`6. ${t('steps.names.positioning')}`);
  const link = page.getByTestId('step-accounts-hidden');
  expect(await link.textContent()).toBe(t('accounts.hiddenStep.link'));
  await link.click();
  await page.getByRole('heading', { level: 1, name: t('steps.names.accounts') }).waitFor();
  await page.getByText(t('accounts.empty')).waitFor();
  await driver.shoot('97-accounts-b2c-hidden', { end: false });
  // Once the shop names an account, the step is listed like the others.
  await page.getByTestId('add-account').click();
  await page.getByTestId('step-accounts').waitFor();
  expect(await page.getByTestId('step-accounts-hidden').count()).toBe(0);
  await closePlan();
});

/** Three accounts, for a sample that does not have its own yet. */
function filledAccounts(): KeyAccount[] {
  const account = (company: string, sector: string, current: number | null, potential: number | null, stage: KeyAccount['opportunities'][number]['stage'], month: number): KeyAccount => ({
    id: company.toLowerCase().replace(/[^a-z]+/g, '-'),
    company,
    sector,
    size: 'pme',
    why: 'Un besoin repéré au salon, un prestataire actuel qui déçoit.',
    currentRevenueCents: current,
    potentialCents: potential,
    nextStep: 'Rendez-vous découverte',
    nextStepDate: '2027-02-15',
    actions: [],
    committee: [
      { id: 'm1', name: 'Claire Morel', position: 'Directrice administrative', role: 'decisionMaker', attitude: 'favourable', channel: 'introduction', lastContact: '2027-01-12' },
      { id: 'm2', name: 'Marc Aubry', position: 'Responsable informatique', role: 'prescriber', attitude: 'neutral', channel: 'linkedin', lastContact: '2026-12-03' },
    ],
    opportunities: [{ id: 'o1', title: 'Contrat de maintenance', amountCents: 1_800_000, closingMonth: month, stage, probabilityBasisPoints: null }],
  });
  return [
    account('Clinique Saint-Roch', 'Santé', 300_000, 1_200_000, 'proposal', 9),
    account('Transports Vallée', 'Logistique', 900_000, 2_000_000, 'negotiation', 5),
    account('Serres du Louet', 'Horticulture', null, 800_000, 'qualified', 11),
  ];
}

test('screens of the B2B sample’s key accounts and of its actions with the journey, at 1280×720', async () => {
  const sample = buildSample('b2b', 'fr');
  if (sample.accounts.length === 0) {
    sample.accounts = filledAccounts();
    sample.pipelineTargets = { quarterCents: [1_000_000, 1_500_000, 1_500_000, 2_000_000] };
  }
  await openFile('axone.capm', sample);
  await driver.openStep('accounts');
  const report = buildReport(sample);
  await expect.poll(() => page.getByTestId('account').count()).toBe(sample.accounts.length);
  expect(await page.getByTestId('pipeline-total-weighted').textContent()).toBe(formatEuros(report.pipeline.weightedCents));
  for (const quarter of report.pipeline.quarters) {
    expect(await page.getByTestId(`pipeline-quarter-${quarter.quarter + 1}`).getByTestId('pipeline-quarter-weighted').textContent()).toBe(formatEuros(quarter.weightedCents));
  }
  await expect.poll(() => drawn('pipeline-chart')).toBeGreaterThan(0);
  await page.waitForTimeout(600);
  await driver.shoot('97-accounts-sample');

  // The folded list, then the first account unfolded.
  await page.getByTestId('account-list').evaluate((list) => list.scrollIntoView({ block: 'start' }));
  await shot('97-accounts-sample-list');
  await page.getByTestId('account-toggle').first().click();
  await page.getByTestId('account').first().getByTestId('committee').waitFor();
  await page.getByTestId('account').first().evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await shot('97-accounts-sample-open');
  await page.getByTestId('account').first().getByTestId('opportunities').evaluate((part) => part.scrollIntoView({ block: 'center' }));
  await shot('97-accounts-sample-open-deals');
  expect(await violations()).toEqual([]);
  await page.getByTestId('pipeline').evaluate((part) => part.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(400);
  await shot('97-accounts-sample-pipeline');
  // The chart's table, one click away, says the same figures.
  await page.getByTestId('pipeline-chart').getByRole('button', { name: t('charts.showTable') }).click();
  expect(await page.getByTestId('pipeline-chart').locator('table').textContent()).toContain(formatEuros(report.pipeline.weightedQuarterCents[0]));

  // In English, the longer labels still fit.
  await driver.choose(page.getByTestId('language'), 'English');
  await page.getByRole('heading', { level: 1, name: 'Key accounts' }).waitFor();
  await page.getByTestId('account').first().evaluate((card) => card.scrollIntoView({ block: 'start' }));
  await shot('97-accounts-sample-open-en');
  await page.getByTestId('account').first().getByTestId('committee').evaluate((part) => part.scrollIntoView({ block: 'start' }));
  await shot('97-accounts-sample-open-en-committee');
  await page.getByTestId('pipeline').evaluate((part) => part.scrollIntoView({ block: 'end' }));
  await shot('97-accounts-sample-pipeline-en');
  await driver.choose(page.getByTestId('language'), 'Français');
  await page.getByRole('heading', { level: 1, name: t('steps.names.accounts') }).waitFor();

  // The Actions step: the journey of a firm that sells to companies, each moment with its actions.
  await driver.openStep('promotion');
  const picture = page.getByTestId('journey-picture');
  await picture.waitFor();
  const stages = await picture.locator('[data-testid^="journey-stage-"][data-count]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('data-testid')));
  expect(stages).toEqual(['awareness', 'qualification', 'proposal', 'loyalty'].map((stage) => `journey-stage-${stage}`));
  await page.getByTestId('journey-stage-awareness').click();
  await page.getByTestId('journey-detail').waitFor();
  await page.mouse.move(0, 0);
  await driver.shoot('97-promotion-journey', { end: false });
});

test('an action’s journey moments: ticked from its words, corrected by hand, then inferred again', async () => {
  await closePlan();
  await driver.createPlan('Boulangerie Martin 2027');
  await driver.openStep('promotion');
  await page.getByTestId('journey-stage-research').waitFor();
  await page.getByTestId('add-action').click();
  const action = page.getByTestId('action');
  await action.getByTestId('action-title').fill('Fiche Google à jour');
  const research = action.getByTestId('action-journey-research');
  await expect.poll(() => research.isChecked()).toBe(true);
  expect(await action.getByTestId('action-journey-mode').textContent()).toBe(t('journey.inferred'));
  await expect.poll(() => page.getByTestId('journey-stage-research').getAttribute('data-count')).toBe('1');
  await expect.poll(() => page.getByTestId('journey-stage-sharing').getByTestId('journey-stage-count').textContent()).toBe(t('journey.gap'));

  await action.getByTestId('action-journey-sharing').check();
  await driver.saved();
  expect(planInFile(app).actions[0].journeyStages).toEqual(['research', 'sharing']);
  expect(await action.getByTestId('action-journey-mode').textContent()).toBe(t('journey.chosen'));
  await expect.poll(() => page.getByTestId('journey-stage-sharing').getAttribute('data-count')).toBe('1');
  await page.mouse.move(0, 0);
  await page.getByTestId('journey-picture').evaluate((picture) => picture.scrollIntoView({ block: 'start' }));
  await shot('97-promotion-journey-gaps');
  await action.getByTestId('action-journey').evaluate((field) => field.scrollIntoView({ block: 'center' }));
  await shot('97-promotion-journey-editor');

  await action.getByTestId('action-journey-automatic').click();
  await driver.saved();
  expect(planInFile(app).actions[0].journeyStages).toBeUndefined();
  await expect.poll(() => action.getByTestId('action-journey-sharing').isChecked()).toBe(false);
});
