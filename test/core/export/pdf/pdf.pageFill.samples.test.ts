import { beforeAll, describe, expect, it } from 'vitest';
import { bodyLines, exportedPlans, type ExportedPlan } from './exportedPlans';
import { hasPoppler, popplerMissing } from './pdfText';

describe.skipIf(!hasPoppler)(`the pages’ fill (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let plans: ExportedPlan[] = [];
  beforeAll(async () => {
    plans = await exportedPlans();
  }, 60_000);

  it('leaves no page with fewer than three lines of body text, the back page included', () => {
    for (const plan of plans) {
      plan.pages.forEach((page, index) => {
        expect(bodyLines(page).length, `${plan.name}, page ${index + 1}`).toBeGreaterThanOrEqual(3);
      });
    }
  });

  it('closes with a back page dated with the export, and foots every page but the cover with that date', () => {
    for (const plan of plans) {
      const last = plan.pages[plan.pages.length - 1];
      expect(last, plan.name).toMatch(plan.language === 'fr' ? /Plan exporté le 1er octobre 2026 avec Cap Marketing\./ : /Plan exported on 1 October 2026 with Cap Marketing\./);
      expect(plan.pages[0], plan.name).not.toMatch(/Exporté le|Exported on/);
      plan.pages.slice(1).forEach((page, index) => {
        expect(page, `${plan.name}, page ${index + 2}`).toMatch(plan.language === 'fr' ? /Exporté le 1er octobre 2026/ : /Exported on 1 October 2026/);
      });
    }
  });
});
