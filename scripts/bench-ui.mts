// `npx tsx scripts/bench-ui.mts`: how the promotion step keeps up with typing when the plan has 300
// actions, in Debian's Chromium. Prints the median and worst time from a key press to the next
// painted frame. A measurement to read, not a test: machines differ.
import fs from 'node:fs';

import path from 'node:path';
import { PlanFile } from '../electron/core/store/planFile';
import { emptyPlan, actionCategories, type Action } from '../shared/plan';
import { openAppPage, startBrowserModeApp } from '../test/e2e/harness';

const ACTIONS = Number(process.env.ACTIONS ?? 300);
const app = await startBrowserModeApp();
const plan = emptyPlan(2027, 'Banc d’essai', new Date().toISOString());
plan.company.revenueForecastCents = Array.from({ length: 12 }, () => 2_500_000);
plan.actions = Array.from({ length: ACTIONS }, (_, index): Action => ({
  id: `action-${index}`,
  category: actionCategories[index % actionCategories.length],
  title: `Action n° ${index + 1}`,
  description: 'Une action de test',
  objectiveIds: [],
  segmentIds: [],
  owner: { kind: 'person', name: 'Marie' },
  activeMonths: [1, 2, 3],
  costLines: [{ id: `c${index}`, kind: 'fixed', label: '', amountCents: 10_000, period: { kind: 'quarter', quarter: 1 } }],
  kpis: [],
  detail: { resources: '', successFactors: '', limits: '', review: '' },
  actualSpendCents: Array.from({ length: 12 }, () => null),
}));
const file = path.join(app.plansFolder, 'bench.capm');
fs.mkdirSync(app.plansFolder, { recursive: true });
const created = PlanFile.create(file, plan);
if (!created.ok) throw new Error(created.error.code);
created.value.close();

const page = await openAppPage(app);
await page.getByTestId('open-path').fill(file);
await page.getByTestId('open-plan').click();
await page.getByTestId('step-promotion').click();
await page.getByTestId('action').nth(ACTIONS - 1).waitFor();
const row = page.getByTestId('action').nth(Math.floor(ACTIONS / 2));
await row.getByTestId('action-toggle').click();
const title = row.getByTestId('action-title');
await title.click();
const latencies: number[] = [];
for (const key of 'Campagne de printemps sur les réseaux'.split('')) {
  const start = Date.now();
  await page.keyboard.type(key);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  latencies.push(Date.now() - start);
}
// The same, measured inside the page: one input event and React's synchronous render, no driver round trip.
const inPage = await title.evaluate(async (input: HTMLInputElement) => {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const times: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const start = performance.now();
    setValue.call(input, `${input.value}x`);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return times.sort((a, b) => a - b);
});
latencies.sort((a, b) => a - b);
console.log(`in-page render per keystroke: median ${inPage[10].toFixed(1)} ms, worst ${inPage.at(-1)!.toFixed(1)} ms`);
console.log(`actions | keystrokes | median ms | worst ms`);
console.log(`${ACTIONS} | ${latencies.length} | ${latencies[Math.floor(latencies.length / 2)]} | ${latencies.at(-1)}`);
await app.stop();
fs.rmSync(path.dirname(app.plansFolder), { recursive: true, force: true });

