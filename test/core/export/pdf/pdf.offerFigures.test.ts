import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import { fr } from '../../../../shared/i18n/fr';
import type { Plan } from '../../../../shared/plan';
import { offerFiguresPlan } from '../offerFiguresPlan';
import { frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';

/** The text of one numbered section, from its heading to the next one (the contents page left out). */
async function sectionText(plan: Plan, title: string): Promise<string> {
  const text = plainSpaces(pdfPages(await exportPdf(plan, frenchOptions)).slice(2).join('\n'));
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\s*\\d+\\. ${title}\\s*$`).test(line));
  if (start < 0) return '';
  const end = lines.findIndex((line, at) => at > start && /^\s*\d+\. \S/.test(line) && !/^\s*\d+\. \d/.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

const lineWith = (text: string, ...parts: string[]) => text.split('\n').some((line) => parts.every((part) => line.includes(part)));
const notApplicable = fr.offerFigures.vat.notApplicable;

describe.skipIf(!hasPoppler)(`the offer section’s figures (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let offer: string;
  let franchise: string;

  beforeAll(async () => {
    offer = await sectionText(offerFiguresPlan(), fr.steps.names.offer);
    franchise = await sectionText(offerFiguresPlan({ vatApplicable: false }), fr.steps.names.offer);
  });

  it('gives the seuil de rentabilité, the point mort and the safety margin of the whole business', () => {
    const words = fr.offerFigures.breakEven;
    expect(lineWith(offer, words.variableMarginRate, '42,5 %')).toBe(true);
    expect(lineWith(offer, words.revenue, '85 000,02 €')).toBe(true);
    expect(lineWith(offer, words.date, '16 septembre 2027')).toBe(true);
    expect(lineWith(offer, words.safetyMargin, '34 999,98 €', '29,17 %')).toBe(true);
  });

  it('prices the 8,5 % product including VAT to the cent', () => {
    expect(lineWith(offer, 'Soin profond', '20,00 €', '8,5 %', '21,70 €')).toBe(true);
    expect(lineWith(offer, 'Coupe femme', '10,00 €', '20 %', '12,00 €')).toBe(true);
  });

  it('says why the seuil is missing when the products are sold at a loss', async () => {
    const plan = offerFiguresPlan();
    const loss = await sectionText({ ...plan, products: [{ ...plan.products[0], unitCostCents: 1_500 }] }, fr.steps.names.offer);
    expect(lineWith(loss, fr.offerFigures.breakEven.revenue, fr.offerFigures.breakEven.atLoss)).toBe(true);
    expect(loss).not.toContain('85 000,02 €');
  });

  it('reads « TVA non applicable, art. 293 B du CGI » under the franchise en base, without VAT columns', () => {
    expect(franchise).toContain(notApplicable);
    expect(offer).not.toContain(notApplicable);
    expect(franchise).not.toContain(fr.offer.product.priceInclVat);
    expect(franchise).not.toContain('21,70 €');
    expect(franchise).toContain(fr.offerFigures.franchiseLabels.fixedCosts);
    expect(lineWith(franchise, 'Soin profond', '20,00 €', '5,00 €')).toBe(true);
  });
});

describe.skipIf(!hasPoppler)(`the customer-value section (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('shows the saved inputs, the margin per purchase and the values of the training’s formula', async () => {
    const text = await sectionText(offerFiguresPlan(), fr.customerValuePlan.title);
    expect(lineWith(text, fr.kpis.averageTransaction, '45,00 €')).toBe(true);
    expect(lineWith(text, fr.customerValuePlan.marginRateUsed, '42,5 %')).toBe(true);
    expect(lineWith(text, fr.customerValuePlan.profitPerTransaction, '19,13 €')).toBe(true); // 45 € × 42,5 %
    expect(lineWith(text, fr.kpis.gross, '324,00 €')).toBe(true);
    expect(lineWith(text, fr.kpis.net, '294,00 €')).toBe(true); // less 1,50 € ÷ 5 % = 30 €
    expect(lineWith(text, fr.kpis.marginGross, '137,70 €')).toBe(true);
    expect(lineWith(text, fr.kpis.marginNet, '107,70 €')).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain(fr.customerValuePlan.laterYearsOnePurchase);
  });

  it('is left out while the calculator is empty', async () => {
    const plan = offerFiguresPlan();
    const text = await sectionText({ ...plan, customerValue: { ...plan.customerValue, averageTransactionCents: null } }, fr.customerValuePlan.title);
    expect(text).toBe('');
  });
});
