import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { ACTION_SHEETS_MAX } from '../../../../electron/core/export/pdf/sections/actionSheets';
import { reportOf } from '../../../../shared/report/planReport';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, popplerMissing } from './pdfText';
import { planWithManyActions } from './richPlan';
import { tocEntries } from './toc';

describe.skipIf(!hasPoppler)(`the action sheets of a very large plan (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it(`stop after ${ACTION_SHEETS_MAX} sheets and say how many actions are left to the action plan and the workbook`, async () => {
    const plan = planWithManyActions(ACTION_SHEETS_MAX + 5);
    const pages = pdfPages(await exportPdf(plan, frenchOptions));
    const entries = tocEntries(pages);
    const at = entries.findIndex((entry) => entry.title.endsWith('Fiches actions'));
    const sheets = pages.slice(entries[at].page - 1, entries[at + 1].page).join('\n').replace(/\s+/g, ' ');
    const rows = reportOf(plan).summaryRows;
    expect(sheets).toContain(rows[ACTION_SHEETS_MAX - 1].action.title);
    expect(sheets).not.toContain(`${rows[ACTION_SHEETS_MAX].action.title} `);
    expect(sheets).toContain(`5 autres actions figurent dans le plan d’actions et dans le classeur : au-delà de ${ACTION_SHEETS_MAX} fiches`);
  });
});
