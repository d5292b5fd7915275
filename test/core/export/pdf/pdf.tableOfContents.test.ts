import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { emptyPlan } from '../../../../shared/plan';
import { fullPlan } from '../../../shared/fixtures/fullPlan';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, popplerMissing } from './pdfText';
import { richPlan } from './richPlan';
import { headingPage, tocEntries } from './toc';

const frenchTitles = [
  '1. L’essentiel du plan',
  '2. Entreprise',
  '3. Diagnostic',
  '4. Fichier clients',
  '5. Objectifs',
  '6. Cibles',
  '7. Comptes clés',
  '8. Pipeline pondéré',
  '9. Positionnement',
  '10. Offre et prix',
  '11. Plan d’actions',
  '12. Fiches actions',
  '13. Distribution',
  '14. Budget',
  '15. Indicateurs',
  '16. Valeur d’un client',
  '17. Calendrier',
  '18. Bilan à date',
  '19. Points d’attention',
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
    expect(entries.map((entry) => entry.title)).toEqual(['1. L’essentiel du plan', '2. Entreprise', '3. Objectifs', '4. Points d’attention']);
    for (const entry of entries) expect(headingPage(pages, entry.title), entry.title).toBe(entry.page);
    expect(pages.join('\n')).not.toMatch(/Plan d’actions|Calendrier|Budget/);
  });

  it('gives an empty plan its cover, the plan at a glance, the list of what is left to do and the back page, nothing else', async () => {
    const plan = emptyPlan(2027, '', '2026-09-01T00:00:00.000Z');
    const pages = pdfPages(await exportPdf(plan, frenchOptions));
    expect(pages[0]).toContain('PLAN MARKETING 2027');
    expect(tocEntries(pages)).toEqual([
      { title: '1. L’essentiel du plan', page: 3 },
      { title: '2. Points d’attention', page: 4 },
    ]);
    expect(pages).toHaveLength(5);
    expect(pages[3]).toContain('Aucun objectif n’est défini.');
    expect(pages[4]).toContain('Pour aller plus loin');
  });
});
