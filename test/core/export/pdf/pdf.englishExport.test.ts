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
      '1. Company',
      '2. Diagnostic',
      '3. Objectives',
      '4. Targets',
      '5. Positioning',
      '6. Offer and pricing',
      '7. Distribution',
      '8. Action plan',
      '9. Budget',
      '10. Calendar',
      '11. Indicators',
      '12. What a customer is worth',
      '13. Points to look at',
    ]);
    for (const entry of entries) expect(headingPage(pages, entry.title), entry.title).toBe(entry.page);
    const text = pages.join('\n');
    for (const label of ['Strengths', 'Revenue forecast excl. VAT', 'Budget by quarter', 'Margin', 'Owner']) expect(text).toContain(label);
    for (const french of ['Sommaire', 'Forces', 'Budget par trimestre', 'Responsable', 'Points d’attention']) expect(text).not.toContain(french);
    expect(text).toContain(plainSpaces(formatEuros(computeBudget(plan).yearCents)));
  });
});
