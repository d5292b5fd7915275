import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { computeBudget } from '../../../../shared/compute/budget';
import { formatEuros } from '../../../../shared/money';
import { englishOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { richPlan } from './richPlan';
import { headingPage, tocEntries } from './toc';

describe.skipIf(!hasPoppler)(`the English export (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('titles the cover, the contents and every section in English, amounts still written the French way', async () => {
    const plan = richPlan();
    const pages = pdfPages(await exportPdf(plan, englishOptions));
    expect(pages[0]).toContain('MARKETING PLAN 2027');
    expect(pages[0]).toContain('Issued on 1 October 2026');
    expect(pages[1]).toContain('Contents');
    const entries = tocEntries(pages);
    expect(entries.map((entry) => entry.title)).toEqual([
      '1. The plan at a glance',
      '2. Company',
      '3. Diagnostic',
      '4. Customer file',
      '5. Objectives',
      '6. Targets',
      '7. Key accounts',
      '8. Weighted pipeline',
      '9. Positioning',
      '10. Offer and pricing',
      '11. Action plan',
      '12. Action sheets',
      '13. Distribution',
      '14. Budget',
      '15. Indicators',
      '16. What a customer is worth',
      '17. Calendar',
      '18. Progress to date',
      '19. Points to look at',
    ]);
    for (const entry of entries) expect(headingPage(pages, entry.title), entry.title).toBe(entry.page);
    const text = pages.join('\n');
    for (const label of ['Strengths', 'Revenue forecast excl. VAT', 'Budget by quarter', 'Margin', 'Owner']) expect(text).toContain(label);
    for (const french of ['Sommaire', 'Forces', 'Budget par trimestre', 'Responsable', 'Points d’attention']) expect(text).not.toContain(french);
    expect(text).toContain(plainSpaces(formatEuros(computeBudget(plan).yearCents)));
  });
});
