import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { reportOf } from '../../../../shared/report/planReport';
import { buildSample, sampleIds } from '../../../../shared/samples';
import { formatEuros, parseEurosToCents } from '../../../../shared/money';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, plainSpaces, popplerMissing, runPoppler } from './pdfText';

const amount = /-?\d{1,3}(?: \d{3})*,\d{2} €/g;
const cents = (printed: string): number => parseEurosToCents(printed) ?? Number.NaN;

describe.skipIf(!hasPoppler)(`the salon's figures as printed (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('has quarterly budget columns, in cents, that add up to the year total printed beside them', async () => {
    const plan = buildSample('salon', 'fr');
    const raw = plainSpaces(runPoppler('pdftotext', ['-raw'], await exportPdf(plan, frenchOptions)));
    const line = raw.split('\n').find((candidate) => candidate.startsWith('Dépenses (HT)'));
    expect(line).toBeDefined();
    const printed = [...(line ?? '').matchAll(amount)].map((match) => match[0]);
    expect(printed).toHaveLength(5);
    const [q1, q2, q3, q4, year] = printed.map(cents);
    expect(q1 + q2 + q3 + q4).toBe(year);
    expect(year).toBe(reportOf(plan).budget.yearCents);
    expect(plainSpaces(formatEuros(year))).toBe(printed[4]);
  });

  it.each(['fr', 'en'] as const)('names the competitor, not the product, in the competitor prices table (%s)', async (language) => {
    const plan = buildSample('salon', language);
    const raw = runPoppler('pdftotext', ['-raw'], await exportPdf(plan, language === 'fr' ? frenchOptions : englishOptions));
    const title = language === 'fr' ? 'Prix des concurrents' : 'Competitors’ prices';
    const table = raw.slice(raw.indexOf(title));
    const prices = plan.products.flatMap((product) => product.competitorPrices);
    expect(prices.length).toBeGreaterThan(0);
    const lines = table.split('\n').slice(2, 2 + prices.length).join(' ');
    for (const price of prices) {
      const competitor = plan.competitors.find((candidate) => candidate.id === price.competitorId);
      expect(competitor).toBeDefined();
      expect(lines).toContain(competitor?.name);
    }
  });
});

describe.skipIf(!hasPoppler)(`amounts in every sample (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it.each(sampleIds)('are all printed with their cents: %s', async (id) => {
    const plan = buildSample(id, 'fr');
    const raw = plainSpaces(runPoppler('pdftotext', ['-raw'], await exportPdf(plan, frenchOptions)));
    const typed = plainSpaces(JSON.stringify(plan));
    // A whole-euro amount ("7 103 €") may only be a chart's axis tick, a round step of the grid, or
    // one the user wrote in a text ("10 € pour la marraine").
    const whole = [...raw.matchAll(/(?<![\d,])\d{1,3}(?: \d{3})* €/g)].map((match) => match[0]).filter((value) => !typed.includes(value));
    for (const value of whole) expect(cents(value) % 25_000 === 0 || cents(value) % 10_000 === 0 || value === '0 €').toBe(true);
  });
});
