import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, popplerMissing } from './pdfText';
import { pad, planWithManyActions } from './richPlan';
import { tocEntries } from './toc';

const ACTIONS = 65;

describe.skipIf(!hasPoppler)(`a summary table of ${ACTIONS} actions (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let tablePages: { number: number; text: string }[] = [];

  beforeAll(async () => {
    const pages = pdfPages(await exportPdf(planWithManyActions(ACTIONS), frenchOptions));
    const entries = tocEntries(pages);
    const start = entries.find((entry) => entry.title.endsWith('. Plan d’actions'))?.page ?? 0;
    const end = entries.find((entry) => entry.title.endsWith('. Fiches actions'))?.page ?? 0;
    tablePages = pages.slice(start - 1, end - 1).map((text, index) => ({ number: start + index, text }));
  });

  it('runs over several pages', () => {
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
  });

  it('repeats the header row at the top of every page it spans', () => {
    for (const page of tablePages) {
      const header = page.text.split('\n').find((line) => /Catégorie\s+Action\s+Objectifs\s+Indicateurs\s+Responsable\s+T1\s+T2\s+T3\s+T4\s+Total\s+Mois/.test(line));
      expect(header, `page ${page.number}`).toBeDefined();
      const firstAction = page.text.search(/Action n° \d\d/);
      if (firstAction >= 0) expect(page.text.indexOf(header as string), `page ${page.number}`).toBeLessThan(firstAction);
    }
  });

  it('lists every action once and never cuts a row in two, nor lets one run into the footer', () => {
    for (const page of tablePages) {
      const lines = page.text.trimEnd().split('\n');
      expect(lines[lines.length - 1], `page ${page.number}`).toMatch(/page \d+ \/ \d+$/);
    }
    for (let n = 1; n <= ACTIONS; n += 1) {
      const id = pad(n);
      const holding = (token: string) => tablePages.filter((page) => page.text.includes(token)).map((page) => page.number);
      const pages = holding(`Action n° ${id}`);
      expect(pages, `Action n° ${id}`).toHaveLength(1);
      // The first and the last line of the wrapped objective, and the owner, sit on the action's page.
      for (const token of [`Début-${id}`, `Fin-${id}`, `Marie-${id}`]) expect(holding(token), token).toEqual(pages);
    }
  });
});
