import { beforeAll, describe, expect, it } from 'vitest';
import { formatEuros } from '../../../../shared/money';
import { reportOf } from '../../../../shared/report/planReport';
import { exportedPlans, type ExportedPlan } from './exportedPlans';
import { hasPoppler, plainSpaces, popplerMissing } from './pdfText';
import { tocEntries } from './toc';

const title = (plan: ExportedPlan) => (plan.language === 'fr' ? 'L’essentiel du plan' : 'The plan at a glance');

describe.skipIf(!hasPoppler)(`the plan at a glance (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let plans: ExportedPlan[] = [];
  beforeAll(async () => {
    plans = await exportedPlans();
  }, 60_000);

  it('stands on the page after the contents, as the contents’ first entry, and holds on that one page', () => {
    for (const plan of plans) {
      const entries = tocEntries(plan.pages);
      expect(entries[0], plan.name).toEqual({ title: `1. ${title(plan)}`, page: 3 });
      expect(plan.pages[2], plan.name).toMatch(new RegExp(`^\\s*1\\. ${title(plan)}\\s*$`, 'm'));
      // The next section starts right after it: the summary never runs onto a second page.
      expect(entries[1].page, plan.name).toBe(4);
    }
  });

  it('prints the year’s budget and each key action from the report', () => {
    for (const plan of plans) {
      const page = plainSpaces(plan.pages[2]).replace(/\s+/g, ' ');
      const glance = reportOf(plan.plan).atAGlance;
      expect(page, plan.name).toContain(plainSpaces(formatEuros(glance.budget.yearCents)));
      for (const key of glance.keyActions) expect(page, plan.name).toContain(plainSpaces(formatEuros(key.yearCents)));
    }
  });

  it('prints the salon’s revenue growth over the current year, its break-even date and its objectives’ deadlines', () => {
    const salon = plans.find((plan) => plan.name === 'salon (fr)');
    const page = plainSpaces(salon?.pages[2] ?? '');
    expect(page).toContain('+6,07 % par rapport à l’année en');
    expect(page).toMatch(/Point mort le \d{1,2}(er)? \p{L}+ 2027/u);
    expect(page).toContain('12 → 35 %, d’ici le 30 juin 2027');
  });
});
