import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, popplerMissing } from './pdfText';
import { planWithManyActions, richPlan } from './richPlan';

describe.skipIf(!hasPoppler)(`the page footer (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('carries the plan’s name and "page n / N" on every page but the cover, portrait and landscape alike', async () => {
    for (const plan of [richPlan(), planWithManyActions(40)]) {
      const pages = pdfPages(await exportPdf(plan, frenchOptions));
      const count = pages.length;
      expect(count).toBeGreaterThan(8);
      expect(pages[0]).not.toMatch(/page \d+ \/ \d+/);
      pages.slice(1).forEach((text, index) => {
        const lines = text.trimEnd().split('\n');
        const footer = lines[lines.length - 1];
        expect(footer, `page ${index + 2}`).toMatch(new RegExp(`^Plan « Cœur de Lyon » 2027\\s+page ${index + 2} / ${count}$`));
      });
    }
  });
});
