import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { FIELD_TEXT_MAX } from '../../../../electron/core/export/pdf/text';
import type { Plan } from '../../../../shared/plan';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { richPlan } from './richPlan';

const novel = 'Une phrase de description qui ne finit jamais vraiment. '.repeat(1800).slice(0, 100_000);
const oneWord = 'x'.repeat(100_000);

/** Texts far beyond the schema's limits, as an imported or future file could hold. */
function planWithNovels(): Plan {
  const plan = richPlan();
  return {
    ...plan,
    company: { ...plan.company, notes: novel },
    offer: { ...plan.offer, description: novel, competitiveAdvantage: oneWord },
    swot: [...plan.swot, { id: 'swot-novel', quadrant: 'threat', text: novel }, { id: 'swot-word', quadrant: 'threat', text: oneWord }],
    competitors: plan.competitors.map((competitor) => ({ ...competitor, positioning: novel })),
    positioning: { ...plan.positioning, promise: novel },
    segments: plan.segments.map((segment) => ({ ...segment, description: novel })),
    actions: plan.actions.map((action, index) => (index === 0 ? { ...action, title: oneWord.slice(0, 5000) } : action)),
  };
}

describe.skipIf(!hasPoppler)(`very long texts (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('are cut with an ellipsis and a note saying so, instead of filling hundreds of pages', async () => {
    const started = Date.now();
    const bytes = await exportPdf(planWithNovels(), frenchOptions);
    expect(Date.now() - started).toBeLessThan(20_000);
    const pages = pdfPages(bytes);
    // The rich plan is about twenty-four pages with its action sheets and its key account; a novel in
    // each field adds only a few.
    expect(pages.length).toBeLessThan(34);
    const text = plainSpaces(pages.join('\n'));
    expect(text).toContain('[texte abrégé : 100 000 caractères au total');
    expect(text).toContain('…');
    // No line of text runs past the page: pdftotext would show it as a single enormous line.
    const longest = Math.max(...text.split('\n').map((line) => line.trim().length));
    expect(longest).toBeLessThan(400);
    expect(novel.length).toBeGreaterThan(FIELD_TEXT_MAX * 10);
  });
});
