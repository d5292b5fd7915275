import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { computeBudget } from '../../../../shared/compute/budget';
import { formatEuros } from '../../../../shared/money';
import { nextYearPlan } from '../../../../shared/planCopies';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { richPlan } from './richPlan';

describe.skipIf(!hasPoppler)(`next year's plan in the PDF (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('puts last year\'s budget beside this year\'s in the budget section', async () => {
    const lastYear = richPlan();
    const plan = nextYearPlan(lastYear, '2027-11-02T09:00:00.000Z');
    const text = pdfPages(await exportPdf(plan, frenchOptions)).join('\n');
    const row = text.split('\n').find((line) => line.includes('Budget de l’année') && line.includes('%'));
    expect(row, 'the comparison row of the budget').toBeDefined();
    expect(plainSpaces(row ?? '')).toContain(plainSpaces(formatEuros(computeBudget(lastYear).yearCents)));
    expect(text).toContain(`Comparaison avec ${lastYear.company.planYear}`);
  });

  it('says nothing of a previous year for a plan that has none', async () => {
    const plan = richPlan();
    const text = pdfPages(await exportPdf({ ...plan, meta: { ...plan.meta, previousYear: null } }, frenchOptions)).join('\n');
    expect(text).not.toContain('Comparaison avec');
  });
});
