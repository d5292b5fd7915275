import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { exportTranslator } from '../../../../electron/core/export/translator';
import { formatEuros } from '../../../../shared/money';
import { reportOf } from '../../../../shared/report/planReport';
import { buildSample } from '../../../../shared/samples';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, plainSpaces, popplerMissing, runPoppler } from './pdfText';

/** The text of the page on which `title` is printed, in drawing order. */
function pageWith(raw: string, title: string): string {
  const page = raw.split('\f').find((candidate) => candidate.includes(title));
  expect(page, title).toBeDefined();
  return plainSpaces(page ?? '');
}

describe.skipIf(!hasPoppler)(`the charts (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('are drawn as vectors: the file holds no picture', async () => {
    const bytes = await exportPdf(buildSample('salon', 'fr'), frenchOptions);
    expect(bytes.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
  });

  it.each([
    ['fr', frenchOptions],
    ['en', englishOptions],
  ] as const)('show the budget by quarter, with cents, and by category, from the report (%s)', async (language, options) => {
    const plan = buildSample('salon', language);
    const t = exportTranslator(language);
    const report = reportOf(plan);
    const page = pageWith(runPoppler('pdftotext', ['-raw'], await exportPdf(plan, options)), t('pdf.budget.quarterChart'));
    expect(page).toContain(t('pdf.budget.categoryChart'));
    for (const cents of report.budget.quartersCents) expect(page).toContain(plainSpaces(formatEuros(cents)));
    for (const row of report.byCategory.filter((share) => share.key !== 'commissions' && share.cents > 0)) {
      expect(page).toContain(plainSpaces(formatEuros(row.cents)));
    }
    // Axis ticks in the French way whatever the language, as every amount of the report.
    expect(page).toMatch(/\b1 000 €/);
  });

  it('set each indicator’s actuals against its target once actuals exist', async () => {
    const plan = buildSample('salon', 'fr');
    const t = exportTranslator('fr');
    const raw = runPoppler('pdftotext', ['-raw'], await exportPdf(plan, frenchOptions));
    const page = pageWith(raw, t('pdf.kpis.charts'));
    const measured = reportOf(plan).kpis.filter((row) => row.kpi.actualByMonth.some((value) => value !== null && value.trim() !== ''));
    expect(measured.length).toBeGreaterThan(0);
    expect(page).toContain(measured[0].kpi.name);
    expect(page).toMatch(/visé : \d/);
  });

});
