import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { emptyPlan } from '../../../../shared/plan';
import { fullPlan } from '../../../shared/fixtures/fullPlan';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, popplerMissing } from './pdfText';
import { richPlan } from './richPlan';
import { headingPage, tocEntries } from './toc';

const frenchTitles = [
  '1. Entreprise',
  '2. Diagnostic',
  '3. Objectifs',
  '4. Cibles',
  '5. Positionnement',
  '6. Offre et prix',
  '7. Distribution',
  '8. Plan d’actions',
  '9. Budget',
  '10. Calendrier',
  '11. Indicateurs',
  '12. Valeur d’un client',
  '13. Points d’attention',
];

describe.skipIf(!hasPoppler)(`the table of contents (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('lists every section of a full plan in the method’s order, each with the page it starts on', async () => {
    for (const plan of [fullPlan(), richPlan()]) {
      const pages = pdfPages(await exportPdf(plan, frenchOptions));
      expect(pages[1]).toContain('Sommaire');
      const entries = tocEntries(pages);
      expect(entries.map((entry) => entry.title)).toEqual(frenchTitles);
      for (const entry of entries) expect(headingPage(pages, entry.title), entry.title).toBe(entry.page);
      // Pages only move forward through the sections.
      expect(entries.map((entry) => entry.page)).toEqual([...entries.map((entry) => entry.page)].sort((a, b) => a - b));
    }
  });

  it('leaves out the sections that have nothing to say, and numbers the others in a row', async () => {
    const base = emptyPlan(2027, 'Salon Coiffure Anaïs', '2026-09-01T00:00:00.000Z');
    const plan = { ...base, objectives: fullPlan().objectives };
    const pages = pdfPages(await exportPdf(plan, frenchOptions));
    const entries = tocEntries(pages);
    // The company step has its name from the plan; the objective without an action is a warning.
    expect(entries.map((entry) => entry.title)).toEqual(['1. Entreprise', '2. Objectifs', '3. Points d’attention']);
    for (const entry of entries) expect(headingPage(pages, entry.title), entry.title).toBe(entry.page);
    expect(pages.join('\n')).not.toMatch(/Plan d’actions|Calendrier|Budget/);
  });

  it('gives an empty plan its cover and the list of what is left to do, nothing else', async () => {
    const plan = emptyPlan(2027, '', '2026-09-01T00:00:00.000Z');
    const pages = pdfPages(await exportPdf(plan, frenchOptions));
    expect(pages[0]).toContain('PLAN MARKETING 2027');
    expect(tocEntries(pages)).toEqual([{ title: '1. Points d’attention', page: 3 }]);
    expect(pages).toHaveLength(3);
    expect(pages[2]).toContain('Aucun objectif n’est défini.');
  });
});
