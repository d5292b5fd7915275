import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../../../electron/core/export/pdf';
import type { Opportunity } from '../../../../shared/plan';
import { accountDeals, accountsPlan, usualProbability } from '../accountsPlan';
import { englishOptions, frenchOptions } from './options';
import { hasPoppler, pdfPages, plainSpaces, popplerMissing } from './pdfText';
import { headingPage, tocEntries } from './toc';
import { buildSample } from '../../../../shared/samples';

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line of the page holding these texts in this order, the columns set apart by spaces. */
const lineWith = (page: string, ...texts: string[]) =>
  new RegExp(`^\\s*${texts.map((value) => escape(value).replace(/ /g, '\\s*')).join('\\s+')}\\s*$`, 'm').test(page);

/** Cents as the report prints them, « 1 234,57 € », written here without shared/money. */
const euros = (cents: number) => `${String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(cents % 100).padStart(2, '0')} €`;

/** Amount × probability, half up to the cent, in integers: 123 457 × 1 500 = 185 185 500 → 18 519. */
const weighted = (deal: Opportunity) => Math.floor((deal.amountCents * (deal.probabilityBasisPoints ?? usualProbability[deal.stage]) + 5_000) / 10_000);
const deals = [...accountDeals.durand, ...accountDeals.clinique, ...accountDeals.mairie];
const quarterOf = (deal: Opportunity) => Math.ceil(deal.closingMonth / 3) - 1;
const quarterSums = [0, 1, 2, 3].map((quarter) => deals.filter((deal) => quarterOf(deal) === quarter).reduce((sum, deal) => sum + weighted(deal), 0));
const yearSum = quarterSums.reduce((sum, cents) => sum + cents, 0);

/** The text of the pages a section spans, from its heading to the next section's. */
function sectionText(pages: string[], title: string): string {
  const entries = tocEntries(pages);
  const index = entries.findIndex((entry) => entry.title.endsWith(`. ${title}`));
  expect(index, title).toBeGreaterThanOrEqual(0);
  const first = headingPage(pages, entries[index].title)!;
  expect(first, title).toBe(entries[index].page);
  const last = entries[index + 1]?.page ?? pages.length;
  return pages.slice(first - 1, last).join('\n');
}

describe('the deals of the fixture, worked out by hand', () => {
  it('weigh what the tests expect, rounding each deal once', () => {
    expect(deals.map(weighted)).toEqual([18_519, 490_000, 1_260_000, 100_000, 456_789, 0, 111_100, 187_500]);
    expect(quarterSums).toEqual([118_519, 490_000, 1_447_500, 567_889]);
    expect(yearSum).toBe(2_623_908);
    expect([euros(18_519), euros(yearSum)]).toEqual(['185,19 €', '26 239,08 €']);
  });
});

describe.skipIf(!hasPoppler)(`the « Comptes clés » and « Pipeline pondéré » sections (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  let pages: string[];

  beforeAll(async () => {
    pages = pdfPages(await exportPdf(accountsPlan(), frenchOptions)).map(plainSpaces);
  });

  it('come right after the targets, in the table of contents and in the pages', () => {
    const titles = tocEntries(pages).map((entry) => entry.title.replace(/^\d+\. /, ''));
    expect(titles.slice(titles.indexOf('Cibles'), titles.indexOf('Cibles') + 4)).toEqual(['Cibles', 'Comptes clés', 'Pipeline pondéré', 'Positionnement']);
  });

  it('print every account with its figures, its next step and its buying committee', () => {
    const text = sectionText(pages, 'Comptes clés');
    for (const company of ['Transports Durand', 'Clinique Saint-Roch', 'Mairie de Vienne']) expect(text).toContain(company);
    // The overview: figures of the report, the weighted total of the pipeline at its foot.
    expect(lineWith(text, 'Transports Durand', '15 000,00 €', '60 000,00 €', '25 %', 'Conquête', '3', 'Oui', euros(18_519 + 490_000 + 1_260_000))).toBe(true);
    expect(lineWith(text, 'Clinique Saint-Roch', '3 000,00 €', '10 000,00 €', '30 %', 'Développement', '2', 'Oui', euros(100_000 + 456_789 + 0 + 111_100))).toBe(true);
    expect(lineWith(text, 'Mairie de Vienne', '—', '20 000,00 €', '—', '0', 'Non', euros(187_500))).toBe(true);
    expect(lineWith(text, 'Total', euros(yearSum))).toBe(true);
    // Each account's block.
    expect(text).toContain('ETI (250 à 4 999 salariés)');
    expect(text).toContain('25 % : Conquête (moins de 30 % de ses achats : il reste presque tout à gagner)');
    expect(text).toContain('Présenter l’audit au comité de direction, le 15 février 2027');
    expect(text).toContain('indiquez le CA actuel et le potentiel pour la calculer');
    expect(lineWith(text, 'M. Durand', 'Directeur général', 'Décideur', 'Favorable', 'Événement', '20 novembre 2026')).toBe(true);
    expect(lineWith(text, 'Léa Martin', 'Cheffe de dépôt', 'Utilisateur', 'Réservé', 'Téléphone', '12 octobre 2026')).toBe(true);
    expect(lineWith(text, 'Paul Lenoir', 'Acheteur', 'Acheteur', 'Favorable', 'Téléphone', '15 décembre 2026')).toBe(true);
    expect(text).toContain('Le comité d’achat de ce compte n’est pas encore décrit.');
    // The coach's remark on the account without a decision maker, worded as on screen.
    expect(text).toContain('« Mairie de Vienne » n’a pas de décideur identifié');
  });

  it('say who each linked action reaches on the committee, role by role (no role listed: everyone)', () => {
    const text = sectionText(pages, 'Comptes clés');
    expect(lineWith(text, 'Salon Préventica', 'Décideur : M. Durand ; Prescripteur : Mme Roy')).toBe(true);
    expect(lineWith(text, 'Campagne locale', 'Décideur : M. Durand ; Prescripteur : Mme Roy ; Utilisateur : Léa Martin')).toBe(true);
    // At the clinic the fair aims at the buyer and the users: nobody known for the latter.
    expect(lineWith(text, 'Salon Préventica', 'Utilisateur : personne au comité ; Acheteur : Paul Lenoir')).toBe(true);
    expect(text).toContain('Aucune action du plan n’est encore liée à ce compte.');
  });

  it('print each quarter’s weighted deals equal to Σ amount × probability, against the targets', () => {
    const text = sectionText(pages, 'Pipeline pondéré');
    // Targets 5 000 €, 5 000 €, 32 500 € and none; the revenue forecast of the full plan's quarters.
    const rows: [string, number, string, string, string][] = [
      ['T1', quarterSums[0], '5 000,00 €', euros(500_000 - quarterSums[0]), '72 000,00 €'],
      ['T2', quarterSums[1], '5 000,00 €', euros(500_000 - quarterSums[1]), '78 000,00 €'],
      ['T3', quarterSums[2], '32 500,00 €', euros(3_250_000 - quarterSums[2]), '66 000,00 €'],
      ['T4', quarterSums[3], '—', '—', '94 000,50 €'],
    ];
    for (const [quarter, cents, target, shortfall, forecast] of rows) {
      expect(lineWith(text, quarter, euros(cents), target, shortfall, forecast), quarter).toBe(true);
    }
    expect(lineWith(text, 'T3', '14 475,00 €', '32 500,00 €', '18 025,00 €', '66 000,00 €')).toBe(true);
    expect(lineWith(text, 'Total', euros(yearSum), '42 500,00 €', euros(381_481 + 10_000 + 1_802_500), '310 000,50 €')).toBe(true);
    expect(text).toContain('Il vous manque 18 025,00 € d’affaires pondérées au T3');
    // The chart's title, legend and quarters.
    for (const label of ['Affaires pondérées et objectif, par trimestre', 'Pondéré', 'Objectif']) expect(text).toContain(label);
  });

  it('add the stages up to the weighted total, and list every deal with its probability', () => {
    const text = sectionText(pages, 'Pipeline pondéré');
    expect(lineWith(text, 'Qualifiée', '2', '16 234,57 €', euros(18_519 + 187_500))).toBe(true);
    expect(lineWith(text, 'Négociation', '1', '36 000,00 €', '12 600,00 €')).toBe(true);
    expect(lineWith(text, 'Perdue', '1', '8 000,00 €', '0,00 €')).toBe(true);
    expect(lineWith(text, 'Total', '8', '102 635,78 €', euros(yearSum))).toBe(true);
    // 1 234,57 € at the qualified stage's 15 %, rounded once: 185,19 €.
    expect(lineWith(text, 'Transports Durand', 'Audit sécurité du parc', 'févr.', 'Qualifiée', '1 234,57 €', '15 %', '185,19 €')).toBe(true);
    // A probability typed for the deal wins over its stage's 45 %.
    expect(lineWith(text, 'Transports Durand', 'Contrat d’infogérance', 'août', 'Négociation', '36 000,00 €', '35 %', '12 600,00 €')).toBe(true);
    expect(lineWith(text, 'Clinique Saint-Roch', 'Messagerie sécurisée', 'oct.', 'Proposition', '3 333,33 €', '33,33 %', '1 111,00 €')).toBe(true);
    expect(lineWith(text, 'Clinique Saint-Roch', 'Sauvegarde externalisée', 'mars', 'Identifiée', '9 999,99 €', '10 %', '1 000,00 €')).toBe(true);
    expect(lineWith(text, 'Total', '102 635,78 €', euros(yearSum))).toBe(true);
    expect(text).toContain('Négociation 45 %');
  });

  it('are titled in English in an English export, amounts still written the French way', async () => {
    const english = pdfPages(await exportPdf(accountsPlan(), englishOptions)).map(plainSpaces);
    const accounts = sectionText(english, 'Key accounts');
    expect(lineWith(accounts, 'Salon Préventica', 'Decision maker: M. Durand; Prescriber: Mme Roy')).toBe(true);
    const pipeline = sectionText(english, 'Weighted pipeline');
    expect(lineWith(pipeline, 'Q3', '14 475,00 €', '32 500,00 €', '18 025,00 €', '66 000,00 €')).toBe(true);
    expect(pipeline).toContain('You are 18 025,00 € of weighted deals short in Q3');
    expect(accounts + pipeline).not.toContain('Comptes clés');
  });

  it('are left out, and out of the table of contents, when the plan has no key account', async () => {
    const none = pdfPages(await exportPdf({ ...accountsPlan(), accounts: [] }, frenchOptions)).map(plainSpaces);
    const titles = tocEntries(none).map((entry) => entry.title);
    expect(titles.some((title) => /Comptes clés|Pipeline pondéré/.test(title))).toBe(false);
    expect(none.join('\n')).not.toContain('Pipeline pondéré');
    expect(none.join('\n')).not.toContain('Transports Durand');
  });
});

describe.skipIf(!hasPoppler)(`the B2B sample’s « Pipeline pondéré » (${hasPoppler ? 'pdftotext' : popplerMissing})`, () => {
  it('prints each quarter and the year equal to Σ amount × probability of its deals, to the cent', async () => {
    const sample = buildSample('b2b', 'fr');
    const sampleDeals = sample.accounts.flatMap((account) => account.opportunities);
    expect(sampleDeals.length).toBeGreaterThanOrEqual(12);
    const sums = [0, 1, 2, 3].map((quarter) => sampleDeals.filter((deal) => quarterOf(deal) === quarter).reduce((sum, deal) => sum + weighted(deal), 0));
    const text = sectionText(pdfPages(await exportPdf(sample, frenchOptions)).map(plainSpaces), 'Pipeline pondéré');
    sums.forEach((cents, quarter) => expect(new RegExp(`^\\s*T${quarter + 1}\\s+${escape(euros(cents)).replace(/ /g, '\\s*')}\\s`, 'm').test(text), `T${quarter + 1}`).toBe(true));
    expect(new RegExp(`^\\s*Total\\s+${escape(euros(sums.reduce((a, b) => a + b, 0))).replace(/ /g, '\\s*')}\\s`, 'm').test(text)).toBe(true);
  });
});
