import { beforeAll, describe, expect, it } from 'vitest';
import { formatEuros } from '../../../../shared/money';
import { reportOf } from '../../../../shared/report/planReport';
import { bodyLines, exportedPlans, type ExportedPlan } from './exportedPlans';
import { hasPoppler, plainSpaces, popplerMissing } from './pdfText';
import { tocEntries } from './toc';

const flat = (value: string) => plainSpaces(value).replace(/\s+/g, ' ').trim();

/** The text of the action sheets' pages, footers left out, as one line. */
function sheetsText(plan: ExportedPlan): string {
  const entries = tocEntries(plan.pages);
  const index = entries.findIndex((entry) => /^\d+\. (Fiches actions|Action sheets)$/.test(entry.title));
  expect(index, plan.name).toBeGreaterThan(0);
  const first = entries[index].page;
  // Up to the page where the next section starts: the last sheet may end on it.
  const last = entries[index + 1]?.page ?? plan.pages.length;
  return flat(plan.pages.slice(first - 1, last).map((page) => bodyLines(page).join('\n')).join('\n'));
}

describe.skipIf(!hasPoppler)(`the action sheets (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let plans: ExportedPlan[] = [];
  beforeAll(async () => {
    plans = await exportedPlans();
  }, 60_000);

  it('give every action its title and description, in the summary’s order', () => {
    for (const plan of plans) {
      const sheets = sheetsText(plan);
      let from = 0;
      for (const row of reportOf(plan.plan).summaryRows) {
        const at = sheets.indexOf(flat(row.action.title), from);
        expect(at, `${plan.name}: ${row.action.title}`).toBeGreaterThanOrEqual(0);
        from = at;
        expect(sheets, `${plan.name}: ${row.action.title}`).toContain(flat(row.action.description));
      }
    }
  });

  it('print each action’s total from the report and its tool sheet', () => {
    for (const plan of plans) {
      const sheets = sheetsText(plan);
      for (const row of reportOf(plan.plan).summaryRows) {
        if (row.action.costLines.length > 0) expect(sheets, plan.name).toContain(flat(formatEuros(row.cost.totalCents)));
        if (row.action.detail.review.trim() !== '') expect(sheets, plan.name).toContain(flat(row.action.detail.review).slice(0, 60));
      }
    }
  });

  it('come after the action plan, under the promotion step', () => {
    for (const plan of plans) {
      const titles = tocEntries(plan.pages).map((entry) => entry.title.replace(/^\d+\. /, ''));
      const sheets = titles.findIndex((entry) => entry === (plan.language === 'fr' ? 'Fiches actions' : 'Action sheets'));
      expect(titles[sheets - 1], plan.name).toBe(plan.language === 'fr' ? 'Plan d’actions' : 'Action plan');
    }
  });
});
